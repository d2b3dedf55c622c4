import test from 'ava';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { tendermint } from '../../proto/cometbft_abci.js';
import { kinds, messageArb } from '../../test/helpers/abci_arb.js';
import { encodeFrame, encodeUvarint, FrameError, FrameReader } from './frame.js';

import abci = tendermint.abci;

const CONV = { defaults: true, bytes: String, longs: Number, enums: Number, oneofs: true } as const;

/** Splits bytes at the given cut points, as TCP may deliver them. */
function chunks(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(prev, c));
    prev = c;
  }
  return out.filter((c) => c.length > 0);
}

function readAll(reader: FrameReader, bytes: Buffer, cuts: number[]): Buffer[] {
  return chunks(bytes, cuts).flatMap((c) => reader.push(Buffer.from(c)));
}

test('the length prefix is an unsigned varint (LEB128), the same bytes as protobuf uint64', (t) => {
  t.deepEqual([...encodeUvarint(0)], [0]);
  t.deepEqual([...encodeUvarint(127)], [0x7f]);
  t.deepEqual([...encodeUvarint(128)], [0x80, 0x01]);
  t.deepEqual([...encodeUvarint(300)], [0xac, 0x02]);
  // Not zigzag (signed varint) and not a fixed 4-byte length: 2^31 takes 5 bytes, 1 takes 1.
  t.deepEqual([...encodeUvarint(2 ** 31)], [0x80, 0x80, 0x80, 0x80, 0x08]);
  t.deepEqual([...encodeFrame(Uint8Array.of(9, 9, 9))], [3, 9, 9, 9]);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      t.deepEqual([...encodeUvarint(n)], [...protobuf.Writer.create().uint64(n).finish()]);
    }),
  );
});

test('frames split anywhere by the transport come out whole and in order', (t) => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 400 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (msgs, cuts) => {
      const reader = new FrameReader();
      const got = readAll(reader, Buffer.concat(msgs.map((m) => encodeFrame(m))), cuts);
      t.deepEqual(got.map((g) => [...g]), msgs.map((m) => [...m]));
      t.is(reader.pending, 0);
    }),
  );
});

test('a truncated frame yields nothing and stays pending', (t) => {
  const reader = new FrameReader();
  const frame = encodeFrame(new Uint8Array(200).fill(7));
  t.deepEqual(reader.push(frame.subarray(0, frame.length - 1)), []);
  t.is(reader.pending, frame.length - 1);
  t.is(reader.push(frame.subarray(frame.length - 1)).length, 1);
  t.is(reader.pending, 0);
});

test('a length above the cap is refused from its prefix, before the body arrives; a varint over 10 bytes is refused', (t) => {
  const reader = new FrameReader(1000);
  t.is(reader.push(encodeFrame(new Uint8Array(1000)))[0]!.length, 1000);
  const e = t.throws(() => reader.push(Buffer.from(encodeUvarint(1001))), { instanceOf: FrameError });
  t.is(e.message, 'message length above the cap of 1000 bytes');
  const r2 = new FrameReader();
  t.throws(() => r2.push(Buffer.from(encodeUvarint(2 ** 40))), { message: `message length above the cap of ${100 * 1024 * 1024} bytes` });
  t.throws(() => new FrameReader().push(Buffer.alloc(11, 0x80)), { message: 'length prefix is not a varint of at most 10 bytes' });
});

for (const of of ['Request', 'Response'] as const) {
  const Codec = of === 'Request' ? abci.Request : abci.Response;
  for (const kind of kinds(of)) {
    test(`${of}.${kind.name} round-trips through the framing and the generated codec`, (t) => {
      fc.assert(
        fc.property(messageArb(kind.type), fc.array(fc.nat(), { maxLength: 4 }), (body, cuts) => {
          const msg = { [kind.name]: body };
          const bytes = (Codec.encode as (m: object) => protobuf.Writer)(msg).finish();
          const [frame, ...rest] = readAll(new FrameReader(), encodeFrame(bytes), cuts);
          t.is(rest.length, 0);
          const decoded = Codec.decode(frame!);
          t.is(decoded.value as string | undefined, kind.name);
          t.deepEqual((Codec.toObject as (m: unknown, o: object) => object)(decoded, CONV), (Codec.toObject as (m: unknown, o: object) => object)((Codec.fromObject as (o: object) => unknown)(msg), CONV));
          t.deepEqual([...(Codec.encode as (m: object) => protobuf.Writer)(decoded).finish()], [...bytes]);
        }),
        { numRuns: 60 },
      );
    });
  }
}
