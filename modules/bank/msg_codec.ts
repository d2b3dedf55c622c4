// MsgSend and MsgSendResponse, the codec of every bank send. MsgSend is read as cosmjs-types' decoder
// reads it (the same fields, defaults and handling of unknown fields; msg_codec.test.ts compares both)
// over the chain's ProtoReader, which reads its input in place; its shape is cosmjs-types' MsgSend.
import type { MsgSend as MsgSendValue, MsgSendResponse as MsgSendResponseValue } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { coinFields, newCoin } from '../../chain/codec/cosmos_proto.js';
import { ProtoReader } from '../../chain/codec/proto_reader.js';

export type MsgSend = MsgSendValue;
export type MsgSendResponse = MsgSendResponseValue;

function msgSendFields(m: MsgSend, num: number, r: ProtoReader): boolean {
  if (num === 1) m.fromAddress = r.string();
  else if (num === 2) m.toAddress = r.string();
  else if (num === 3) m.amount.push(r.nested(newCoin(), coinFields));
  else return false;
  return true;
}

export const MsgSend = {
  decode(bytes: Uint8Array): MsgSend {
    const r = new ProtoReader(bytes);
    return r.message<MsgSend>(r.len, { fromAddress: '', toAddress: '', amount: [] }, msgSendFields);
  },
};

/** MsgSendResponse has no fields: its encoding is empty. */
const EMPTY = { finish: (): Uint8Array => new Uint8Array(0) };

export const MsgSendResponse = {
  encode(_: MsgSendResponse): { finish(): Uint8Array } {
    return EMPTY;
  },
};
