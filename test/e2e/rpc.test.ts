// The CometBFT-compatible RPC: shapes, the URI form, CORS, and clear JSON-RPC errors for bad input
// while the node keeps running.
import test from 'ava';
import { TestNode } from '../helpers/node_process.js';
import { signTx, sendMsg, testAccount } from '../helpers/accounts.js';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { Comet38Client, HttpBatchClient } from '@cosmjs/tendermint-rpc';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const r = await fetch(node.url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
  return { status: r.status, json: (await r.json()) as any, headers: r.headers };
}

test('[e2e/rpc]: malformed JSON, unknown method, bad params, oversized body and bad batch get JSON-RPC errors; the node stays up', async (t) => {
  const parse = await post('{not json');
  t.is(parse.json.error.code, -32700);
  const unknown = await post(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'no_such_method', params: {} }));
  t.deepEqual([unknown.json.id, unknown.json.error.code, unknown.json.error.message], [7, -32601, 'Method not found']);
  const badParams = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'block', params: { height: 'abc' } }));
  t.is(badParams.json.error.code, -32602);
  t.regex(badParams.json.error.data, /height must be an integer/);
  const badTx = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: '%%%' } }));
  t.is(badTx.json.error.code, -32602);
  const garbageTx = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'broadcast_tx_sync', params: { tx: Buffer.from('garbage').toString('base64') } }));
  t.deepEqual([garbageTx.json.result.code, garbageTx.json.result.codespace], [2, 'sdk']);
  const big = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status', params: { pad: 'x'.repeat(1_100_000) } }));
  t.is(big.status, 413);
  t.is(big.json.error.code, -32600);
  const emptyBatch = await post('[]');
  t.is(emptyBatch.json.error.code, -32600);
  const batch = await post(JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'health' }, { jsonrpc: '2.0', id: 2, method: 'nope' }]));
  t.deepEqual(batch.json.map((r: any) => [r.id, r.error?.code ?? 0]), [[1, 0], [2, -32601]]);
  const notFound = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tx', params: { hash: Buffer.alloc(32, 1).toString('base64') } }));
  t.is(notFound.json.error.code, -32603);
  t.regex(notFound.json.error.data, /^tx \(0101[0-9A-F]+\) not found$/);
  const future = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'block', params: { height: '999999' } }));
  t.regex(future.json.error.data, /must be less than or equal to the current blockchain height/);
  const badQuery = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tx_search', params: { query: "tx.height >> 'x'" } }));
  t.is(badQuery.json.error.code, -32602);
  t.true((await node.rpc('health')) !== undefined);
  t.true((await node.height()) >= 1);
});

test('[e2e/rpc]: heights at or below 0 and above the latest are refused with CometBFT 0.38 errors; validators honours height and paging', async (t) => {
  const call = async (method: string, params: Record<string, unknown>) => (await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }))).json;
  for (const method of ['block', 'block_results', 'commit', 'validators']) {
    for (const height of ['0', '-3']) {
      const r = await call(method, { height });
      t.deepEqual([r.error?.code, r.error?.message, r.error?.data], [-32603, 'Internal error', `height must be greater than 0, but got ${height}`], `${method} height ${height}`);
    }
    const future = await call(method, { height: '999999' });
    t.is(future.error?.code, -32603, method);
    t.regex(future.error?.data, /^height 999999 must be less than or equal to the current blockchain height \d+$/, method);
  }
  const uri = (await (await fetch(`${node.url}/block?height=0`)).json()) as any;
  t.is(uri.error.data, 'height must be greater than 0, but got 0');
  // validators: the set at a given height; by default the next (uncommitted) height's, as CometBFT answers.
  const latest = await node.height();
  const atOne = await node.rpc('validators', { height: '1' });
  t.deepEqual([atOne.block_height, atOne.count, atOne.total, atOne.validators.length], ['1', '1', '1', 1]);
  const next = await node.rpc('validators');
  t.true(Number(next.block_height) >= latest + 1, `default validators height ${next.block_height} after latest ${latest}`);
  const nextStatus = Number((await node.rpc('status')).sync_info.latest_block_height);
  t.true(Number(next.block_height) <= nextStatus + 1);
  t.is((await node.rpc('validators', { per_page: '0' })).validators.length, 1);
  const page2 = await call('validators', { page: '2', per_page: '1' });
  t.deepEqual([page2.error?.code, page2.error?.data], [-32602, 'page should be within [1, 1] range, given 2']);
});

test('[e2e/rpc]: CORS: by default only localhost origins may read answers; a foreign origin gets no Access-Control-Allow-Origin', async (t) => {
  const evil = { Origin: 'https://evil.example' };
  const local = { Origin: 'http://localhost:5173' };
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status' });
  const evilPost = await post(body, evil);
  t.is(evilPost.status, 200);
  t.is(evilPost.headers.get('access-control-allow-origin'), null);
  t.is((await fetch(`${node.url}/status`, { headers: evil })).headers.get('access-control-allow-origin'), null);
  const evilPre = await fetch(node.url, { method: 'OPTIONS', headers: { ...evil, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
  t.is(evilPre.status, 204);
  t.is(evilPre.headers.get('access-control-allow-origin'), null);
  t.is(evilPre.headers.get('access-control-allow-methods'), null);
  // Look-alikes of a local origin are foreign too.
  for (const origin of ['http://localhost.evil.example', 'http://127.0.0.1.evil.example:80', 'https://localhost:5173', 'null']) {
    t.is((await post(body, { Origin: origin })).headers.get('access-control-allow-origin'), null, origin);
  }
  const localPost = await post(body, local);
  t.is(localPost.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  t.is(localPost.headers.get('vary'), 'Origin');
  const localPre = await fetch(node.url, { method: 'OPTIONS', headers: { ...local, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
  t.is(localPre.status, 204);
  t.is(localPre.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  t.regex(localPre.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
  t.regex(localPre.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
  for (const origin of ['http://127.0.0.1:8080', 'http://[::1]:3000', 'http://localhost']) {
    t.is((await post(body, { Origin: origin })).headers.get('access-control-allow-origin'), origin, origin);
  }
});

test('[e2e/rpc]: URI form, CORS preflight, and the read methods', async (t) => {
  const get = await fetch(`${node.url}/block?height=1`);
  const blk = (await get.json()) as any;
  t.is(blk.result.block.header.height, '1');
  t.is(blk.result.block.header.last_block_id.hash, '');
  const pre = await fetch(node.url, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST' } });
  t.is(pre.status, 204);
  t.is(pre.headers.get('access-control-allow-origin'), 'http://localhost:3000');
  const st = await node.rpc('status');
  t.is(st.node_info.version, '0.38.17');
  t.regex(st.node_info.id, /^[0-9a-f]{40}$/);
  t.regex(st.sync_info.latest_app_hash, /^[0-9A-F]{64}$/);
  const info = await node.rpc('abci_info');
  t.true(Number(info.response.last_block_height) >= Number(st.sync_info.latest_block_height));
  t.is(Buffer.from(info.response.last_block_app_hash, 'base64').length, 32);
  const vals = await node.rpc('validators');
  t.is(vals.validators.length, 1);
  t.is(vals.validators[0].pub_key.type, 'tendermint/PubKeyEd25519');
  const gen = await node.rpc('genesis');
  t.is(gen.genesis.chain_id, 'marketchain-local');
  const chain = await node.rpc('blockchain', { minHeight: '1', maxHeight: '2' });
  t.deepEqual(chain.block_metas.map((m: any) => m.header.height), ['2', '1']);
  const results = await node.rpc('block_results', { height: '1' });
  t.is(results.height, '1');
  t.regex(results.app_hash, /^[A-Za-z0-9+/]+=*$/);
  // header(h).app_hash is the state after h-1; block_results(h).app_hash the state after h.
  const b2 = await node.rpc('block', { height: '2' });
  t.is(Buffer.from(results.app_hash, 'base64').toString('hex').toUpperCase(), b2.block.header.app_hash);
  // An address no test funds (the zero address receives sends in a concurrent test).
  const nobody = (await testAccount('rpc-never-funded')).address;
  const missing = await node.rpc('abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: '0a2a' + Buffer.from(nobody).toString('hex') });
  const garbage = await node.rpc('abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: 'ffff' });
  t.deepEqual([garbage.response.code, garbage.response.codespace], [18, 'sdk']);
  t.is(missing.response.code, 22);
  t.is(missing.response.log, `rpc error: code = NotFound desc = account ${nobody} not found: key not found`);
  const unknownPath = await node.rpc('abci_query', { path: '/nope.Query/X', data: '' });
  t.deepEqual([unknownPath.response.code, unknownPath.response.codespace], [6, 'sdk']);
});

test('[e2e/rpc]: broadcast_tx_commit, unconfirmed_txs, tx_search with AND and paging', async (t) => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const client = await SigningStargateClient.connectWithSigner(node.url, wallet);
  const [dev] = await wallet.getAccounts();
  const acc = (await client.getAccount(dev!.address))!;
  client.disconnect();
  const signer = { address: dev!.address, pubkey: dev!.pubkey, wallet: wallet as any };
  const to = 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr';
  const txs = [];
  for (let i = 0; i < 3; i++) txs.push(await signTx(signer, [sendMsg(dev!.address, to, String(10 + i))], { chainId: 'marketchain-local', accountNumber: acc.accountNumber, sequence: acc.sequence + i }));
  const first = await node.rpc('broadcast_tx_commit', { tx: Buffer.from(txs[0]!).toString('base64') });
  t.is(first.check_tx.code, 0);
  t.is(first.tx_result.code, 0);
  t.true(Number(first.height) >= 1);
  for (const tx of txs.slice(1)) t.is((await node.rpc('broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') })).code, 0);
  const dup = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(txs[2]!).toString('base64') });
  t.true(dup.code === 19 || dup.code === 32, `duplicate gives ${dup.code}`);
  await node.waitHeight((await node.height()) + 2);
  const all = await node.rpc('tx_search', { query: `transfer.recipient='${to}' AND message.sender='${dev!.address}'`, per_page: '2', page: '1' });
  t.is(all.total_count, '3');
  t.is(all.txs.length, 2);
  const page2 = await node.rpc('tx_search', { query: `transfer.recipient='${to}'`, per_page: '2', page: '2' });
  t.is(page2.txs.length, 1);
  t.is(typeof page2.txs[0].index, 'number');
  t.is(typeof page2.txs[0].height, 'string');
  const none = await node.rpc('tx_search', { query: `transfer.recipient='${to}' AND tx.height<1` });
  t.is(none.total_count, '0');
  const un = await node.rpc('num_unconfirmed_txs');
  t.is(un.n_txs, '0');
});

/** The dev account of the node's home: a query client, its account and a signer of bank sends to `to`. */
async function devSender(to: string) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [dev] = await wallet.getAccounts();
  const query = await StargateClient.connect(node.url);
  const acc = (await query.getAccount(dev!.address))!;
  const signer = { address: dev!.address, pubkey: dev!.pubkey, wallet: wallet as any };
  /** A signed send of `amount` umkt with sequence acc.sequence + `offset`. */
  const send = (amount: string, offset: number) =>
    signTx(signer, [sendMsg(dev!.address, to, amount)], { chainId: 'marketchain-local', accountNumber: acc.accountNumber, sequence: acc.sequence + offset });
  return { address: dev!.address, query, acc, send };
}

// Serial: it runs before the concurrent tests, which also spend from the dev account.
test.serial('[e2e/rpc]: a JSON-RPC batch from cosmjs HttpBatchClient: broadcasts are checked in batch order, a bad tx gets its own answer', async (t) => {
  const to = (await testAccount('rpc-batch-recipient')).address;
  const { address, query, acc, send } = await devSender(to);
  const txs: Uint8Array[] = [];
  for (let i = 0; i < 5; i++) txs.push(await send(String(i + 1), i));
  // One batch: HttpBatchClient sends the calls queued within its dispatch interval as one JSON array.
  const batchClient = new HttpBatchClient(node.url, { batchSizeLimit: 20, dispatchInterval: 20 });
  const comet = Comet38Client.create(batchClient);
  const answers = await Promise.all([...txs, Buffer.from('garbage')].map((tx) => comet.broadcastTxSync({ tx })));
  comet.disconnect();
  t.deepEqual(answers.map((a) => a.code), [0, 0, 0, 0, 0, 2]);
  t.is(answers[5]!.codespace, 'sdk');
  const deadline = Date.now() + 30_000;
  let bal = '';
  while ((bal = (await query.getBalance(to, 'umkt')).amount) !== '15' && Date.now() < deadline) {
    t.true(['0', '1', '3', '6', '10'].includes(bal), `balance ${bal}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  t.is(bal, '15');
  t.is((await query.getAccount(address))!.sequence, acc.sequence + 5);
  query.disconnect();
});

test.serial('[e2e/rpc]: a tx that arrives a sequence ahead of its sender waits for the gap to fill, then both pass CheckTx', async (t) => {
  const { address, query, acc, send } = await devSender((await testAccount('rpc-gap-recipient')).address);
  const [first, second] = await Promise.all([send('1', 0), send('2', 1)]);
  const ahead = node.rpc('broadcast_tx_sync', { tx: Buffer.from(second!).toString('base64') });
  await new Promise((r) => setTimeout(r, 200));
  const inOrder = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(first!).toString('base64') });
  t.deepEqual([inOrder.code, (await ahead).code], [0, 0]);
  // More than 16 sequences ahead is not held back: the usual sdk/32 at once.
  const far = await send('9', 40);
  const r = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(far).toString('base64') });
  t.deepEqual([r.code, r.codespace], [32, 'sdk']);
  t.regex(r.log, /^account sequence mismatch, expected \d+, got \d+: incorrect account sequence$/);
  // Both in a block before the next test spends from the dev account.
  const deadline = Date.now() + 30_000;
  let seq = acc.sequence;
  while ((seq = (await query.getAccount(address))!.sequence) !== acc.sequence + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  t.is(seq, acc.sequence + 2);
  query.disconnect();
});
