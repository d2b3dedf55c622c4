// What a block adds to the state's history (history_store.ts reads it back): for each key the block
// writes, the value it had before (a reverse diff), as ONE record per block, and the new version's
// block time and store roots. The prior values are copied from the committed state in memory while
// the block's writes are only staged (no LevelDB read), straight into the record's one buffer; the
// record is one put in the block's batch, however many keys the block wrote.
//
// Diff record (0x41 ‖ height):  uvarint count, then per written key (in write-set order):
//   uvarint key length, key (store byte first), uvarint (prior length + 1, or 0 when absent), prior
import type { CommitStore, WriteSet } from '../chain/store/commit_store.js';
import { toBinaryString, utf8 } from '../chain/codec/bytes.js';
import { HISTORY_DIFF_PREFIX, HISTORY_VERSION_PREFIX } from './db_layout.js';

export interface HistoryWrite {
  /** The diff record. */
  diff: Uint8Array;
  /** JSON of VersionRecord. */
  version: string;
}

export interface VersionRecord {
  time: string;
  /** Store name → root (upper-case hex) of the state after the block. */
  roots: Record<string, string>;
}

function uvarintSize(n: number): number {
  let s = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    s++;
  }
  return s;
}

function putUvarint(b: Uint8Array, o: number, n: number): number {
  while (n >= 0x80) {
    b[o++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  b[o++] = n;
  return o;
}


/** Made before the commit store commits the write set (its flat state is still the previous version's). */
export function historyWrite(store: CommitStore, writeSet: WriteSet, time: string, roots: { name: string; root: string }[]): HistoryWrite {
  const prior: (string | undefined)[] = new Array(writeSet.length);
  let size = uvarintSize(writeSet.length);
  for (let i = 0; i < writeSet.length; i++) {
    const k = writeSet[i]![0];
    const p = store.getPacked(k);
    prior[i] = p;
    const n = p === undefined ? 0 : p.length + 1;
    size += uvarintSize(k.length) + k.length + uvarintSize(n) + (p?.length ?? 0);
  }
  const diff = new Uint8Array(size);
  // latin1 writes each one-byte char as its byte, natively.
  const buf = Buffer.from(diff.buffer, diff.byteOffset, diff.length);
  let o = putUvarint(diff, 0, writeSet.length);
  for (let i = 0; i < writeSet.length; i++) {
    const k = writeSet[i]![0];
    const p = prior[i];
    o = putUvarint(diff, o, k.length);
    o += buf.write(k, o, 'latin1');
    o = putUvarint(diff, o, p === undefined ? 0 : p.length + 1);
    if (p !== undefined) o += buf.write(p, o, 'latin1');
  }
  const record: VersionRecord = { time, roots: Object.fromEntries(roots.map((r) => [r.name, r.root])) };
  return { diff, version: JSON.stringify(record) };
}

/** Reads a diff record: calls `each(key, prior or null)` in order; returns the offset after it. */
export function readDiff(b: Uint8Array, at: number, each: (key: string, prior: Uint8Array | null) => void): number {
  let o = at;
  const uv = (): number => {
    let n = 0;
    let mul = 1;
    for (;;) {
      if (o >= b.length) throw new Error('history diff record: truncated');
      const c = b[o++]!;
      n += (c & 0x7f) * mul;
      if (c < 0x80) return n;
      mul *= 128;
    }
  };
  const count = uv();
  for (let i = 0; i < count; i++) {
    const kl = uv();
    if (o + kl > b.length) throw new Error('history diff record: truncated');
    const key = toBinaryString(b.subarray(o, o + kl));
    o += kl;
    const n = uv();
    if (n === 0) each(key, null);
    else {
      if (o + n - 1 > b.length) throw new Error('history diff record: truncated');
      each(key, b.slice(o, o + n - 1));
      o += n - 1;
    }
  }
  return o;
}

export function historyTransfers(h: HistoryWrite | undefined): ArrayBuffer[] {
  return h ? [h.diff.buffer as ArrayBuffer] : [];
}

export function heightKey(prefix: number, height: number): Uint8Array {
  const k = new Uint8Array(9);
  k[0] = prefix;
  new DataView(k.buffer).setBigUint64(1, BigInt(height));
  return k;
}

/** The block's two history records, into its batch. */
export function putHistory(batch: { put(k: Uint8Array, v: Uint8Array): unknown }, height: number, h: HistoryWrite): void {
  batch.put(heightKey(HISTORY_DIFF_PREFIX, height), h.diff);
  batch.put(heightKey(HISTORY_VERSION_PREFIX, height), utf8(h.version));
}
