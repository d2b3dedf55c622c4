// A view of a store under a key prefix; keys seen through it have the prefix removed.
import { concat } from '../codec/bytes.js';
import type { IterateOpts, KVStore } from './kv.js';

export class PrefixStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly prefix: Uint8Array,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.parent.get(concat(this.prefix, key));
  }

  has(key: Uint8Array): boolean {
    return this.parent.has(concat(this.prefix, key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.parent.set(concat(this.prefix, key), value);
  }

  delete(key: Uint8Array): void {
    this.parent.delete(concat(this.prefix, key));
  }

  *iterate(prefix: Uint8Array, opts?: IterateOpts): IterableIterator<[Uint8Array, Uint8Array]> {
    const p = this.prefix;
    const o: IterateOpts | undefined = opts && {
      reverse: opts.reverse,
      start: opts.start && concat(p, opts.start),
      end: opts.end && concat(p, opts.end),
    };
    for (const [k, v] of this.parent.iterate(concat(p, prefix), o)) yield [k.subarray(p.length), v];
  }
}
