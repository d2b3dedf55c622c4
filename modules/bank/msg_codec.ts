// MsgSend and MsgSendResponse, the codec of every bank send. MsgSend is read as cosmjs-types' decoder
// reads it (the same fields, defaults and handling of unknown fields; msg_codec.test.ts compares both)
// over the chain's ProtoReader, which reads its input in place; its shape is cosmjs-types' MsgSend.
import type { MsgSend as MsgSendValue, MsgSendResponse as MsgSendResponseValue } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { nestedEnd, readCoin } from '../../chain/codec/cosmos_proto.js';
import { ProtoReader } from '../../chain/codec/proto_reader.js';

export type MsgSend = MsgSendValue;
export type MsgSendResponse = MsgSendResponseValue;

export const MsgSend = {
  decode(bytes: Uint8Array): MsgSend {
    const r = new ProtoReader(bytes);
    const m: MsgSend = { fromAddress: '', toAddress: '', amount: [] };
    while (r.pos < r.len) {
      const tag = r.uint32();
      switch (tag >>> 3) {
        case 1:
          m.fromAddress = r.string();
          break;
        case 2:
          m.toAddress = r.string();
          break;
        case 3:
          m.amount.push(readCoin(r, nestedEnd(r)));
          break;
        default:
          r.skipType(tag & 7);
      }
    }
    return m;
  },
};

/** MsgSendResponse has no fields: its encoding is empty. */
const EMPTY = { finish: (): Uint8Array => new Uint8Array(0) };

export const MsgSendResponse = {
  encode(_: MsgSendResponse): { finish(): Uint8Array } {
    return EMPTY;
  },
};
