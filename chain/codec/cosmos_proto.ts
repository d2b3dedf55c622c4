// Decoders of the common Cosmos SDK messages a tx carries (Any, Coin, Timestamp, the secp256k1
// PubKey), written out as cosmjs-types' generated decoders are: the same fields, defaults, order of
// keys and handling of unknown fields, over the chain's ProtoReader (proto_reader.ts). Each
// `read…(r, end)` reads one message up to `end`, as cosmjs-types' `decode(reader, length)` does
// (a nested message is not bounded by its length beyond that, exactly as there).
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { ProtoReader } from './proto_reader.js';

/** The end of a nested message whose length is read next. */
export const nestedEnd = (r: ProtoReader): number => {
  const length = r.uint32();
  return r.pos + length;
};

export function readAny(r: ProtoReader, end: number): Any {
  const m: Any = { typeUrl: '', value: new Uint8Array() };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.typeUrl = r.string();
        break;
      case 2:
        m.value = r.bytes();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

export function readCoin(r: ProtoReader, end: number): Coin {
  const m: Coin = { denom: '', amount: '' };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.denom = r.string();
        break;
      case 2:
        m.amount = r.string();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

export function readTimestamp(r: ProtoReader, end: number): Timestamp {
  const m: Timestamp = { seconds: 0n, nanos: 0 };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.seconds = r.int64();
        break;
      case 2:
        m.nanos = r.int32();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

/** A secp256k1 PubKey message (an Any's value), as cosmjs-types' PubKey.decode. */
export function decodePubKey(bytes: Uint8Array): PubKey {
  const r = new ProtoReader(bytes);
  const m: PubKey = { key: new Uint8Array() };
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === 1) m.key = r.bytes();
    else r.skipType(tag & 7);
  }
  return m;
}
