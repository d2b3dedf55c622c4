// A write buffer over a parent store: reads fall through, writes stay here until `write()`.
// Branch a CacheStore off another CacheStore to get a checkpoint; drop it to revert.
import { fromBinaryString, toBinaryString } from '../codec/bytes.js';
import { rangeOf } from './bounds.js';
import type { IterateOpts, KVStore, RawStore } from './kv.js';

/** A parent a cache can flush into. */
export interface WritableRaw extends RawStore {
  setRaw(key: string, value: Uint8Array): void;
  deleteRaw(key: string): void;
}

export class CacheStore implements KVStore, WritableRaw {
  /** null marks a delete. */
  private readonly writes = new Map<string, Uint8Array | null>();

  constructor(private readonly parent: WritableRaw) {}

  getRaw(key: string): Uint8Array | undefined {
    const w = this.writes.get(key);
    if (w !== undefined) return w === null ? undefined : w;
    return this.parent.getRaw(key);
  }

  setRaw(key: string, value: Uint8Array): void {
    this.writes.set(key, value);
  }

  deleteRaw(key: string): void {
    this.writes.set(key, null);
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.getRaw(toBinaryString(key));
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    // A copy of exactly the value's bytes: the caller's array may be a view into a larger encoder buffer
    // (cosmjs-types returns views into 8 KiB slabs), which would otherwise stay alive with the write.
    this.writes.set(toBinaryString(key), value.slice());
  }

  delete(key: Uint8Array): void {
    this.writes.set(toBinaryString(key), null);
  }

  /** Number of buffered writes (sets and deletes). */
  get pending(): number {
    return this.writes.size;
  }

  /** Sorted write set: [key, value or null for delete]. */
  writeSet(): [string, Uint8Array | null][] {
    return [...this.writes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Flushes the buffered writes into the parent and clears the buffer. */
  write(): void {
    for (const [k, v] of this.writes) {
      if (v === null) this.parent.deleteRaw(k);
      else this.parent.setRaw(k, v);
    }
    this.writes.clear();
  }

  discard(): void {
    this.writes.clear();
  }

  *iterateRaw(lo: string, hi: string | undefined, reverse: boolean): IterableIterator<[string, Uint8Array]> {
    const own: string[] = [];
    for (const k of this.writes.keys()) if (k >= lo && (hi === undefined || k < hi)) own.push(k);
    own.sort();
    if (reverse) own.reverse();
    const before = (a: string, b: string) => (reverse ? a > b : a < b);
    const parentIt = this.parent.iterateRaw(lo, hi, reverse);
    let p = parentIt.next();
    let i = 0;
    while (!p.done || i < own.length) {
      if (i < own.length && (p.done || !before(p.value[0], own[i]!))) {
        const k = own[i++]!;
        if (!p.done && p.value[0] === k) p = parentIt.next();
        const v = this.writes.get(k);
        if (v) yield [k, v];
      } else if (!p.done) {
        yield p.value;
        p = parentIt.next();
      }
    }
  }

  *iterate(prefix: Uint8Array, opts?: IterateOpts): IterableIterator<[Uint8Array, Uint8Array]> {
    const { lo, hi } = rangeOf(prefix, opts);
    for (const [k, v] of this.iterateRaw(lo, hi, opts?.reverse ?? false)) yield [fromBinaryString(k), v];
  }
}
