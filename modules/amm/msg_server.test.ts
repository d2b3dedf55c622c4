// Module tests through the whole app: every message's success and failure paths, exact codes, no state change.
import test from 'ava';
import { attr, createPoolMsg, makeAmmChain, msg, msgResponse, pb, type AmmChain } from './testing/kit.js';
import { positionIdFromTx, TYPE_URLS } from './msgs.js';
import { getPool, getPosition, AMM_MODULE_ADDRESS } from './keeper.js';

async function expectFail(t: any, c: AmmChain, accIdx: number, m: ReturnType<typeof msg>, code: number, log: RegExp, codespace = 'amm') {
  const before = c.snapshot();
  const r = await c.run(c.accounts[accIdx]!, [m]);
  t.is(r.code, code, r.log);
  t.is(r.codespace, codespace);
  t.regex(r.log, log);
  t.is(r.events.filter((e: any) => e.type.startsWith('amm.')).length, 0);
  t.deepEqual(c.snapshot(), before);
}

async function withPool(betaPpm = 500000) {
  const c = await makeAmmChain();
  const [a] = c.accounts as any[];
  const r = await c.run(a, [createPoolMsg(a.address, { betaPpm })]);
  if (r.code !== 0) throw new Error(r.log);
  return c;
}

const add = (sender: string, over: object = {}) => msg(TYPE_URLS.addLiquidity, { sender, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 1, ...over });
const swapIn = (sender: string, over: object = {}) => msg(TYPE_URLS.swapExactIn, { sender, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0', ...over });
const swapOut = (sender: string, over: object = {}) => msg(TYPE_URLS.swapExactOut, { sender, poolId: 1, denomIn: 'uusdc', amountOut: '1000000', maxAmountIn: '1000000000000', ...over });

test('[amm/msgs]: create pool stores Q64.96 prices and emits amm.create_pool', async (t) => {
  const c = await makeAmmChain();
  const a = c.accounts[0]!;
  const r = await c.run(a, [createPoolMsg(a.address)]);
  t.is(r.code, 0, r.log);
  t.is(msgResponse(r.data, pb.MsgCreatePoolResponse).poolId, 1);
  t.is(attr(r.events, 'amm.create_pool', 'sqrt_price_x96'), '3543191142285914205922034323214');
  t.is(attr(r.events, 'amm.create_pool', 'price'), '1999.999999999999999999');
  const p = getPool(c.q(), 1)!;
  t.deepEqual([p.sqrtLowerX96, p.sqrtUpperX96, p.feePips, p.betaPpm], [40n << 96n, 50n << 96n, 3000n, 500000n]);
  const r2 = await c.run(a, [createPoolMsg(a.address, { denom0: 'uusdc', denom1: 'umkt', price: '0.5', priceLower: '0.25', priceUpper: '1' })]);
  t.is(msgResponse(r2.data, pb.MsgCreatePoolResponse).poolId, 2);
});

test('[amm/msgs]: create pool rejects bad input with exact codes and no state change', async (t) => {
  const c = await makeAmmChain();
  const s = c.accounts[0]!.address;
  await expectFail(t, c, 0, createPoolMsg(s, { denom1: 'uatom' }), 8, /denom0 and denom1 are both uatom/);
  await expectFail(t, c, 0, createPoolMsg(s, { price: '3000' }), 4, /price 3000 must lie in \[1600, 2500\]/);
  await expectFail(t, c, 0, createPoolMsg(s, { priceLower: '2500', priceUpper: '1600' }), 4, /must be below/);
  await expectFail(t, c, 0, createPoolMsg(s, { price: 'abc' }), 4, /invalid price "abc"/);
  await expectFail(t, c, 0, createPoolMsg(s, { feePips: 100001 }), 5, /fee_pips 100001/);
  await expectFail(t, c, 0, createPoolMsg(s, { betaPpm: 1000001 }), 6, /beta_ppm 1000001/);
  await expectFail(t, c, 0, createPoolMsg(s, { denom0: 'x' }), 8, /denom0 "x"/);
  await expectFail(t, c, 0, createPoolMsg(s, { sender: 'mkt1bad' }), 7, /invalid sender address/, 'sdk');
});

test('[amm/msgs]: create pool refuses a pool no deposit can fund (amm/27); a pool just above the Q64.96 resolution is created and funded', async (t) => {
  const c = await makeAmmChain();
  const s = c.accounts[0]!.address;
  const e36 = '0.000000000000000000000000000000000001', e32 = '0.00000000000000000000000000000001';
  // the reproduction: every deposit failed with amm/17
  await expectFail(t, c, 0, createPoolMsg(s, { price: e36, priceLower: e36, priceUpper: e32 }), 27, /at price 0\.0{35}1 in \[0\.0{35}1, 0\.0{31}1\] even a deposit of 2\^128-1 of each token buys zero liquidity: the sqrt prices 79228162514\.\.7922816251426 are below the Q64\.96 resolution/);
  await expectFail(t, c, 0, createPoolMsg(s, { price: '0.' + '0'.repeat(33) + '1', priceLower: e36, priceUpper: e32 }), 27, /buys zero liquidity/);
  // at the upper bound only token1 is deposited: fundable
  const top = await c.run(c.accounts[0]!, [createPoolMsg(s, { price: e32, priceLower: e36, priceUpper: e32 })]);
  t.is(top.code, 0, top.log);
  // 1e-28 in [1e-28, 1e-22]: floor(s·s_b / 2^96) = 7922, so 1e15 uatom buys liquidity 10
  const e28 = '0.0000000000000000000000000001', e22 = '0.0000000000000000000001';
  const r = await c.run(c.accounts[0]!, [createPoolMsg(s, { price: e28, priceLower: e28, priceUpper: e22 })]);
  t.is(r.code, 0, r.log);
  const id = msgResponse(r.data, pb.MsgCreatePoolResponse).poolId;
  const lp = c.accounts[1]!;
  const dep = await c.run(lp, [add(lp.address, { poolId: id, amount0Max: '1000000000000000', amount1Max: '0', commitmentBlocks: 0 })]);
  t.is(dep.code, 0, dep.log);
  t.is(msgResponse(dep.data, pb.MsgAddLiquidityResponse).liquidity, '10');
});

test('[amm/msgs]: set-pool-params is for the authority only and needs a known pool', async (t) => {
  const c = await withPool();
  const [a, b] = c.accounts as any[];
  const m = (sender: string, poolId = 1) => msg(TYPE_URLS.setPoolParams, { sender, poolId, feePips: 500, betaPpm: 0 });
  await expectFail(t, c, 1, m(b.address), 11, /is not mkt1/);
  await expectFail(t, c, 0, m(a.address, 9), 2, /pool 9: pool not found/);
  await expectFail(t, c, 0, m(a.address, 0), 22, /pool id 0/);
  const r = await c.run(a, [m(a.address)]);
  t.is(r.code, 0, r.log);
  t.is(attr(r.events, 'amm.set_pool_params', 'beta_ppm'), '0');
  t.deepEqual([getPool(c.q(), 1)!.feePips, getPool(c.q(), 1)!.betaPpm], [500n, 0n]);
});

test('[amm/msgs]: add liquidity rounds liquidity down, owed up, and derives the position id from the tx', async (t) => {
  const c = await withPool();
  const a = c.accounts[1]!;
  const tx = await c.sign(a, [add(a.address)]);
  const out = c.block([tx]);
  const r = out.txResults[0]!;
  t.is(r.code, 0, r.log);
  const resp = msgResponse(r.data, pb.MsgAddLiquidityResponse);
  t.is(resp.positionId, positionIdFromTx(a.address, tx));
  t.deepEqual([resp.liquidity, resp.amount0, resp.amount1, resp.unlockHeight], ['42360679774', '100000000', '199999999996', out.height + 2]);
  t.is(c.balance(AMM_MODULE_ADDRESS, 'uusdc'), 199999999996n);
  const pos = getPosition(c.q(), resp.positionId)!;
  t.deepEqual([pos.owner, pos.mintHeight, pos.commitmentBlocks], [a.address, out.height, 1]);
});

test('[amm/msgs]: add liquidity failure paths', async (t) => {
  const c = await withPool();
  const s = c.accounts[1]!.address;
  await expectFail(t, c, 1, add(s, { poolId: 7 }), 2, /pool 7: pool not found/);
  await expectFail(t, c, 1, add(s, { amount0Max: '0', amount1Max: '0' }), 7, /both 0/);
  await expectFail(t, c, 1, add(s, { amount0Max: '-5' }), 7, /amount0_max/);
  await expectFail(t, c, 1, add(s, { amount0Max: '1', amount1Max: '1' }), 17, /deposit buys zero liquidity/);
  await expectFail(t, c, 1, add(s, { commitmentBlocks: 100000001 }), 9, /commitment_blocks 100000001/);
  await expectFail(t, c, 1, add(s, { amount0Max: (10n ** 16n).toString(), amount1Max: (10n ** 16n).toString() }), 5, /insufficient funds/, 'sdk');
  await expectFail(t, c, 1, add(s, { amount0Max: (1n << 128n).toString() }), 20, /exceeds 2\^128-1/);
});

test('[amm/msgs]: remove liquidity: unknown, wrong owner, locked until mint + commitment + 1, then pays', async (t) => {
  const c = await withPool();
  const [, lp, other] = c.accounts as any[];
  const tx = await c.sign(lp, [add(lp.address, { commitmentBlocks: 2 })]);
  const mintHeight = c.block([tx]).height;
  const id = positionIdFromTx(lp.address, tx);
  const rm = (sender: string, positionId = id) => msg(TYPE_URLS.removeLiquidity, { sender, positionId });
  await expectFail(t, c, 2, rm(other.address), 12, /belongs to/);
  // heights mintHeight+1 and +2 are locked; it unlocks at +3 (commitment 2 plus one full block)
  await expectFail(t, c, 1, rm(lp.address), 13, new RegExp(`unlocks at height ${mintHeight + 3}, now ${mintHeight + 2}`));
  t.is(c.app.lastHeight + 1, mintHeight + 3);
  const before = c.balance(lp.address, 'uatom');
  const r = await c.run(lp, [rm(lp.address)]);
  t.is(r.code, 0, r.log);
  const resp = msgResponse(r.data, pb.MsgRemoveLiquidityResponse);
  t.deepEqual([resp.amount0, resp.amount1, resp.fees0, resp.fees1], ['99999999', '199999999995', '0', '0']);
  t.is(c.balance(lp.address, 'uatom') - before, 99999999n);
  t.is(getPosition(c.q(), id), undefined);
  await expectFail(t, c, 1, rm(lp.address), 3, /position [0-9a-f]{64}: position not found/);
  await expectFail(t, c, 1, rm(lp.address, 'XYZ'), 10, /64 lowercase hex/);
});

test('[amm/msgs]: a long position cannot leave in its mint block, even in the same tx', async (t) => {
  const c = await withPool();
  const lp = c.accounts[1]!;
  const tx1 = await c.sign(lp, [add(lp.address)]);
  const tx2 = await c.sign(lp, [msg(TYPE_URLS.removeLiquidity, { sender: lp.address, positionId: positionIdFromTx(lp.address, tx1) })]);
  const out = c.block([tx1, tx2]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.codespace]), [[0, ''], [13, 'amm']]);
});

test('[amm/msgs]: swap failure paths: unknown pool, wrong denom, no liquidity, slippage, out of range, too small', async (t) => {
  const c = await withPool();
  const [, lp, u] = c.accounts as any[];
  const s = u.address;
  await expectFail(t, c, 2, swapIn(s), 16, /pool has no liquidity/);
  t.is((await c.run(lp, [add(lp.address)])).code, 0);
  await expectFail(t, c, 2, swapIn(s, { poolId: 3 }), 2, /pool 3: pool not found/);
  await expectFail(t, c, 2, swapIn(s, { denomIn: 'umkt' }), 8, /denom_in umkt is not uatom or uusdc of pool 1/);
  await expectFail(t, c, 2, swapIn(s, { minAmountOut: '24285940' }), 14, /amount out 24285939 is below min_amount_out 24285940/);
  await expectFail(t, c, 2, swapIn(s, { amountIn: '1000000000000' }), 15, /would move the price to the range bound/);
  await expectFail(t, c, 2, swapIn(s, { denomIn: 'uatom', amountIn: '1000000000' }), 15, /range bound/);
  await expectFail(t, c, 2, swapIn(s, { amountIn: '1' }), 18, /too small to buy anything/);
  await expectFail(t, c, 2, swapIn(s, { amountIn: '0' }), 7, /amount_in must be positive/);
  await expectFail(t, c, 2, swapOut(s, { maxAmountIn: '2000000' }), 14, /exceeds max_amount_in 2000000/);
  await expectFail(t, c, 2, swapOut(s, { amountOut: '100000000' }), 15, /range bound/);
});

test('[amm/msgs]: swaps move exact amounts; exact-out reaches its target', async (t) => {
  const c = await withPool();
  const [, lp, u] = c.accounts as any[];
  t.is((await c.run(lp, [add(lp.address)])).code, 0);
  const usdc0 = c.balance(u.address, 'uusdc'), atom0 = c.balance(u.address, 'uatom');
  const r = await c.run(u, [swapIn(u.address, { minAmountOut: '24285939' })]);
  t.is(r.code, 0, r.log);
  t.deepEqual(msgResponse(r.data, pb.MsgSwapExactInResponse), pb.MsgSwapExactInResponse.create({ amountOut: '24285939', fee: '150000000', amountIn: '50000000000' }));
  t.is(attr(r.events, 'amm.swap', 'fee_long'), '150000000');
  t.is(c.balance(u.address, 'uusdc'), usdc0 - 50000000000n);
  t.is(c.balance(u.address, 'uatom'), atom0 + 24285939n);
  const r2 = await c.run(u, [swapOut(u.address, { denomIn: 'uatom', amountOut: '1000000' })]);
  t.is(r2.code, 0, r2.log);
  const resp = msgResponse(r2.data, pb.MsgSwapExactOutResponse);
  t.is(c.balance(u.address, 'uusdc'), usdc0 - 50000000000n + 1000000n);
  t.is(c.balance(u.address, 'uatom'), atom0 + 24285939n - BigInt(resp.amountIn));
  t.true(BigInt(resp.fee) > 0n);
  t.deepEqual(c.app.checkInvariants(), []);
});
