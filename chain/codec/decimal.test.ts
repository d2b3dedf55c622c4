import test from 'ava';
import fc from 'fast-check';
import { formatDecimal, MAX_UINT256, parseDecimal, parseUint } from './decimal.js';

test('[decimal]: parseUint accepts canonical non-negative integers', (t) => {
  t.is(parseUint('0'), 0n);
  t.is(parseUint('1'), 1n);
  t.is(parseUint('1234567890123456789012345678901234567890'), 1234567890123456789012345678901234567890n);
  t.is(parseUint(MAX_UINT256.toString()), MAX_UINT256);
  t.is(MAX_UINT256, 2n ** 256n - 1n);
});

test('[decimal]: parseUint rejects negative, leading +, leading zeros, spaces, decimals, empty and non-strings', (t) => {
  for (const s of ['-1', '-0', '+1', '01', '00', ' 1', '1 ', '1 0', '1.0', '1e3', '', '0x10', '١']) {
    t.throws(() => parseUint(s), { message: `invalid amount: ${JSON.stringify(s)} is not a non-negative integer` }, s);
  }
  t.throws(() => parseUint(5 as unknown as string), { message: 'invalid amount: 5 is not a non-negative integer' });
  t.throws(() => parseUint('07', 'fee'), { message: 'invalid fee: "07" is not a non-negative integer' });
});

test('[decimal]: parseUint rejects values over the maximum (default 2^256-1, or a given bound)', (t) => {
  const over = (MAX_UINT256 + 1n).toString();
  t.throws(() => parseUint(over), { message: `invalid amount: ${over} exceeds the maximum ${MAX_UINT256}` });
  t.is(parseUint('100', 'x', 100n), 100n);
  t.throws(() => parseUint('101', 'price', 100n), { message: 'invalid price: 101 exceeds the maximum 100' });
});

test('[decimal]: parseDecimal scales by 10^decimals and never rounds', (t) => {
  t.is(parseDecimal('1.25', 2), 125n);
  t.is(parseDecimal('1.25', 4), 12500n);
  t.is(parseDecimal('0.000000000000000001', 18), 1n);
  t.is(parseDecimal('7', 0), 7n);
  t.is(parseDecimal('0', 6), 0n);
  t.throws(() => parseDecimal('1.255', 2, 'rate'), { message: 'invalid rate: 1.255 has more than 2 fractional digits' });
  t.throws(() => parseDecimal('1.0', 0), { message: 'invalid decimal: 1.0 has more than 0 fractional digits' });
  for (const s of ['-1.5', '+1.5', '01.5', '1.', '.5', ' 1.5', '1.5 ', '1,5', '', '1..5']) {
    t.throws(() => parseDecimal(s, 6), { message: `invalid decimal: ${JSON.stringify(s)} is not a non-negative decimal` }, s);
  }
});

test('[decimal]: formatDecimal drops trailing zeros and keeps the sign', (t) => {
  t.is(formatDecimal(125n, 2), '1.25');
  t.is(formatDecimal(120n, 2), '1.2');
  t.is(formatDecimal(100n, 2), '1');
  t.is(formatDecimal(5n, 3), '0.005');
  t.is(formatDecimal(0n, 6), '0');
  t.is(formatDecimal(-125n, 2), '-1.25');
  t.is(formatDecimal(42n, 0), '42');
});

test('[decimal]: property: parseDecimal(formatDecimal(v)) = v, and canonical strings round trip', (t) => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 24 }), (v, d) => parseDecimal(formatDecimal(v, d), d) === v),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 18 }), (v, d) => {
      const s = formatDecimal(v, d);
      return formatDecimal(parseDecimal(s, d), d) === s && /^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(s);
    }),
  );
  t.pass();
});
