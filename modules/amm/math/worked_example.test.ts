// Spec amm-jit.md §2.4 reproduced exactly for β = 1, 0.5 and 0.
import test from 'ava';
import { burn, mint, swapExactIn, type PoolState } from './pool_math.js';
import { liquidityForAmount0Down } from './sqrt_price_math.js';
import { emptyPool } from './pool_fixture.js';


const rows: [bigint, bigint, bigint, bigint, bigint][] = [
  // beta ppm, transfer, JIT fee, passive fee, dust
  [1_000_000n, 0n, 134_999_999n, 14_999_999n, 2n],
  [500_000n, 67_500_000n, 67_499_999n, 82_499_999n, 2n],
  [0n, 135_000_000n, 0n, 149_999_999n, 1n],
];

for (const [beta, transfer, jitFee, passiveFee, dust] of rows) {
  test(`[amm/math]: §2.4 worked example at β = ${beta} ppm`, (t) => {
    let p = emptyPool({ betaPpm: beta });
    const LP = liquidityForAmount0Down(p.sqrtPriceX96, p.sqrtUpperX96, 100_000_000n);
    t.is(LP, 42_360_679_774n);
    const passive = mint(p, LP, true);
    t.deepEqual([passive.amount0, passive.amount1], [100_000_000n, 199_999_999_996n]);
    const jit = mint(passive.pool, 9n * LP, false);
    t.deepEqual([jit.amount0, jit.amount1], [900_000_000n, 1_799_999_999_958n]);
    const sw = swapExactIn(jit.pool, false, 50_000_000_000n);
    t.deepEqual([sw.fee, sw.amountOut, sw.split.shortProRata, sw.split.transfer], [150_000_000n, 24_859_584n, 135_000_000n, transfer]);
    const jitOut = burn(sw.pool, jit.position);
    t.deepEqual([jitOut.amount0, jitOut.amount1, jitOut.fees0, jitOut.fees1], [877_626_373n, 1_844_864_999_957n, 0n, jitFee]);
    const passiveOut = burn(jitOut.pool, passive.position);
    t.is(passiveOut.fees1, passiveFee);
    p = passiveOut.pool;
    t.deepEqual([p.feeVault1, p.feeVault0, p.reserve0, p.reserve1, p.liquidityLong, p.liquidityShort], [dust, 0n, 2n, 2n, 0n, 0n]);
    t.is(jitFee + passiveFee + dust, sw.fee);
  });
}

test('[amm/math]: without the JIT the same order gets 24.285939 risky', (t) => {
  const p = emptyPool();
  const passive = mint(p, 42_360_679_774n, true);
  t.is(swapExactIn(passive.pool, false, 50_000_000_000n).amountOut, 24_285_939n);
});
