// Account liquidity and liquidation amounts (spec §2.5, §5). Values are "value × E" integers
// (price mantissa × base units). Pure; truncating as Compound v1.
import { E, mulExp } from './fixed.js';

export interface LiquidityResult {
  liquidity: bigint;
  shortfall: bigint;
}

/** req = mulExp(ratio, B); liquidity = max(0, S − req), shortfall = max(0, req − S). */
export function liquidityAt(supplyValue: bigint, borrowValue: bigint, ratio: bigint): LiquidityResult {
  const req = mulExp(ratio, borrowValue);
  return supplyValue >= req ? { liquidity: supplyValue - req, shortfall: 0n } : { liquidity: 0n, shortfall: req - supplyValue };
}

/** Discounted borrow-denominated collateral: ⌊pC·collateral / mulExp(E+L, pB)⌋. */
export function discountedCollateral(priceCollateral: bigint, collateral: bigint, discount: bigint, priceBorrow: bigint): bigint {
  return (priceCollateral * collateral) / mulExp(E + discount, priceBorrow);
}

/** Repay-to-even: ⌊shortfall(CR) / mulExp(pB, CR − L − E)⌋ (needs CR > 1 + L). */
export function repayToEven(shortfallCR: bigint, priceBorrow: bigint, collateralRatio: bigint, discount: bigint): bigint {
  const d = mulExp(priceBorrow, collateralRatio - discount - E);
  if (d <= 0n) throw new RangeError('repay-to-even needs collateral ratio > 1 + discount and a non-zero price');
  return shortfallCR / d;
}

/** Collateral seized for `close`: ⌊mulExp(pB, E+L)·close / pC⌋. */
export function seizeAmount(priceBorrow: bigint, discount: bigint, close: bigint, priceCollateral: bigint): bigint {
  return (mulExp(priceBorrow, E + discount) * close) / priceCollateral;
}

/** borrow + ⌊borrow·fee/E⌋ (equal to v1's truncate((1+fee)·amount)). */
export function withOriginationFee(amount: bigint, fee: bigint): bigint {
  return amount + (amount * fee) / E;
}
