// What each agent of spec amm-jit.md §4.4 decides, from the pool it sees and the scenario: pure functions
// (floats for the analytic sizing, bigint for everything that goes on chain).
import { amount0DeltaDown, amount0DeltaUp, amount1DeltaDown, amount1DeltaUp, Q96 } from '../modules/amm/math/sqrt_price_math.js';
import { sqrtPriceX96FromDecimal } from '../modules/amm/math/price.js';
import { alphaBar, equilibrium, feeOnTop, informed, jitDepth, type Equilibrium, type Market } from './closed_forms.js';
import type { PoolState } from './chain.js';
import type { Scenario, World } from './scenario.js';

export const sqrtOf = (p: PoolState) => Number(p.sqrtPriceX96) / Number(Q96);

/** The market of a world in the closed forms' terms (f from the chain's fee_pips). */
export function marketOf(s: Scenario, w: World): Market {
  return { f: feeOnTop(s.feePips), beta: w.beta, pi: w.jit ? w.pi : 0, zeta: w.zeta };
}

/** Gross input (base units of the coin paid in) for a normalized net size d: buys pay stable d·s·L_P, sells risky d·L_P/s, each plus the fee on top. */
export function grossInput(d: number, buy: boolean, pool: PoolState, f: number): bigint {
  const s = sqrtOf(pool), L = Number(pool.liquidityLong);
  const net = buy ? d * s * L : (d * L) / s;
  return BigInt(Math.floor(net * (1 + f)));
}

/** Normalized net size of a pending swap: the JIT reads it off the mempool and the pool's long liquidity. */
export function sizeOf(amount: bigint, buy: boolean, pool: PoolState, f: number): number {
  const s = sqrtOf(pool), L = Number(pool.liquidityLong);
  const net = Number(amount) / (1 + f);
  return buy ? net / (s * L) : (net * s) / L;
}

export interface TraderPlan {
  informed: boolean;
  buy: boolean;
  amountIn: bigint;
  d: number;
}

/** The round's trader: informed with probability α (size d_I, direction of the coming price move), else uninformed (the §4.2 size at the world's π, or the fixed trade). */
export function planTrade(s: Scenario, w: World, pool: PoolState, draw: { informed: boolean; buy: boolean }): TraderPlan {
  const m = marketOf(s, w);
  if (draw.informed) {
    const d = informed(s.delta, m.f).dI;
    return { informed: true, buy: draw.buy, d, amountIn: grossInput(d, draw.buy, pool, m.f) };
  }
  if (s.fixedTrade !== '') {
    const amountIn = BigInt(s.fixedTrade);
    return { informed: false, buy: true, amountIn, d: sizeOf(amountIn, true, pool, m.f) };
  }
  const d = equilibrium(m).d;
  return { informed: false, buy: draw.buy, d, amountIn: grossInput(d, draw.buy, pool, m.f) };
}

/** The JIT's liquidity against a pending swap: multiple × L (fixed mode) or (𝓛*(d) − 1)·L_P, capped where 𝓛* is unbounded. */
export function jitLiquidity(s: Scenario, w: World, pool: PoolState, amount: bigint, buy: boolean): bigint {
  const L = pool.liquidityLong + pool.liquidityShort;
  if (s.jitMultiple > 0) return L * BigInt(s.jitMultiple);
  const f = feeOnTop(s.feePips);
  const depth = jitDepth(sizeOf(amount, buy, pool, f), w.beta, f);
  const ell = Math.min(Number.isFinite(depth) ? depth - 1 : Infinity, s.jitMaxMultiple);
  return BigInt(Math.floor(ell * Number(pool.liquidityLong)));
}

/** Deposit maxima that buy `liquidity` at the pool's price (owed amounts rounded up, as the chain charges them). */
export function depositFor(pool: PoolState, liquidity: bigint): { amount0Max: bigint; amount1Max: bigint } {
  return { amount0Max: amount0DeltaUp(pool.sqrtPriceX96, pool.sqrtUpperX96, liquidity), amount1Max: amount1DeltaUp(pool.sqrtLowerX96, pool.sqrtPriceX96, liquidity) };
}

/** Principal of `liquidity` at sqrt price `s` (what a removal pays, rounded down). */
export function principal(pool: PoolState, s: bigint, liquidity: bigint): { amount0: bigint; amount1: bigint } {
  return { amount0: amount0DeltaDown(s, pool.sqrtUpperX96, liquidity), amount1: amount1DeltaDown(pool.sqrtLowerX96, s, liquidity) };
}

/** The oracle's price as the Q64.96 sqrt the arbitrageur aims at. */
export function targetSqrt(price: number): bigint {
  return sqrtPriceX96FromDecimal(price.toFixed(12));
}

/** The arbitrageur's swap to `target`: direction and a generous input (the price limit stops it there). */
export function arbSwap(pool: PoolState, target: bigint): { buy: boolean; amountIn: bigint } | undefined {
  const s = pool.sqrtPriceX96, L = pool.liquidityLong + pool.liquidityShort;
  if (L === 0n || target === s || target <= pool.sqrtLowerX96 || target >= pool.sqrtUpperX96) return undefined;
  const buy = target > s;
  const need = buy ? amount1DeltaUp(s, target, L) : amount0DeltaUp(target, s, L);
  if (need === 0n) return undefined;
  return { buy, amountIn: 2n * need + 10n };
}

/** Passive participation by the analytic test: α ≤ ᾱ(R(π, β), C). */
export function alphaBarTest(s: Scenario, w: World): { participate: boolean; alphaBar: number } {
  const m = marketOf(s, w);
  const a = alphaBar(predict(s, m, 0).R, informed(s.delta, m.f).C);
  return { participate: w.alpha <= a, alphaBar: a };
}

/**
 * The closed form of what the agents do: §4.2's equilibrium, except that a scenario's fixed order
 * (size d from the passive liquidity at setup) or fixed JIT multiple replaces d* or 𝓛*.
 */
export function predict(s: Scenario, m: Market, setupPassiveL: number): Equilibrium {
  const eq = equilibrium(m);
  if (s.fixedTrade === '' && s.jitMultiple === 0) return eq;
  if (s.fixedTrade !== '' && setupPassiveL > 0) eq.d = Number(s.fixedTrade) / (1 + m.f) / (Math.sqrt(Number(s.price)) * setupPassiveL);
  if (s.jitMultiple > 0) eq.ell = m.pi > 0 ? s.jitMultiple : 0;
  const share = m.pi > 0 ? (1 + (1 - m.beta) * eq.ell) / (1 + eq.ell) : 1;
  eq.R = m.f * eq.d * (1 - m.pi + m.pi * share);
  return eq;
}
