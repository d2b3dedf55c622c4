// The app's ABCI 2.0 method set against CometBFT v0.38's rules (spec/abci/abci++_methods.md,
// abci++_app_requirements.md): FinalizeBlock persists nothing and may be repeated for a height before
// Commit with the same outcome; Commit makes the candidate the committed state; ProcessProposal is a
// deterministic check that accepts what PrepareProposal builds and rejects undecodable txs and bundles
// that are split or break the bundle rules.
import test from 'ava';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { createPoolMsg, makeAmmChain, msg } from '../../modules/amm/testing/kit.js';
import { positionIdFromTx, TYPE_URLS } from '../../modules/amm/msgs.js';
import { createMarketApp } from '../../node/app_factory.js';
import { executeBundleDry } from '../../node/bundles.js';
import { mempoolHooks } from '../../node/block_builder.js';
import { Mempool } from '../../node/mempool.js';
import { sendMsg, signTx } from '../helpers/accounts.js';
import { blockTime, GENESIS_TIME, makeTestChain, TEST_CHAIN_ID } from '../helpers/app.js';
import type { App } from '../../chain/app.js';

const hash = (tx: Uint8Array) => toHexUpper(sha256(tx));
const hex = (b: Uint8Array) => toHexUpper(b);

function balance(app: App, address: string, denom = 'umkt'): string {
  const r = app.query('/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address, denom }).finish());
  return QueryBalanceResponse.decode(r.value).balance!.amount;
}

async function sends(n: number) {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts;
  const txs: Uint8Array[] = [];
  for (let i = 0; i < n; i++) txs.push(await signTx(a!, [sendMsg(a!.address, b!.address, String(100 + i))], { accountNumber: 0, sequence: i }));
  return { c, a: a!, b: b!, txs };
}

test('[abci]: finalizeBlock persists nothing: info, queries and CheckTx see the committed state until commit, which returns retain_height 0', async (t) => {
  const { c, a, b, txs } = await sends(2);
  const app = c.app;
  const info0 = app.info();
  t.like(info0, { data: 'marketchain', version: '0.1.0', appVersion: 1, lastBlockHeight: 0 });
  const balances0 = [balance(app, a.address), balance(app, b.address)];
  const out = app.finalizeBlock({ height: 1, time: blockTime(1), txs });
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0]);
  t.notDeepEqual(hex(out.appHash), hex(info0.lastBlockAppHash));
  // The candidate is not served: the same height, app hash and balances as before finalizeBlock.
  t.deepEqual(app.info(), info0);
  t.deepEqual([balance(app, a.address), balance(app, b.address)], balances0);
  // CheckTx still runs against the committed state: sequence 0 is the one it expects.
  t.like(app.checkTx(txs[0]!).result, { code: 0 });
  t.deepEqual(app.commit(), { retainHeight: 0 });
  t.like(app.info(), { lastBlockHeight: 1 });
  t.is(hex(app.info().lastBlockAppHash), hex(out.appHash));
  t.is(balance(app, b.address), String(1_000_000_000n + 100n + 101n));
  // After commit the check state restarted from the new state: the included tx is now a replay.
  t.like(app.checkTx(txs[0]!).result, { code: 32, codespace: 'sdk' });
  t.throws(() => app.commit(), { message: 'commit without a finalized block' });
});

test('[abci]: finalizeBlock twice for one height without commit discards the first candidate and gives the same results and app hash', async (t) => {
  const { c, txs } = await sends(3);
  const app = c.app;
  const first = app.finalizeBlock({ height: 1, time: blockTime(1), txs });
  const again = app.finalizeBlock({ height: 1, time: blockTime(1), txs });
  t.is(hex(again.appHash), hex(first.appHash));
  t.is(hex(again.resultsHash), hex(first.resultsHash));
  t.deepEqual(again.txResults, first.txResults);
  t.deepEqual(again.writeSet, first.writeSet);
  t.deepEqual(again.events, first.events);
  // A candidate for other txs, then the block again: the earlier candidate leaves no trace.
  app.finalizeBlock({ height: 1, time: blockTime(1), txs: [txs[0]!] });
  const third = app.finalizeBlock({ height: 1, time: blockTime(1), txs });
  t.is(hex(third.appHash), hex(first.appHash));
  app.commit();
  // A fresh app that finalizes the block once reaches the same committed hash and state.
  const fresh = createMarketApp();
  fresh.initChain(TEST_CHAIN_ID, GENESIS_TIME, c.genesis);
  const once = fresh.finalizeBlock({ height: 1, time: blockTime(1), txs });
  fresh.commit();
  t.is(hex(app.info().lastBlockAppHash), hex(once.appHash));
  t.deepEqual(app.commitStore.storeRoots(), fresh.commitStore.storeRoots());
  t.throws(() => app.finalizeBlock({ height: 1, time: blockTime(1), txs }), { message: 'expected block 2, got 1' });
});

async function ammSetup() {
  const c = await makeAmmChain();
  const [admin, passive, jit, user] = c.accounts as any[];
  c.block([await c.sign(admin, [createPoolMsg(admin.address, { betaPpm: 500_000 })])]);
  c.block([await c.sign(passive, [msg(TYPE_URLS.addLiquidity, { sender: passive.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 5 })])]);
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })], '2000');
  const add = await c.sign(jit, [msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })], '3000');
  const rm = await c.sign(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: positionIdFromTx(jit.address, add) })], '3000');
  return { c, jit, user, swap, add, rm };
}

test('[abci]: prepareProposal builds a block with a bundle; processProposal accepts it; finalizeBlock of those txs gives what a fresh execution gives', async (t) => {
  const { c, jit, swap, add, rm } = await ammSetup();
  const mp = new Mempool({ maxTxs: 100, maxBytes: 1 << 20 });
  const prepared = c.app.prepareTx(swap);
  const chk = c.app.checkTx(prepared);
  t.is(chk.result.code, 0);
  mp.add(prepared, chk);
  const bundle = [add, swap, rm];
  const txs = [c.app.prepareTx(add), prepared, c.app.prepareTx(rm)];
  mp.addBundle({ ...executeBundleDry(c.app, txs, (h) => mp.has(h)), txs, expiresAt: 100 });
  const h = c.app.lastHeight + 1;
  const time = blockTime(h);
  const heard: number[] = [];
  const truncated: number[] = [];
  const sink = { add: (r: { code: number }) => heard.push(r.code), truncate: (n: number) => (truncated.push(n), (heard.length = n)) };
  const p = await c.app.prepareProposal({ height: h, time, candidates: mp.ordered(), maxTxBytes: 1 << 20, maxGas: 100_000_000, txResults: sink, ...mempoolHooks(mp) });
  t.deepEqual(p.txs.map((x) => x.hashHex), bundle.map(hash));
  t.deepEqual(p.bundles, [{ searcher: jit.address, hashes: bundle.map(hash) }]);
  t.deepEqual(p.droppedBundles, []);
  t.is(mp.bundleList().length, 0, 'the taken bundle left the mempool');
  t.deepEqual(c.app.processProposal({ height: h, time, txs: p.txs, bundles: p.bundles }), { status: 'ACCEPT' });
  const out = c.app.finalizeBlock({ height: h, time, txs: [...p.txs] }, { txResults: sink });
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0]);
  t.deepEqual([heard, truncated], [[0, 0, 0], []], 'the prepared execution was finished, not run again');
  // The same block run from scratch (the prepared execution is not reused for a second call): the sink starts over.
  const again = c.app.finalizeBlock({ height: h, time, txs: [...p.txs] }, { txResults: sink });
  t.deepEqual([heard, truncated], [[0, 0, 0], [0]]);
  t.is(hex(again.appHash), hex(out.appHash));
  t.is(hex(again.resultsHash), hex(out.resultsHash));
  c.app.commit();
  t.deepEqual(c.app.checkInvariants(), []);
});

test('[abci]: processProposal rejects a wrong height, an undecodable tx, a split or incomplete bundle and one that breaks the bundle rules', async (t) => {
  const { c, jit, user, swap, add, rm } = await ammSetup();
  const app = c.app;
  const h = app.lastHeight + 1;
  const time = blockTime(h);
  const bundles = [{ searcher: jit.address, hashes: [add, swap, rm].map(hash) }];
  const other = await c.sign(user, [sendMsg(user.address, jit.address, '5')], '2000');
  const infoBefore = app.info();
  t.deepEqual(app.processProposal({ height: h, time, txs: [add, swap, rm], bundles }), { status: 'ACCEPT' });
  t.deepEqual(app.processProposal({ height: h + 1, time, txs: [] }), { status: 'REJECT', reason: `expected a proposal for height ${h}, got ${h + 1}` });
  const junk = Uint8Array.of(0x0a, 0x05, 0x01);
  const undecodable = app.processProposal({ height: h, time, txs: [other, junk] });
  t.is(undecodable.status, 'REJECT');
  t.regex((undecodable as { reason: string }).reason, /^tx #1 does not decode: /);
  t.deepEqual(app.processProposal({ height: h, time, txs: [add, other, swap, rm], bundles }), {
    status: 'REJECT',
    reason: `bundle #0 is split: its tx #1 (${hash(swap)}) is at block index 2, not 1`,
  });
  t.deepEqual(app.processProposal({ height: h, time, txs: [add, swap], bundles }), {
    status: 'REJECT',
    reason: `bundle #0 is split: its tx #2 (${hash(rm)}) is not in the block`,
  });
  t.deepEqual(app.processProposal({ height: h, time, txs: [swap, add, rm], bundles }), {
    status: 'REJECT',
    reason: `bundle #0 is split: its tx #1 (${hash(swap)}) is at block index 0, not 2`,
  });
  // A sandwich: the searcher's swap before the wrapped one (amm/24), whole and in order in the block.
  const front = await c.sign(jit, [msg(TYPE_URLS.swapExactIn, { sender: jit.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000', minAmountOut: '0' })], '3000');
  const sandwich = app.processProposal({ height: h, time, txs: [front, swap, rm], bundles: [{ searcher: jit.address, hashes: [front, swap, rm].map(hash) }] });
  t.is(sandwich.status, 'REJECT');
  t.regex((sandwich as { reason: string }).reason, /^bundle #0 breaks the bundle rules: bundle tx #0 of the searcher \S+ comes before the wrapped tx #1 and carries \/marketchain\.amm\.v1\.MsgSwapExactIn; only \/marketchain\.amm\.v1\.MsgAddLiquidity may come before it: only liquidity additions may come before a bundle's wrapped tx$/);
  // Two txs of other parties in one bundle (amm/23).
  const wrapsTwo = app.processProposal({ height: h, time, txs: [add, swap, other], bundles: [{ searcher: jit.address, hashes: [add, swap, other].map(hash) }] });
  t.regex((wrapsTwo as { reason: string }).reason, /^bundle #0 breaks the bundle rules: bundle txs #1, #2 are not signed by the searcher/);
  t.deepEqual(app.info(), infoBefore, 'processProposal changes nothing');
});
