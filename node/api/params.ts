// Request parameters as the gRPC-gateway reads them: path variables, query-string fields (nested with
// dots: pagination.limit), 64-bit integers as decimal strings, bools as true/false, bytes as base64.
import type { PageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { apiErrors } from './errors.js';

const UINT64_MAX = (1n << 64n) - 1n;

export function uintParam(name: string, v: string | undefined | null, max = UINT64_MAX): bigint | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (!/^\d{1,20}$/.test(v) || BigInt(v) > max) throw apiErrors.invalid(`${name}: ${JSON.stringify(v)} is not an unsigned integer of at most ${max}`);
  return BigInt(v);
}

export function boolParam(name: string, v: string | undefined | null): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (v !== 'true' && v !== 'false' && v !== '1' && v !== '0') throw apiErrors.invalid(`${name}: ${JSON.stringify(v)} is not a bool (true or false)`);
  return v === 'true' || v === '1';
}

/** base64 (standard or URL-safe, padded or not), as the gateway decodes bytes fields. */
export function bytesParam(name: string, v: string | undefined | null): Uint8Array | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(v)) throw apiErrors.invalid(`${name}: not base64`);
  return new Uint8Array(Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

/** `pagination.key/offset/limit/count_total/reverse` of the query string. */
export function pageRequest(q: URLSearchParams): PageRequest {
  return {
    key: bytesParam('pagination.key', q.get('pagination.key')) ?? new Uint8Array(),
    offset: uintParam('pagination.offset', q.get('pagination.offset')) ?? 0n,
    limit: uintParam('pagination.limit', q.get('pagination.limit')) ?? 0n,
    countTotal: boolParam('pagination.count_total', q.get('pagination.count_total')) ?? false,
    reverse: boolParam('pagination.reverse', q.get('pagination.reverse')) ?? false,
  };
}

/** A block height path variable: a positive integer. */
export function heightParam(v: string): number {
  const h = uintParam('height', v, BigInt(Number.MAX_SAFE_INTEGER));
  if (h === undefined || h < 1n) throw apiErrors.invalid(`height: ${JSON.stringify(v)} must be a positive integer`);
  return Number(h);
}

export const PAGINATION_QUERY = ['pagination.key', 'pagination.offset', 'pagination.limit', 'pagination.count_total', 'pagination.reverse'];
