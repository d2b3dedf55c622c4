// Slippage protection in the messages (issue 21 item 12): an optional sqrt price limit on both swaps
// (Uniswap v3's sqrtPriceLimitX96: exact in stops at the limit, a partial fill; exact out fails past
// it) and amount0_min / amount1_min on deposits. Exact amounts through the whole app.
import test from 'ava';
import { attr, createPoolMsg, makeAmmChain, msg, msgResponse, pb, type AmmChain } from './testing/kit.js';
import { TYPE_URLS } from './msgs.js';
import { getPool } from './keeper.js';
import { sqrtPriceX96FromDecimal } from './math/price.js';
import { amount0DeltaDown, amount1DeltaUp, MAX_SQRT_PRICE_X96 } from './math/sqrt_price_math.js';

const add = (sender: string, over: object = {}) => msg(TYPE_URLS.addLiquidity, { sender, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 1, ...over });
const swapIn = (sender: string, over: object = {}) => msg(TYPE_URLS.swapExactIn, { sender, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0', ...over });
const swapOut = (sender: string, over: object = {}) => msg(TYPE_URLS.swapExactOut, { sender, poolId: 1, denomIn: 'uusdc', amountOut: '1000000', maxAmountIn: '1000000000000', ...over });

/** Pool 1 at 2000 in [1600, 2500], 0.30 %, with L = 42360679774 (100 ATOM + 199,999.999996 USDC). */
async function funded(): Promise<AmmChain> {
  const c = await makeAmmChain();
  const [a, lp] = c.accounts as any[];
  if ((await c.run(a, [createPoolMsg(a.address)])).code !== 0) throw new Error('create');
  if ((await c.run(lp, [add(lp.address)])).code !== 0) throw new Error('add');
  return c;
}

async function fails(t: any, c: AmmChain, m: ReturnType<typeof msg>, code: number, log: RegExp) {
  const before = c.snapshot();
  const sender = (m.value as { sender: string }).sender;
  const r = await c.run(c.accounts.find((a) => a.address === sender)!, [m]);
  t.deepEqual([r.codespace, r.code], ['amm', code], r.log);
  t.regex(r.log, log);
  t.deepEqual(c.snapshot(), before);
}

test('[amm/slippage]: exact in with a sqrt price limit it reaches stops at the limit and takes only the input needed (partial fill)', async (t) => {
  const c = await funded();
  const u = c.accounts[2]!;
  const s = getPool(c.q(), 1)!.sqrtPriceX96;
  const limit = sqrtPriceX96FromDecimal('2010');
  const L = 42360679774n;
  // the input that moves the price to the limit, its fee ceil(used·3000/997000), the output
  t.is(amount1DeltaUp(s, limit, L), 4730162647n);
  t.is(amount0DeltaDown(s, limit, L), 2359190n);
  t.is((4730162647n * 3000n + 997000n - 1n) / 997000n, 14233188n);
  const usdc0 = c.balance(u.address, 'uusdc'), atom0 = c.balance(u.address, 'uatom');
  const r = await c.run(u, [swapIn(u.address, { sqrtPriceLimitX96: limit.toString(), minAmountOut: '2359190' })]);
  t.is(r.code, 0, r.log);
  t.deepEqual(msgResponse(r.data, pb.MsgSwapExactInResponse), pb.MsgSwapExactInResponse.create({ amountOut: '2359190', fee: '14233188', amountIn: '4744395835' }));
  t.is(attr(r.events, 'amm.swap', 'amount_in'), '4744395835');
  t.is(c.balance(u.address, 'uusdc'), usdc0 - 4744395835n, 'the rest of the 50,000 USDC stays with the trader');
  t.is(c.balance(u.address, 'uatom'), atom0 + 2359190n);
  t.is(getPool(c.q(), 1)!.sqrtPriceX96, limit);
  t.deepEqual(c.app.checkInvariants(), []);
  // min_amount_out still applies to the partial output
  await fails(t, c, swapIn(u.address, { sqrtPriceLimitX96: sqrtPriceX96FromDecimal('2020').toString(), minAmountOut: '3000000' }), 14, /amount out \d+ is below min_amount_out 3000000/);
});

test('[amm/slippage]: a limit the swap does not reach changes nothing; exact out within its limit succeeds', async (t) => {
  const c = await funded();
  const u = c.accounts[2]!;
  const r = await c.run(u, [swapIn(u.address, { sqrtPriceLimitX96: sqrtPriceX96FromDecimal('2400').toString() })]);
  t.deepEqual(msgResponse(r.data, pb.MsgSwapExactInResponse), pb.MsgSwapExactInResponse.create({ amountOut: '24285939', fee: '150000000', amountIn: '50000000000' }));
  const r2 = await c.run(u, [swapOut(u.address, { sqrtPriceLimitX96: sqrtPriceX96FromDecimal('2400').toString() })]);
  t.is(r2.code, 0, r2.log);
});

test('[amm/slippage]: exact out past its limit fails with amm/14; a limit on the wrong side, at the bound or malformed with amm/25', async (t) => {
  const c = await funded();
  const u = c.accounts[2]!.address;
  const s = getPool(c.q(), 1)!.sqrtPriceX96;
  const near = sqrtPriceX96FromDecimal('2000.5').toString();
  await fails(t, c, swapOut(u, { sqrtPriceLimitX96: near }), 14, new RegExp(`output 1000000 would move the sqrt price to \\d+, past sqrt_price_limit_x96 ${near}`));
  // token1 in moves the price up: the limit must be in (price, upper bound)
  await fails(t, c, swapIn(u, { sqrtPriceLimitX96: sqrtPriceX96FromDecimal('1900').toString() }), 25, /must be in \(\d+, \d+\): strictly between the price and the range bound/);
  await fails(t, c, swapIn(u, { sqrtPriceLimitX96: s.toString() }), 25, /strictly between/);
  await fails(t, c, swapIn(u, { sqrtPriceLimitX96: (50n << 96n).toString() }), 25, /strictly between/);
  await fails(t, c, swapIn(u, { denomIn: 'uatom', amountIn: '1000', sqrtPriceLimitX96: sqrtPriceX96FromDecimal('2100').toString() }), 25, /strictly between/);
  await fails(t, c, swapOut(u, { denomIn: 'uatom', amountOut: '1000', sqrtPriceLimitX96: (40n << 96n).toString() }), 25, /strictly between/);
  await fails(t, c, swapIn(u, { sqrtPriceLimitX96: 'abc' }), 25, /sqrt_price_limit_x96/);
  await fails(t, c, swapIn(u, { sqrtPriceLimitX96: MAX_SQRT_PRICE_X96.toString() }), 25, /is outside/);
});

test('[amm/slippage]: a deposit with amount0_min / amount1_min: exactly the amounts used pass; one unit more, or after the price moved, fail with amm/14', async (t) => {
  const c = await funded();
  const lp = c.accounts[1]!;
  // at 2000 in [1600, 2500], 100 ATOM max buys L = 42360679774 for 100000000 uatom + 199999999996 uusdc
  const ok = await c.run(lp, [add(lp.address, { amount0Min: '100000000', amount1Min: '199999999996' })]);
  t.is(ok.code, 0, ok.log);
  t.deepEqual([msgResponse(ok.data, pb.MsgAddLiquidityResponse).amount0, msgResponse(ok.data, pb.MsgAddLiquidityResponse).amount1], ['100000000', '199999999996']);
  await fails(t, c, add(lp.address, { amount0Min: '100000000', amount1Min: '199999999997' }), 14, /pool 1 deposit would use 100000000uatom \/ 199999999996uusdc, below amount0_min 100000000 \/ amount1_min 199999999997/);
  // a front-run moves the price down (ATOM in): the same maxima now buy less USDC exposure
  const fr = await c.run(c.accounts[3]!, [swapIn(c.accounts[3]!.address, { denomIn: 'uatom', amountIn: '20000000' })]);
  t.is(fr.code, 0, fr.log);
  await fails(t, c, add(lp.address, { amount0Min: '100000000', amount1Min: '199999999996' }), 14, /below amount0_min 100000000 \/ amount1_min 199999999996/);
  // a minimum above its maximum is malformed
  const bad = await c.run(lp, [add(lp.address, { amount0Max: '5', amount0Min: '6' })]);
  t.deepEqual([bad.codespace, bad.code, bad.log], ['amm', 7, 'amount0_min 6 exceeds amount0_max 5: invalid amount']);
});
