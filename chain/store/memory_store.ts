// A sorted in-memory store: a Map for point reads plus a sorted key array for range scans.
// New and deleted keys are merged into the sorted array lazily, once, at the next scan.
// Values are held packed as one-byte strings (packed_bytes.ts): reads return a fresh Uint8Array.
import { fromBinaryString, toBinaryString } from '../codec/bytes.js';
import { lowerBound, rangeOf } from './bounds.js';
import type { IterateOpts, KVStore, RawStore } from './kv.js';
import { packBytes, unpackBytes } from './packed_bytes.js';

function strictlyAscending(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false;
  return true;
}

export class MemoryStore implements KVStore, RawStore {
  private readonly map = new Map<string, string>();
  private sorted: string[] = [];
  private added: string[] = [];
  private removed = 0;

  get size(): number {
    return this.map.size;
  }

  getRaw(key: string): Uint8Array | undefined {
    const v = this.map.get(key);
    return v === undefined ? undefined : unpackBytes(v);
  }

  /** The value as held (packed_bytes.ts), not copied: for a reader that copies many into one buffer. */
  getPacked(key: string): string | undefined {
    return this.map.get(key);
  }

  setRaw(key: string, value: Uint8Array): void {
    if (!this.map.has(key)) this.added.push(key);
    this.map.set(key, packBytes(value));
  }

  deleteRaw(key: string): void {
    if (this.map.delete(key)) this.removed++;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.getRaw(toBinaryString(key));
  }

  has(key: Uint8Array): boolean {
    return this.map.has(toBinaryString(key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.setRaw(toBinaryString(key), value);
  }

  delete(key: Uint8Array): void {
    this.deleteRaw(toBinaryString(key));
  }

  private normalize(): void {
    if (this.added.length === 0 && this.removed === 0) return;
    const map = this.map;
    // Keys loaded in order (a LevelDB scan at start-up, a sorted write set) need no set and no sort.
    const add = strictlyAscending(this.added) ? this.added.filter((k) => map.has(k)) : [...new Set(this.added.filter((k) => map.has(k)))].sort();
    const base = this.removed > 0 ? this.sorted.filter((k) => map.has(k)) : this.sorted;
    if (add.length === 0) {
      this.sorted = base;
    } else {
      const out: string[] = new Array(base.length + add.length);
      let i = 0;
      let j = 0;
      let o = 0;
      while (i < base.length || j < add.length) {
        if (j >= add.length || (i < base.length && base[i]! < add[j]!)) out[o++] = base[i++]!;
        else if (i < base.length && base[i] === add[j]) {
          out[o++] = base[i++]!;
          j++;
        } else out[o++] = add[j++]!;
      }
      out.length = o;
      this.sorted = out;
    }
    this.added = [];
    this.removed = 0;
  }

  *iterateRaw(lo: string, hi: string | undefined, reverse: boolean): IterableIterator<[string, Uint8Array]> {
    this.normalize();
    const keys = this.sorted;
    const from = lowerBound(keys, lo);
    const to = hi === undefined ? keys.length : lowerBound(keys, hi);
    if (!reverse) {
      for (let i = from; i < to; i++) {
        const v = this.map.get(keys[i]!);
        if (v !== undefined) yield [keys[i]!, unpackBytes(v)];
      }
    } else {
      for (let i = to - 1; i >= from; i--) {
        const v = this.map.get(keys[i]!);
        if (v !== undefined) yield [keys[i]!, unpackBytes(v)];
      }
    }
  }

  *iterate(prefix: Uint8Array, opts?: IterateOpts): IterableIterator<[Uint8Array, Uint8Array]> {
    const { lo, hi } = rangeOf(prefix, opts);
    for (const [k, v] of this.iterateRaw(lo, hi, opts?.reverse ?? false)) yield [fromBinaryString(k), v];
  }
}
