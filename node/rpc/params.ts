// Parameter decoding shared by the POST (JSON) and GET (URI) forms.
import { fromBase64, fromHex } from '../../chain/codec/bytes.js';
import { rpcErrors } from './errors.js';

export type Params = Record<string, unknown>;

/** Integers arrive as strings ("5") or numbers. */
export function intParam(p: Params, name: string, def?: number, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === '') return def;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw rpcErrors.invalidParams(`${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(v)}`);
  return n;
}

export function stringParam(p: Params, name: string, required = false): string | undefined {
  const v = p[name];
  if (v === undefined || v === null) {
    if (required) throw rpcErrors.invalidParams(`missing parameter ${name}`);
    return undefined;
  }
  if (typeof v !== 'string') throw rpcErrors.invalidParams(`${name} must be a string`);
  return v;
}

export function boolParam(p: Params, name: string): boolean {
  const v = p[name];
  return v === true || v === 'true';
}

/** Bytes given as base64 (JSON form), or 0x-prefixed hex (URI form). */
export function bytesParam(p: Params, name: string): Uint8Array {
  const v = stringParam(p, name, true)!;
  try {
    if (v.startsWith('0x') || v.startsWith('0X')) return fromHex(v.slice(2));
    return fromBase64(v);
  } catch {
    throw rpcErrors.invalidParams(`${name} must be base64 (or 0x-prefixed hex)`);
  }
}

/** Hex data (abci_query "data"): hex with or without 0x. */
export function hexParam(p: Params, name: string): Uint8Array {
  const v = stringParam(p, name) ?? '';
  try {
    return fromHex(v.startsWith('0x') ? v.slice(2) : v);
  } catch {
    throw rpcErrors.invalidParams(`${name} must be hex`);
  }
}

/** A 32-byte hash as base64 or hex (64 chars, optional 0x). */
export function hashParam(p: Params, name: string): Uint8Array {
  const v = stringParam(p, name, true)!;
  const hex = v.startsWith('0x') ? v.slice(2) : v;
  if (/^[0-9a-fA-F]{64}$/.test(hex)) return fromHex(hex);
  try {
    const b = fromBase64(v);
    if (b.length === 32) return b;
  } catch {
    /* fall through */
  }
  throw rpcErrors.invalidParams(`${name} must be a 32-byte hash in hex or base64`);
}

/** URI form: `?height=5&path="/x"&data=0x12` → params with quotes removed. */
export function uriParams(search: URLSearchParams): Params {
  const out: Params = {};
  for (const [k, raw] of search) {
    let v: unknown = raw;
    if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) v = raw.slice(1, -1);
    else if (raw === 'true' || raw === 'false') v = raw === 'true';
    out[k] = v;
  }
  return out;
}

/** `per_page` as CometBFT's validatePerPage: absent or below 1 = 30, above 100 = 100. */
export function perPageParam(p: Params): number {
  const n = intParam(p, 'per_page', 30, Number.MIN_SAFE_INTEGER)!;
  return n < 1 ? 30 : Math.min(n, 100);
}

/** `page` as CometBFT's validatePage: absent = 1; otherwise within [1, pages] (one page when there is nothing). */
export function pageParam(p: Params, perPage: number, total: number): number {
  const v = p.page;
  if (v === undefined || v === null || v === '') return 1;
  const page = intParam(p, 'page', 1, Number.MIN_SAFE_INTEGER)!;
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (page < 1 || page > pages) throw rpcErrors.invalidParams(`page should be within [1, ${pages}] range, given ${page}`);
  return page;
}
