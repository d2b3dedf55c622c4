// The REST (LCD) API of the real node process: every route answered and compared key by key and type by
// type with the Cosmos SDK's JSON (test/fixtures/sdk_rest_shapes.json) or, for the modules' routes, with
// their protos' response messages; Keplr's sequence end to end with a cosmjs-signed tx; cosmjs's GetTx
// query; failure paths (the node keeps answering).
import test, { type ExecutionContext } from 'ava';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fromBase64, toBase64, toHex } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet, encodePubkey, makeAuthInfoBytes, makeSignDoc, Registry } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { sha256 } from '@cosmjs/crypto';
import { defaultRegistryTypes, QueryClient, setupTxExtension } from '@cosmjs/stargate';
import { Comet38Client } from '@cosmjs/tendermint-rpc';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { runNodeCmd, TestNode } from '../helpers/node_process.js';
import { ROUTE_TABLE } from '../../node/api/proto_json.js';
import { ROUTES } from '../../node/api/routes.js';

const FIXTURES: Record<string, any> = JSON.parse(readFileSync(new URL('../../../test/fixtures/sdk_rest_shapes.json', import.meta.url), 'utf8'));
const CHECKED_IN_OPENAPI = JSON.parse(readFileSync(new URL('../../../node/api/openapi.json', import.meta.url), 'utf8'));

/** A fixture with its "$tx" / "$tx_response" / "$block" references filled from the GetTx and block examples. */
function fixture(key: string): any {
  const refs: Record<string, unknown> = {
    $tx: FIXTURES['GET /cosmos/tx/v1beta1/txs/{hash}'].tx,
    $tx_response: FIXTURES['GET /cosmos/tx/v1beta1/txs/{hash}'].tx_response,
    $block: FIXTURES['GET /cosmos/base/tendermint/v1beta1/blocks/latest'].block,
  };
  const fill = (v: any): any => (typeof v === 'string' && v in refs ? refs[v] : Array.isArray(v) ? v.map(fill) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)])) : v);
  const f = FIXTURES[key];
  if (f === undefined) throw new Error(`no fixture ${key}`);
  return fill(f);
}

/** Fields the gateway gives as null when empty (bytes) or unset (messages), as a value otherwise. */
const NULLABLE = new Set(['next_key', 'key', 'value', 'pub_key']);

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** The same keys at every level and the same JSON type of every value; arrays: every element as the fixture's first. */
function sameShape(got: unknown, want: unknown, at = '$'): string[] {
  if (NULLABLE.has(at.split('.').pop()!) && (got === null || want === null)) return [];
  if (kind(got) !== kind(want)) return [`${at}: ${kind(got)} where the SDK has ${kind(want)}`];
  if (Array.isArray(want)) return want.length === 0 ? [] : (got as unknown[]).flatMap((g, i) => sameShape(g, want[0], `${at}[${i}]`));
  if (want && typeof want === 'object') {
    const gk = Object.keys(got as object).sort();
    const wk = Object.keys(want).sort();
    if (gk.join() !== wk.join()) return [`${at}: keys ${gk.join(',')} where the SDK has ${wk.join(',')}`];
    return wk.flatMap((k) => sameShape((got as any)[k], (want as any)[k], `${at}.${k}`));
  }
  return [];
}

/** The keys of a module answer against its proto response message (field names as declared; 64-bit integers as strings). */
function protoShape(got: any, type: string, at = '$'): string[] {
  const fields = ROUTE_TABLE.messages[type];
  if (!fields) return [`${at}: unknown type ${type}`];
  const problems: string[] = [];
  const keys = Object.keys(got).sort().join();
  const names = fields.map((f) => f.name).sort().join();
  if (keys !== names) problems.push(`${at}: keys ${keys} where ${type} has ${names}`);
  for (const f of fields) {
    const v = got[f.name];
    const one = (x: any, p: string) => {
      if (ROUTE_TABLE.messages[f.type]) {
        if (x !== null) problems.push(...protoShape(x, f.type, p));
      } else if (/64$/.test(f.type) && typeof x !== 'string') problems.push(`${p}: ${f.type} as ${typeof x}`);
      else if (/32$/.test(f.type) && typeof x !== 'number') problems.push(`${p}: ${f.type} as ${typeof x}`);
      else if (f.type === 'string' && typeof x !== 'string') problems.push(`${p}: string as ${typeof x}`);
      else if (f.type === 'bool' && typeof x !== 'boolean') problems.push(`${p}: bool as ${typeof x}`);
    };
    if (f.repeated) {
      if (!Array.isArray(v)) problems.push(`${at}.${f.name}: not an array`);
      else v.forEach((x, i) => one(x, `${at}.${f.name}[${i}]`));
    } else one(v, `${at}.${f.name}`);
  }
  return problems;
}

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await fetch(node.apiUrl + path, init);
  const text = await r.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: r.status, body, headers: r.headers };
}

const post = (path: string, body: unknown) => get(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

async function ok(t: ExecutionContext, path: string, fixtureKey?: string, init?: RequestInit): Promise<any> {
  const r = await get(path, init);
  t.is(r.status, 200, `${path}: ${JSON.stringify(r.body)}`);
  if (fixtureKey) t.deepEqual(sameShape(r.body, fixture(fixtureKey)), [], `${path} against ${fixtureKey}`);
  return r.body;
}

function expectError(t: ExecutionContext, r: { status: number; body: any }, status: number, code: number, message?: string | RegExp) {
  t.is(r.status, status, JSON.stringify(r.body));
  t.deepEqual(Object.keys(r.body).sort(), ['code', 'details', 'message']);
  t.is(r.body.code, code);
  t.deepEqual(r.body.details, []);
  if (typeof message === 'string') t.is(r.body.message, message);
  else if (message) t.regex(r.body.message, message);
}

async function waitTx(hash: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    const r = await get(`/cosmos/tx/v1beta1/txs/${hash}`);
    if (r.status === 200) return r.body;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error(`tx ${hash} not found over REST`);
}

test.serial("[e2e/rest]: Keplr's sequence over REST with a cosmjs-signed tx: node_info, a new account's 404, paged balances, simulate, POST txs (sync), GET txs/{hash}", async (t) => {
  const status = await node.rpc('status');
  const info = await ok(t, '/cosmos/base/tendermint/v1beta1/node_info', 'GET /cosmos/base/tendermint/v1beta1/node_info');
  t.is(info.default_node_info.network, 'marketchain-local');
  t.is(info.default_node_info.network, status.node_info.network);
  t.is(info.default_node_info.default_node_id, status.node_info.id);
  t.is(info.default_node_info.version, '0.38.17');
  t.is(info.application_version.app_name, 'marketchaind');

  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [dev] = await wallet.getAccounts();
  const fresh = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' })).getAccounts())[0]!.address;
  expectError(t, await get(`/cosmos/auth/v1beta1/accounts/${fresh}`), 404, 5, `account ${fresh} not found`);

  const acc = (await ok(t, `/cosmos/auth/v1beta1/accounts/${dev!.address}`)).account;
  t.deepEqual(acc, { '@type': '/cosmos.auth.v1beta1.BaseAccount', address: dev!.address, pub_key: null, account_number: '0', sequence: '0' });

  // Balances a page at a time, as a wallet with many denoms reads them.
  const denoms: string[] = [];
  let key: string | null = null;
  for (let i = 0; i < 5; i++) {
    const page: any = await ok(t, `/cosmos/bank/v1beta1/balances/${dev!.address}?pagination.limit=1${key ? `&pagination.key=${encodeURIComponent(key)}` : ''}`, 'GET /cosmos/bank/v1beta1/balances/{address}');
    t.is(page.balances.length, 1);
    denoms.push(page.balances[0].denom);
    key = page.pagination.next_key;
    if (key === null) break;
  }
  t.deepEqual(denoms, ['uatom', 'umkt', 'uusdc']);
  t.deepEqual((await ok(t, `/cosmos/bank/v1beta1/balances/${dev!.address}`)).pagination, { next_key: null, total: '3' });
  const counted = await ok(t, `/cosmos/bank/v1beta1/balances/${dev!.address}?pagination.limit=1&pagination.offset=1&pagination.count_total=true`);
  t.deepEqual(counted.balances.map((c: any) => c.denom), ['umkt']);
  t.deepEqual(counted.pagination, { next_key: toBase64(new TextEncoder().encode('uusdc')), total: '3' });
  const reversed = await ok(t, `/cosmos/bank/v1beta1/balances/${dev!.address}?pagination.reverse=true&pagination.limit=2`);
  t.deepEqual(reversed.balances.map((c: any) => c.denom), ['uusdc', 'umkt']);
  const umktBefore = BigInt((await ok(t, `/cosmos/bank/v1beta1/balances/${dev!.address}/by_denom?denom=umkt`, 'GET /cosmos/bank/v1beta1/balances/{address}/by_denom')).balance.amount);

  // The tx: MsgSend dev -> fresh, simulated, then signed (SIGN_MODE_DIRECT) and broadcast as TxRaw bytes.
  const registry = new Registry(defaultRegistryTypes);
  const bodyBytes = registry.encodeTxBody({ messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev!.address, toAddress: fresh, amount: [{ denom: 'umkt', amount: '1234' }] } }], memo: 'keplr over rest' });
  const pubkey = encodePubkey(encodeSecp256k1Pubkey(dev!.pubkey));
  const simTx = TxRaw.encode({ bodyBytes, authInfoBytes: makeAuthInfoBytes([{ pubkey, sequence: 0 }], [], 0, undefined, undefined), signatures: [new Uint8Array()] }).finish();
  const sim = await post('/cosmos/tx/v1beta1/simulate', { tx_bytes: toBase64(simTx) });
  t.is(sim.status, 200, JSON.stringify(sim.body));
  t.deepEqual(sameShape(sim.body, fixture('POST /cosmos/tx/v1beta1/simulate')), []);
  const gasUsed = Number(sim.body.gas_info.gas_used);
  t.true(gasUsed > 10_000 && gasUsed < 200_000, String(gasUsed));
  t.true(sim.body.result.events.some((e: any) => e.type === 'transfer' && e.attributes.some((a: any) => a.key === 'recipient' && a.value === fresh)));
  t.deepEqual(sim.body.result.msg_responses, [{ '@type': '/cosmos.bank.v1beta1.MsgSendResponse' }]);

  const gas = Math.ceil(gasUsed * 1.5);
  const fee = Math.ceil(gas * 0.025);
  const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: 0 }], [{ denom: 'umkt', amount: String(fee) }], gas, undefined, undefined);
  const signed = await wallet.signDirect(dev!.address, makeSignDoc(bodyBytes, authInfoBytes, 'marketchain-local', 0));
  const txBytes = TxRaw.encode({ bodyBytes: signed.signed.bodyBytes, authInfoBytes: signed.signed.authInfoBytes, signatures: [fromBase64(signed.signature.signature)] }).finish();
  const hash = toHex(sha256(txBytes)).toUpperCase();
  const sent = await post('/cosmos/tx/v1beta1/txs', { tx_bytes: toBase64(txBytes), mode: 'BROADCAST_MODE_SYNC' });
  t.is(sent.status, 200, JSON.stringify(sent.body));
  t.deepEqual(sameShape(sent.body, fixture('POST /cosmos/tx/v1beta1/txs')), []);
  t.like(sent.body.tx_response, { height: '0', txhash: hash, code: 0, codespace: '', raw_log: '' });

  const got = await waitTx(hash);
  t.deepEqual(sameShape(got, fixture('GET /cosmos/tx/v1beta1/txs/{hash}')), []);
  t.deepEqual(got.tx.body.messages, [{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: dev!.address, to_address: fresh, amount: [{ denom: 'umkt', amount: '1234' }] }]);
  t.is(got.tx.body.memo, 'keplr over rest');
  t.deepEqual(got.tx.auth_info.signer_infos, [{ public_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: toBase64(dev!.pubkey) }, mode_info: { single: { mode: 'SIGN_MODE_DIRECT' } }, sequence: '0' }]);
  t.deepEqual(got.tx.auth_info.fee, { amount: [{ denom: 'umkt', amount: String(fee) }], gas_limit: String(gas), payer: '', granter: '' });
  t.deepEqual(got.tx.signatures, [signed.signature.signature]);
  const viaRpc = await node.rpc('tx', { hash: '0x' + hash });
  const r = got.tx_response;
  t.is(r.txhash, hash);
  t.is(r.height, viaRpc.height);
  t.is(r.code, 0);
  t.is(r.gas_wanted, String(gas));
  t.is(r.gas_used, viaRpc.tx_result.gas_used);
  t.deepEqual(r.tx, { '@type': '/cosmos.tx.v1beta1.Tx', ...got.tx });
  t.is(TxMsgData.decode(Buffer.from(r.data, 'hex')).msgResponses[0]?.typeUrl, '/cosmos.bank.v1beta1.MsgSendResponse');
  t.is(r.timestamp, (await node.rpc('block', { height: viaRpc.height })).block.header.time);
  t.deepEqual(r.events, viaRpc.tx_result.events);

  // After the send: the new account exists (account number assigned), the sender's key is recorded.
  const freshAcc = await ok(t, `/cosmos/auth/v1beta1/accounts/${fresh}`, 'GET /cosmos/auth/v1beta1/accounts/{address}');
  t.like(freshAcc.account, { '@type': '/cosmos.auth.v1beta1.BaseAccount', address: fresh, pub_key: null, sequence: '0' });
  const devAfter = await ok(t, `/cosmos/auth/v1beta1/accounts/${dev!.address}`, 'GET /cosmos/auth/v1beta1/accounts/{address}');
  t.deepEqual(devAfter.account, { '@type': '/cosmos.auth.v1beta1.BaseAccount', address: dev!.address, pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: toBase64(dev!.pubkey) }, account_number: '0', sequence: '1' });
  t.deepEqual((await ok(t, `/cosmos/bank/v1beta1/balances/${fresh}`)).balances, [{ denom: 'umkt', amount: '1234' }]);
  t.is((await ok(t, `/cosmos/bank/v1beta1/spendable_balances/${dev!.address}`, 'GET /cosmos/bank/v1beta1/spendable_balances/{address}')).balances.find((c: any) => c.denom === 'umkt').amount, String(umktBefore - 1234n - BigInt(fee)));

  // Searches by events and by query, and the block's txs.
  const byEvents = await ok(t, `/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`transfer.recipient='${fresh}'`)}`, 'GET /cosmos/tx/v1beta1/txs');
  t.is(byEvents.total, '1');
  t.is(byEvents.tx_responses[0].txhash, hash);
  t.deepEqual(byEvents.txs[0], got.tx);
  const byQuery = await ok(t, `/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`message.sender='${dev!.address}' AND tx.height=${r.height}`)}&order_by=ORDER_BY_DESC`);
  t.deepEqual(byQuery.tx_responses.map((x: any) => x.txhash), [hash]);
  const inBlock = await ok(t, `/cosmos/tx/v1beta1/txs/block/${r.height}`, 'GET /cosmos/tx/v1beta1/txs/block/{height}');
  t.deepEqual(inBlock.txs, [got.tx]);
  t.deepEqual(inBlock.pagination, { next_key: null, total: '1' });
  t.is(inBlock.block.header.height, r.height);

  // The tx service's GetTx as cosmjs's QueryClient asks it (abci_query /cosmos.tx.v1beta1.Service/GetTx).
  const comet = await Comet38Client.connect(node.url);
  const q = QueryClient.withExtensions(comet, setupTxExtension);
  const viaGrpc = await q.tx.getTx(hash);
  t.is(viaGrpc.txResponse?.txhash, hash);
  t.is(viaGrpc.txResponse?.height, BigInt(r.height));
  t.is(viaGrpc.txResponse?.code, 0);
  t.is(viaGrpc.txResponse?.gasUsed, BigInt(r.gas_used));
  t.is(viaGrpc.txResponse?.timestamp, r.timestamp);
  t.is(viaGrpc.tx?.body?.memo, 'keplr over rest');
  t.deepEqual(viaGrpc.tx?.signatures, [fromBase64(signed.signature.signature)]);
  await t.throwsAsync(q.tx.getTx('00'.repeat(32)), { message: /Query failed with \(22\): rpc error: code = NotFound desc = tx not found: 0{64}/ });
  comet.disconnect();
});

test.serial('[e2e/rest]: every Cosmos route answers in the SDK JSON shape; every module route (from the protos) answers its response message', async (t) => {
  const dev = node.devAddress;
  const height = String(await node.height());
  const latest = await ok(t, '/cosmos/base/tendermint/v1beta1/blocks/latest', 'GET /cosmos/base/tendermint/v1beta1/blocks/latest');
  const rpcBlock = await node.rpc('block', { height: latest.block.header.height });
  t.is(Buffer.from(latest.block_id.hash, 'base64').toString('hex').toUpperCase(), rpcBlock.block_id.hash);
  t.is(Buffer.from(latest.block.header.app_hash, 'base64').toString('hex').toUpperCase(), rpcBlock.block.header.app_hash);
  t.regex(latest.sdk_block.header.proposer_address, /^mktvalcons1/);
  const two = await ok(t, '/cosmos/base/tendermint/v1beta1/blocks/2', 'GET /cosmos/base/tendermint/v1beta1/blocks/latest');
  t.is(two.block.header.height, '2');
  t.is(Buffer.from(two.block.header.last_block_id.hash, 'base64').toString('hex').toUpperCase(), (await node.rpc('block', { height: '1' })).block_id.hash);
  await ok(t, '/cosmos/base/tendermint/v1beta1/syncing', 'GET /cosmos/base/tendermint/v1beta1/syncing');
  const vs = await ok(t, '/cosmos/base/tendermint/v1beta1/validatorsets/latest', 'GET /cosmos/base/tendermint/v1beta1/validatorsets/latest');
  t.is(vs.validators[0].pub_key.key, (await node.rpc('validators')).validators[0].pub_key.value);
  t.true(Number(vs.block_height) >= Number(height));
  t.is((await ok(t, '/cosmos/base/tendermint/v1beta1/validatorsets/1', 'GET /cosmos/base/tendermint/v1beta1/validatorsets/latest')).block_height, '1');
  const aq = await ok(t, `/cosmos/base/tendermint/v1beta1/abci_query?path=${encodeURIComponent('/cosmos.bank.v1beta1.Query/Params')}`, 'GET /cosmos/base/tendermint/v1beta1/abci_query');
  t.is(aq.code, 0);
  t.is(aq.value, 'CgIQAQ=='); // Params{default_send_enabled: true}

  const accounts = await ok(t, '/cosmos/auth/v1beta1/accounts?pagination.limit=1', 'GET /cosmos/auth/v1beta1/accounts');
  t.is(accounts.accounts.length, 1);
  t.not(accounts.pagination.next_key, null);
  const all = await ok(t, '/cosmos/auth/v1beta1/accounts');
  t.is(all.pagination.total, String(all.accounts.length));
  const next = await ok(t, `/cosmos/auth/v1beta1/accounts?pagination.key=${encodeURIComponent(accounts.pagination.next_key)}&pagination.limit=100`);
  t.deepEqual([accounts.accounts[0], ...next.accounts], all.accounts);
  t.deepEqual((await ok(t, '/cosmos/auth/v1beta1/params', 'GET /cosmos/auth/v1beta1/params')).params, { max_memo_characters: '256', tx_sig_limit: '7', tx_size_cost_per_byte: '10', sig_verify_cost_ed25519: '590', sig_verify_cost_secp256k1: '1000' });
  const mods = await ok(t, '/cosmos/auth/v1beta1/module_accounts', 'GET /cosmos/auth/v1beta1/module_accounts');
  t.deepEqual(mods.accounts.map((a: any) => a.name), ['amm', 'fee_collector', 'moneymarket', 'repo']);

  const supply = await ok(t, '/cosmos/bank/v1beta1/supply', 'GET /cosmos/bank/v1beta1/supply');
  t.deepEqual(supply.supply, [{ denom: 'uatom', amount: '1000000000000' }, { denom: 'umkt', amount: '1000000000000' }, { denom: 'uusdc', amount: '1000000000000' }]);
  t.deepEqual((await ok(t, '/cosmos/bank/v1beta1/supply/by_denom?denom=uusdc', 'GET /cosmos/bank/v1beta1/supply/by_denom')).amount, { denom: 'uusdc', amount: '1000000000000' });
  t.deepEqual(await ok(t, '/cosmos/bank/v1beta1/denoms_metadata', 'GET /cosmos/bank/v1beta1/denoms_metadata'), { metadatas: [], pagination: { next_key: null, total: '0' } });
  expectError(t, await get('/cosmos/bank/v1beta1/denoms_metadata/umkt'), 404, 5, 'client metadata for denom umkt: client denom metadata not found');
  t.deepEqual(await ok(t, '/cosmos/bank/v1beta1/params', 'GET /cosmos/bank/v1beta1/params'), { params: { send_enabled: [], default_send_enabled: true } });

  // Module routes: the values a dev home starts with, and every field of the proto response.
  const zeroId = '0'.repeat(64);
  const values: Record<string, string> = { pool_id: '1', denom: 'uatom', address: dev, owner: dev, position_id: zeroId, round_id: '1' };
  const extra: Record<string, string> = { '/marketchain/amm/v1/pools/{pool_id}/simulate_swap': '?denom_in=uatom&amount=1000' };
  const notFound: Record<string, RegExp> = { '/marketchain/amm/v1/positions/{position_id}': /position .*: position not found/, '/marketchain/repo/v1/rounds/{round_id}': /round not found/, '/marketchain/repo/v1/agents/{address}': /agent mkt1.*: selection agent not found/ };
  t.true(ROUTE_TABLE.routes.length >= 16);
  for (const route of ROUTE_TABLE.routes) {
    const url = route.path.replace(/\{([^}]+)\}/g, (_, v: string) => encodeURIComponent(values[v]!)) + (extra[route.path] ?? '');
    const res = await get(url);
    if (notFound[route.path]) {
      expectError(t, res, 404, 5, notFound[route.path]);
      continue;
    }
    t.is(res.status, 200, `${url}: ${JSON.stringify(res.body)}`);
    t.deepEqual(protoShape(res.body, route.response), [], url);
  }
  const pool = (await ok(t, '/marketchain/amm/v1/pools/1')).pool;
  t.like(pool.pool, { id: '1', denom0: 'uatom', denom1: 'uusdc', fee_pips: 3000, min_long_commitment_blocks: '0' });
  const quote = await ok(t, '/marketchain/amm/v1/pools/1/simulate_swap?denom_in=uatom&amount=1000');
  t.is(quote.amount_in, '1000');
  t.regex(quote.amount_out, /^\d+$/);
  const ledger = await ok(t, '/marketchain/moneymarket/v1/markets/uatom/ledger?pagination.limit=5&pagination.reverse=true');
  t.deepEqual(Object.keys(ledger.pagination).sort(), ['next_offset', 'total']);
  t.is((await ok(t, '/marketchain/repo/v1/params')).params.blocks_per_year, '31536000');
  t.deepEqual(await ok(t, '/marketchain/repo/v1/rounds?limit=5&phase=COMMIT'), { rounds: [], next_start_after: '0' });

  // Every route of the server is in the document it serves, which is the checked-in one.
  const doc = await ok(t, '/swagger/openapi.json');
  t.deepEqual(doc, CHECKED_IN_OPENAPI);
  t.deepEqual(await ok(t, '/openapi.json'), doc);
  for (const r of ROUTES) t.truthy(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path} documented`);
});

test.serial('[e2e/rest]: failure paths answer the gateway error with its HTTP status and the node keeps serving', async (t) => {
  const dev = node.devAddress;
  expectError(t, await get('/cosmos/auth/v1beta1/accounts/notanaddress'), 400, 3, 'invalid address "notanaddress": invalid address');
  expectError(t, await get('/cosmos/bank/v1beta1/balances/mkt1xyz'), 400, 3, /invalid address/);
  expectError(t, await get(`/cosmos/bank/v1beta1/balances/${dev}/by_denom`), 400, 3, 'invalid denom "": invalid coins');
  expectError(t, await get(`/cosmos/bank/v1beta1/balances/${dev}?pagination.limit=abc`), 400, 3, /pagination.limit: "abc" is not an unsigned integer/);
  expectError(t, await get(`/cosmos/bank/v1beta1/balances/${dev}?pagination.limit=5000`), 400, 3, 'pagination limit 5000 is above the maximum 1000: invalid request');
  expectError(t, await get(`/cosmos/bank/v1beta1/balances/${dev}?pagination.key=dW1rdA==&pagination.offset=1`), 400, 3, 'either offset or key is expected, got both: invalid request');
  expectError(t, await get(`/cosmos/bank/v1beta1/balances/${dev}?pagination.reverse=maybe`), 400, 3, /pagination.reverse: "maybe" is not a bool/);
  expectError(t, await get('/cosmos/base/tendermint/v1beta1/blocks/0'), 400, 3, 'height: "0" must be a positive integer');
  expectError(t, await get('/cosmos/base/tendermint/v1beta1/blocks/99999999'), 400, 3, /requested block height 99999999 is bigger than the chain length \d+/);
  expectError(t, await get('/cosmos/tx/v1beta1/txs/nothex'), 400, 3, 'invalid tx hash "nothex": expected 64 hex digits');
  expectError(t, await get(`/cosmos/tx/v1beta1/txs/${'AB'.repeat(32)}`), 404, 5, `tx not found: ${'AB'.repeat(32)}`);
  expectError(t, await get('/cosmos/tx/v1beta1/txs'), 400, 3, 'query cannot be empty: give query= or events=');
  expectError(t, await get('/cosmos/tx/v1beta1/txs?events=nodot'), 400, 3, /invalid event "nodot"/);
  expectError(t, await get('/marketchain/amm/v1/pools/abc'), 400, 3, /pool_id: "abc" is not an unsigned integer/);
  expectError(t, await get('/marketchain/amm/v1/pools/7'), 404, 5, 'pool 7: pool not found');
  expectError(t, await get('/marketchain/moneymarket/v1/accounts/bad'), 400, 3, /address/);

  expectError(t, await get('/cosmos/nope/v1beta1/x'), 404, 5, 'Not Found');
  expectError(t, await get('/nope'), 404, 5, 'Not Found');
  // `/` is the explorer (web/, node/api/web_static.ts) when it is built
  t.is((await fetch(node.apiUrl + '/')).headers.get('content-type'), 'text/html; charset=utf-8');
  expectError(t, await get('/cosmos/staking/v1beta1/delegations/' + dev), 501, 12, `this chain has no staking module: /cosmos/staking/v1beta1/delegations/${dev} is not served`);
  expectError(t, await get('/cosmos/tx/v1beta1/simulate'), 501, 12, 'Method Not Allowed');
  expectError(t, await post('/cosmos/bank/v1beta1/supply', {}), 501, 12, 'Method Not Allowed');

  expectError(t, await post('/cosmos/tx/v1beta1/txs', '{"tx_bytes": '), 400, 3, /^invalid JSON body: /);
  expectError(t, await post('/cosmos/tx/v1beta1/txs', '[1,2]'), 400, 3, 'the body must be a JSON object');
  expectError(t, await post('/cosmos/tx/v1beta1/txs', { tx_bytes: 'AAAA' }), 400, 3, 'invalid broadcast mode null: expected BROADCAST_MODE_SYNC or BROADCAST_MODE_ASYNC');
  expectError(t, await post('/cosmos/tx/v1beta1/txs', { tx_bytes: 'AAAA', mode: 'BROADCAST_MODE_BLOCK' }), 400, 3, /BROADCAST_MODE_BLOCK is not supported/);
  expectError(t, await post('/cosmos/tx/v1beta1/txs', { mode: 'BROADCAST_MODE_SYNC' }), 400, 3, 'tx_bytes must be the base64 of the signed tx (TxRaw)');
  expectError(t, await post('/cosmos/tx/v1beta1/txs', { tx_bytes: '***', mode: 'BROADCAST_MODE_SYNC' }), 400, 3, 'tx_bytes: not base64');
  // Undecodable bytes are a CheckTx refusal (code 2), as the SDK's broadcast reports it.
  const junk = await post('/cosmos/tx/v1beta1/txs', { tx_bytes: 'AAAA', mode: 'BROADCAST_MODE_ASYNC' });
  t.is(junk.status, 200);
  t.like(junk.body.tx_response, { code: 2, codespace: 'sdk', height: '0' });
  expectError(t, await post('/cosmos/tx/v1beta1/simulate', { tx_bytes: 'AAAA' }), 400, 3, /tx parse error/);
  const big = 'x'.repeat(1_000_001);
  expectError(t, await post('/cosmos/tx/v1beta1/simulate', `{"tx_bytes":"${big}"}`), 413, 8, 'request body larger than 1000000 bytes (api.max_body_bytes)');
  // A body sent without a length (chunked) is cut at the limit too.
  const chunked = await new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(node.apiUrl + '/cosmos/tx/v1beta1/txs', { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      res.on('error', reject);
    });
    req.on('error', () => undefined); // the server closes the connection once it has answered
    for (let i = 0; i < 3; i++) req.write('y'.repeat(600_000));
    req.end();
  });
  expectError(t, chunked, 413, 8, 'request body larger than 1000000 bytes (api.max_body_bytes)');

  // CORS as the RPC's: a local page may read answers, another origin gets no allow header.
  const pre = await fetch(node.apiUrl + '/cosmos/tx/v1beta1/txs', { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' } });
  t.is(pre.status, 204);
  t.is(pre.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  const evil = await get('/cosmos/base/tendermint/v1beta1/syncing', { headers: { Origin: 'https://evil.example' } });
  t.is(evil.status, 200);
  t.is(evil.headers.get('access-control-allow-origin'), null);
  t.regex(evil.headers.get('x-cosmos-block-height') ?? '', /^\d+$/);

  // Junk in every path variable and query field of every route: always a JSON answer, never a crash.
  let seed = 12345;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const JUNK = ['', '0', '-1', '18446744073709551616', 'abc', '%00', '%E2%82', "'", '"', 'true', 'mkt1', '..', 'x'.repeat(300), '%2F%2F', 'null', '[]', '1e9'];
  const seen = new Set<number>();
  for (let i = 0; i < 300; i++) {
    const r = ROUTES[rnd(ROUTES.length)]!;
    const path = r.path.replace(/\{[^}]+\}/g, () => JUNK[rnd(JUNK.length)]!);
    const query = (r.query ?? []).map((q) => `${q.name}=${JUNK[rnd(JUNK.length)]}`).join('&');
    const method = ['GET', 'POST', 'PUT', 'DELETE'][rnd(4)]!;
    const res = await fetch(`${node.apiUrl}${path}?${query}`, { method, body: method === 'GET' ? undefined : JUNK[rnd(JUNK.length)] });
    const text = await res.text();
    seen.add(res.status);
    t.true([200, 400, 404, 413, 500, 501].includes(res.status), `${method} ${path}?${query}: ${res.status} ${text.slice(0, 200)}`);
    if (res.status !== 200) t.deepEqual(Object.keys(JSON.parse(text)).sort(), ['code', 'details', 'message'], `${method} ${path}?${query}`);
    else JSON.parse(text);
  }
  t.true(seen.has(200) && seen.has(400) && seen.has(501), [...seen].join());

  t.is((await get('/cosmos/base/tendermint/v1beta1/node_info')).status, 200);
  t.is(node.proc?.exitCode, null);
});

test.serial('[e2e/rest]: --api.enable false serves no REST API; a bad --api.enable value stops the start with a message', async (t) => {
  const off = await TestNode.start({ extraArgs: ['--api.enable', 'false'] });
  t.teardown(() => off.destroy());
  t.regex(off.log, /REST API off/);
  await t.throwsAsync(fetch(off.apiUrl + '/cosmos/base/tendermint/v1beta1/node_info'));
  t.is((await off.rpc('status')).node_info.network, 'marketchain-local');
  await off.stop();
  const bad = runNodeCmd(['start', '--home', off.home, '--rpc.laddr', 'tcp://127.0.0.1:0', '--api.enable', 'maybe']);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /Error: --api\.enable must be true or false, got "maybe"/);
});
