import test from 'ava';
import fc from 'fast-check';
import { assertU128, assertU256, divDown, divUp, isqrt, MathError, MAX_U128, MAX_U256, maxBig, minBig, mulDivDown, mulDivUp } from './mul_div.js';

test('[mul_div]: exact values', (t) => {
  t.is(mulDivDown(7n, 3n, 2n), 10n);
  t.is(mulDivUp(7n, 3n, 2n), 11n);
  t.is(mulDivDown(6n, 3n, 2n), 9n);
  t.is(mulDivUp(6n, 3n, 2n), 9n);
  t.is(mulDivUp(0n, 5n, 3n), 0n);
  t.is(mulDivUp(1n, 1n, 10n ** 30n), 1n);
  t.is(mulDivDown(1n, 1n, 10n ** 30n), 0n);
  t.is(mulDivDown(MAX_U256, MAX_U256, MAX_U256), MAX_U256);
  t.is(divDown(10n, 4n), 2n);
  t.is(divUp(10n, 4n), 3n);
  t.is(divUp(8n, 4n), 2n);
});

test('[mul_div]: division by zero and negative operands throw MathError', (t) => {
  t.throws(() => mulDivDown(1n, 1n, 0n), { instanceOf: MathError, message: 'division by zero' });
  t.throws(() => mulDivUp(1n, 1n, 0n), { instanceOf: MathError, message: 'division by zero' });
  t.throws(() => divDown(1n, 0n), { instanceOf: MathError, message: 'division by zero' });
  t.throws(() => divUp(0n, 0n), { instanceOf: MathError, message: 'division by zero' });
  t.throws(() => mulDivDown(-1n, 1n, 1n), { instanceOf: MathError, message: 'mulDivDown takes non-negative operands' });
  t.throws(() => mulDivUp(1n, -1n, 1n), { instanceOf: MathError, message: 'mulDivUp takes non-negative operands' });
  t.throws(() => mulDivUp(1n, 1n, -1n), { instanceOf: MathError, message: 'mulDivUp takes non-negative operands' });
});

const u = fc.bigInt({ min: 0n, max: MAX_U256 });
const pos = fc.bigInt({ min: 1n, max: MAX_U256 });

test('[mul_div]: property: mulDivDown <= mulDivUp <= mulDivDown + 1, equal iff exact, bracketing a*b/d', (t) => {
  fc.assert(
    fc.property(u, u, pos, (a, b, d) => {
      const lo = mulDivDown(a, b, d);
      const hi = mulDivUp(a, b, d);
      const exact = (a * b) % d === 0n;
      return lo <= hi && hi <= lo + 1n && (hi === lo) === exact && lo * d <= a * b && a * b <= hi * d && (lo + 1n) * d > a * b;
    }),
    { numRuns: 1000 },
  );
  // small operands hit the exact case often
  fc.assert(fc.property(fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 0n, max: 50n }), fc.bigInt({ min: 1n, max: 12n }), (a, b, d) => {
    const lo = mulDivDown(a, b, d);
    const hi = mulDivUp(a, b, d);
    return (a * b) % d === 0n ? lo === hi : hi === lo + 1n;
  }));
  t.pass();
});

test('[mul_div]: isqrt is the floor square root', (t) => {
  t.deepEqual([0n, 1n, 2n, 3n, 4n, 8n, 9n, 15n, 16n, 17n].map(isqrt), [0n, 1n, 1n, 1n, 2n, 2n, 3n, 3n, 4n, 4n]);
  t.is(isqrt(MAX_U256), (1n << 128n) - 1n);
  t.is(isqrt(1n << 256n), 1n << 128n);
  t.is(isqrt(10n ** 36n), 10n ** 18n);
  t.is(isqrt(10n ** 36n - 1n), 10n ** 18n - 1n);
  t.throws(() => isqrt(-1n), { instanceOf: MathError, message: 'isqrt of a negative number' });
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 1n << 300n }), (n) => {
      const r = isqrt(n);
      return r >= 0n && r * r <= n && (r + 1n) * (r + 1n) > n;
    }),
    { numRuns: 1000 },
  );
  fc.assert(fc.property(fc.bigInt({ min: 0n, max: 1n << 150n }), (r) => isqrt(r * r) === r && (r === 0n || isqrt(r * r - 1n) === r - 1n)));
});

test('[mul_div]: min, max and range assertions', (t) => {
  t.is(minBig(3n, -2n), -2n);
  t.is(maxBig(3n, -2n), 3n);
  t.is(assertU128(MAX_U128), MAX_U128);
  t.is(assertU128(0n), 0n);
  t.throws(() => assertU128(MAX_U128 + 1n, 'reserve'), { instanceOf: MathError, message: 'reserve out of u128 range' });
  t.throws(() => assertU128(-1n), { instanceOf: MathError, message: 'value out of u128 range' });
  t.is(assertU256(MAX_U256), MAX_U256);
  t.throws(() => assertU256(MAX_U256 + 1n), { instanceOf: MathError, message: 'value out of u256 range' });
});
