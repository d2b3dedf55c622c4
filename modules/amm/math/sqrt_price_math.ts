// Uniswap-v3 single-range math on Q64.96 sqrt prices (spec amm-jit.md §1.3-§1.4). Pure bigint;
// every division names its rounding and rounds in the pool's favour.
import { isqrt, mulDivDown, mulDivUp } from '../../../chain/math/mul_div.js';

export const Q96 = 1n << 96n;
export const Q128 = 1n << 128n;
export const Q192 = 1n << 192n;
/** v3 TickMath bounds on sqrtPriceX96: MIN inclusive, MAX exclusive. */
export const MIN_SQRT_PRICE_X96 = 4295128739n;
export const MAX_SQRT_PRICE_X96 = 1461446703485210103287273052203988822378723970342n;
/** Liquidity and amounts stay below 2^128 (spec §1.2). */
export const MAX_LIQUIDITY = (1n << 128n) - 1n;
export const MAX_AMOUNT = (1n << 128n) - 1n;

/** sqrt of the rational price num/den as Q64.96, rounded down: isqrt(floor(num·2^192/den)). */
export function sqrtPriceX96FromRatioDown(num: bigint, den: bigint): bigint {
  return isqrt(mulDivDown(num, Q192, den));
}

/** The price sqrtP² / 2^192 scaled by 10^decimals, rounded down. */
export function priceFromSqrtX96Down(sqrtPriceX96: bigint, decimals = 18): bigint {
  return mulDivDown(sqrtPriceX96 * sqrtPriceX96, 10n ** BigInt(decimals), Q192);
}

function ordered(a: bigint, b: bigint): [bigint, bigint] {
  return a <= b ? [a, b] : [b, a];
}

/** token0 between two sqrt prices for liquidity L: L·2^96·(b−a)/b/a, two sequential divisions rounded up. */
export function amount0DeltaUp(sa: bigint, sb: bigint, liquidity: bigint): bigint {
  const [a, b] = ordered(sa, sb);
  if (a <= 0n) throw new RangeError('sqrt price must be positive');
  return mulDivUp(mulDivUp(liquidity << 96n, b - a, b), 1n, a);
}

/** token0 between two sqrt prices for liquidity L, rounded down at both divisions. */
export function amount0DeltaDown(sa: bigint, sb: bigint, liquidity: bigint): bigint {
  const [a, b] = ordered(sa, sb);
  if (a <= 0n) throw new RangeError('sqrt price must be positive');
  return mulDivDown(liquidity << 96n, b - a, b) / a;
}

/** token1 between two sqrt prices: L·(b−a)/2^96 rounded up. */
export function amount1DeltaUp(sa: bigint, sb: bigint, liquidity: bigint): bigint {
  const [a, b] = ordered(sa, sb);
  return mulDivUp(liquidity, b - a, Q96);
}

/** token1 between two sqrt prices: L·(b−a)/2^96 rounded down. */
export function amount1DeltaDown(sa: bigint, sb: bigint, liquidity: bigint): bigint {
  const [a, b] = ordered(sa, sb);
  return mulDivDown(liquidity, b - a, Q96);
}

/** Next sqrt price after adding token0 (price falls): ceil(L·2^96·s / (L·2^96 + in·s)). Rounded up: moves less. */
export function nextSqrtPriceFromAmount0InUp(s: bigint, liquidity: bigint, amountIn: bigint): bigint {
  if (amountIn === 0n) return s;
  const num = liquidity << 96n;
  return mulDivUp(num, s, num + amountIn * s);
}

/** Next sqrt price after adding token1 (price rises): s + floor(in·2^96 / L). Rounded down: moves less. */
export function nextSqrtPriceFromAmount1InDown(s: bigint, liquidity: bigint, amountIn: bigint): bigint {
  return s + mulDivDown(amountIn, Q96, liquidity);
}

/**
 * Next sqrt price after removing token0 (price rises): ceil(L·2^96·s / (L·2^96 − out·s)). Rounded up so
 * the pool gives at most what the price move pays for. Returns undefined when the output is unreachable.
 */
export function nextSqrtPriceFromAmount0OutUp(s: bigint, liquidity: bigint, amountOut: bigint): bigint | undefined {
  if (amountOut === 0n) return s;
  const num = liquidity << 96n;
  const den = num - amountOut * s;
  if (den <= 0n) return undefined;
  return mulDivUp(num, s, den);
}

/** Next sqrt price after removing token1 (price falls): s − ceil(out·2^96 / L). Undefined when ≤ 0. */
export function nextSqrtPriceFromAmount1OutDown(s: bigint, liquidity: bigint, amountOut: bigint): bigint | undefined {
  const next = s - mulDivUp(amountOut, Q96, liquidity);
  return next > 0n ? next : undefined;
}

/** Liquidity bought by amount0 over [s, sb] (periphery LiquidityAmounts), rounded down. */
export function liquidityForAmount0Down(s: bigint, sb: bigint, amount0: bigint): bigint {
  if (sb <= s) throw new RangeError('liquidityForAmount0 needs s < sb');
  return mulDivDown(amount0, mulDivDown(s, sb, Q96), sb - s);
}

/** Liquidity bought by amount1 over [sa, s], rounded down. */
export function liquidityForAmount1Down(sa: bigint, s: bigint, amount1: bigint): bigint {
  if (s <= sa) throw new RangeError('liquidityForAmount1 needs sa < s');
  return mulDivDown(amount1, Q96, s - sa);
}

/**
 * Liquidity for desired maxima at the current price, rounded down: min(L0, L1); at a bound only one
 * token is needed (at sa only token0, at sb only token1).
 */
export function liquidityForAmountsDown(s: bigint, sa: bigint, sb: bigint, amount0Max: bigint, amount1Max: bigint): bigint {
  if (s <= sa) return liquidityForAmount0Down(sa, sb, amount0Max);
  if (s >= sb) return liquidityForAmount1Down(sa, sb, amount1Max);
  const l0 = liquidityForAmount0Down(s, sb, amount0Max);
  const l1 = liquidityForAmount1Down(sa, s, amount1Max);
  return l0 < l1 ? l0 : l1;
}
