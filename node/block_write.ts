// A block as it is written: the form it crosses to the database thread in (block_store.ts) and the
// store builds its one batch from (store_db.ts).
import type { WriteSet } from '../chain/store/commit_store.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import { packTxResults, type PackedTxResults } from './results_layout.js';
import { historyTransfers, type HistoryWrite } from './history_write.js';

/** A block's results as they are written: the tx results packed (results_layout.ts). */
export type ResultsWrite = Omit<StoredResults, 'txs_results'> & { txResults: PackedTxResults };

/** Results with their tx results packed (tests and tools that hold whole StoredResults). */
export function resultsWrite(r: StoredResults): ResultsWrite {
  const { txs_results, ...rest } = r;
  return { ...rest, txResults: packTxResults(txs_results) };
}

/**
 * A block as it is written, in a form that is cheap to hand to another thread: the block and meta in
 * JSON, the tx results packed (results_layout.ts), the state writes and the 32-byte tx hashes each in
 * one byte array (blockWriteTransfers lists the buffers to move instead of copying).
 */
export interface BlockWrite {
  height: number;
  block: string;
  results: ResultsWrite;
  writeSet: PackedWriteSet;
  /** The txs' sha256 hashes, concatenated. */
  txHashes: Uint8Array;
  meta: string;
  /** The state's history entries of this block (history_write.ts). */
  history?: HistoryWrite;
}

export function blockWrite(block: StoredBlock, results: ResultsWrite, writeSet: WriteSet, txHashes: Uint8Array[], meta: Meta, history?: HistoryWrite): BlockWrite {
  const hashes = new Uint8Array(32 * txHashes.length);
  txHashes.forEach((h, i) => {
    if (h.length !== 32) throw new RangeError(`tx hash of ${h.length} bytes`);
    hashes.set(h, 32 * i);
  });
  return {
    height: block.header.height,
    block: JSON.stringify(block),
    results,
    writeSet: packWriteSet(writeSet),
    txHashes: hashes,
    meta: JSON.stringify(meta),
    history,
  };
}

/** The buffers of a BlockWrite that can be moved to another thread. */
export function blockWriteTransfers(w: BlockWrite): ArrayBuffer[] {
  return [w.results.txResults.nums.buffer as ArrayBuffer, w.writeSet.values.buffer as ArrayBuffer, w.writeSet.lengths.buffer as ArrayBuffer, w.txHashes.buffer as ArrayBuffer, ...historyTransfers(w.history)];
}

/** State writes: keys as they are; values concatenated, with each one's length (-1 = deleted). */
export interface PackedWriteSet {
  keys: string[];
  lengths: Int32Array;
  values: Uint8Array;
}

export function packWriteSet(ws: WriteSet): PackedWriteSet {
  const keys: string[] = new Array(ws.length);
  const lengths = new Int32Array(ws.length);
  let size = 0;
  ws.forEach(([k, v], i) => {
    keys[i] = k;
    lengths[i] = v === null ? -1 : v.length;
    size += v === null ? 0 : v.length;
  });
  const values = new Uint8Array(size);
  let o = 0;
  for (const [, v] of ws) {
    if (v === null) continue;
    values.set(v, o);
    o += v.length;
  }
  return { keys, lengths, values };
}

export function unpackWriteSet(p: PackedWriteSet): WriteSet {
  const out: WriteSet = new Array(p.keys.length);
  let o = 0;
  for (let i = 0; i < p.keys.length; i++) {
    const n = p.lengths[i]!;
    out[i] = [p.keys[i]!, n < 0 ? null : p.values.subarray(o, (o += n))];
  }
  return out;
}
