// The modules' protobuf messages in the gRPC-gateway's JSON (the SDK's JSONPb with OrigName and
// EmitDefaults): field names as declared in the .proto, every field present, 64-bit integers as
// strings, bytes as base64, nested messages null when unset. Field lists and types come from the route
// table generated from the protos (proto/gen/rest_routes.json); codecs from proto/gen.
import { readFileSync } from 'node:fs';
import { marketchain as amm } from '../../proto/amm.js';
import { marketchain as moneymarket } from '../../proto/moneymarket.js';
import { marketchain as repo } from '../../proto/repo.js';
import { apiErrors } from './errors.js';
import { boolParam, bytesParam, uintParam } from './params.js';

export interface FieldInfo {
  name: string;
  json: string;
  type: string;
  repeated: boolean;
}

export interface ModuleRoute {
  module: string;
  rpc: string;
  method: 'GET';
  path: string;
  request: string;
  response: string;
  summary: string;
}

export interface RouteTable {
  routes: ModuleRoute[];
  messages: Record<string, FieldInfo[]>;
}

/** proto/gen/rest_routes.json (copied beside the compiled code by scripts/copy_gen.mjs). */
export const ROUTE_TABLE: RouteTable = JSON.parse(readFileSync(new URL('../../proto/gen/rest_routes.json', import.meta.url), 'utf8'));

interface Codec {
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  fromObject(o: unknown): unknown;
  toObject(m: unknown, o: unknown): Record<string, unknown>;
}

const NAMESPACES: Record<string, unknown> = { amm: amm.amm, moneymarket: moneymarket.moneymarket, repo: repo.repo };

/** The generated codec of a message of the modules' packages (marketchain.<module>.v1.<Name>). */
export function codecOf(fullName: string): Codec | undefined {
  const parts = fullName.split('.');
  if (parts[0] !== 'marketchain' || !ROUTE_TABLE.messages[fullName]) return undefined;
  let at: any = NAMESPACES[parts[1]!];
  for (const p of parts.slice(2)) at = at?.[p];
  return typeof at?.decode === 'function' ? (at as Codec) : undefined;
}

const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const INT32 = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);
const UNSIGNED = new Set(['uint64', 'fixed64', 'uint32', 'fixed32']);

function scalarJson(type: string, v: unknown): unknown {
  if (INT64.has(type)) return String(v ?? 0);
  if (type === 'bytes') return typeof v === 'string' ? v : '';
  return v;
}

/** A decoded message's JSON from its toObject form (camelCase keys). */
function render(type: string, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ROUTE_TABLE.messages[type] ?? []) {
    const v = obj[f.json];
    const nested = ROUTE_TABLE.messages[f.type] !== undefined;
    if (f.repeated) out[f.name] = ((v as unknown[] | undefined) ?? []).map((x) => (nested ? render(f.type, x as Record<string, unknown>) : scalarJson(f.type, x)));
    else if (nested) out[f.name] = v === undefined || v === null ? null : render(f.type, v as Record<string, unknown>);
    else out[f.name] = scalarJson(f.type, v);
  }
  return out;
}

const TO_OBJECT = { longs: String, bytes: String, defaults: true, arrays: true };

/** The JSON of a module message's bytes (undefined when the type is not one of the modules'). */
export function messageJson(fullName: string, bytes: Uint8Array): Record<string, unknown> | undefined {
  const codec = codecOf(fullName);
  if (!codec) return undefined;
  return render(fullName, codec.toObject(codec.decode(bytes), TO_OBJECT));
}

/** Every scalar field reachable from a request message, dotted (pagination.limit), as query-string names. */
export function requestFields(type: string, prefix = '', depth = 0): { name: string; field: FieldInfo }[] {
  const out: { name: string; field: FieldInfo }[] = [];
  for (const f of ROUTE_TABLE.messages[type] ?? []) {
    if (ROUTE_TABLE.messages[f.type]) {
      if (!f.repeated && depth < 3) out.push(...requestFields(f.type, `${prefix}${f.name}.`, depth + 1));
    } else out.push({ name: prefix + f.name, field: f });
  }
  return out;
}

function scalarParam(name: string, f: FieldInfo, v: string): unknown {
  if (INT64.has(f.type) || INT32.has(f.type)) {
    const signed = !UNSIGNED.has(f.type);
    const neg = signed && v.startsWith('-');
    const max = INT32.has(f.type) ? BigInt(UNSIGNED.has(f.type) ? 0xffffffff : 0x7fffffff) : BigInt(Number.MAX_SAFE_INTEGER);
    const n = uintParam(name, neg ? v.slice(1) : v, max);
    return n === undefined ? undefined : Number(neg ? -n : n);
  }
  if (f.type === 'bool') return boolParam(name, v);
  if (f.type === 'bytes') return bytesParam(name, v);
  if (f.type === 'string') return v;
  if (f.type === 'double' || f.type === 'float') {
    const n = Number(v);
    if (!Number.isFinite(n)) throw apiErrors.invalid(`${name}: ${JSON.stringify(v)} is not a number`);
    return n;
  }
  throw apiErrors.invalid(`${name}: unsupported field type ${f.type}`);
}

/** The request message's bytes from path variables and the query string (unknown query fields are ignored). */
export function requestBytes(type: string, path: Record<string, string>, query: URLSearchParams): Uint8Array {
  const codec = codecOf(type)!;
  const obj: Record<string, unknown> = {};
  for (const { name, field } of requestFields(type)) {
    const values = name in path ? [path[name]!] : query.getAll(name);
    if (values.length === 0) continue;
    const parsed = values.map((v) => scalarParam(name, field, v)).filter((v) => v !== undefined);
    if (parsed.length === 0) continue;
    // Nested objects along the dotted name, keyed by the generated code's camelCase names.
    const names = name.split('.');
    let at = obj;
    let t = type;
    for (const [i, n] of names.entries()) {
      const fi = ROUTE_TABLE.messages[t]!.find((x) => x.name === n)!;
      if (i === names.length - 1) at[fi.json] = field.repeated ? parsed : parsed[parsed.length - 1];
      else {
        at = (at[fi.json] ??= {}) as Record<string, unknown>;
        t = fi.type;
      }
    }
  }
  return codec.encode(codec.fromObject(obj)).finish();
}
