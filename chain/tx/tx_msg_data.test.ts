import test from 'ava';
import fc from 'fast-check';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { encodeTxMsgData } from './tx_msg_data.js';

test('[tx/msg-data]: TxMsgData bytes are those cosmjs-types encodes, in an array of exactly their size', (t) => {
  const any = fc.record({ typeUrl: fc.string({ maxLength: 60, unit: 'grapheme' }), value: fc.uint8Array({ maxLength: 300 }) });
  fc.assert(
    fc.property(fc.array(any, { maxLength: 4 }), (msgResponses) => {
      const ours = encodeTxMsgData(msgResponses);
      t.deepEqual(Array.from(ours), Array.from(TxMsgData.encode({ data: [], msgResponses }).finish()));
      t.is(ours.buffer.byteLength, ours.length);
    }),
    { numRuns: 3000, seed: 48 },
  );
  t.deepEqual(Array.from(encodeTxMsgData([{ typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() }])), [0x12, 38, 0x0a, 36, ...Buffer.from('/cosmos.bank.v1beta1.MsgSendResponse')]);
});
