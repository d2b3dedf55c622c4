// JSON-RPC as CometBFT 0.38 serves it, against a real node: positional (array) and absent params, the
// routes header, header_by_hash, block_by_hash, block_search, net_info, consensus_params,
// consensus_state, dump_consensus_state and check_tx in CometBFT's shapes (POST and GET URI form), 404
// for unknown paths; and @interchainjs/cosmos, a second client, end to end beside the cosmjs tests.
import test from 'ava';
import { createRequire } from 'node:module';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { StargateClient } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TestNode } from '../helpers/node_process.js';
import { sendMsg, signTx, testAccount, type TestAccount } from '../helpers/accounts.js';

// The package's ESM build imports paths without extensions, which Node's ESM loader does not resolve:
// its CommonJS build is the one Node users load.
const { DirectSigner, Secp256k1HDWallet, createCosmosQueryClient } = createRequire(import.meta.url)('@interchainjs/cosmos') as typeof import('@interchainjs/cosmos');

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
  await node.waitHeight(4);
});
test.after.always(async () => {
  await node?.destroy();
});

async function post(body: unknown, path = '/'): Promise<{ status: number; json: any }> {
  const r = await fetch(node.url + path, { method: 'POST', body: JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
}
const rpc = async (method: string, params?: unknown) => (await post({ jsonrpc: '2.0', id: 1, method, ...(params === undefined ? {} : { params }) })).json;

test('[e2e/rpc-compat]: params as an array (CometBFT argument order), absent, or an object; more positional params than arguments is -32602', async (t) => {
  const chain = await rpc('blockchain', ['1', '2']);
  t.deepEqual(chain.result.block_metas.map((m: any) => m.header.height), ['2', '1']);
  t.is((await rpc('status', [])).result.node_info.network, 'marketchain-local');
  t.is((await rpc('status')).result.node_info.network, 'marketchain-local');
  t.is((await rpc('status', null)).result.node_info.network, 'marketchain-local');
  t.deepEqual((await rpc('block', ['3'])).result, (await rpc('block', { height: '3' })).result);
  const vals = await rpc('validators', ['1', '1', '1']);
  t.deepEqual([vals.result.block_height, vals.result.count, vals.result.total], ['1', '1', '1']);
  // A fixed past height: at the latest one a block may commit between the two queries.
  const positional = await rpc('abci_query', ['/cosmos.bank.v1beta1.Query/Balance', '', '2', false]);
  t.deepEqual(positional, await rpc('abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: '', height: '2', prove: false }));
  t.is(positional.result.response.height, '2');
  t.is(typeof positional.result.response.code, 'number');
  t.deepEqual((await rpc('block', ['2', '3'])).error, { code: -32602, message: 'Invalid params', data: 'error converting json params to arguments: expected 1 parameters ([height]), got 2' });
  t.deepEqual((await rpc('health', ['x'])).error.data, 'error converting json params to arguments: expected 0 parameters ([]), got 1');
  t.is((await rpc('block', 'x')).error.code, -32602);
});

test('[e2e/rpc-compat]: unknown URL paths answer 404 with CometBFT\'s body (GET and POST); known routes answer at their paths', async (t) => {
  for (const init of [{ method: 'GET' }, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status' }) }]) {
    const r = await fetch(node.url + '/cosmos/auth/v1beta1/accounts/mkt1xyz', init);
    t.is(r.status, 404);
    t.is(r.headers.get('content-type'), 'text/plain; charset=utf-8');
    t.is(await r.text(), '404 page not found\n');
  }
  t.is((await fetch(node.url + '/no_such_method')).status, 404);
  const header = await fetch(node.url + '/header?height=2');
  t.is(header.status, 200);
  t.is(((await header.json()) as any).result.header.height, '2');
  // CometBFT's URI handler sends a JSON-RPC error with HTTP 500 (a POST error stays HTTP 200).
  const far = await fetch(node.url + '/header?height=99999999');
  t.is(far.status, 500);
  const body = (await far.json()) as any;
  t.is(body.id, -1);
  t.is(typeof body.error.code, 'number');
  t.is((await post({ jsonrpc: '2.0', id: 7, method: 'header', params: { height: '99999999' } })).status, 200);
});

test('[e2e/rpc-compat]: header, header_by_hash and block_by_hash in CometBFT 0.38 shapes; an unknown hash answers null', async (t) => {
  const block = (await rpc('block', { height: '3' })).result;
  const header = await rpc('header', { height: '3' });
  t.deepEqual(header.result, { header: block.block.header });
  // Without a height: the latest (blocks keep coming, so between two status readings).
  const before = Number((await rpc('status')).result.sync_info.latest_block_height);
  const latest = Number((await rpc('header')).result.header.height);
  const after = Number((await rpc('status')).result.sync_info.latest_block_height);
  t.true(latest >= before && latest <= after, `${before} <= ${latest} <= ${after}`);
  t.deepEqual((await rpc('header', { height: '0' })).error, { code: -32603, message: 'Internal error', data: 'height must be greater than 0, but got 0' });
  const hash = block.block_id.hash as string;
  t.deepEqual((await rpc('header_by_hash', { hash: '0x' + hash })).result, { header: block.block.header });
  t.deepEqual((await rpc('header_by_hash', [hash.toLowerCase()])).result, { header: block.block.header });
  t.deepEqual((await rpc('block_by_hash', { hash: Buffer.from(hash, 'hex').toString('base64') })).result, block);
  const zero = '0'.repeat(64);
  t.deepEqual((await rpc('header_by_hash', { hash: zero })).result, { header: null });
  t.deepEqual((await rpc('block_by_hash', { hash: zero })).result, { block_id: { hash: '', parts: { total: 0, hash: '' } }, block: null });
  t.is((await rpc('block_by_hash', { hash: 'xyz' })).error.code, -32602);
  // GET URI form, hashes as 0x-hex.
  const viaGet = (await (await fetch(`${node.url}/block_by_hash?hash=0x${hash}`)).json()) as any;
  t.deepEqual(viaGet.result, block);
});

test('[e2e/rpc-compat]: block_search by block.height (newest first by default, as CometBFT) and by finalize-block events, paged', async (t) => {
  const r = (await rpc('block_search', { query: 'block.height >= 2 AND block.height <= 4', per_page: '2' })).result;
  t.is(r.total_count, '3');
  t.deepEqual(r.blocks.map((b: any) => b.block.header.height), ['4', '3']);
  t.deepEqual(r.blocks[0], (await rpc('block', { height: '4' })).result);
  const asc = (await rpc('block_search', ['block.height >= 2 AND block.height <= 4', '2', '2', 'asc'])).result;
  t.deepEqual([asc.total_count, asc.blocks.map((b: any) => b.block.header.height)], ['3', ['4']]);
  const one = (await rpc('block_search', { query: 'block.height = 3' })).result;
  t.deepEqual([one.total_count, one.blocks[0].block_id], ['1', (await rpc('block', { height: '3' })).result.block_id]);
  // A condition on an attribute the finalize-block events never carry: every block read, none matches.
  t.deepEqual((await rpc('block_search', { query: "block.height <= 4 AND nosuch.key = 'x'" })).result, { blocks: [], total_count: '0' });
  t.deepEqual((await rpc('block_search', { query: 'block.height >= 2', page: '99' })).error.code, -32602);
  t.is((await rpc('block_search', { query: 'block.height >= 2', order_by: 'sideways' })).error.data, 'expected order_by to be either `asc` or `desc` or empty');
  t.is((await rpc('block_search', { query: 'block.height ~ 2' })).error.code, -32602);
});

test('[e2e/rpc-compat]: net_info, consensus_params, consensus_state and dump_consensus_state for the one validator', async (t) => {
  t.deepEqual((await rpc('net_info')).result, { listening: true, listeners: ['Listener(@)'], n_peers: '0', peers: [] });
  const genesis = node.genesis();
  const cp = (await rpc('consensus_params', { height: '2' })).result;
  t.deepEqual(cp, {
    block_height: '2',
    consensus_params: { block: genesis.consensus_params.block, evidence: genesis.consensus_params.evidence, validator: { pub_key_types: ['ed25519'] }, version: { app: '0' }, abci: { vote_extensions_enable_height: '0' } },
  });
  t.is((await rpc('consensus_params', { height: '99999' })).error.code, -32603);
  const status = (await rpc('status')).result;
  const cs = (await rpc('consensus_state')).result.round_state;
  t.deepEqual(Object.keys(cs), ['height/round/step', 'start_time', 'proposal_block_hash', 'locked_block_hash', 'valid_block_hash', 'height_vote_set', 'proposer']);
  t.regex(cs['height/round/step'], /^\d+\/0\/1$/);
  t.true(Number(cs['height/round/step'].split('/')[0]) > Number(status.sync_info.latest_block_height));
  t.deepEqual(cs.proposer, { address: status.validator_info.address, index: 0 });
  const dump = (await rpc('dump_consensus_state')).result;
  t.deepEqual(Object.keys(dump), ['round_state', 'peers']);
  t.deepEqual(dump.peers, []);
  const rs = dump.round_state;
  t.deepEqual(Object.keys(rs), ['height', 'round', 'step', 'start_time', 'commit_time', 'validators', 'proposal', 'proposal_block', 'proposal_block_parts', 'locked_round', 'locked_block', 'locked_block_parts', 'valid_round', 'valid_block', 'valid_block_parts', 'votes', 'commit_round', 'last_commit', 'last_validators', 'triggered_timeout_precommit']);
  const v = { address: status.validator_info.address, pub_key: status.validator_info.pub_key, voting_power: '10', proposer_priority: '0' };
  t.deepEqual(rs.validators, { validators: [v], proposer: v });
  t.deepEqual([rs.round, rs.step, rs.locked_round, rs.valid_round, rs.commit_round], [0, 1, -1, -1, -1]);
  t.is(rs.last_commit.votes_bit_array, 'BA{1:x} 10/10 = 1.00');
  t.regex(rs.last_commit.votes[0], new RegExp(`^Vote\\{0:${status.validator_info.address.slice(0, 12)} \\d+/00/SIGNED_MSG_TYPE_PRECOMMIT\\(Precommit\\) [0-9A-F]{12} [0-9A-F]{12} 000000000000 @ .+\\}$`));
});

test.serial('[e2e/rpc-compat]: check_tx runs CheckTx without admitting the tx: the same tx is then accepted by broadcast_tx_sync', async (t) => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [acc] = await wallet.getAccounts();
  const dev: TestAccount = { address: acc!.address, pubkey: acc!.pubkey, wallet: wallet as unknown as TestAccount['wallet'] };
  const q = await StargateClient.connect(node.url);
  const a = (await q.getAccount(dev.address))!;
  q.disconnect();
  const to = (await testAccount('check-tx-recipient')).address;
  const tx = Buffer.from(await signTx(dev, [sendMsg(dev.address, to, '5')], { chainId: 'marketchain-local', accountNumber: a.accountNumber, sequence: a.sequence })).toString('base64');
  const checked = (await rpc('check_tx', { tx })).result;
  t.deepEqual(Object.keys(checked), ['code', 'data', 'log', 'info', 'gas_wanted', 'gas_used', 'events', 'codespace']);
  t.deepEqual([checked.code, checked.codespace, checked.data, checked.events], [0, '', null, []]);
  t.true(Number(checked.gas_used) > 0);
  t.deepEqual((await rpc('check_tx', [tx])).result.code, 0, 'checked again: the sequence was not taken');
  t.is((await rpc('num_unconfirmed_txs')).result.total, '0');
  t.is((await rpc('broadcast_tx_sync', { tx })).result.code, 0);
  const bad = (await rpc('check_tx', { tx: Buffer.from('garbage').toString('base64') })).result;
  t.deepEqual([bad.code, bad.codespace], [2, 'sdk']);
  t.is((await rpc('check_tx', { tx: '%%%' })).error.code, -32602);
  const viaGet = (await (await fetch(`${node.url}/check_tx?tx=0x${Buffer.from('garbage').toString('hex')}`)).json()) as any;
  t.is(viaGet.result.code, 2);
  // The next test signs from the same account at its committed sequence: let this tx commit first.
  const deadline = Date.now() + 30_000;
  while ((await rpc('num_unconfirmed_txs')).result.total !== '0' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  t.is((await rpc('num_unconfirmed_txs')).result.total, '0', 'the broadcast tx committed');
});

test.serial('[e2e/rpc-compat]: @interchainjs/cosmos: query client auto-detects CometBFT 0.38, reads status, blockchain and the new routes, and a DIRECT-signed bank send completes with wait()', async (t) => {
  const client = await createCosmosQueryClient(node.url);
  t.is(String(client.getProtocolInfo().version), 'comet-0.38');
  const status = await client.getStatus();
  t.is(status.nodeInfo.network, 'marketchain-local');
  const chain = await client.getBlockchain(1, 2);
  t.deepEqual(chain.blockMetas.map((m) => m.header.height), [2, 1]);
  t.is((await client.getAbciInfo()).lastBlockHeight! >= 1, true);
  const header = await client.getHeader(2);
  t.is(header.height, 2);
  const hash2 = (await rpc('block', { height: '2' })).result.block_id.hash as string;
  t.is((await client.getBlock(2)).header.height, 2);
  t.is((await client.getBlockByHash(hash2)).header.height, 2);
  t.is((await client.getHeaderByHash(hash2)).height, 2);
  const found = await client.searchBlocks({ query: 'block.height = 2' });
  t.is(found.totalCount, 1);
  t.is((await client.getNetInfo()).nPeers, 0);
  t.is((await client.getConsensusParams(2)).block?.maxBytes !== undefined, true);
  t.truthy(await client.getConsensusState());
  t.truthy(await client.dumpConsensusState());

  const wallet = await Secp256k1HDWallet.fromMnemonic(node.mnemonic, { derivations: [{ prefix: 'mkt', hdPath: "m/44'/118'/0'/0/0" }] });
  const [account] = await wallet.getAccounts();
  t.is(account!.address, node.devAddress);
  // No chainId given: the signer asks the node (status) for it.
  const signer = new DirectSigner(wallet, { queryClient: client, addressPrefix: 'mkt' } as ConstructorParameters<typeof DirectSigner>[1]);
  // Message encoders are the application's to register (telescope-generated, as cosmjs-types' are).
  signer.addEncoders([MsgSend]);
  const to = (await testAccount('interchainjs-recipient')).address;
  const result = await signer.signAndBroadcast({
    messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: node.devAddress, toAddress: to, amount: [{ denom: 'umkt', amount: '1234' }] } }],
    fee: { amount: [{ denom: 'umkt', amount: '5000' }], gas: '200000' },
  });
  const delivered = await result.wait(30_000, 200);
  t.is(delivered.code, 0);
  t.is(delivered.txhash, result.transactionHash.toUpperCase());
  t.true(BigInt(delivered.height) >= 1n);
  const q = await StargateClient.connect(node.url);
  t.deepEqual(await q.getBalance(to, 'umkt'), { denom: 'umkt', amount: '1234' });
  q.disconnect();
});
