import test from 'ava';
import fc from 'fast-check';
import { legInterestDown, splitInterest } from './interest.js';

test('interest is floor(P * r * tenor / (1e4 * blocksPerYear)), exact to the base unit', (t) => {
  // 20 lots x 1e9 = 2e10 principal, 450 bps, 30-day tenor of 1-second blocks.
  t.is(legInterestDown(20_000_000_000n, 900n, 2_592_000n, 31_536_000n), 73_972_602n); // 2e10*450*2592000/(1e4*31536000) = 73972602.7
  t.is(legInterestDown(0n, 900n, 10n, 100n), 0n);
});

test('EX1 split: RM pays = MM + BDmm + BDrm; margins at r_bd - r_mm and r_rm - r_bd', (t) => {
  const s = splitInterest(20_000_000_000n, 140n, 450n, 590n, 2_592_000n, 31_536_000n);
  t.deepEqual(s, { interestRm: 73_972_602n, interestMm: 23_013_698n, interestBd: 48_493_150n, marginBdMm: 25_479_452n, marginBdRm: 25_479_452n });
  t.is(s.interestMm + s.marginBdMm + s.marginBdRm, s.interestRm);
});

test('half-bp r_bd: the sub-unit remainder of leg B stays with BDrm', (t) => {
  // P = 1000, 101 / 275.5 / 450 bps, tenor = year: 10.1, 27.55, 45 → 10, 27, 45.
  const s = splitInterest(1000n, 101n, 450n, 551n, 100n, 100n);
  t.deepEqual(s, { interestRm: 45n, interestMm: 10n, interestBd: 27n, marginBdMm: 17n, marginBdRm: 18n });
});

test('splitInterest rejects r_bd outside [r_mm, r_rm]', (t) => {
  t.throws(() => splitInterest(1n, 200n, 100n, 300n, 1n, 1n), { instanceOf: RangeError });
});

test('property: the split conserves RM payment and no margin is negative', (t) => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 10_000_000 }), (p, a, b, tenor) => {
      const [lo, hi] = a <= b ? [BigInt(a), BigInt(b)] : [BigInt(b), BigInt(a)];
      const s = splitInterest(p, lo, hi, lo + hi, BigInt(tenor), 31_536_000n);
      return s.marginBdMm >= 0n && s.marginBdRm >= 0n && s.interestMm + s.marginBdMm + s.marginBdRm === s.interestRm;
    }),
    { numRuns: 300, seed: 7 },
  );
  t.pass();
});
