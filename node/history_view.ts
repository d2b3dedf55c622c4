// A read view of a past version of the state: the committed state (the base) overlaid with the values
// the keys written since that version had then (null: absent then). Only valid while the base is at
// the height the overlay was extended to (history.ts extends it before each use, in the same turn).
import { fromBinaryString, toBinaryString } from '../chain/codec/bytes.js';
import { lowerBound, rangeOf } from '../chain/store/bounds.js';
import { ReadOnlyError, type IterateOpts, type KVStore, type RawStore } from '../chain/store/kv.js';

export class VersionView implements KVStore, RawStore {
  private sorted: string[] | undefined;

  constructor(
    private readonly base: RawStore,
    private readonly overlay: Map<string, Uint8Array | null>,
  ) {}

  /** Adds what a key was at this version unless an earlier (nearer) diff already said so. */
  addPrior(key: string, value: Uint8Array | null): void {
    if (this.overlay.has(key)) return;
    this.overlay.set(key, value);
    this.sorted = undefined;
  }

  get overlaySize(): number {
    return this.overlay.size;
  }

  getRaw(key: string): Uint8Array | undefined {
    const o = this.overlay.get(key);
    if (o !== undefined) return o === null ? undefined : o.slice();
    return this.base.getRaw(key);
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.getRaw(toBinaryString(key));
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  set(): void {
    throw new ReadOnlyError();
  }

  delete(): void {
    throw new ReadOnlyError();
  }

  *iterateRaw(lo: string, hi: string | undefined, reverse: boolean): IterableIterator<[string, Uint8Array]> {
    this.sorted ??= [...this.overlay.keys()].sort();
    const s = this.sorted;
    const a = lowerBound(s, lo);
    const b = hi === undefined ? s.length : lowerBound(s, hi);
    const own = reverse ? s.slice(a, b).reverse() : s.slice(a, b);
    const before = (x: string, y: string) => (reverse ? x > y : x < y);
    const it = this.base.iterateRaw(lo, hi, reverse);
    let p = it.next();
    let i = 0;
    while (!p.done || i < own.length) {
      if (i < own.length && (p.done || !before(p.value[0], own[i]!))) {
        const k = own[i++]!;
        if (!p.done && p.value[0] === k) p = it.next();
        const v = this.overlay.get(k);
        if (v) yield [k, v.slice()];
      } else if (!p.done) {
        yield p.value;
        p = it.next();
      }
    }
  }

  *iterate(prefix: Uint8Array, opts?: IterateOpts): IterableIterator<[Uint8Array, Uint8Array]> {
    const { lo, hi } = rangeOf(prefix, opts);
    for (const [k, v] of this.iterateRaw(lo, hi, opts?.reverse ?? false)) yield [fromBinaryString(k), v];
  }
}
