// Human prices (decimal strings) <-> Q64.96 sqrt prices. Pure.
import { formatDecimal } from '../../../chain/codec/decimal.js';
import { mulDivDown } from '../../../chain/math/mul_div.js';
import { priceFromSqrtX96Down, sqrtPriceX96FromRatioDown } from './sqrt_price_math.js';

const PRICE_RE = /^(0|[1-9][0-9]{0,38})(\.[0-9]{1,36})?$/;

/** Parses "2000" or "0.000125" into a rational num/den; throws Error naming the value. */
export function parsePriceRatio(s: string, what = 'price'): { num: bigint; den: bigint } {
  if (typeof s !== 'string' || !PRICE_RE.test(s)) throw new Error(`invalid ${what} ${JSON.stringify(s)}: expected a positive decimal with at most 36 fractional digits`);
  const [int, frac = ''] = s.split('.') as [string, string?];
  const den = 10n ** BigInt(frac.length);
  const num = BigInt(int) * den + BigInt(frac || '0');
  if (num === 0n) throw new Error(`invalid ${what} ${JSON.stringify(s)}: must be positive`);
  return { num, den };
}

/** A decimal price string to its Q64.96 sqrt, rounded down (spec §1.2: isqrt(floor(p·2^192))). */
export function sqrtPriceX96FromDecimal(s: string, what = 'price'): bigint {
  const { num, den } = parsePriceRatio(s, what);
  return sqrtPriceX96FromRatioDown(num, den);
}

/** The price of a sqrt price as a decimal string with up to 18 fractional digits (truncated). */
export function formatPriceX96(sqrtPriceX96: bigint, decimals = 18): string {
  return formatDecimal(priceFromSqrtX96Down(sqrtPriceX96, decimals), decimals);
}

/** num/den as a decimal string with 18 fractional digits, truncated. */
export function formatRatio(num: bigint, den: bigint, decimals = 18): string {
  if (den === 0n) return '0';
  return formatDecimal(mulDivDown(num, 10n ** BigInt(decimals), den), decimals);
}
