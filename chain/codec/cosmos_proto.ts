// Decoders of the common Cosmos SDK messages a tx carries (Any, Coin, Timestamp, the secp256k1
// PubKey), reading what cosmjs-types' generated decoders read: the same fields, defaults, order of
// keys and handling of unknown fields, over the chain's ProtoReader (proto_reader.ts). A `…Fields`
// function reads one field of its message (see ProtoReader.message).
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import type { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { ProtoReader } from './proto_reader.js';

export function anyFields(m: Any, num: number, r: ProtoReader): boolean {
  if (num === 1) m.typeUrl = r.string();
  else if (num === 2) m.value = r.bytes();
  else return false;
  return true;
}
export const newAny = (): Any => ({ typeUrl: '', value: new Uint8Array() });

export function coinFields(m: Coin, num: number, r: ProtoReader): boolean {
  if (num === 1) m.denom = r.string();
  else if (num === 2) m.amount = r.string();
  else return false;
  return true;
}
export const newCoin = (): Coin => ({ denom: '', amount: '' });

export function timestampFields(m: Timestamp, num: number, r: ProtoReader): boolean {
  if (num === 1) m.seconds = r.int64();
  else if (num === 2) m.nanos = r.int32();
  else return false;
  return true;
}
export const newTimestamp = (): Timestamp => ({ seconds: 0n, nanos: 0 });

function pubKeyFields(m: PubKey, num: number, r: ProtoReader): boolean {
  if (num !== 1) return false;
  m.key = r.bytes();
  return true;
}

/** A secp256k1 PubKey message (an Any's value), as cosmjs-types' PubKey.decode. */
export function decodePubKey(bytes: Uint8Array): PubKey {
  const r = new ProtoReader(bytes);
  return r.message(r.len, { key: new Uint8Array() }, pubKeyFields);
}
