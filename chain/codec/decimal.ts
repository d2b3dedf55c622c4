// Decimal strings <-> bigint at the edges (messages, genesis, CLI). Pure.

const UINT_RE = /^(0|[1-9][0-9]*)$/;

/** Max value accepted for an amount: 2^256 - 1 (Cosmos Int bound). */
export const MAX_UINT256 = (1n << 256n) - 1n;

/** Parses a non-negative integer decimal string with no sign, spaces or leading zeros. */
export function parseUint(s: string, what = 'amount', max: bigint = MAX_UINT256): bigint {
  if (typeof s !== 'string' || !UINT_RE.test(s)) throw new Error(`invalid ${what}: ${JSON.stringify(s)} is not a non-negative integer`);
  const v = BigInt(s);
  if (v > max) throw new Error(`invalid ${what}: ${s} exceeds the maximum ${max}`);
  return v;
}

/**
 * Parses a decimal like "1.25" into an integer scaled by 10^decimals, rejecting more fractional
 * digits than `decimals` (no silent rounding).
 */
export function parseDecimal(s: string, decimals: number, what = 'decimal'): bigint {
  if (typeof s !== 'string' || !/^(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(s)) {
    throw new Error(`invalid ${what}: ${JSON.stringify(s)} is not a non-negative decimal`);
  }
  const [int, frac = ''] = s.split('.') as [string, string?];
  if (frac.length > decimals) throw new Error(`invalid ${what}: ${s} has more than ${decimals} fractional digits`);
  return BigInt(int) * 10n ** BigInt(decimals) + BigInt((frac + '0'.repeat(decimals)).slice(0, decimals) || '0');
}

/** Formats an integer scaled by 10^decimals as a decimal string without trailing zeros. */
export function formatDecimal(v: bigint, decimals: number): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const scale = 10n ** BigInt(decimals);
  const int = a / scale;
  let frac = (a % scale).toString().padStart(decimals, '0').replace(/0+$/, '');
  return (neg ? '-' : '') + int.toString() + (frac ? '.' + frac : '');
}
