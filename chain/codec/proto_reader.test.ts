import test from 'ava';
import fc from 'fast-check';
import { BinaryReader } from 'cosmjs-types/binary';
import { utf8Read } from 'cosmjs-types/utf8';
import { ProtoReader, readProtoString } from './proto_reader.js';

test('[proto-reader]: any bytes (ASCII, UTF-8, invalid UTF-8) read as the same string as cosmjs-types utf8Read', (t) => {
  const same = (b: Uint8Array) => readProtoString(b) === utf8Read(b, 0, b.length);
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), same), { numRuns: 3000, seed: 42 });
  fc.assert(fc.property(fc.uint8Array({ min: 0, max: 127, maxLength: 200 }), same), { numRuns: 1000, seed: 43 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => same(new TextEncoder().encode(s))), { numRuns: 1000, seed: 44 });
  for (const b of [new Uint8Array(), Uint8Array.of(0), Uint8Array.of(0x7f), Uint8Array.of(0x80), Uint8Array.of(0xc3, 0xa9), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xe2, 0x82)]) t.true(same(b), `bytes ${b}`);
  t.is(readProtoString(new TextEncoder().encode('mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr')), 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr');
});

type Op = 'uint32' | 'int32' | 'uint64' | 'int64' | 'bool' | 'bytes' | 'string' | 'skip0' | 'skip1' | 'skip2' | 'skip3' | 'skip5' | 'skip7';
const OPS: Op[] = ['uint32', 'int32', 'uint64', 'int64', 'bool', 'bytes', 'string', 'skip0', 'skip1', 'skip2', 'skip3', 'skip5', 'skip7'];

/** Runs `ops` on a reader until one throws: each value read (or the error's type and message) and the position after it. */
function trace(r: BinaryReader | ProtoReader, ops: Op[]): unknown[] {
  const out: unknown[] = [];
  for (const op of ops) {
    try {
      let v: unknown;
      if (op.startsWith('skip')) {
        r.skipType(Number(op.slice(4)));
        v = 'skipped';
      } else v = (r[op as Exclude<Op, `skip${string}`>] as () => unknown).call(r);
      out.push(v instanceof Uint8Array ? ['bytes', Array.from(v)] : v, r.pos);
    } catch (e) {
      out.push(['error', (e as Error).constructor.name, (e as Error).message]);
      break;
    }
  }
  return out;
}

const varintish = fc.oneof(
  fc.uint8Array({ maxLength: 40 }),
  fc.array(fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0, max: 0x7f })), { maxLength: 24 }).map((a) => Uint8Array.from(a)),
);

test('[proto-reader]: every read gives the value, position and error cosmjs-types BinaryReader gives, on any bytes', (t) => {
  fc.assert(
    fc.property(varintish, fc.array(fc.constantFrom(...OPS), { minLength: 1, maxLength: 8 }), (bytes, ops) => {
      t.deepEqual(trace(new ProtoReader(bytes), ops), trace(new BinaryReader(bytes), ops));
    }),
    { numRuns: 20000, seed: 46 },
  );
  // 64-bit values around the 2^32, 2^53 and 2^63 edges
  for (const v of [0n, 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n]) {
    const bytes: number[] = [];
    for (let x = v; ; x >>= 7n) {
      if (x < 0x80n) {
        bytes.push(Number(x));
        break;
      }
      bytes.push(Number(x & 0x7fn) | 0x80);
    }
    for (const op of ['uint64', 'int64', 'bool', 'uint32'] as Op[]) t.deepEqual(trace(new ProtoReader(Uint8Array.from(bytes)), [op]), trace(new BinaryReader(Uint8Array.from(bytes)), [op]), `${op} ${v}`);
  }
});

test('[proto-reader]: reads its input in place; a Buffer input gives plain Uint8Arrays', (t) => {
  const input = Uint8Array.of(3, 7, 8, 9);
  const got = new ProtoReader(input).bytes();
  t.deepEqual(Array.from(got), [7, 8, 9]);
  t.is(got.buffer, input.buffer, 'a view into the input, not into a copy');
  const fromBuffer = new ProtoReader(Buffer.from(input)).bytes();
  t.is(fromBuffer.constructor, Uint8Array);
  t.deepEqual(Array.from(fromBuffer), [7, 8, 9]);
});
