// TxMsgData (a tx result's data: the Any-wrapped response of each message) written by hand into one
// array of the exact size: the bytes cosmjs-types' TxMsgData.encode writes (tx_msg_data.test.ts), on
// the path of every tx without a writer, its operation list or a slab.
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { internedUtf8 } from '../codec/bytes.js';
import { bytesFieldSize, writeBytesField, writeVarint } from '../codec/proto_wire.js';

/** TxMsgData { msg_responses } (the deprecated `data` field stays empty, as the SDK leaves it). */
export function encodeTxMsgData(msgResponses: readonly Any[]): Uint8Array {
  const urls = msgResponses.map((a) => internedUtf8(a.typeUrl));
  const sizes = msgResponses.map((a, i) => anySize(urls[i]!.length, a.value.length));
  let total = 0;
  for (const s of sizes) total += bytesFieldSize(s);
  const out = new Uint8Array(total);
  let at = 0;
  msgResponses.forEach((a, i) => {
    out[at++] = 0x12;
    at = writeVarint(out, at, sizes[i]!);
    if (urls[i]!.length > 0) at = writeBytesField(out, at, 0x0a, urls[i]!);
    if (a.value.length > 0) at = writeBytesField(out, at, 0x12, a.value);
  });
  return out;
}

const anySize = (url: number, value: number) => (url > 0 ? bytesFieldSize(url) : 0) + (value > 0 ? bytesFieldSize(value) : 0);
