import test from 'ava';
import fc from 'fast-check';
import { AuthInfo, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ChainError } from '../errors.js';
import { rejectUnknownFields } from './unknown_fields.js';

test('[tx/unknown-fields]: any bytes either pass or are refused with sdk/2, never another error', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (body, auth) => {
      try {
        rejectUnknownFields(body, auth);
      } catch (e) {
        return e instanceof ChainError && e.codespace === 'sdk' && e.code === 2;
      }
      return true;
    }),
    { numRuns: 5000 },
  );
  t.pass();
});

test('[tx/unknown-fields]: what cosmjs-types encodes (every TxBody and AuthInfo field, nested messages included) passes', (t) => {
  // cosmjs-types' writer garbles 64-bit values in [2^31, 2^32) (it writes bytes that do not decode), so
  // what it encodes is only well-formed outside that band.
  const encodable = (v: bigint) => v < 1n << 31n || v >= 1n << 32n;
  const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).filter(encodable);
  const coin = fc.record({ denom: fc.string(), amount: fc.string() });
  const any = fc.record({ typeUrl: fc.constantFrom('/cosmos.bank.v1beta1.MsgSend', '/cosmos.crypto.secp256k1.PubKey'), value: fc.constant(Uint8Array.of(0x0a, 2, 1, 2)) });
  const body = fc.record({
    messages: fc.array(any, { maxLength: 3 }),
    memo: fc.string(),
    timeoutHeight: u64,
    unordered: fc.boolean(),
    timeoutTimestamp: fc.option(fc.record({ seconds: fc.bigInt({ min: -(1n << 40n), max: 1n << 40n }).filter(encodable), nanos: fc.nat(999_999_999) }), { nil: undefined }),
    extensionOptions: fc.array(any, { maxLength: 1 }),
    nonCriticalExtensionOptions: fc.array(any, { maxLength: 1 }),
  });
  const single = fc.record({ single: fc.record({ mode: fc.nat(127) }) });
  const multi = fc.record({ multi: fc.record({ bitarray: fc.record({ extraBitsStored: fc.nat(7), elems: fc.uint8Array({ maxLength: 4 }) }), modeInfos: fc.array(single, { maxLength: 2 }) }) });
  const authInfo = fc.record({
    signerInfos: fc.array(fc.record({ publicKey: fc.option(any, { nil: undefined }), modeInfo: fc.oneof(single, multi), sequence: u64 }), { maxLength: 3 }),
    fee: fc.record({ amount: fc.array(coin, { maxLength: 2 }), gasLimit: u64, payer: fc.string(), granter: fc.string() }),
    tip: fc.option(fc.record({ amount: fc.array(coin, { maxLength: 2 }), tipper: fc.string() }), { nil: undefined }),
  });
  fc.assert(
    fc.property(body, authInfo, (b, a) => {
      rejectUnknownFields(TxBody.encode(TxBody.fromPartial(b)).finish(), AuthInfo.encode(AuthInfo.fromPartial(a as never)).finish());
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('[tx/unknown-fields]: a timeout_timestamp of 2^31 seconds, correctly encoded, passes; the garbled bytes cosmjs-types writes for it are refused', (t) => {
  // TxBody field 5 (Timestamp) holding field 1 (seconds) = 2^31 as a five-byte varint.
  t.notThrows(() => rejectUnknownFields(Uint8Array.from([0x2a, 0x06, 0x08, 0x80, 0x80, 0x80, 0x80, 0x08]), new Uint8Array()));
  const garbled = TxBody.encode(TxBody.fromPartial({ timeoutTimestamp: { seconds: 1n << 31n, nanos: 0 } })).finish();
  t.deepEqual([...garbled], [0x2a, 0x06, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
  t.throws(() => rejectUnknownFields(garbled, new Uint8Array()), { message: /invalid field number/ });
});
