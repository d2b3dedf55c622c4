// Legacy Amino JSON of messages, as the Cosmos SDK's aminojson encoder writes it and cosmjs signs it:
// proto field names (snake_case), 64-bit integers as decimal strings, 32-bit integers as numbers,
// bytes as base64, and empty fields (zero, "", false, empty bytes or list, absent message) omitted
// unless the field says otherwise (the SDK's `amino.dont_omitempty`, e.g. a MsgSend's coins). A message
// declares its shape once (AminoFields); the chain reads a decoded message with it and the client
// (client/) converts both ways with it, so both sides write the same JSON.
import { fromBase64, toBase64 } from './bytes.js';

/** A JSON value of an Amino JSON document. */
export type AminoJson = string | number | boolean | null | AminoJson[] | { [key: string]: AminoJson };

export type AminoKind =
  | 'string'
  | 'uint32'
  | 'uint64'
  | 'bool'
  | 'bytes'
  /** A list of byte strings (proto `repeated bytes`), each base64; omitted when empty. */
  | 'repeated_bytes'
  /** A list of Coin {denom, amount}, written even when empty, in the order given. */
  | 'coins'
  | { message: AminoFields }
  | { repeated: AminoFields };

/** [proto field name (snake_case), kind] in proto field order. */
export type AminoFields = readonly (readonly [string, AminoKind])[];

/** A message's Amino name (`type` in the sign doc) and its fields. */
export interface AminoMsg {
  /** e.g. "cosmos-sdk/MsgSend", "mkt/amm/MsgSwapExactIn". */
  name: string;
  fields: AminoFields;
}

/** protobufjs' and cosmjs-types' property name of a proto field: snake_case to lowerCamelCase. */
export function camelName(proto: string): string {
  return proto.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const camel = camelName;

/** A uint64 given as a number, bigint, decimal string or Long-like object, as a decimal string. */
function u64String(v: unknown): string {
  if (typeof v === 'bigint' || typeof v === 'number') return BigInt(v).toString();
  if (typeof v === 'string') return v === '' ? '0' : BigInt(v).toString();
  if (v && typeof v === 'object' && 'toString' in v) return BigInt(String(v)).toString();
  return '0';
}

/**
 * The Amino JSON value of one message (decoded by the chain, or a cosmjs EncodeObject value) with
 * camelCase properties.
 */
export function toAminoJson(fields: AminoFields, value: Readonly<Record<string, unknown>>): { [key: string]: AminoJson } {
  return writeFields(fields, value, false);
}

/**
 * The proto JSON of a message as the SDK's CLI prints a tx (`--generate-only`, `tx sign`): the same
 * names and encodings, every field written (defaults too; an absent message as null).
 */
export function toProtoJson(fields: AminoFields, value: Readonly<Record<string, unknown>>): { [key: string]: AminoJson } {
  return writeFields(fields, value, true);
}

function writeFields(fields: AminoFields, value: Readonly<Record<string, unknown>>, all: boolean): { [key: string]: AminoJson } {
  const out: { [key: string]: AminoJson } = {};
  for (const [name, kind] of fields) {
    const j = fieldJson(kind, value[camel(name)], all);
    if (j !== undefined) out[name] = j;
  }
  return out;
}

function fieldJson(kind: AminoKind, v: unknown, all: boolean): AminoJson | undefined {
  switch (kind) {
    case 'string':
      return typeof v === 'string' && v !== '' ? v : all ? '' : undefined;
    case 'uint32': {
      const n = Number(v ?? 0);
      return n !== 0 || all ? n : undefined;
    }
    case 'uint64': {
      const s = u64String(v);
      return s !== '0' || all ? s : undefined;
    }
    case 'bool':
      return v === true ? true : all ? false : undefined;
    case 'bytes':
      return v instanceof Uint8Array && v.length > 0 ? toBase64(v) : all ? '' : undefined;
    case 'repeated_bytes':
      return Array.isArray(v) && v.length > 0 ? v.map((b: Uint8Array) => toBase64(b)) : all ? [] : undefined;
    case 'coins':
      return ((v as readonly { denom: string; amount: string }[] | undefined) ?? []).map((c) => ({ amount: c.amount, denom: c.denom }));
    default:
      if ('message' in kind) return v === null || v === undefined ? (all ? null : undefined) : writeFields(kind.message, v as Record<string, unknown>, all);
      if (!Array.isArray(v) || v.length === 0) return all ? [] : undefined;
      return v.map((e: Record<string, unknown>) => writeFields(kind.repeated, e, all));
  }
}

/**
 * The message value (camelCase properties, 64-bit integers as numbers, as the generated types decode
 * them) of an Amino JSON or proto JSON value: what a client puts back into the tx body after an amino
 * signer signed, or reads from a tx file. A value of the wrong type, or an integer beyond its range
 * (2^53 for 64-bit ones, rather than rounded), is refused with an Error naming the field.
 */
export function fromAminoJson(fields: AminoFields, json: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error(`expected a JSON object, got ${JSON.stringify(json)}`);
  const out: Record<string, unknown> = {};
  for (const [name, kind] of fields) out[camel(name)] = fieldValue(kind, json[name], name);
  return out;
}

function bad(name: string, j: unknown, what: string): Error {
  return new Error(`field ${name}: ${JSON.stringify(j)} is not ${what}`);
}

function fieldValue(kind: AminoKind, j: unknown, name: string): unknown {
  if (j === undefined) j = null;
  switch (kind) {
    case 'string':
      if (j !== null && typeof j !== 'string') throw bad(name, j, 'a string');
      return j ?? '';
    case 'uint32': {
      const n = j === null ? 0 : typeof j === 'number' || (typeof j === 'string' && /^\d+$/.test(j)) ? Number(j) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw bad(name, j, 'a uint32');
      return n;
    }
    case 'uint64': {
      const n = j === null ? 0 : typeof j === 'number' || (typeof j === 'string' && /^\d+$/.test(j)) ? Number(j) : NaN;
      if (!Number.isSafeInteger(n) || n < 0) throw bad(name, j, 'a uint64 below 2^53');
      return n;
    }
    case 'bool':
      if (j !== null && typeof j !== 'boolean') throw bad(name, j, 'a boolean');
      return j === true;
    case 'bytes':
      if (j !== null && typeof j !== 'string') throw bad(name, j, 'base64 bytes');
      try {
        return j === null ? new Uint8Array() : fromBase64(j);
      } catch {
        throw bad(name, j, 'base64 bytes');
      }
    case 'repeated_bytes':
      if (j !== null && !Array.isArray(j)) throw bad(name, j, 'a list of base64 bytes');
      return ((j ?? []) as unknown[]).map((e) => fieldValue('bytes', e ?? '', name));
    case 'coins':
      if (j !== null && !Array.isArray(j)) throw bad(name, j, 'a list of coins');
      return ((j ?? []) as unknown[]).map((c) => {
        const { denom, amount } = (c ?? {}) as { denom?: unknown; amount?: unknown };
        if (typeof denom !== 'string' || typeof amount !== 'string') throw bad(name, c, 'a coin {denom, amount}');
        return { denom, amount };
      });
    default:
      if ('message' in kind) return j === null ? null : fromAminoJson(kind.message, j as Record<string, unknown>);
      if (j !== null && !Array.isArray(j)) throw bad(name, j, 'a list');
      return ((j ?? []) as Record<string, unknown>[]).map((e) => fromAminoJson(kind.repeated, e));
  }
}

/**
 * A JSON document with the keys of every object sorted, then `&`, `<`, `>` written as \u0026, \u003c,
 * \u003e: the bytes cosmjs's serializeSignDoc and the SDK's sorted JSON give. Strings are escaped as
 * JSON.stringify escapes them (a string is never state here: these bytes are only signed).
 */
export function sortedJson(v: AminoJson): string {
  return writeSorted(v).replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

function writeSorted(v: AminoJson): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(writeSorted).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${writeSorted(v[k]!)}`).join(',')}}`;
}

/** A module's declarations keyed by type URL: `${typeUrlPrefix}${MsgName}` → `${namePrefix}${MsgName}`. */
export function aminoMsgs(namePrefix: string, typeUrlPrefix: string, msgs: Readonly<Record<string, AminoFields>>): Record<string, AminoMsg> {
  return Object.fromEntries(Object.entries(msgs).map(([msg, fields]) => [typeUrlPrefix + msg, { name: namePrefix + msg, fields }]));
}
