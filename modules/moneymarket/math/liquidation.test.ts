import test from 'ava';
import { E } from './fixed.js';
import { discountedCollateral, liquidityAt, repayToEven, seizeAmount, withOriginationFee } from './liquidation.js';

const L5 = 5n * 10n ** 16n;

test('[moneymarket/math]: SC-02 seize vectors', (t) => {
  t.is(seizeAmount(E, 0n, 2n * E, 3n * E), 666666666666666666n);
  t.is(seizeAmount(E, L5, 5n * E, 3n * E), 1750000000000000000n);
  t.is(seizeAmount(E, L5, 5n * E, 550n * E), 9545454545454545n);
});

test('[moneymarket/math]: SC-02 discounted borrow-denominated collateral', (t) => {
  t.is(discountedCollateral(3n * E, 2n * E, 0n, E), 6n * E);
  t.is(discountedCollateral(3n * E, 2n * E, 10n ** 17n, E), 5454545454545454545n);
});

test('[moneymarket/math]: SC-02 repay-to-even', (t) => {
  const S = 3n * E * 10n;
  const B = 2n * E * 50n;
  const { shortfall } = liquidityAt(S, B, 2n * E);
  t.is(shortfall, 170n * E);
  t.is(repayToEven(shortfall, 2n * E, 2n * E, 0n), 85n);
  t.is(repayToEven(shortfall, 2n * E, 2n * E, 10n ** 17n), 94n);
  t.throws(() => repayToEven(shortfall, 2n * E, 11n * 10n ** 17n, 10n ** 17n), { instanceOf: RangeError });
});

test('[moneymarket/math]: liquidity at a ratio and the origination fee', (t) => {
  t.deepEqual(liquidityAt(3n * E * E, 0n, 2n * E), { liquidity: 3n * E * E, shortfall: 0n });
  t.deepEqual(liquidityAt(10n, 6n, 2n * E), { liquidity: 0n, shortfall: 2n });
  t.is(withOriginationFee(7142857142857142858n, L5), 75n * 10n ** 17n);
  t.is(withOriginationFee(2n * E, L5), 21n * 10n ** 17n);
  t.is(withOriginationFee(0n, L5), 0n);
});
