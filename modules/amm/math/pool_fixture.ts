// A §2.4-shaped empty pool for tests (p0 = 2000, range [1600, 2500], 0.30%, β = 1).
import type { PoolState } from './pool_math.js';
import { Q96, sqrtPriceX96FromRatioDown } from './sqrt_price_math.js';

export function emptyPool(over: Partial<PoolState> = {}): PoolState {
  return {
    sqrtPriceX96: sqrtPriceX96FromRatioDown(2000n, 1n), sqrtLowerX96: 40n * Q96, sqrtUpperX96: 50n * Q96,
    feePips: 3000n, betaPpm: 1_000_000n, liquidityLong: 0n, liquidityShort: 0n, reserve0: 0n, reserve1: 0n,
    feeVault0: 0n, feeVault1: 0n, feeGrowthLong0X128: 0n, feeGrowthLong1X128: 0n, feeGrowthShort0X128: 0n,
    feeGrowthShort1X128: 0n, orphanFees0: 0n, orphanFees1: 0n, ...over,
  };
}
