// The Cosmos SDK's query pagination (types/query.Paginate): a page by `key` (where the previous page's
// next_key points) or by `offset`, `limit` entries (default 100, at most MAX_PAGE_LIMIT so one query
// costs a bounded number of entries), `count_total` on offset pages (and, as the SDK, whenever no limit
// is given), `reverse`. Pure: the caller gives an
// iteration over its sorted entries from a key on.
import type { PageRequest, PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { sdkErrors } from './errors.js';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

/** Entries in key order (reverse: descending), from `from` on (inclusive; undefined: the first or last). */
export type KeyedIterate<T> = (from: Uint8Array | undefined, reverse: boolean) => Iterable<[Uint8Array, T]>;

export function paginate<T>(req: Partial<PageRequest> | undefined, iterate: KeyedIterate<T>): { items: T[]; page: PageResponse } {
  const key = req?.key && req.key.length > 0 ? req.key : undefined;
  const offset = req?.offset ?? 0n;
  if (key && offset > 0n) throw sdkErrors.InvalidRequest('either offset or key is expected, got both');
  const asked = req?.limit ?? 0n;
  if (asked > BigInt(MAX_PAGE_LIMIT)) throw sdkErrors.InvalidRequest(`pagination limit ${asked} is above the maximum ${MAX_PAGE_LIMIT}`);
  const limit = asked === 0n ? DEFAULT_PAGE_LIMIT : Number(asked);
  const reverse = req?.reverse === true;
  const items: T[] = [];
  let nextKey: Uint8Array = new Uint8Array();
  if (key) {
    for (const [k, v] of iterate(key, reverse)) {
      if (items.length === limit) {
        nextKey = k;
        break;
      }
      items.push(v);
    }
    return { items, page: { nextKey, total: 0n } };
  }
  // As the SDK: a request without a limit also counts the total.
  const countTotal = req?.countTotal === true || asked === 0n;
  let i = 0n;
  const end = offset + BigInt(limit);
  for (const [k, v] of iterate(undefined, reverse)) {
    if (i >= offset && i < end) items.push(v);
    else if (i === end) {
      nextKey = k;
      if (!countTotal) return { items, page: { nextKey, total: 0n } };
    }
    i++;
  }
  return { items, page: { nextKey, total: countTotal ? i : 0n } };
}

/** The iteration of a sorted in-memory list (e.g. one address's balances, keyed by denom). */
export function sortedIterate<T>(list: readonly T[], keyOf: (t: T) => Uint8Array): KeyedIterate<T> {
  const cmp = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b);
  return function* (from, reverse) {
    const order = reverse ? [...list].reverse() : list;
    for (const t of order) {
      const k = keyOf(t);
      if (from && (reverse ? cmp(k, from) > 0 : cmp(k, from) < 0)) continue;
      yield [k, t];
    }
  };
}
