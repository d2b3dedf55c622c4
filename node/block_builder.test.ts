// Block building with JIT bundles (issue 4, ordering and bundles): the block builder runs candidates by
// score, a bundle is all-or-nothing at its place, competing bundles resolve by the searcher's own gas
// price, and a replay of the produced block reaches the same state.
import test from 'ava';
import { toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { createPoolMsg, makeAmmChain, msg, type AmmChain } from '../modules/amm/testing/kit.js';
import { positionIdFromTx, TYPE_URLS } from '../modules/amm/msgs.js';
import { createMarketApp } from './app_factory.js';
import { executeBundleDry } from './bundles.js';
import { buildBlockBody } from './block_builder.js';
import { Mempool } from './mempool.js';
import { blockTime, GENESIS_TIME, TEST_CHAIN_ID } from '../test/helpers/app.js';
import { signTx } from '../test/helpers/accounts.js';
import { getAccount } from '../modules/auth/keeper.js';
import type { PreparedTx } from '../chain/tx/prepared_tx.js';

const LIMITS = { max_bytes: 4 << 20, max_gas: 200_000_000 };
const hash = (tx: Uint8Array | PreparedTx) => (tx instanceof Uint8Array ? toHexUpper(sha256(tx)) : tx.hashHex);
const prep = (c: AmmChain, txs: Uint8Array[]) => txs.map((t) => c.app.prepareTx(t));

async function setup() {
  const c = await makeAmmChain();
  const [admin, passive, jit, user] = c.accounts as any[];
  const txs: Uint8Array[][] = [];
  const pool = await c.sign(admin, [createPoolMsg(admin.address, { betaPpm: 500_000 })]);
  txs.push([pool]);
  c.block([pool]);
  const lp = await c.sign(passive, [msg(TYPE_URLS.addLiquidity, { sender: passive.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 5 })]);
  txs.push([lp]);
  c.block([lp]);
  return { c, admin, passive, jit, user, txs };
}

function admit(c: AmmChain, mp: Mempool, tx: Uint8Array) {
  const p = c.app.prepareTx(tx);
  const out = c.app.checkTx(p);
  if (out.result.code !== 0) throw new Error(out.result.log);
  mp.add(p, out);
}

async function jitBundle(c: AmmChain, searcher: any, swap: Uint8Array, fee: string) {
  const add = await c.sign(searcher, [msg(TYPE_URLS.addLiquidity, { sender: searcher.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })], fee);
  const rm = await c.sign(searcher, [msg(TYPE_URLS.removeLiquidity, { sender: searcher.address, positionId: positionIdFromTx(searcher.address, add) })], fee);
  return [add, swap, rm];
}

/** The shapes of a JIT bundle [add, swap, remove] (for bundles put into a mempool by hand). */
const jitShapes = (searcher: string, user: string) => [
  { signers: [searcher], typeUrls: [TYPE_URLS.addLiquidity] }, { signers: [user], typeUrls: [TYPE_URLS.swapExactIn] }, { signers: [searcher], typeUrls: [TYPE_URLS.removeLiquidity] },
];

/** A signed bank send of `amount` uusdc from an account to itself. */
function selfSend(c: AmmChain, from: any, amount: string, o: { sequence: bigint; gas: number; fee: string }) {
  const acc = getAccount(c.q(), from.address)!;
  return signTx(from, [msg('/cosmos.bank.v1beta1.MsgSend', { fromAddress: from.address, toAddress: from.address, amount: [{ denom: 'uusdc', amount }] })], { chainId: TEST_CHAIN_ID, accountNumber: acc.accountNumber, sequence: o.sequence, gas: o.gas, fee: [{ denom: 'umkt', amount: o.fee }] });
}

async function build(c: AmmChain, mp: Mempool) {
  const h = c.app.lastHeight + 1;
  const exec = c.app.beginBlock({ height: h, time: blockTime(h) });
  await buildBlockBody(exec, mp, LIMITS);
  const o = exec.finish();
  c.app.commit();
  return o;
}

test('[node/block-builder]: a bundle around a pending swap runs add → swap → remove in one block; the swap is not included twice', async (t) => {
  const { c, jit, user } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })], '2000');
  admit(c, mp, swap);
  const bundle = await jitBundle(c, jit, swap, '3000');
  mp.addBundle({ ...executeBundleDry(c.app, prep(c, bundle)), txs: prep(c, bundle), expiresAt: 100 });
  const usdc0 = c.balance(jit.address, 'uusdc');
  const out = await build(c, mp);
  t.deepEqual(out.txs.map(hash), bundle.map(hash));
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0]);
  t.true(c.balance(jit.address, 'uusdc') > usdc0, 'the JIT leaves with fees');
  t.deepEqual(c.app.checkInvariants(), []);
});

test('[node/block-builder]: a failing bundle leaves no trace (no fees charged) and the wrapped swap is still included on its own', async (t) => {
  const { c, jit, user } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })], '2000');
  admit(c, mp, swap);
  const add = await c.sign(jit, [msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })], '3000');
  const badRemove = await c.sign(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: 'ff'.repeat(32) })], '3000');
  const bundle = [add, swap, badRemove];
  const err = t.throws(() => executeBundleDry(c.app, prep(c, bundle)));
  t.regex(err!.message, /bundle tx #2 \([0-9A-F]{64}\) failed/);
  // Admitted anyway (as if state changed after admission): the builder must still treat it atomically.
  mp.addBundle({ hashes: bundle.map(hash), searcher: jit.address, shapes: jitShapes(jit.address, user.address), fee: 6000n, gas: 4_000_000, gasTotal: 6_000_000, bytes: 0, txs: prep(c, bundle), expiresAt: 100 });
  const before = { umkt: c.balance(jit.address, 'umkt'), usdc: c.balance(jit.address, 'uusdc'), atom: c.balance(jit.address, 'uatom') };
  const out = await build(c, mp);
  t.deepEqual(out.txs.map(hash), [hash(swap)]);
  t.deepEqual(out.txResults.map((r) => r.code), [0]);
  t.deepEqual({ umkt: c.balance(jit.address, 'umkt'), usdc: c.balance(jit.address, 'uusdc'), atom: c.balance(jit.address, 'uatom') }, before);
  t.is(mp.bundleList().length, 0);
});

test('[node/block-builder]: two bundles wrapping the same swap resolve by the searcher gas price; the loser is dropped; replay reaches the same state', async (t) => {
  const { c, passive, jit, user, txs } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })], '2000');
  admit(c, mp, swap);
  const low = await jitBundle(c, jit, swap, '3000');
  const high = await jitBundle(c, passive, swap, '9000');
  mp.addBundle({ ...executeBundleDry(c.app, prep(c, low)), txs: prep(c, low), expiresAt: 100 });
  mp.addBundle({ ...executeBundleDry(c.app, prep(c, high)), txs: prep(c, high), expiresAt: 100 });
  const jitUmkt = c.balance(jit.address, 'umkt');
  const out = await build(c, mp);
  t.deepEqual(out.txs.map(hash), high.map(hash));
  t.is(c.balance(jit.address, 'umkt'), jitUmkt, 'the losing searcher pays nothing');
  t.is(mp.bundleList().length, 0);

  // The same blocks on a fresh app give the same app hashes.
  const app2 = createMarketApp();
  app2.initChain(TEST_CHAIN_ID, GENESIS_TIME, c.genesis);
  const blocks = [...txs, out.txs];
  const replayed = blocks.map((block, i) => {
    const o = app2.finalizeBlock({ height: i + 1, time: blockTime(i + 1), txs: block });
    app2.commit();
    return o;
  });
  t.is(replayed.length, 3);
  t.is(toHexUpper(replayed[2]!.appHash), toHexUpper(out.appHash));
  t.is(toHexUpper(replayed[2]!.resultsHash), toHexUpper(out.resultsHash));
});

test('[node/block-builder]: a sender whose tx does not fit keeps its later sequences for the next block (none are lost)', async (t) => {
  const { c, jit, user } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const send = (from: any, amount: string, o: { sequence: bigint; gas: number; fee: string }) => selfSend(c, from, amount, o);
  const userSeq = getAccount(c.q(), user.address)!.sequence;
  const other = await send(jit, '1', { sequence: getAccount(c.q(), jit.address)!.sequence, gas: 1_000_000, fee: '10000' });
  const big = await send(user, '2', { sequence: userSeq, gas: 2_000_000, fee: '2000' });
  const small = await send(user, '3', { sequence: userSeq + 1n, gas: 1_000_000, fee: '1000' });
  for (const tx of [other, big, small]) admit(c, mp, tx);
  // 2.5M gas per block: [other 1M] leaves no room for big (2M); small (1M) would fit but must wait for big.
  const limits = { max_bytes: 4 << 20, max_gas: 2_500_000 };
  const blocks: string[][] = [];
  for (let b = 0; b < 3; b++) {
    const h = c.app.lastHeight + 1;
    const exec = c.app.beginBlock({ height: h, time: blockTime(h) });
    const { dropped } = await buildBlockBody(exec, mp, limits);
    t.deepEqual(dropped, []);
    const out = exec.finish();
    c.app.commit();
    t.true(out.txResults.every((r) => r.code === 0));
    blocks.push(out.txs.map(hash));
    mp.update(new Set(out.txs.map(hash)), h);
    c.app.resetCheckState();
    for (const p of mp.forRecheck()) t.is(c.app.checkTx(p.prepared, true).result.code, 0);
  }
  t.deepEqual(blocks, [[hash(other)], [hash(big)], [hash(small)]]);
  t.is(mp.size, 0);
});

test('[node/block-builder]: building yields to the event loop; a tx admitted meanwhile waits for the next block and re-checks clean', async (t) => {
  const { c, jit, user } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const send = (from: any, sequence: bigint) => selfSend(c, from, '1', { sequence, gas: 200_000, fee: '1000' });
  const userSeq = getAccount(c.q(), user.address)!.sequence;
  const jitSeq = getAccount(c.q(), jit.address)!.sequence;
  const first = await Promise.all([0n, 1n, 2n].map((i) => send(user, userSeq + i)));
  const late = [await send(user, userSeq + 3n), await send(jit, jitSeq)];
  for (const tx of first) admit(c, mp, tx);

  const h = c.app.lastHeight + 1;
  const exec = c.app.beginBlock({ height: h, time: blockTime(h) });
  // Runs at the builder's first yield (one candidate per turn): CheckTx on the check state, as the RPC would.
  const seenAt: number[] = [];
  setImmediate(() => {
    seenAt.push(exec.txCount);
    for (const tx of late) admit(c, mp, tx);
  });
  const { dropped } = await buildBlockBody(exec, mp, LIMITS, undefined, 1);
  t.deepEqual(dropped, []);
  t.deepEqual(seenAt, [1], 'the admission ran after the first tx and before the second');
  const out = exec.finish();
  c.app.commit();
  t.deepEqual(out.txs.map(hash), first.map(hash), 'the block is the mempool as it was when building began');
  t.true(out.txResults.every((r) => r.code === 0));
  mp.update(new Set(out.txs.map(hash)), h);
  c.app.resetCheckState();
  for (const p of mp.forRecheck()) t.is(c.app.checkTx(p.prepared, true).result.code, 0);
  t.is(mp.size, 2);

  const next = await build(c, mp);
  t.deepEqual(new Set(next.txs.map(hash)), new Set(late.map(hash)));
  t.true(next.txResults.every((r) => r.code === 0));
});

test('[node/block-builder]: a bundle that arrives while its wrapped swap is being built into a block is dropped after that block, with the reason', async (t) => {
  const { c, jit, user, passive } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })], '2000');
  const other = await c.sign(passive, [msg('/cosmos.bank.v1beta1.MsgSend', { fromAddress: passive.address, toAddress: passive.address, amount: [{ denom: 'uusdc', amount: '1' }] })], '1000');
  admit(c, mp, swap);
  admit(c, mp, other);
  const bundle = await jitBundle(c, jit, swap, '3000');
  const h = c.app.lastHeight + 1;
  const exec = c.app.beginBlock({ height: h, time: blockTime(h) });
  let id = '';
  setImmediate(() => {
    // The dry run is on the committed state, where the swap is still pending: admitted.
    id = mp.addBundle({ ...executeBundleDry(c.app, prep(c, bundle)), txs: prep(c, bundle), expiresAt: 100 }).id;
  });
  await buildBlockBody(exec, mp, LIMITS, undefined, 1);
  const out = exec.finish();
  c.app.commit();
  t.deepEqual(out.txs.map(hash), [swap, other].map(hash));
  t.deepEqual(mp.update(new Set(out.txs.map(hash)), h), [{ id, reason: `its tx ${hash(swap)} was included in block ${h} without it` }]);
  t.is(mp.bundleList().length, 0);
  // An expired bundle is dropped with its own reason.
  const late = await jitBundle(c, jit, await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000', minAmountOut: '0' })], '2000'), '3000');
  const b2 = mp.addBundle({ hashes: late.map(hash), searcher: jit.address, shapes: jitShapes(jit.address, user.address), fee: 6000n, gas: 2, gasTotal: 3, bytes: 0, txs: prep(c, late), expiresAt: h + 1 });
  t.deepEqual(mp.update(new Set(), h + 1), [{ id: b2.id, reason: `expired at height ${h + 1}` }]);
});

const swapMsg = (sender: string, denomIn: string, amountIn: string) => msg(TYPE_URLS.swapExactIn, { sender, poolId: 1, denomIn, amountIn, minAmountOut: '0' });
const code = (f: () => unknown): [string, number] => {
  try {
    f();
  } catch (e: any) {
    return [e.codespace, e.code];
  }
  return ['', 0];
};

test('[node/block-builder]: a sandwich bundle is refused at admission (amm/24), and the builder drops one put into the mempool by hand, with why', async (t) => {
  const { c, admin, jit, user, passive } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const victim = await c.sign(user, [swapMsg(user.address, 'uusdc', '50000000000')], '2000');
  admit(c, mp, victim);
  const front = await c.sign(jit, [swapMsg(jit.address, 'uusdc', '20000000000')], '9000');
  const back = await c.sign(jit, [swapMsg(jit.address, 'uatom', '9000000')], '9000');
  const sandwich = [front, victim, back];
  t.deepEqual(code(() => executeBundleDry(c.app, prep(c, sandwich), (h) => mp.has(h))), ['amm', 24]);
  // two victims around one JIT position (the dry run itself passes): amm/23
  const victim2 = await c.sign(passive, [swapMsg(passive.address, 'uusdc', '1000000')], '2000');
  admit(c, mp, victim2);
  const two = await jitBundle(c, admin, victim, '9000');
  t.deepEqual(code(() => executeBundleDry(c.app, prep(c, [two[0]!, victim, victim2, two[2]!]), (h) => mp.has(h))), ['amm', 23]);

  const shapes = [{ signers: [jit.address], typeUrls: [TYPE_URLS.swapExactIn] }, { signers: [user.address], typeUrls: [TYPE_URLS.swapExactIn] }, { signers: [jit.address], typeUrls: [TYPE_URLS.swapExactIn] }];
  const b = mp.addBundle({ hashes: sandwich.map(hash), searcher: jit.address, shapes, fee: 18000n, gas: 4_000_000, gasTotal: 6_000_000, bytes: 0, txs: prep(c, sandwich), expiresAt: 100 });
  const h = c.app.lastHeight + 1;
  const exec = c.app.beginBlock({ height: h, time: blockTime(h) });
  const { droppedBundles } = await buildBlockBody(exec, mp, LIMITS);
  const out = exec.finish();
  c.app.commit();
  t.deepEqual(out.txs.map(hash), [hash(victim), hash(victim2)], 'the victims land on their own');
  t.is(droppedBundles.length, 1);
  t.is(droppedBundles[0]!.id, b.id);
  t.regex(droppedBundles[0]!.reason, /^breaks the bundle rules: bundle tx #0 of the searcher mkt1\w+ comes before the wrapped tx #1 and carries \/marketchain\.amm\.v1\.MsgSwapExactIn/);
});

test('[node/block-builder]: a bundle scores its searcher\'s own fee per gas, not the wrapped tx\'s: [victim @0.002, back-run @0.05] beats [JIT add @0.01, victim]; the loser is reported outbid', async (t) => {
  const { c, jit, user, passive } = await setup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  // c.sign uses 2,000,000 gas: 4000umkt = 0.002/gas, 100000 = 0.05, 20000 = 0.01
  const victim = await c.sign(user, [swapMsg(user.address, 'uusdc', '50000000000')], '4000');
  admit(c, mp, victim);
  const backRun = await c.sign(passive, [swapMsg(passive.address, 'uatom', '9000000')], '100000');
  const a = [victim, backRun];
  const jitAdd = await c.sign(jit, [msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })], '20000');
  const bTxs = [jitAdd, victim];
  const da = executeBundleDry(c.app, prep(c, a), (h) => mp.has(h));
  const db = executeBundleDry(c.app, prep(c, bTxs), (h) => mp.has(h));
  t.deepEqual([da.searcher, da.fee, da.gas], [passive.address, 100000n, 2_000_000]);
  t.deepEqual([db.searcher, db.fee, db.gas], [jit.address, 20000n, 2_000_000]);
  const ba = mp.addBundle({ ...da, txs: prep(c, a), expiresAt: 100 });
  const bb = mp.addBundle({ ...db, txs: prep(c, bTxs), expiresAt: 100 });
  const h = c.app.lastHeight + 1;
  const exec = c.app.beginBlock({ height: h, time: blockTime(h) });
  const { droppedBundles } = await buildBlockBody(exec, mp, LIMITS);
  const out = exec.finish();
  c.app.commit();
  t.deepEqual(out.txs.map(hash), a.map(hash));
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0]);
  t.deepEqual(droppedBundles, [{ id: bb.id, reason: `outbid: its tx ${hash(victim)} is already in the block through bundle ${ba.id} (score 100000umkt/2000000 gas), which ranked first` }]);
});
