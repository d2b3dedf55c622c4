import test from 'ava';
import fc from 'fast-check';
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import { utf8Read } from 'cosmjs-types/utf8';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { readProtoString } from './proto_reader.js';

test('[proto-reader]: any bytes (ASCII, UTF-8, invalid UTF-8) read as the same string as cosmjs-types utf8Read', (t) => {
  const same = (b: Uint8Array) => readProtoString(b) === utf8Read(b, 0, b.length);
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), same), { numRuns: 3000, seed: 42 });
  fc.assert(fc.property(fc.uint8Array({ min: 0, max: 127, maxLength: 200 }), same), { numRuns: 1000, seed: 43 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => same(new TextEncoder().encode(s))), { numRuns: 1000, seed: 44 });
  for (const b of [new Uint8Array(), Uint8Array.of(0), Uint8Array.of(0x7f), Uint8Array.of(0x80), Uint8Array.of(0xc3, 0xa9), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xe2, 0x82)]) t.true(same(b), `bytes ${b}`);
  t.is(readProtoString(new TextEncoder().encode('mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr')), 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr');
});

test('[proto-reader]: decoded messages are unchanged, ASCII or not', (t) => {
  const msg = { fromAddress: 'mkt1from', toAddress: 'mkt1to-é-中-😀', amount: [{ denom: 'umkt', amount: '12345' }] };
  t.deepEqual(MsgSend.decode(MsgSend.encode(msg).finish()), msg);
  const w = new BinaryWriter();
  w.uint32(10).string('plain ascii');
  const r = new BinaryReader(w.finish());
  r.uint32();
  t.is(r.string(), 'plain ascii');
});

test('[proto-reader]: decoders read their input in place; bytes fields are plain Uint8Arrays with the encoded values', (t) => {
  const key = Uint8Array.from({ length: 33 }, (_, i) => i * 5);
  const enc = PubKey.encode({ key }).finish();
  const dec = PubKey.decode(enc);
  t.deepEqual(dec.key, key);
  t.is(dec.key.buffer, enc.buffer, 'a view into the input, not into a copy');
  const fromBuffer = PubKey.decode(Buffer.from(enc));
  t.is(fromBuffer.key.constructor, Uint8Array, 'a Buffer input still gives plain Uint8Arrays');
  t.deepEqual(fromBuffer.key, key);
  const anyMsg = fc.record({ typeUrl: fc.string({ maxLength: 30 }), value: fc.uint8Array({ maxLength: 60 }) });
  fc.assert(
    fc.property(fc.array(anyMsg, { maxLength: 4 }), fc.string({ maxLength: 20 }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (messages, memo, timeoutHeight) => {
      const body = { messages, memo, timeoutHeight, unordered: false, timeoutTimestamp: undefined, extensionOptions: [], nonCriticalExtensionOptions: [] };
      const bytes = TxBody.encode(body).finish();
      const got = TxBody.decode(bytes);
      t.deepEqual(got.messages.map((m) => ({ typeUrl: m.typeUrl, value: Uint8Array.from(m.value) })), messages);
      t.is(got.memo, memo);
      t.is(got.timeoutHeight, timeoutHeight);
      t.deepEqual(TxBody.encode(got).finish(), bytes, 'the decoded body encodes to the same bytes');
    }),
    { numRuns: 500, seed: 45 },
  );
});
