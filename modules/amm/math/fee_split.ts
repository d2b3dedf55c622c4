// Two-tier fee split of one swap fee (spec amm-jit.md §2.2). Pure bigint.
import { mulDivDown } from '../../../chain/math/mul_div.js';
import { Q128 } from './sqrt_price_math.js';

export const PPM = 1_000_000n;

export interface FeeSplit {
  /** floor(F·Ls/L): the short tier's pro-rata share. */
  shortProRata: bigint;
  /** floor(shortProRata·β): what short-term LPs keep. */
  shortKept: bigint;
  /** shortProRata − shortKept: (1−β) of the short share, moved to the long tier. */
  transfer: bigint;
  /** F − shortKept: long pro-rata + transfer + every rounding remainder. */
  longTotal: bigint;
  /** Growth added to the short accumulator (Q128 per unit of short liquidity), rounded down. */
  shortGrowthX128: bigint;
  /** Growth added to the long accumulator, rounded down; 0 when there is no long liquidity. */
  longGrowthX128: bigint;
  /** longTotal when there is no long liquidity (goes to the treasury), else 0. */
  orphan: bigint;
}

export function splitFee(fee: bigint, liquidityLong: bigint, liquidityShort: bigint, betaPpm: bigint): FeeSplit {
  const total = liquidityLong + liquidityShort;
  if (total <= 0n) throw new RangeError('fee split needs liquidity');
  if (fee < 0n || betaPpm < 0n || betaPpm > PPM) throw new RangeError('fee split: bad fee or beta');
  const shortProRata = mulDivDown(fee, liquidityShort, total);
  const shortKept = mulDivDown(shortProRata, betaPpm, PPM);
  const transfer = shortProRata - shortKept;
  const longTotal = fee - shortKept;
  const shortGrowthX128 = liquidityShort > 0n ? mulDivDown(shortKept, Q128, liquidityShort) : 0n;
  const longGrowthX128 = liquidityLong > 0n ? mulDivDown(longTotal, Q128, liquidityLong) : 0n;
  const orphan = liquidityLong > 0n ? 0n : longTotal;
  return { shortProRata, shortKept, transfer, longTotal, shortGrowthX128, longGrowthX128, orphan };
}

/** Fees owed to a position: floor((growthNow − growthLast)·l / 2^128). */
export function positionFeesDown(growthNowX128: bigint, growthLastX128: bigint, liquidity: bigint): bigint {
  if (growthNowX128 < growthLastX128) throw new RangeError('fee growth went backwards');
  return mulDivDown(growthNowX128 - growthLastX128, liquidity, Q128);
}
