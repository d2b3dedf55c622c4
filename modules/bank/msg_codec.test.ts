import test from 'ava';
import fc from 'fast-check';
import * as cosmjs from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgSend, MsgSendResponse } from './msg_codec.js';

const outcome = (decode: (b: Uint8Array) => unknown, bytes: Uint8Array): unknown => {
  try {
    return decode(bytes);
  } catch (e) {
    return ['error', (e as Error).constructor.name, (e as Error).message];
  }
};

test('[bank/codec]: MsgSend decodes as cosmjs-types decodes it (valid, altered and random bytes: same value or same error)', (t) => {
  const coin = fc.record({ denom: fc.string({ maxLength: 12 }), amount: fc.string({ maxLength: 24 }) });
  const msg = fc.record({ fromAddress: fc.string({ maxLength: 50, unit: 'grapheme' }), toAddress: fc.string({ maxLength: 50 }), amount: fc.array(coin, { maxLength: 3 }) });
  const altered = fc.tuple(msg, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([m, at, byte, cut]) => {
    const b = Uint8Array.from(cosmjs.MsgSend.encode(m).finish());
    if (b.length === 0) return b;
    if (cut) return b.subarray(0, at % b.length);
    b[at % b.length] = byte;
    return b;
  });
  fc.assert(
    fc.property(fc.oneof(msg.map((m) => cosmjs.MsgSend.encode(m).finish()), altered, fc.uint8Array({ maxLength: 80 })), (bytes) => {
      t.deepEqual(outcome(MsgSend.decode, bytes), outcome(cosmjs.MsgSend.decode, bytes));
    }),
    { numRuns: 5000, seed: 49 },
  );
  t.deepEqual(Array.from(MsgSendResponse.encode({}).finish()), Array.from(cosmjs.MsgSendResponse.encode({}).finish()));
});
