// BaseAccount protobuf bytes <-> Account, written out by hand: accounts are read and written several
// times per tx (CheckTx, signature jobs, DeliverTx), and cosmjs-types' generic reader and writer
// allocate a reader, an Any and two copies of the key for each. The bytes are the same as
// cosmjs-types' (account_codec.test.ts compares both on random accounts and random bytes); anything
// but the canonical form this encoder writes is handed to cosmjs-types' decoder.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { internedUtf8, utf8 } from '../../chain/codec/bytes.js';
import { readProtoString } from '../../chain/codec/proto_reader.js';
import { bytesFieldSize, varint64Size, writeBytesField, writeVarint, writeVarint64 } from '../../chain/codec/proto_wire.js';

export const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';
const TYPE_URL = utf8(SECP256K1_PUBKEY_TYPE);

export interface Account {
  address: string;
  accountNumber: bigint;
  sequence: bigint;
  /** 33-byte compressed secp256k1 key, once the account has signed. */
  pubKey?: Uint8Array;
}

/** The bytes cosmjs-types' BaseAccount.encode writes (zero numbers and an empty address omitted). */
export function encodeAccount(a: Account): Uint8Array {
  const addr = internedUtf8(a.address);
  const pk = a.pubKey;
  const pkMsg = pk ? (pk.length > 0 ? bytesFieldSize(pk.length) : 0) : 0;
  const any = pk ? bytesFieldSize(TYPE_URL.length) + (pkMsg > 0 ? bytesFieldSize(pkMsg) : 0) : 0;
  const an = a.accountNumber;
  const sq = a.sequence;
  if (an < 0n || sq < 0n || an >= 1n << 64n || sq >= 1n << 64n) return BaseAccount.encode(toProto(a)).finish();
  const size =
    (addr.length > 0 ? bytesFieldSize(addr.length) : 0) +
    (pk ? bytesFieldSize(any) : 0) +
    (an !== 0n ? 1 + varint64Size(an) : 0) +
    (sq !== 0n ? 1 + varint64Size(sq) : 0);
  const out = new Uint8Array(size);
  let at = 0;
  if (addr.length > 0) {
    at = writeBytesField(out, at, 10, addr);
  }
  if (pk) {
    out[at++] = 18;
    at = writeVarint(out, at, any);
    at = writeBytesField(out, at, 10, TYPE_URL);
    if (pkMsg > 0) {
      out[at++] = 18;
      at = writeVarint(out, at, pkMsg);
      at = writeBytesField(out, at, 10, pk);
    }
  }
  if (an !== 0n) {
    out[at++] = 24;
    at = writeVarint64(out, at, an);
  }
  if (sq !== 0n) {
    out[at++] = 32;
    at = writeVarint64(out, at, sq);
  }
  return out;
}

function toProto(a: Account) {
  return BaseAccount.fromPartial({
    address: a.address,
    accountNumber: a.accountNumber,
    sequence: a.sequence,
    pubKey: a.pubKey ? { typeUrl: SECP256K1_PUBKEY_TYPE, value: PubKey.encode({ key: a.pubKey }).finish() } : undefined,
  });
}

/** Reads BaseAccount bytes as cosmjs-types does; the pubkey is read from the Any's value whatever its type URL. */
export function decodeAccount(bytes: Uint8Array): Account {
  return decodeCanonical(bytes) ?? decodeGeneric(bytes);
}

function decodeGeneric(bytes: Uint8Array): Account {
  const b = BaseAccount.decode(bytes);
  return {
    address: b.address,
    accountNumber: b.accountNumber,
    sequence: b.sequence,
    pubKey: b.pubKey ? PubKey.decode(b.pubKey.value).key : undefined,
  };
}

/** A cursor over one message; `undefined` from any read means "not the canonical form". */
class Cursor {
  constructor(
    readonly b: Uint8Array,
    public at: number,
    readonly end: number,
  ) {}

  /** A varint of at most 28 bits (tags and lengths). */
  small(): number | undefined {
    let n = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (this.at >= this.end) return undefined;
      const c = this.b[this.at++]!;
      n |= (c & 0x7f) << shift;
      if (c < 0x80) return n;
    }
    return undefined;
  }

  /** A uint64 varint (at most 10 bytes, no bits above 64). */
  u64(): bigint | undefined {
    let v = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.at >= this.end) return undefined;
      const c = this.b[this.at++]!;
      if (i === 9 && c > 1) return undefined;
      v |= BigInt(c & 0x7f) << BigInt(7 * i);
      if (c < 0x80) return v;
    }
    return undefined;
  }

  /** A length-delimited field's [start, end). */
  span(): [number, number] | undefined {
    const len = this.small();
    if (len === undefined || this.at + len > this.end) return undefined;
    const s = this.at;
    this.at += len;
    return [s, this.at];
  }
}

function decodeCanonical(bytes: Uint8Array): Account | undefined {
  const c = new Cursor(bytes, 0, bytes.length);
  const a: Account = { address: '', accountNumber: 0n, sequence: 0n, pubKey: undefined };
  while (c.at < c.end) {
    const tag = c.small();
    if (tag === 10) {
      const s = c.span();
      if (!s) return undefined;
      a.address = readProtoString(bytes.subarray(s[0], s[1]));
    } else if (tag === 18) {
      const s = c.span();
      const pk = s && anyPubKey(bytes, s[0], s[1]);
      if (!pk) return undefined;
      a.pubKey = pk;
    } else if (tag === 24 || tag === 32) {
      const v = c.u64();
      if (v === undefined) return undefined;
      if (tag === 24) a.accountNumber = v;
      else a.sequence = v;
    } else return undefined;
  }
  return a;
}

/** The key inside Any{type_url, value: PubKey{key}}; an absent value or key reads as an empty key. */
function anyPubKey(bytes: Uint8Array, from: number, to: number): Uint8Array | undefined {
  const c = new Cursor(bytes, from, to);
  let key = new Uint8Array(0);
  while (c.at < c.end) {
    const tag = c.small();
    const s = tag === 10 || tag === 18 ? c.span() : undefined;
    if (!s) return undefined;
    if (tag === 18) {
      const inner = new Cursor(bytes, s[0], s[1]);
      key = new Uint8Array(0);
      while (inner.at < inner.end) {
        const t = inner.small();
        const k = t === 10 ? inner.span() : undefined;
        if (!k) return undefined;
        key = bytes.slice(k[0], k[1]);
      }
    }
  }
  return key;
}
