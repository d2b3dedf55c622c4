// Queries at past heights and ICS-23 proofs, against the real node: module queries and raw store keys at
// several heights, proofs of present and missing keys of every store verified against the app hash of
// the next block's header (with @confio/ics23 and with chain/merkle/ics23_verify.ts), tampered proofs
// refused, every refusal with the SDK's code and text, pruning windows, and history kept over a restart.
import test from 'ava';
import { ics23, verifyMembership } from '@confio/ics23';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { fromBech32, toBech32 } from '../../chain/crypto.js';
import { PROOF_OP_SIMPLE, PROOF_OP_SMT, SMT_SPEC, TENDERMINT_SPEC } from '../../chain/merkle/ics23.js';
import { commitmentRoot } from '../../chain/merkle/ics23_verify.js';
import { checkStoreProof, proofOpsFromJson, type ProofOpBytes } from '../../cli/store_proof.js';
import { accountKey } from '../../modules/auth/keys.js';
import { balanceKey } from '../../modules/bank/keys.js';
import { PARAMS_KEY as AMM_PARAMS } from '../../modules/amm/keys.js';
import { PARAMS_KEY as MM_PARAMS } from '../../modules/moneymarket/keys.js';
import { PARAMS_KEY as REPO_PARAMS } from '../../modules/repo/keys.js';
import { StoreDb } from '../../node/store_db.js';
import { HISTORY_DIFF_PREFIX, HISTORY_FLOOR_KEY } from '../../node/db_layout.js';
import { paths } from '../../node/home.js';
import { TestNode } from '../helpers/node_process.js';

const RECIPIENT = toBech32(new Uint8Array(20).fill(7)); // a fresh account
const MISSING = Uint8Array.from(Buffer.from('ff6d697373696e67', 'hex'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

async function query(node: TestNode, path: string, data: Uint8Array, height?: number, prove = false) {
  const r = await node.rpc('abci_query', { path, data: hex(data), ...(height ? { height: String(height) } : {}), ...(prove ? { prove: true } : {}) });
  return r.response;
}

async function appHashOf(node: TestNode, height: number): Promise<Uint8Array> {
  await node.waitHeight(height);
  const b = await node.rpc('block', { height: String(height) });
  return new Uint8Array(Buffer.from(b.block.header.app_hash, 'hex'));
}

async function balanceAt(node: TestNode, address: string, height: number): Promise<string> {
  const r = await query(node, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address, denom: 'umkt' }).finish(), height);
  if (r.code !== 0) throw new Error(`balance query at ${height}: ${r.code} ${r.log}`);
  return QueryBalanceResponse.decode(Buffer.from(r.value, 'base64')).balance!.amount;
}

async function proven(node: TestNode, store: string, key: Uint8Array, height: number) {
  const r = await query(node, `/store/${store}/key`, key, height, true);
  if (r.code !== 0) throw new Error(`store query ${store} at ${height}: ${r.code} ${r.log}`);
  return { r, ops: proofOpsFromJson(r.proofOps), value: r.value ? new Uint8Array(Buffer.from(r.value, 'base64')) : undefined };
}

function decode(op: ProofOpBytes) {
  return ics23.CommitmentProof.decode(op.data);
}

let node: TestNode;
let sendHeight = 0;

test.before(async () => {
  // All versions kept: at 150 ms blocks the default 362 would last under a minute of a loaded run.
  node = await TestNode.start({ blockTime: '150ms', extraArgs: ['--pruning', 'nothing'] });
});
test.after.always(async () => {
  await node?.destroy();
});

test.serial('module queries honour height: a balance before and after a send, from the RPC and `marketchain query … --height`', async (t) => {
  const send = node.cliJson(['tx', 'bank', 'send', 'dev', RECIPIENT, '1234umkt', '-y']);
  t.is(send.code, 0);
  const tx = await node.waitTx(send.txhash);
  sendHeight = Number(tx.height);
  await node.waitHeight(sendHeight + 2);
  t.is(await balanceAt(node, RECIPIENT, sendHeight - 1), '0');
  t.is(await balanceAt(node, RECIPIENT, sendHeight), '1234');
  t.is(await balanceAt(node, RECIPIENT, 0), '1234');
  const before = node.cliJson(['query', 'bank', 'balances', RECIPIENT, '--height', String(sendHeight - 1)]);
  const after = node.cliJson(['query', 'bank', 'balances', RECIPIENT, '--height', String(sendHeight)]);
  t.deepEqual(before.balances, []);
  t.deepEqual(after.balances, [{ denom: 'umkt', amount: '1234' }]);
  // The dev account's sequence moved with the send: auth at a past height too.
  const accBefore = node.cliJson(['query', 'auth', 'account', node.devAddress, '--height', String(sendHeight - 1)]);
  const accAfter = node.cliJson(['query', 'auth', 'account', node.devAddress, '--height', String(sendHeight)]);
  t.is(BigInt(accAfter.sequence), BigInt(accBefore.sequence) + 1n);
  // The market modules' queries run at a past height too (their state did not change since: same answers).
  for (const q of [['amm', 'pools'], ['moneymarket', 'markets'], ['repo', 'params']]) {
    t.deepEqual(node.cliJson(['query', ...q, '--height', String(sendHeight - 1)]), node.cliJson(['query', ...q, '--height', String(sendHeight + 1)]), q.join(' '));
  }
});

test.serial('proofs of present and missing keys of every store, at several heights, verify against the next header with @confio/ics23 and ours', async (t) => {
  const dev = fromBech32(node.devAddress);
  const present: [string, Uint8Array][] = [
    ['auth', accountKey(dev)],
    ['bank', balanceKey(dev, 'umkt')],
    ['moneymarket', MM_PARAMS],
    ['amm', AMM_PARAMS],
    ['repo', REPO_PARAMS],
  ];
  for (const h of [sendHeight - 1, sendHeight, sendHeight + 1]) {
    const appHash = await appHashOf(node, h + 1);
    for (const [store, key] of present) {
      const plain = await query(node, `/store/${store}/key`, key, h);
      const { r, ops, value } = await proven(node, store, key, h);
      t.is(r.height, String(h));
      t.is(r.key, Buffer.from(key).toString('base64'));
      t.truthy(value && value.length > 0, `${store} key present at ${h}`);
      t.is(plain.value, r.value);
      t.deepEqual(ops.map((o) => o.type), [PROOF_OP_SMT, PROOF_OP_SIMPLE]);
      // The library on its own, op by op: the key's value under the store root, the root under the app hash.
      const storeProof = decode(ops[0]!);
      const root = commitmentRoot(storeProof as never);
      t.true(verifyMembership(storeProof, SMT_SPEC as ics23.IProofSpec, root, key, value!), `${store} @${h}`);
      t.true(verifyMembership(decode(ops[1]!), TENDERMINT_SPEC as ics23.IProofSpec, appHash, new TextEncoder().encode(store), root));
      t.is(checkStoreProof(ops, appHash, store, key, value), undefined);
      // Missing key: a non-existence proof.
      const miss = await proven(node, store, MISSING, h);
      t.is(miss.value, undefined);
      t.truthy(decode(miss.ops[0]!).nonexist);
      t.is(checkStoreProof(miss.ops, appHash, store, MISSING, undefined), undefined, `${store} missing @${h}`);
      // Claiming the missing key holds the present key's value, or the present key is absent, fails.
      t.not(checkStoreProof(miss.ops, appHash, store, MISSING, value), undefined);
      t.not(checkStoreProof(ops, appHash, store, key, undefined), undefined);
    }
  }
});

test.serial('a proof for another height, a tampered value, key or proof byte does not verify', async (t) => {
  const key = balanceKey(fromBech32(RECIPIENT), 'umkt');
  const { ops, value } = await proven(node, 'bank', key, sendHeight);
  t.is(Buffer.from(value!).toString('utf8'), '1234');
  const next = await appHashOf(node, sendHeight + 1);
  t.is(checkStoreProof(ops, next, 'bank', key, value), undefined);
  // Header sendHeight carries the state before the send: the recipient's balance was absent then.
  const before = await appHashOf(node, sendHeight);
  t.regex(checkStoreProof(ops, before, 'bank', key, value)!, /^multistore proof: calculated root doesn't match provided root/);
  t.regex(checkStoreProof(ops, next, 'bank', key, new TextEncoder().encode('1235'))!, /^store proof: provided value doesn't match proof/);
  t.is(checkStoreProof(ops, next, 'bank', balanceKey(fromBech32(RECIPIENT), 'uusdc'), value), 'the store proof is for another key');
  t.is(checkStoreProof(ops, next, 'amm', key, value), 'the multistore proof is for another store');
  const flipped = ops.map((o) => ({ ...o, data: new Uint8Array(o.data) }));
  flipped[0]!.data[flipped[0]!.data.length - 1]! ^= 1;
  t.not(checkStoreProof(flipped, next, 'bank', key, value), undefined);
  // The absence proof at sendHeight − 1 does not hold at sendHeight + 1.
  const absent = await proven(node, 'bank', key, sendHeight - 1);
  t.is(absent.value, undefined);
  t.is(checkStoreProof(absent.ops, await appHashOf(node, sendHeight), 'bank', key, undefined), undefined);
  t.not(checkStoreProof(absent.ops, next, 'bank', key, undefined), undefined);
});

test.serial('marketchain query store … --prove and query bank balance --prove verify against the next header and say so', async (t) => {
  const key = hex(balanceKey(fromBech32(RECIPIENT), 'umkt'));
  const j = node.cliJson(['query', 'store', 'bank', key, '--prove', '--height', String(sendHeight)]);
  t.is(j.height, String(sendHeight));
  t.is(Buffer.from(j.value, 'base64').toString('utf8'), '1234');
  t.deepEqual(j.proof, { verified: true, app_hash: Buffer.from(await appHashOf(node, sendHeight + 1)).toString('hex').toUpperCase(), header_height: sendHeight + 1 });
  const text = node.cli(['query', 'bank', 'balance', RECIPIENT, 'umkt', '--prove', '--height', String(sendHeight - 1)]);
  t.is(text.code, 0, text.stderr);
  t.regex(text.stdout, new RegExp(`^0umkt at height ${sendHeight - 1}\\nproof: verified \\(ICS-23\\) against app hash [0-9A-F]{64} in the header of block ${sendHeight}\\n$`));
  const latest = node.cliJson(['query', 'bank', 'balance', RECIPIENT, 'umkt', '--prove']);
  t.deepEqual(latest.balance, { denom: 'umkt', amount: '1234' });
  t.true(latest.proof.verified);
  const missing = node.cliJson(['query', 'store', 'repo', 'ff00', '--prove']);
  t.is(missing.value, null);
  t.true(missing.proof.verified);
});

test.serial('every refusal of the new query options answers the SDK code and text, and the node keeps running', async (t) => {
  const latest = await node.height();
  const future = await query(node, '/cosmos.bank.v1beta1.Query/Balance', new Uint8Array(), latest + 1000);
  t.deepEqual([future.code, future.codespace, future.log], [26, 'sdk', 'cannot query with height in the future; please provide a valid height: invalid height']);
  const low = await query(node, '/store/bank/key', MISSING, 1, true);
  t.deepEqual([low.code, low.codespace, low.log], [18, 'sdk', 'cannot query with proof when height <= 1; please provide a valid height: invalid request']);
  const noStore = await query(node, '/store/nosuch/key', MISSING, 0, true);
  t.deepEqual([noStore.code, noStore.codespace, noStore.log], [6, 'sdk', 'no such store: nosuch: unknown request']);
  const sub = await query(node, '/store/bank/subspace', MISSING);
  t.deepEqual([sub.code, sub.codespace, sub.log], [6, 'sdk', 'unexpected query path: /subspace: unknown request']);
  const empty = await query(node, '/store/bank/key', new Uint8Array(), 0, true);
  t.deepEqual([empty.code, empty.codespace, empty.log], [2, 'sdk', 'query cannot be zero length: tx parse error']);
  const unknownPast = await query(node, '/marketchain.nosuch.v1.Query/X', new Uint8Array(), latest - 1);
  t.deepEqual([unknownPast.code, unknownPast.codespace], [6, 'sdk']);
  // A module query with prove answers its value without proofOps, as the SDK's gRPC routes.
  const gprc = await query(node, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: RECIPIENT, denom: 'umkt' }).finish(), 0, true);
  t.is(gprc.code, 0);
  t.is(gprc.proofOps, null);
  await t.throwsAsync(() => node.rpc('abci_query', { path: '/store/bank/key', data: '00', height: '-1' }), { message: /height must be an integer between 0 and/ });
  await t.throwsAsync(() => node.rpc('abci_query', { path: '/store/bank/key', data: '00', height: 'x' }), { message: /height must be an integer between 0 and/ });
  const bad = node.cli(['query', 'bank', 'balances', RECIPIENT, '--height', 'abc']);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /invalid --height "abc": a block height ≥ 1/);
  const badStore = node.cli(['query', 'store', 'bank', 'zz', '--prove']);
  t.regex(badStore.stderr, /invalid key "zz": hex bytes/);
  t.true((await node.height()) >= latest);
});

test.serial('history survives a restart: past balances and proofs as before', async (t) => {
  const key = balanceKey(fromBech32(RECIPIENT), 'umkt');
  const next = await appHashOf(node, sendHeight + 1);
  t.is(await node.stop(), 0);
  await node.spawn(['--pruning', 'nothing']);
  t.is(await balanceAt(node, RECIPIENT, sendHeight - 1), '0');
  t.is(await balanceAt(node, RECIPIENT, sendHeight), '1234');
  const { ops, value } = await proven(node, 'bank', key, sendHeight);
  t.is(checkStoreProof(ops, next, 'bank', key, value), undefined);
});

test('pruning everything keeps only the last 2 versions; an older height answers the SDK error; the history below is deleted', async (t) => {
  const n = await TestNode.start({ blockTime: '100ms', extraArgs: ['--pruning', 'everything'] });
  t.teardown(() => n.destroy());
  await n.waitHeight(23);
  // latest − 1 is served; blocks come every 100 ms, so a read that the chain outran is tried again.
  let latest = 0;
  let ok: any;
  for (let i = 0; i < 20; i++) {
    latest = await n.height();
    ok = await query(n, '/store/bank/key', balanceKey(fromBech32(n.devAddress), 'umkt'), latest - 1, true);
    if (ok.code === 0 || (await n.height()) === latest) break;
  }
  t.is(ok.code, 0, ok.log);
  t.is(ok.height, String(latest - 1));
  const old = await query(n, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: n.devAddress, denom: 'umkt' }).finish(), latest - 2);
  // The node may have moved on between the two reads: the answer names the latest it saw.
  t.deepEqual([old.code, old.codespace], [38, 'sdk']);
  t.regex(old.log, new RegExp(`^failed to load state at height ${latest - 2}; version does not exist \\(latest height: \\d+\\): not found$`));
  const cli = n.cli(['query', 'bank', 'balances', n.devAddress, '--height', '3']);
  t.is(cli.code, 1);
  t.regex(cli.stderr, /failed to load state at height 3; version does not exist \(latest height: \d+\): not found \(sdk\/38\)/);
  t.is(await n.stop(), 0);
  // On disk: the floor moved with the last pruning, and no reverse diff at or below it remains.
  const db = new StoreDb(paths(n.home).db);
  await db.open();
  const floorBytes = await db.db.get(HISTORY_FLOOR_KEY);
  const floor = Number(Buffer.from(floorBytes!).readBigUInt64BE());
  t.true(floor >= 19, `floor ${floor}`);
  let below = 0;
  for await (const [k] of db.db.iterator({ gte: Uint8Array.of(HISTORY_DIFF_PREFIX), lt: Uint8Array.of(HISTORY_DIFF_PREFIX + 1) })) if (Number(Buffer.from(k).readBigUInt64BE(1)) <= floor) below++;
  await db.close();
  t.is(below, 0);
});

test('start refuses bad pruning options with the SDK messages', async (t) => {
  const { runNodeCmd } = await import('../helpers/node_process.js');
  const bad = runNodeCmd(['start', '--home', '/nonexistent-marketchain-home', '--pruning', 'custom', '--pruning-keep-recent', '1', '--pruning-interval', '10']);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /invalid custom pruning options: pruning keep recent must not be set to less than 2/);
  const interval = runNodeCmd(['start', '--home', '/nonexistent-marketchain-home', '--pruning', 'custom', '--pruning-keep-recent', '5', '--pruning-interval', '3']);
  t.regex(interval.stderr, /pruning interval must not be set to less than 10/);
  const unknown = runNodeCmd(['start', '--home', '/nonexistent-marketchain-home', '--pruning', 'sometimes']);
  t.regex(unknown.stderr, /unknown pruning strategy sometimes/);
});
