// Unknown protobuf fields in the signed parts of a tx, refused as the SDK's tx decoder does
// (codec/unknownproto, x/auth/tx/decoder.go): TxBody allows unknown *non-critical* fields (field
// numbers with bit 11 set, i.e. number & 1024), AuthInfo allows none, and the rule applies to every
// nested message (SignerInfo, ModeInfo, Fee, Coin, Any, the secp256k1 PubKey, Timestamp). A known
// field sent with another wire type is refused too. One pass over the wire bytes, no decoding:
// the body and auth info are scanned once per tx (a tx is decoded once, when it is prepared), next to the decode itself;
// each scan keeps its position in its own `Scan`, so nothing here is shared between calls.
// Message contents (the Anys of TxBody.messages) are decoded by their module's codec and not scanned.
import { sdkErrors } from '../errors.js';

const NON_CRITICAL_BIT = 1024;
/** As the SDK's recursion limit, far above any real tx. */
const MAX_DEPTH = 100;

type Wire = 0 | 1 | 2 | 5;
/** A scalar field's wire type, a nested message, or an Any (scanned, and its value when its type is known). */
type FieldKind = Wire | Schema | 'any';

interface Schema {
  /** The Go type name the SDK's errors print. */
  name: string;
  fields: Record<number, FieldKind>;
}

const VARINT = 0;
const BYTES = 2;

const coin: Schema = { name: '*types.Coin', fields: { 1: BYTES, 2: BYTES } };
const timestamp: Schema = { name: '*timestamppb.Timestamp', fields: { 1: VARINT, 2: VARINT } };
const anySchema: Schema = { name: '*types.Any', fields: { 1: BYTES, 2: BYTES } };
const secp256k1PubKey: Schema = { name: '*secp256k1.PubKey', fields: { 1: BYTES } };
const compactBitArray: Schema = { name: '*types.CompactBitArray', fields: { 1: VARINT, 2: BYTES } };
const single: Schema = { name: '*tx.ModeInfo_Single', fields: { 1: VARINT } };
const multi: Schema = { name: '*tx.ModeInfo_Multi', fields: { 1: compactBitArray } };
const modeInfo: Schema = { name: '*tx.ModeInfo', fields: { 1: single, 2: multi } };
multi.fields[2] = modeInfo;
const signerInfo: Schema = { name: '*tx.SignerInfo', fields: { 1: 'any', 2: modeInfo, 3: VARINT } };
const fee: Schema = { name: '*tx.Fee', fields: { 1: coin, 2: VARINT, 3: BYTES, 4: BYTES } };
const tip: Schema = { name: '*tx.Tip', fields: { 1: coin, 2: BYTES } };
const authInfo: Schema = { name: '*tx.AuthInfo', fields: { 1: signerInfo, 2: fee, 3: tip } };
const txBody: Schema = { name: '*tx.TxBody', fields: { 1: 'any', 2: BYTES, 3: VARINT, 4: VARINT, 5: timestamp, 1023: 'any', 2047: 'any' } };

/** The type URL of the one Any value whose contents are checked here (the rest are decoded by their own codec). */
const SECP256K1_PUBKEY_URL = Uint8Array.from('/cosmos.crypto.secp256k1.PubKey', (c) => c.charCodeAt(0));

const WIRE_NAMES = ['varint', 'fixed64', 'bytes', 'start_group', 'end_group', 'fixed32'];
const wireName = (w: number) => WIRE_NAMES[w] ?? `unknown type: ${w}`;

function parseError(detail: string): Error {
  return sdkErrors.TxDecode(detail);
}

/** One scan of one message's bytes: the read position and the last tag read. */
class Scan {
  pos = 0;
  /** The wire type and field number of the tag readTag read last. */
  lastWire = 0;
  lastNum = 0;

  constructor(readonly b: Uint8Array) {}

  /** Reads a varint at `pos`. Values up to 2^64 are exact enough for tags and lengths (both bounds-checked). */
  readVarint(end: number): number {
    const b = this.b;
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= end) throw parseError('invalid length');
      const c = b[this.pos++]!;
      v += (c & 0x7f) * mul;
      if (c < 0x80) return v;
      mul *= 128;
    }
    throw parseError('invalid varint');
  }

  /** Moves `pos` past a field value of wire type `wire`; for a length-delimited one, returns where its bytes start. */
  skipValue(end: number, wire: number, num: number): number {
    let start = this.pos;
    switch (wire) {
      case 0:
        this.readVarint(end);
        return start;
      case 1:
        this.pos += 8;
        break;
      case 5:
        this.pos += 4;
        break;
      case 2: {
        const len = this.readVarint(end);
        start = this.pos;
        this.pos += len;
        break;
      }
      default:
        throw parseError(`could not consume field value for tagNum: ${num}, wireType: "${wireName(wire)}"`);
    }
    if (this.pos > end) throw parseError(`could not consume field value for tagNum: ${num}, wireType: "${wireName(wire)}"; unexpected end of data`);
    return start;
  }

  /** Reads a tag and checks it against `s`: the field's kind (undefined for an allowed unknown one). */
  readTag(end: number, s: Schema, allowNonCritical: boolean): FieldKind | undefined {
    const tag = this.readVarint(end);
    const num = Math.floor(tag / 8);
    const wire = tag % 8;
    if (num < 1 || num > 0x1fffffff) throw parseError('invalid field number');
    const kind = s.fields[num];
    if (kind === undefined) {
      const critical = (num & NON_CRITICAL_BIT) === 0;
      if (critical || !allowNonCritical) throw parseError(`errUnknownField "${s.name}": {TagNum: ${num}, WireType: "${wireName(wire)}"}`);
    } else {
      const want = typeof kind === 'number' ? kind : BYTES;
      if (wire !== want) throw parseError(`Mismatched "${s.name}": {TagNum: ${num}, GotWireType: "${wireName(wire)}" != WantWireType: "${wireName(want)}"}`);
    }
    this.lastWire = wire;
    this.lastNum = num;
    return kind;
  }

  scan(start: number, end: number, s: Schema, allowNonCritical: boolean, depth: number): void {
    if (depth > MAX_DEPTH) throw parseError('recursion limit reached');
    this.pos = start;
    while (this.pos < end) {
      const kind = this.readTag(end, s, allowNonCritical);
      const valueStart = this.skipValue(end, this.lastWire, this.lastNum);
      if (kind === undefined || typeof kind === 'number') continue;
      const valueEnd = this.pos;
      if (kind === 'any') this.scanAny(valueStart, valueEnd, allowNonCritical, depth + 1);
      else this.scan(valueStart, valueEnd, kind, allowNonCritical, depth + 1);
      this.pos = valueEnd;
    }
  }

  /** An Any: its own fields, then the value when its type is the secp256k1 PubKey (the last occurrence wins, as in a decode). */
  scanAny(start: number, end: number, allowNonCritical: boolean, depth: number): void {
    const b = this.b;
    let urlStart = -1;
    let urlEnd = -1;
    let valueStart = 0;
    let valueEnd = 0;
    this.pos = start;
    while (this.pos < end) {
      const kind = this.readTag(end, anySchema, allowNonCritical);
      const at = this.skipValue(end, this.lastWire, this.lastNum);
      if (kind === undefined) continue;
      if (this.lastNum === 1) {
        urlStart = at;
        urlEnd = this.pos;
      } else {
        valueStart = at;
        valueEnd = this.pos;
      }
    }
    if (urlEnd - urlStart !== SECP256K1_PUBKEY_URL.length) return;
    for (let i = 0; i < SECP256K1_PUBKEY_URL.length; i++) if (b[urlStart + i] !== SECP256K1_PUBKEY_URL[i]) return;
    if (depth + 1 > MAX_DEPTH) throw parseError('recursion limit reached');
    this.scan(valueStart, valueEnd, secp256k1PubKey, allowNonCritical, depth + 1);
  }
}

/** Throws sdk/2 for an unknown critical field (or any unknown field in AuthInfo), as the SDK's decoder. */
export function rejectUnknownFields(bodyBytes: Uint8Array, authInfoBytes: Uint8Array): void {
  new Scan(bodyBytes).scan(0, bodyBytes.length, txBody, true, 0);
  new Scan(authInfoBytes).scan(0, authInfoBytes.length, authInfo, false, 0);
}
