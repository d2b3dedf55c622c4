import { prefixEnd, toBinaryString } from '../codec/bytes.js';
import type { IterateOpts } from './kv.js';

/** Converts (prefix, opts) into a binary-string half-open range [lo, hi). */
export function rangeOf(prefix: Uint8Array, opts?: IterateOpts): { lo: string; hi: string | undefined } {
  const p = toBinaryString(prefix);
  let lo = p;
  let hi: string | undefined = (() => {
    const e = prefixEnd(prefix);
    return e ? toBinaryString(e) : undefined;
  })();
  if (opts?.start) {
    const s = toBinaryString(opts.start);
    if (s > lo) lo = s;
  }
  if (opts?.end) {
    const e = toBinaryString(opts.end);
    if (hi === undefined || e < hi) hi = e;
  }
  return { lo, hi };
}

/** Index of the first element >= key in a sorted array. */
export function lowerBound(arr: string[], key: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
