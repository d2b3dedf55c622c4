// What a block adds to the state's history (history_store.ts reads it back): for each key the block
// writes, the value it had before (a reverse diff), and the new version's block time and store roots.
// The prior values are read from the committed state in memory while the block's writes are only
// staged, so the history costs one map read per written key and no LevelDB read.
import type { CommitStore, WriteSet } from '../chain/store/commit_store.js';
import { utf8 } from '../chain/codec/bytes.js';
import { HISTORY_DIFF_PREFIX, HISTORY_VERSION_PREFIX } from './db_layout.js';

/** The prior values of a write set's keys (same order): lengths (-1 = absent) and the values concatenated. */
export interface HistoryWrite {
  lengths: Int32Array;
  values: Uint8Array;
  /** JSON of VersionRecord. */
  version: string;
}

export interface VersionRecord {
  time: string;
  /** Store name → root (upper-case hex) of the state after the block. */
  roots: Record<string, string>;
}

/** Made before the commit store commits the write set (its flat state is still the previous version's). */
export function historyWrite(store: CommitStore, writeSet: WriteSet, time: string, roots: { name: string; root: string }[]): HistoryWrite {
  const lengths = new Int32Array(writeSet.length);
  const prior: Uint8Array[] = [];
  let size = 0;
  writeSet.forEach(([k], i) => {
    const v = store.getRaw(k);
    lengths[i] = v === undefined ? -1 : v.length;
    if (v !== undefined) {
      prior.push(v);
      size += v.length;
    }
  });
  const values = new Uint8Array(size);
  let o = 0;
  for (const v of prior) {
    values.set(v, o);
    o += v.length;
  }
  const record: VersionRecord = { time, roots: Object.fromEntries(roots.map((r) => [r.name, r.root])) };
  return { lengths, values, version: JSON.stringify(record) };
}

export function historyTransfers(h: HistoryWrite | undefined): ArrayBuffer[] {
  return h ? [h.lengths.buffer as ArrayBuffer, h.values.buffer as ArrayBuffer] : [];
}

export function heightKey(prefix: number, height: number): Uint8Array {
  const k = new Uint8Array(9);
  k[0] = prefix;
  new DataView(k.buffer).setBigUint64(1, BigInt(height));
  return k;
}

interface BatchLike {
  put(k: Uint8Array, v: Uint8Array): unknown;
}

/** The block's history entries, into its batch: one per written key, and the version record. */
export function putHistory(batch: BatchLike, height: number, keys: readonly string[], h: HistoryWrite): void {
  if (h.lengths.length !== keys.length) throw new Error(`history of ${h.lengths.length} keys for a write set of ${keys.length}`);
  let o = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const key = new Uint8Array(9 + k.length);
    key[0] = HISTORY_DIFF_PREFIX;
    new DataView(key.buffer).setBigUint64(1, BigInt(height));
    for (let j = 0; j < k.length; j++) key[9 + j] = k.charCodeAt(j);
    const n = h.lengths[i]!;
    if (n < 0) batch.put(key, Uint8Array.of(0));
    else {
      const v = new Uint8Array(1 + n);
      v[0] = 1;
      v.set(h.values.subarray(o, o + n), 1);
      o += n;
      batch.put(key, v);
    }
  }
  batch.put(heightKey(HISTORY_VERSION_PREFIX, height), utf8(h.version));
}
