// The synchronous key/value store interface that the app and modules see.
// Keys and values are bytes; iteration is in ascending (or descending) byte order.

export interface IterateOpts {
  /** Inclusive lower bound (defaults to the prefix). */
  start?: Uint8Array;
  /** Exclusive upper bound (defaults to the end of the prefix range). */
  end?: Uint8Array;
  reverse?: boolean;
}

export interface KVStore {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
  /** Entries whose key starts with `prefix`, bounded by opts; keys are returned without the prefix stripped. */
  iterate(prefix: Uint8Array, opts?: IterateOpts): IterableIterator<[Uint8Array, Uint8Array]>;
}

/** A string-keyed view (binary strings, one char per byte) used between store layers to avoid copies. */
export interface RawStore {
  getRaw(key: string): Uint8Array | undefined;
  /** Sorted iteration of keys in [lo, hi) (hi undefined = unbounded). */
  iterateRaw(lo: string, hi: string | undefined, reverse: boolean): IterableIterator<[string, Uint8Array]>;
}

export class ReadOnlyError extends Error {
  constructor() {
    super('store is read-only');
  }
}
