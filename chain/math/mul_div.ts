// Shared bigint primitives. Every division names its rounding.

export class MathError extends Error {}

export function mulDivDown(a: bigint, b: bigint, d: bigint): bigint {
  if (d === 0n) throw new MathError('division by zero');
  if (a < 0n || b < 0n || d < 0n) throw new MathError('mulDivDown takes non-negative operands');
  return (a * b) / d;
}

export function mulDivUp(a: bigint, b: bigint, d: bigint): bigint {
  if (d === 0n) throw new MathError('division by zero');
  if (a < 0n || b < 0n || d < 0n) throw new MathError('mulDivUp takes non-negative operands');
  const p = a * b;
  return p === 0n ? 0n : (p - 1n) / d + 1n;
}

export function divDown(a: bigint, d: bigint): bigint {
  return mulDivDown(a, 1n, d);
}

export function divUp(a: bigint, d: bigint): bigint {
  return mulDivUp(a, 1n, d);
}

/** floor(sqrt(n)) by Newton's method. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new MathError('isqrt of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

export const MAX_U128 = (1n << 128n) - 1n;
export const MAX_U256 = (1n << 256n) - 1n;

export function assertU128(x: bigint, what = 'value'): bigint {
  if (x < 0n || x > MAX_U128) throw new MathError(`${what} out of u128 range`);
  return x;
}

export function assertU256(x: bigint, what = 'value'): bigint {
  if (x < 0n || x > MAX_U256) throw new MathError(`${what} out of u256 range`);
  return x;
}
