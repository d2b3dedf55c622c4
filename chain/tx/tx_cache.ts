// Caches keyed by the identity of a tx's byte arrays (decoded txs, tx hashes, signature results): the
// same arrays pass through signature prefetch, CheckTx and DeliverTx, and each derived value is made once.
//
// Two generations of plain Maps instead of a WeakMap. A WeakMap frees an entry with its key, but the
// collector treats each entry as an ephemeron on every young-generation collection, and a node under
// load holds thousands of them: plain Maps keep those collections short (BENCHMARKS.md has the figures).
//
// The App rotates the caches at every block (`rotateTxCaches` from `beginBlock`): an entry neither made
// nor used since the previous block began is dropped, so they hold about the txs of two block intervals
// (a tx admitted just before a block is executed in it, and replay verifies one block ahead). A
// generation also rotates when it reaches its size cap, bounding memory whatever arrives between two
// blocks. A dropped entry is made again when needed: the caches never change a result.

export class TwoGenerationCache<K extends object, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(readonly maxPerGeneration: number) {}

  /** A hit in the old generation moves to the young one: an entry in use outlives the next rotation. */
  get(key: K): V | undefined {
    let v = this.young.get(key);
    if (v === undefined) {
      v = this.old.get(key);
      if (v !== undefined) this.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.maxPerGeneration) this.rotate();
    this.young.set(key, value);
  }

  /** The young generation becomes the old one; the old one is dropped. */
  rotate(): void {
    this.old = this.young;
    this.young = new Map();
  }

  /** Entries held in both generations. */
  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * Per generation; at ~2.5 KB a decoded tx, at most ~80 MB for two. A generation holds a block's txs (used
 * again, so moved to it) plus those admitted while the block is built, which stays below the cap
 * under a full load of bank sends. Reaching it only costs work: a dropped entry is made again
 * (signatures verified again).
 */
export const TX_CACHE_GENERATION = 16_384;

const shared: TwoGenerationCache<object, unknown>[] = [];

/** A cache rotated by `rotateTxCaches` (module-level caches shared by every App in the process). */
export function sharedTxCache<K extends object, V>(maxPerGeneration = TX_CACHE_GENERATION): TwoGenerationCache<K, V> {
  const c = new TwoGenerationCache<K, V>(maxPerGeneration);
  shared.push(c as unknown as TwoGenerationCache<object, unknown>);
  return c;
}

/** Starts a new generation of every shared tx cache (once per block). */
export function rotateTxCaches(): void {
  for (const c of shared) c.rotate();
}
