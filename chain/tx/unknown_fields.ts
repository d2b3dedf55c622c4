// Unknown protobuf fields in the signed parts of a tx, refused as the SDK's tx decoder does
// (codec/unknownproto, x/auth/tx/decoder.go): TxBody allows unknown *non-critical* fields (field
// numbers with bit 11 set, i.e. number & 1024), AuthInfo allows none, and the rule applies to every
// nested message (SignerInfo, ModeInfo, Fee, Coin, Any, the secp256k1 PubKey, Timestamp). A known
// field sent with another wire type is refused too. One pass over the wire bytes, no decoding:
// the body and auth info are scanned once per tx (decoded txs are cached), next to the decode itself.
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

/** Any values whose contents are checked here (the rest are decoded by their own codec). */
const KNOWN_ANY = new Map<string, Schema>([['/cosmos.crypto.secp256k1.PubKey', secp256k1PubKey]]);

const WIRE_NAMES = ['varint', 'fixed64', 'bytes', 'start_group', 'end_group', 'fixed32'];
const wireName = (w: number) => WIRE_NAMES[w] ?? `unknown type: ${w}`;

function parseError(detail: string): Error {
  return sdkErrors.TxDecode(detail);
}

/** Reads a varint at `at`: [value, next]. Values up to 2^64 are exact enough for tags and lengths (both checked). */
function varint(b: Uint8Array, at: number): [number, number] {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (at >= b.length) throw parseError('invalid length');
    const c = b[at++]!;
    v += (c & 0x7f) * mul;
    if (c < 0x80) return [v, at];
    mul *= 128;
  }
  throw parseError('invalid varint');
}

/** The end of a field's value that starts at `at`. */
function skipValue(b: Uint8Array, at: number, wire: number, num: number): number {
  let end: number;
  switch (wire) {
    case 0:
      return varint(b, at)[1];
    case 1:
      end = at + 8;
      break;
    case 5:
      end = at + 4;
      break;
    case 2: {
      const [len, start] = varint(b, at);
      end = start + len;
      break;
    }
    default:
      throw parseError(`could not consume field value for tagNum: ${num}, wireType: "${wireName(wire)}"`);
  }
  if (end > b.length) throw parseError(`could not consume field value for tagNum: ${num}, wireType: "${wireName(wire)}"; unexpected end of data`);
  return end;
}

function scan(b: Uint8Array, s: Schema, allowNonCritical: boolean, depth: number): void {
  if (depth > MAX_DEPTH) throw parseError('recursion limit reached');
  let at = 0;
  while (at < b.length) {
    const [tag, valueAt] = varint(b, at);
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
    at = skipValue(b, valueAt, wire, num);
    if (kind === undefined || typeof kind === 'number') continue;
    const inner = b.subarray(varint(b, valueAt)[1], at);
    if (kind === 'any') scanAny(inner, allowNonCritical, depth + 1);
    else scan(inner, kind, allowNonCritical, depth + 1);
  }
}

function scanAny(b: Uint8Array, allowNonCritical: boolean, depth: number): void {
  scan(b, anySchema, allowNonCritical, depth);
  // The last occurrence of each field wins, as in a decode.
  let typeUrl: Uint8Array | undefined;
  let value: Uint8Array = new Uint8Array(0);
  let at = 0;
  while (at < b.length) {
    const [tag, valueAt] = varint(b, at);
    at = skipValue(b, valueAt, tag % 8, Math.floor(tag / 8));
    if (tag === 0x0a) typeUrl = b.subarray(varint(b, valueAt)[1], at);
    else if (tag === 0x12) value = b.subarray(varint(b, valueAt)[1], at);
  }
  const schema = typeUrl && typeUrl.length < 64 ? KNOWN_ANY.get(String.fromCharCode(...typeUrl)) : undefined;
  if (schema) scan(value, schema, allowNonCritical, depth + 1);
}

/** Throws sdk/2 for an unknown critical field (or any unknown field in AuthInfo), as the SDK's decoder. */
export function rejectUnknownFields(bodyBytes: Uint8Array, authInfoBytes: Uint8Array): void {
  scan(bodyBytes, txBody, true, 0);
  scan(authInfoBytes, authInfo, false, 0);
}
