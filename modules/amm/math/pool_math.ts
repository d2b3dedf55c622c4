// Pure state transitions of one fixed-range two-tier pool (spec amm-jit.md §1.5, §2.2, §2.3).
// The keeper loads a PoolState, calls these, and writes the result; nothing here touches a store.
import { mulDivUp } from '../../../chain/math/mul_div.js';
import { positionFeesDown, PPM, splitFee, type FeeSplit } from './fee_split.js';
import {
  amount0DeltaDown, amount0DeltaUp, amount1DeltaDown, amount1DeltaUp, MAX_LIQUIDITY,
  nextSqrtPriceFromAmount0InUp, nextSqrtPriceFromAmount0OutUp, nextSqrtPriceFromAmount1InDown, nextSqrtPriceFromAmount1OutDown,
} from './sqrt_price_math.js';

export interface PoolState {
  sqrtPriceX96: bigint;
  sqrtLowerX96: bigint;
  sqrtUpperX96: bigint;
  feePips: bigint;
  betaPpm: bigint;
  liquidityLong: bigint;
  liquidityShort: bigint;
  reserve0: bigint;
  reserve1: bigint;
  feeVault0: bigint;
  feeVault1: bigint;
  feeGrowthLong0X128: bigint;
  feeGrowthLong1X128: bigint;
  feeGrowthShort0X128: bigint;
  feeGrowthShort1X128: bigint;
  orphanFees0: bigint;
  orphanFees1: bigint;
}

export interface PositionState {
  longTerm: boolean;
  liquidity: bigint;
  feeGrowthLast0X128: bigint;
  feeGrowthLast1X128: bigint;
}

export type PoolMathErrorKind = 'no_liquidity' | 'out_of_range' | 'zero_output' | 'zero_input' | 'zero_liquidity' | 'too_large' | 'insufficient_reserve' | 'bad_limit' | 'past_limit';

export class PoolMathError extends Error {
  constructor(readonly kind: PoolMathErrorKind, message: string) {
    super(message);
  }
}

export function totalLiquidity(p: PoolState): bigint {
  return p.liquidityLong + p.liquidityShort;
}

/** Token amounts owed for minting `liquidity` at the current price (rounded up: the pool gets ≥). */
export function mintAmountsUp(p: PoolState, liquidity: bigint): { amount0: bigint; amount1: bigint } {
  const s = clamp(p);
  return { amount0: amount0DeltaUp(s, p.sqrtUpperX96, liquidity), amount1: amount1DeltaUp(p.sqrtLowerX96, s, liquidity) };
}

/** Principal paid for burning `liquidity` at the current price (rounded down: the pool keeps ≥). */
export function burnAmountsDown(p: PoolState, liquidity: bigint): { amount0: bigint; amount1: bigint } {
  const s = clamp(p);
  return { amount0: amount0DeltaDown(s, p.sqrtUpperX96, liquidity), amount1: amount1DeltaDown(p.sqrtLowerX96, s, liquidity) };
}

function clamp(p: PoolState): bigint {
  return p.sqrtPriceX96 < p.sqrtLowerX96 ? p.sqrtLowerX96 : p.sqrtPriceX96 > p.sqrtUpperX96 ? p.sqrtUpperX96 : p.sqrtPriceX96;
}

export interface MintResult { pool: PoolState; position: PositionState; amount0: bigint; amount1: bigint }

/** Adds `liquidity` to a tier at the current price; the position snapshots its tier's growth. */
export function mint(p: PoolState, liquidity: bigint, longTerm: boolean): MintResult {
  if (liquidity <= 0n) throw new PoolMathError('zero_liquidity', 'deposit buys zero liquidity');
  if (totalLiquidity(p) + liquidity > MAX_LIQUIDITY) throw new PoolMathError('too_large', `pool liquidity would exceed ${MAX_LIQUIDITY}`);
  const { amount0, amount1 } = mintAmountsUp(p, liquidity);
  const pool = { ...p, reserve0: p.reserve0 + amount0, reserve1: p.reserve1 + amount1 };
  if (longTerm) pool.liquidityLong += liquidity;
  else pool.liquidityShort += liquidity;
  const position: PositionState = {
    longTerm, liquidity,
    feeGrowthLast0X128: longTerm ? p.feeGrowthLong0X128 : p.feeGrowthShort0X128,
    feeGrowthLast1X128: longTerm ? p.feeGrowthLong1X128 : p.feeGrowthShort1X128,
  };
  return { pool, position, amount0, amount1 };
}

/** Fees a position has accrued in its tier (rounded down). */
export function accruedFees(p: PoolState, pos: PositionState): { fees0: bigint; fees1: bigint } {
  const g0 = pos.longTerm ? p.feeGrowthLong0X128 : p.feeGrowthShort0X128;
  const g1 = pos.longTerm ? p.feeGrowthLong1X128 : p.feeGrowthShort1X128;
  return { fees0: positionFeesDown(g0, pos.feeGrowthLast0X128, pos.liquidity), fees1: positionFeesDown(g1, pos.feeGrowthLast1X128, pos.liquidity) };
}

export interface BurnResult { pool: PoolState; amount0: bigint; amount1: bigint; fees0: bigint; fees1: bigint }

/** Removes a whole position: principal rounded down plus its tier's accrued fees. */
export function burn(p: PoolState, pos: PositionState): BurnResult {
  const { amount0, amount1 } = burnAmountsDown(p, pos.liquidity);
  const { fees0, fees1 } = accruedFees(p, pos);
  if (amount0 > p.reserve0 || amount1 > p.reserve1 || fees0 > p.feeVault0 || fees1 > p.feeVault1) {
    throw new PoolMathError('insufficient_reserve', 'pool cannot cover the withdrawal (invariant broken)');
  }
  const pool = {
    ...p,
    reserve0: p.reserve0 - amount0, reserve1: p.reserve1 - amount1,
    feeVault0: p.feeVault0 - fees0, feeVault1: p.feeVault1 - fees1,
  };
  if (pos.longTerm) pool.liquidityLong -= pos.liquidity;
  else pool.liquidityShort -= pos.liquidity;
  return { pool, amount0, amount1, fees0, fees1 };
}

export interface SwapResult {
  pool: PoolState;
  /** Total taken from the trader (used + fee). */
  amountIn: bigint;
  /** Input that moved the price (goes to reserves). */
  used: bigint;
  fee: bigint;
  amountOut: bigint;
  split: FeeSplit;
}

/** Input needed to move the price to the bound in the swap direction (round-up delta). */
export function maxInputToBound(p: PoolState, zeroForOne: boolean): bigint {
  const L = totalLiquidity(p);
  return zeroForOne ? amount0DeltaUp(p.sqrtLowerX96, p.sqrtPriceX96, L) : amount1DeltaUp(p.sqrtPriceX96, p.sqrtUpperX96, L);
}

/**
 * A sqrt price limit (0 = none) must lie strictly between the current price and the range bound in
 * the swap's direction (Uniswap v3's rule, with the range bound in place of the tick bounds).
 */
function checkLimit(p: PoolState, zeroForOne: boolean, limit: bigint): void {
  const ok = zeroForOne ? limit < p.sqrtPriceX96 && limit > p.sqrtLowerX96 : limit > p.sqrtPriceX96 && limit < p.sqrtUpperX96;
  if (!ok) {
    const side = zeroForOne ? `in (${p.sqrtLowerX96}, ${p.sqrtPriceX96})` : `in (${p.sqrtPriceX96}, ${p.sqrtUpperX96})`;
    throw new PoolMathError('bad_limit', `sqrt_price_limit_x96 ${limit} must be ${side}: strictly between the price and the range bound the swap moves towards`);
  }
}

/**
 * Exact-in swap (spec §1.5). zeroForOne = token0 in. A swap that would reach or cross the range bound
 * fails with 'out_of_range'. The fee absorbs the rounding remainder (v3 rule). With a sqrt price limit
 * (0 = none) whose move the input (after fee) covers, the swap stops exactly at the limit and takes
 * only the input needed to reach it plus its fee, ceil(used·fee/(1−fee)) as v3 charges a step that
 * reaches its target: a partial fill, the rest stays with the trader.
 */
export function swapExactIn(p: PoolState, zeroForOne: boolean, amountIn: bigint, limit = 0n): SwapResult {
  const L = totalLiquidity(p);
  if (L === 0n) throw new PoolMathError('no_liquidity', 'pool has no liquidity');
  if (amountIn <= 0n) throw new PoolMathError('zero_input', 'amount in must be positive');
  const lessFee = (amountIn * (PPM - p.feePips)) / PPM; // floor
  const s = p.sqrtPriceX96;
  if (limit !== 0n) {
    checkLimit(p, zeroForOne, limit);
    const toLimit = zeroForOne ? amount0DeltaUp(limit, s, L) : amount1DeltaUp(s, limit, L);
    if (lessFee >= toLimit) {
      const out = zeroForOne ? amount1DeltaDown(limit, s, L) : amount0DeltaDown(s, limit, L);
      if (out === 0n) throw new PoolMathError('zero_output', `the move to sqrt_price_limit_x96 ${limit} buys nothing`);
      return settle(p, zeroForOne, limit, toLimit, mulDivUp(toLimit, p.feePips, PPM - p.feePips), out);
    }
  }
  const maxIn = maxInputToBound(p, zeroForOne);
  if (lessFee >= maxIn) throw new PoolMathError('out_of_range', `input ${lessFee} after fee would move the price to the range bound (at most ${maxIn > 0n ? maxIn - 1n : 0n} fits)`);
  const next = zeroForOne ? nextSqrtPriceFromAmount0InUp(s, L, lessFee) : nextSqrtPriceFromAmount1InDown(s, L, lessFee);
  const used = zeroForOne ? amount0DeltaUp(next, s, L) : amount1DeltaUp(s, next, L);
  const amountOut = zeroForOne ? amount1DeltaDown(next, s, L) : amount0DeltaDown(s, next, L);
  if (amountOut === 0n) throw new PoolMathError('zero_output', `input ${amountIn} is too small to buy anything`);
  return settle(p, zeroForOne, next, used, amountIn - used, amountOut);
}

/**
 * Exact-out swap: the output is reached exactly, the input rounded up, fee = ceil(used·fee/(1−fee)).
 * An exact output cannot be partial: with a sqrt price limit (0 = none) that the move would pass, it
 * fails with 'past_limit'.
 */
export function swapExactOut(p: PoolState, zeroForOne: boolean, amountOut: bigint, limit = 0n): SwapResult {
  const L = totalLiquidity(p);
  if (L === 0n) throw new PoolMathError('no_liquidity', 'pool has no liquidity');
  if (amountOut <= 0n) throw new PoolMathError('zero_output', 'amount out must be positive');
  if (limit !== 0n) checkLimit(p, zeroForOne, limit);
  const s = p.sqrtPriceX96;
  const next = zeroForOne ? nextSqrtPriceFromAmount1OutDown(s, L, amountOut) : nextSqrtPriceFromAmount0OutUp(s, L, amountOut);
  if (next !== undefined && limit !== 0n && (zeroForOne ? next < limit : next > limit)) {
    throw new PoolMathError('past_limit', `output ${amountOut} would move the sqrt price to ${next}, past sqrt_price_limit_x96 ${limit}`);
  }
  if (next === undefined || (zeroForOne ? next <= p.sqrtLowerX96 : next >= p.sqrtUpperX96)) {
    throw new PoolMathError('out_of_range', `output ${amountOut} would move the price to or past the range bound`);
  }
  const used = zeroForOne ? amount0DeltaUp(next, s, L) : amount1DeltaUp(s, next, L);
  const fee = mulDivUp(used, p.feePips, PPM - p.feePips);
  return settle(p, zeroForOne, next, used, fee, amountOut);
}

function settle(p: PoolState, zeroForOne: boolean, next: bigint, used: bigint, fee: bigint, amountOut: bigint): SwapResult {
  const reserveOut = zeroForOne ? p.reserve1 : p.reserve0;
  if (amountOut > reserveOut) throw new PoolMathError('insufficient_reserve', `output ${amountOut} exceeds the reserve ${reserveOut}`);
  const split = splitFee(fee, p.liquidityLong, p.liquidityShort, p.betaPpm);
  const pool = { ...p, sqrtPriceX96: next };
  if (zeroForOne) {
    pool.reserve0 += used; pool.reserve1 -= amountOut;
    pool.feeVault0 += fee - split.orphan; pool.orphanFees0 += split.orphan;
    pool.feeGrowthShort0X128 += split.shortGrowthX128; pool.feeGrowthLong0X128 += split.longGrowthX128;
  } else {
    pool.reserve1 += used; pool.reserve0 -= amountOut;
    pool.feeVault1 += fee - split.orphan; pool.orphanFees1 += split.orphan;
    pool.feeGrowthShort1X128 += split.shortGrowthX128; pool.feeGrowthLong1X128 += split.longGrowthX128;
  }
  return { pool, amountIn: used + fee, used, fee, amountOut, split };
}
