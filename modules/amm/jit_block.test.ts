// Whole app: [add short-term liquidity, user swap, remove] in ONE block, with the §2.4 numbers;
// the fee split follows β and the passive LP cannot leave early.
import test from 'ava';
import { attr, createPoolMsg, makeAmmChain, msg, msgResponse, pb } from './testing/kit.js';
import { positionIdFromTx, TYPE_URLS } from './msgs.js';
import { getPool } from './keeper.js';

const rows: [number, string, string, string][] = [
  // β ppm, JIT fee, passive fee, treasury
  [1_000_000, '134999999', '14999999', '0'],
  [500_000, '67499999', '82499999', '0'],
  [0, '0', '149999999', '0'],
];

for (const [beta, jitFee, passiveFee] of rows) {
  test(`[amm/jit]: a JIT bundle around a swap in one block splits the fee by β = ${beta} ppm`, async (t) => {
    const c = await makeAmmChain();
    const [admin, passive, jit, user] = c.accounts as any[];
    t.is((await c.run(admin, [createPoolMsg(admin.address, { betaPpm: beta })])).code, 0);
    const pTx = await c.sign(passive, [msg(TYPE_URLS.addLiquidity, { sender: passive.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 1 })]);
    t.is(c.block([pTx]).txResults[0]!.code, 0);
    const passiveId = positionIdFromTx(passive.address, pTx);

    const addTx = await c.sign(jit, [msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })]);
    const jitId = positionIdFromTx(jit.address, addTx);
    const swapTx = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '24859584' })]);
    const rmTx = await c.sign(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: jitId })]);
    const earlyExit = await c.sign(passive, [msg(TYPE_URLS.removeLiquidity, { sender: passive.address, positionId: passiveId })]);
    const atom0 = c.balance(jit.address, 'uatom'), usdc0 = c.balance(jit.address, 'uusdc');
    const out = c.block([addTx, swapTx, rmTx, earlyExit]);
    t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0, 13]);
    const added = msgResponse(out.txResults[0]!.data, pb.MsgAddLiquidityResponse);
    t.deepEqual([added.liquidity, added.amount0, added.amount1], ['381246117966', '900000000', '1799999999958']);
    t.is(msgResponse(out.txResults[1]!.data, pb.MsgSwapExactInResponse).amountOut, '24859584');
    t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee_short'), String(BigInt(135000000 * beta) / 1000000n));
    const removed = msgResponse(out.txResults[2]!.data, pb.MsgRemoveLiquidityResponse);
    t.deepEqual([removed.amount0, removed.amount1, removed.fees0, removed.fees1], ['877626373', '1844864999957', '0', jitFee]);
    t.is(c.balance(jit.address, 'uatom') - atom0, 877626373n - 900000000n);
    t.is(c.balance(jit.address, 'uusdc') - usdc0, 1844864999957n - 1799999999958n + BigInt(jitFee));

    // the passive LP minted at h, unlocks at h+2: the swap block was h+1; it leaves in the next block
    const exit = await c.run(passive, [msg(TYPE_URLS.removeLiquidity, { sender: passive.address, positionId: passiveId })]);
    t.is(exit.code, 0, exit.log);
    t.is(msgResponse(exit.data, pb.MsgRemoveLiquidityResponse).fees1, passiveFee);
    const p = getPool(c.q(), 1)!;
    t.deepEqual([p.reserve0, p.reserve1, p.liquidityLong, p.liquidityShort], [2n, 2n, 0n, 0n]);
    t.deepEqual(c.app.checkInvariants(), []);
  });
}

test('[amm/jit]: with no long-term liquidity the transferred share goes to the treasury', async (t) => {
  const c = await makeAmmChain();
  const [admin, , jit, user] = c.accounts as any[];
  t.is((await c.run(admin, [createPoolMsg(admin.address, { betaPpm: 250_000 })])).code, 0);
  const addTx = await c.sign(jit, [msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })]);
  const swapTx = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })]);
  const rmTx = await c.sign(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: positionIdFromTx(jit.address, addTx) })]);
  const out = c.block([addTx, swapTx, rmTx]);
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0]);
  t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee'), '150000000');
  t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee_short'), '37500000');
  t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee_treasury'), '112500000');
  t.is(c.balance(c.treasury, 'uusdc'), 112500000n);
  t.is(msgResponse(out.txResults[2]!.data, pb.MsgRemoveLiquidityResponse).fees1, '37499999');
  t.is(getPool(c.q(), 1)!.orphanFees1, 112500000n);
  t.deepEqual(c.app.checkInvariants(), []);
});
