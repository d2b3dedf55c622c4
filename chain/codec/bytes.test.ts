import test from 'ava';
import fc from 'fast-check';
import {
  compareBytes, concat, equalBytes, fromBase64, fromBinaryString, fromHex, fromUtf8, lengthPrefixed, prefixEnd,
  internedUtf8, readU64BE, toBase64, toBinaryString, toHex, toHexUpper, u64BE, utf8,
} from './bytes.js';

test('[bytes]: hex round trip, upper case, and rejection of odd length or non-hex', (t) => {
  t.is(toHex(Uint8Array.of(0, 1, 0xab, 0xff)), '0001abff');
  t.is(toHexUpper(Uint8Array.of(0xab, 0x0c)), 'AB0C');
  t.deepEqual(fromHex('0001ABff'), Uint8Array.of(0, 1, 0xab, 0xff));
  t.deepEqual(fromHex(''), new Uint8Array());
  t.throws(() => fromHex('abc'), { message: 'invalid hex string' });
  t.throws(() => fromHex('zz'), { message: 'invalid hex string' });
  t.throws(() => fromHex('0x00'), { message: 'invalid hex string' });
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => equalBytes(fromHex(toHex(b)), b)));
  // Longer than the scratch space at first, and then shorter again (the scratch is reused).
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      const hex = Buffer.from(b).toString('hex');
      return toHex(b) === hex && toHexUpper(b) === hex.toUpperCase();
    }),
  );
});

test('[bytes]: concat, equalBytes and compareBytes', (t) => {
  t.deepEqual(concat(Uint8Array.of(1), new Uint8Array(), Uint8Array.of(2, 3)), Uint8Array.of(1, 2, 3));
  t.true(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2)));
  t.false(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 0)));
  t.false(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 3)));
  t.true(compareBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 3)) < 0);
  t.true(compareBytes(Uint8Array.of(1, 2), Uint8Array.of(1)) > 0);
  t.true(compareBytes(Uint8Array.of(0xff), Uint8Array.of(0x00, 0xff)) > 0);
  t.is(compareBytes(Uint8Array.of(4, 5), Uint8Array.of(4, 5)), 0);
});

test('[bytes]: u64BE encodes big-endian, bounds [0, 2^64), and readU64BE inverts it at an offset', (t) => {
  t.is(toHex(u64BE(0)), '0000000000000000');
  t.is(toHex(u64BE(258)), '0000000000000102');
  t.is(toHex(u64BE((1n << 64n) - 1n)), 'ffffffffffffffff');
  t.throws(() => u64BE(-1), { instanceOf: RangeError, message: 'u64 out of range: -1' });
  t.throws(() => u64BE(1n << 64n), { instanceOf: RangeError, message: 'u64 out of range: 18446744073709551616' });
  t.is(readU64BE(concat(Uint8Array.of(9, 9), u64BE(123456789012345n)), 2), 123456789012345n);
  t.throws(() => readU64BE(new Uint8Array(7)), { instanceOf: RangeError, message: 'short u64' });
  t.throws(() => readU64BE(new Uint8Array(8), 1), { instanceOf: RangeError });
  // key order equals numeric order
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (a, b) =>
      Math.sign(compareBytes(u64BE(a), u64BE(b))) === (a < b ? -1 : a > b ? 1 : 0) && readU64BE(u64BE(a)) === a,
    ),
  );
});

test('[bytes]: lengthPrefixed takes up to 255 bytes', (t) => {
  t.deepEqual(lengthPrefixed(Uint8Array.of(7, 8)), Uint8Array.of(2, 7, 8));
  t.deepEqual(lengthPrefixed(new Uint8Array()), Uint8Array.of(0));
  t.is(lengthPrefixed(new Uint8Array(255)).length, 256);
  t.throws(() => lengthPrefixed(new Uint8Array(256)), { instanceOf: RangeError, message: 'length-prefixed value longer than 255 bytes' });
});

test('[bytes]: utf8 round trip; invalid utf-8 is rejected', (t) => {
  t.deepEqual(utf8('é€'), Uint8Array.of(0xc3, 0xa9, 0xe2, 0x82, 0xac));
  t.is(fromUtf8(Uint8Array.of(0xc3, 0xa9)), 'é');
  t.throws(() => fromUtf8(Uint8Array.of(0xff)));
});

test('[bytes]: utf8 equals TextEncoder on every length and code point mix (short ASCII takes the loop)', (t) => {
  const enc = new TextEncoder();
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
      t.deepEqual(utf8(s), enc.encode(s));
    }),
    { numRuns: 2000 },
  );
  t.deepEqual(utf8(''), new Uint8Array());
  t.deepEqual(utf8('a'.repeat(32) + 'é'), enc.encode('a'.repeat(32) + 'é'));
});

test('[bytes]: binary strings round trip and preserve byte order (also past 4096 bytes)', (t) => {
  const long = new Uint8Array(10_000).map((_, i) => (i * 37) & 0xff);
  t.deepEqual(fromBinaryString(toBinaryString(long)), long);
  t.is(toBinaryString(Uint8Array.of(0x41, 0xff)), 'A\u00ff');
  // all three paths (a loop up to 4 bytes, one fromCharCode call up to 48, latin1 above), also on views at an offset
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(8), (a, off) => {
      const view = new Uint8Array([...new Uint8Array(off), ...a]).subarray(off);
      const s = toBinaryString(view);
      return s.length === a.length && [...s].every((ch, i) => ch.charCodeAt(0) === a[i]) && equalBytes(fromBinaryString(s), a);
    }),
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 }), (a, b) => {
      const sa = toBinaryString(a);
      const sb = toBinaryString(b);
      return Math.sign(compareBytes(a, b)) === (sa < sb ? -1 : sa > sb ? 1 : 0) && equalBytes(fromBinaryString(sa), a);
    }),
  );
});

test('[bytes]: base64 round trip; malformed input is rejected', (t) => {
  t.is(toBase64(Uint8Array.of(0xfb, 0xff)), '+/8=');
  t.deepEqual(fromBase64('+/8='), Uint8Array.of(0xfb, 0xff));
  t.is(toBase64(Uint8Array.of(1, 2, 3, 4).subarray(1, 3)), 'AgM=');
  t.throws(() => fromBase64('abc'), { message: 'invalid base64 string' });
  t.throws(() => fromBase64('ab$='), { message: 'invalid base64 string' });
  t.throws(() => fromBase64('-_8='), { message: 'invalid base64 string' });
  t.throws(() => fromBase64('A==='), { message: 'invalid base64 string' });
});

test('[bytes]: fromBase64 returns its own array of exactly the decoded length, for every padding', (t) => {
  for (let n = 0; n <= 40; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
    const back = fromBase64(toBase64(bytes));
    t.deepEqual(back, bytes);
    t.is(back.byteOffset, 0);
    t.is(back.buffer.byteLength, n);
  }
});

test('[bytes]: prefixEnd is the smallest key above the prefix range', (t) => {
  t.deepEqual(prefixEnd(Uint8Array.of(1, 2)), Uint8Array.of(1, 3));
  t.deepEqual(prefixEnd(Uint8Array.of(1, 0xff)), Uint8Array.of(2));
  t.deepEqual(prefixEnd(Uint8Array.of(1, 0xff, 0xff)), Uint8Array.of(2));
  t.is(prefixEnd(Uint8Array.of(0xff, 0xff)), undefined);
  t.is(prefixEnd(new Uint8Array()), undefined);
  const p = Uint8Array.of(5, 0xff);
  prefixEnd(p);
  t.deepEqual(p, Uint8Array.of(5, 0xff), 'input is not mutated');
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.uint8Array({ maxLength: 4 }), (prefix, rest) => {
      const e = prefixEnd(prefix);
      const k = concat(prefix, rest);
      return e === undefined ? prefix.every((x) => x === 0xff) : compareBytes(k, e) < 0 && compareBytes(prefix, e) < 0;
    }),
  );
});

test('[bytes]: internedUtf8 is utf8, one shared array per string', (t) => {
  const a = internedUtf8('umkt');
  t.deepEqual(a, utf8('umkt'));
  t.is(internedUtf8('umkt'), a);
  t.deepEqual(internedUtf8('é€'), Uint8Array.of(0xc3, 0xa9, 0xe2, 0x82, 0xac));
});
