import test from 'ava';
import {
  amount0DeltaDown, amount0DeltaUp, amount1DeltaDown, amount1DeltaUp, liquidityForAmount0Down, liquidityForAmount1Down,
  liquidityForAmountsDown, nextSqrtPriceFromAmount0InUp, nextSqrtPriceFromAmount0OutUp, nextSqrtPriceFromAmount1InDown,
  nextSqrtPriceFromAmount1OutDown, priceFromSqrtX96Down, Q96, sqrtPriceX96FromRatioDown,
} from './sqrt_price_math.js';
import { formatPriceX96, parsePriceRatio, sqrtPriceX96FromDecimal } from './price.js';
import { positionFeesDown, splitFee } from './fee_split.js';

const S2000 = 3543191142285914205922034323214n;

test('[amm/math]: sqrt prices per spec §1.2 (2000 rounded down, perfect squares exact)', (t) => {
  t.is(sqrtPriceX96FromRatioDown(2000n, 1n), S2000);
  t.is(sqrtPriceX96FromDecimal('2000'), S2000);
  t.is(sqrtPriceX96FromDecimal('1600'), 40n * Q96);
  t.is(sqrtPriceX96FromDecimal('2500'), 50n * Q96);
  t.is(sqrtPriceX96FromDecimal('0.25'), Q96 / 2n);
  t.is(formatPriceX96(50n * Q96), '2500');
  t.is(formatPriceX96(S2000), '1999.999999999999999999');
  t.is(priceFromSqrtX96Down(Q96 / 2n, 2), 25n);
  t.deepEqual(parsePriceRatio('12.50'), { num: 1250n, den: 100n });
  for (const bad of ['', '0', '0.0', '-1', '1e5', '01', '1.', ' 1']) t.throws(() => parsePriceRatio(bad), { message: /invalid price/ });
});

test('[amm/math]: amount deltas round up and down by exactly the remainder', (t) => {
  const a = 40n * Q96, b = S2000, L = 42360679774n;
  t.is(amount1DeltaUp(a, b, L), 199999999996n);
  t.is(amount1DeltaDown(a, b, L), 199999999995n);
  t.is(amount0DeltaUp(b, 50n * Q96, L), 100000000n);
  t.is(amount0DeltaDown(b, 50n * Q96, L), 99999999n);
  // order of arguments does not matter; zero width is zero
  t.is(amount1DeltaUp(b, a, L), 199999999996n);
  t.is(amount0DeltaUp(b, b, L), 0n);
  // exact cases have no rounding gap
  t.is(amount1DeltaUp(Q96, 2n * Q96, 7n), 7n);
  t.is(amount1DeltaDown(Q96, 2n * Q96, 7n), 7n);
  t.is(amount0DeltaUp(Q96, 2n * Q96, 8n), 4n);
  t.is(amount0DeltaDown(Q96, 2n * Q96, 8n), 4n);
  t.is(amount0DeltaUp(Q96, 2n * Q96, 7n), 4n); // 3.5 up
  t.is(amount0DeltaDown(Q96, 2n * Q96, 7n), 3n);
});

test('[amm/math]: next-price functions move the price less (in) and enough (out)', (t) => {
  const L = 10n ** 12n, s = S2000;
  const up = nextSqrtPriceFromAmount1InDown(s, L, 12345n);
  t.is(up, s + (12345n * Q96) / L);
  t.true(amount1DeltaUp(s, up, L) <= 12345n);
  const down = nextSqrtPriceFromAmount0InUp(s, L, 777n);
  t.is(down, (L * Q96 * s + (L * Q96 + 777n * s) - 1n) / (L * Q96 + 777n * s));
  t.true(amount0DeltaUp(down, s, L) <= 777n);
  t.is(nextSqrtPriceFromAmount0InUp(s, L, 0n), s);
  const o1 = nextSqrtPriceFromAmount1OutDown(s, L, 5000n)!;
  t.true(amount1DeltaDown(o1, s, L) >= 5000n);
  t.true(amount1DeltaDown(o1 + 1n, s, L) < 5000n + 1n);
  const o0 = nextSqrtPriceFromAmount0OutUp(s, L, 3n)!;
  t.true(amount0DeltaDown(s, o0, L) >= 3n);
  t.is(nextSqrtPriceFromAmount0OutUp(s, 1n, 10n ** 30n), undefined);
  t.is(nextSqrtPriceFromAmount1OutDown(s, 1n, 10n ** 30n), undefined);
});

test('[amm/math]: liquidity from amounts rounds down and takes the binding side', (t) => {
  const sa = 40n * Q96, sb = 50n * Q96;
  t.is(liquidityForAmount0Down(S2000, sb, 100_000_000n), 42360679774n);
  const l1 = liquidityForAmount1Down(sa, S2000, 199999999996n);
  t.is(l1, 42360679774n);
  t.is(liquidityForAmountsDown(S2000, sa, sb, 100_000_000n, 10n ** 18n), 42360679774n);
  t.is(liquidityForAmountsDown(S2000, sa, sb, 10n ** 18n, 1000n), liquidityForAmount1Down(sa, S2000, 1000n));
  // at the bounds only one token counts
  t.is(liquidityForAmountsDown(sa, sa, sb, 1000n, 0n), liquidityForAmount0Down(sa, sb, 1000n));
  t.is(liquidityForAmountsDown(sb, sa, sb, 0n, 1000n), liquidityForAmount1Down(sa, sb, 1000n));
  // amounts -> L -> amounts never charges less than the L is worth (P7)
  const L = liquidityForAmountsDown(S2000, sa, sb, 123456789n, 987654321012n);
  t.true(amount0DeltaUp(S2000, sb, L) <= 123456789n && amount1DeltaUp(sa, S2000, L) <= 987654321012n);
});

test('[amm/math]: fee split sends (1-β) of the short share and all remainders to the long tier', (t) => {
  const s = splitFee(100n, 1n, 2n, 500_000n);
  t.deepEqual([s.shortProRata, s.shortKept, s.transfer, s.longTotal, s.orphan], [66n, 33n, 33n, 67n, 0n]);
  const odd = splitFee(101n, 1n, 2n, 333_333n);
  t.deepEqual([odd.shortProRata, odd.shortKept, odd.transfer, odd.longTotal], [67n, 22n, 45n, 79n]);
  const orphan = splitFee(100n, 0n, 5n, 250_000n);
  t.deepEqual([orphan.shortKept, orphan.longTotal, orphan.orphan, orphan.longGrowthX128], [25n, 75n, 75n, 0n]);
  const noShort = splitFee(100n, 5n, 0n, 0n);
  t.deepEqual([noShort.shortKept, noShort.longTotal, noShort.shortGrowthX128], [0n, 100n, 0n]);
  t.throws(() => splitFee(1n, 0n, 0n, 0n));
  t.throws(() => splitFee(1n, 1n, 0n, 1_000_001n));
  t.is(positionFeesDown(3n << 128n, 1n << 128n, 5n), 10n);
  t.is(positionFeesDown((1n << 128n) - 1n, 0n, 1n), 0n);
  t.throws(() => positionFeesDown(0n, 1n, 1n));
});
