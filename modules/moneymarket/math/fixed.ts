// Compound v1 fixed-point primitives (spec §3.1). Mantissas are scaled by E = 1e18.
// Every division is a truncating floor unless named otherwise; mulExp is the only round-half-up.
import { mulDivDown } from '../../../chain/math/mul_div.js';

export const E = 10n ** 18n;
/** Compound's uint(-1) sentinel, the value of the literal "max". */
export const MAX = (1n << 256n) - 1n;

/** ⌊(a·b + E/2) / E⌋: product of two mantissas (or mantissa × amount), rounded half up. */
export function mulExp(a: bigint, b: bigint): bigint {
  if (a < 0n || b < 0n) throw new RangeError('mulExp takes non-negative operands');
  return (a * b + E / 2n) / E;
}

/** ⌊n·E / d⌋: the mantissa of n/d, truncated. */
export function getExp(n: bigint, d: bigint): bigint {
  return mulDivDown(n, E, d);
}

/** ⌊m / E⌋: the integer part of a mantissa. */
export function truncate(m: bigint): bigint {
  if (m < 0n) throw new RangeError('truncate takes a non-negative mantissa');
  return m / E;
}

export function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
