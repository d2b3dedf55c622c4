import test from 'ava';
import { E, getExp, mulExp, truncate } from './fixed.js';
import { accrueIndex, accrueMarket, computeRates, currentBalance, utilization, type LinearModel } from './interest.js';

const seed: LinearModel = { kind: 'linear', baseRate: 10n ** 17n, slope: 3n * 10n ** 17n, spreadBps: 1500n };
const standard: LinearModel = { kind: 'linear', baseRate: 5n * 10n ** 16n, slope: 45n * 10n ** 16n, spreadBps: 1000n };
const BPY = 2_102_400n;
const e18 = (n: number | bigint) => BigInt(n) * E;

test('[moneymarket/math]: SC-01 seed rate model per-block rates', (t) => {
  const rows: [bigint, bigint, bigint, bigint][] = [
    [e18(100), 0n, 47564687975n, 0n],
    [e18(90), e18(10), 61834094368n, 5255898021n],
    [e18(50), e18(50), 118911719939n, 50537480974n],
    [e18(25), e18(75), 154585235920n, 98548087899n],
    [e18(1), e18(2), 142694063926n, 80859969558n],
    [0n, e18(100), 190258751902n, 161719939117n],
  ];
  for (const [cash, borrows, b, s] of rows) {
    t.deepEqual(computeRates(seed, cash, borrows, BPY), { borrowRate: b, supplyRate: s }, `cash ${cash} borrows ${borrows}`);
  }
  t.is(utilization(e18(1), e18(2)), 666666666666666666n);
});

test('[moneymarket/math]: SC-01 Compound standard model cross-check', (t) => {
  t.deepEqual(computeRates(standard, e18(50), e18(50), BPY), { borrowRate: 130802891933n, supplyRate: 58861301369n });
  t.deepEqual(computeRates(standard, e18(690), e18(310), BPY), { borrowRate: 90135083713n, supplyRate: 25147688356n });
  t.deepEqual(computeRates({ kind: 'fixed', supplyRate: 5n, borrowRate: 7n }, 1n, 1n, BPY), { supplyRate: 5n, borrowRate: 7n });
});

test('[moneymarket/math]: SC-02 index accrual vectors', (t) => {
  t.is(accrueIndex(E, 5n * 10n ** 16n, 10n), 1500000000000000000n);
  t.is(accrueIndex(111111111111111111n, 5n * 10n ** 11n, 10n), 111111666666666666n);
  t.is(accrueIndex(222222222222222222n, 10n ** 16n, 9999n), 22442222222222222199n);
  t.is(E / 21024000n, 47564687975n);
  t.is(accrueIndex(E, 47564687975n, 10n), 1000000475646879750n);
  t.is(accrueIndex(E, 47564687975n, 0n), E);
  t.throws(() => accrueIndex(E, 1n, -1n));
});

test('[moneymarket/math]: balances truncate and do not compound between touches', (t) => {
  // v1 "Multiple Ether supplies": 0.1 at 0.5/blk for 5 blocks -> 0.35.
  const i1 = accrueIndex(E, 5n * 10n ** 17n, 5n);
  t.is(currentBalance(10n ** 17n, i1, E), 35n * 10n ** 16n);
  t.is(currentBalance(0n, i1, E), 0n);
  t.is(currentBalance(1000n, 1000011891171993900n, E), 1000n); // dust truncates (SC-13)
});

test('[moneymarket/math]: fixed-point primitives round as named', (t) => {
  t.is(mulExp(15n * 10n ** 17n, 3n), 5n); // 4.5 rounds half up
  t.is(mulExp(14n * 10n ** 17n, 3n), 4n);
  t.is(getExp(1n, 3n), 333333333333333333n);
  t.is(truncate(1999999999999999999n), 1n);
});

test('[moneymarket/math]: market accrual books interest to equity (SC-03 numbers)', (t) => {
  const a = accrueMarket(
    { supplyIndex: E, borrowIndex: E, totalSupply: e18(100), totalBorrows: e18(50), equity: 0n },
    { supplyRate: 10n ** 15n, borrowRate: 4n * 10n ** 15n },
    10n,
  );
  t.deepEqual(a, {
    supplyIndex: 101n * 10n ** 16n,
    borrowIndex: 104n * 10n ** 16n,
    totalSupply: e18(101),
    totalBorrows: e18(52),
    equity: e18(1),
    borrowInterest: e18(2),
    supplyInterest: e18(1),
  });
});
