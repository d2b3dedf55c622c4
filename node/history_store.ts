// The state's history in LevelDB (written with each block by history_write.ts): reading reverse diffs
// and version records, pruning what fell out of the kept window. A store extension (store_host.ts):
// on the database thread its procedures run beside the records; without that thread (ABCI mode,
// start-up) the same functions take the StoreDb directly (historyOnDb).
import type { StoreExtension } from './store_host.js';
import type { BlockStore } from './block_store.js';
import type { StoreDb } from './store_db.js';
import { fromUtf8, toBinaryString, u64BE } from '../chain/codec/bytes.js';
import { HISTORY_DIFF_PREFIX, HISTORY_FLOOR_KEY, HISTORY_VERSION_PREFIX } from './db_layout.js';
import { heightKey, type VersionRecord } from './history_write.js';

/** Reverse diffs read in key order: store keys (binary strings), prior lengths (-1 = absent), prior values. */
export interface DiffChunk {
  keys: string[];
  lengths: Int32Array;
  values: Uint8Array;
  /** Set when `limit` stopped the read: the last key read, to resume after. */
  resume?: Uint8Array;
}

/** What the node's history needs of the database, wherever it runs. */
export interface HistoryDb {
  /** Diffs of heights from..to (inclusive), ascending by height, at most `limit` entries, after `after`. */
  diffs(from: number, to: number, after: Uint8Array | undefined, limit: number): Promise<DiffChunk>;
  version(height: number): Promise<VersionRecord | undefined>;
  floor(): Promise<number | undefined>;
  /** Records `floor` as the oldest kept version and deletes the history below it. */
  prune(floor: number): Promise<void>;
}

async function diffs(db: StoreDb, from: number, to: number, after: Uint8Array | undefined, limit: number): Promise<DiffChunk> {
  const keys: string[] = [];
  const lengths: number[] = [];
  const parts: Uint8Array[] = [];
  let size = 0;
  let last: Uint8Array | undefined;
  const range = after ? { gt: after } : { gte: heightKey(HISTORY_DIFF_PREFIX, from) };
  for await (const [k, v] of db.db.iterator({ ...range, lt: heightKey(HISTORY_DIFF_PREFIX, to + 1) })) {
    if (keys.length >= limit) return pack(keys, lengths, parts, size, last);
    keys.push(toBinaryString(k.subarray(9)));
    if (v[0] === 0) lengths.push(-1);
    else {
      lengths.push(v.length - 1);
      parts.push(v.subarray(1));
      size += v.length - 1;
    }
    last = k;
  }
  return pack(keys, lengths, parts, size, undefined);
}

function pack(keys: string[], lengths: number[], parts: Uint8Array[], size: number, resume: Uint8Array | undefined): DiffChunk {
  const values = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    values.set(p, o);
    o += p.length;
  }
  return { keys, lengths: Int32Array.from(lengths), values, resume: resume && new Uint8Array(resume) };
}

async function version(db: StoreDb, height: number): Promise<VersionRecord | undefined> {
  const v = await db.db.get(heightKey(HISTORY_VERSION_PREFIX, height));
  return v === undefined ? undefined : (JSON.parse(fromUtf8(v)) as VersionRecord);
}

async function floor(db: StoreDb): Promise<number | undefined> {
  const v = await db.db.get(HISTORY_FLOOR_KEY);
  return v === undefined || v.length !== 8 ? undefined : Number(new DataView(v.buffer, v.byteOffset, 8).getBigUint64(0));
}

/** The diff at height x holds the version x−1: versions ≥ f need the diffs above f and the records from f. */
async function prune(db: StoreDb, f: number): Promise<void> {
  await db.db.put(HISTORY_FLOOR_KEY, u64BE(f));
  await db.db.clear({ gte: Uint8Array.of(HISTORY_DIFF_PREFIX), lt: heightKey(HISTORY_DIFF_PREFIX, f + 1) });
  await db.db.clear({ gte: Uint8Array.of(HISTORY_VERSION_PREFIX), lt: heightKey(HISTORY_VERSION_PREFIX, f) });
}

/** Where no floor is recorded (a database from before history was kept), history starts at its height. */
export async function ensureHistoryFloor(db: StoreDb, height: number): Promise<void> {
  if ((await floor(db)) === undefined) await db.db.put(HISTORY_FLOOR_KEY, u64BE(Math.max(1, height)));
}

const isUint = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

export function storeExtension(): StoreExtension {
  return {
    procedures: {
      historyDiffs: (db, from, to, after, limit) => {
        if (!isUint(from) || !isUint(to) || !isUint(limit) || (after !== undefined && after !== null && !(after instanceof Uint8Array))) throw new Error('historyDiffs(from, to, after?, limit): bad arguments');
        return diffs(db, from, to, (after as Uint8Array | null) ?? undefined, limit);
      },
      historyVersion: (db, h) => {
        if (!isUint(h)) throw new Error('historyVersion(height): bad height');
        return version(db, h);
      },
      historyFloor: (db) => floor(db),
      historyPrune: (db, f) => {
        if (!isUint(f)) throw new Error('historyPrune(floor): bad floor');
        return prune(db, f);
      },
    },
    transfers: (procedure, value) => (procedure === 'historyDiffs' ? [(value as DiffChunk).lengths.buffer as ArrayBuffer, (value as DiffChunk).values.buffer as ArrayBuffer] : []),
  };
}

export function historyOnDb(db: StoreDb): HistoryDb {
  return {
    diffs: (from, to, after, limit) => diffs(db, from, to, after, limit),
    version: (h) => version(db, h),
    floor: () => floor(db),
    prune: (f) => prune(db, f),
  };
}

export function historyOnStore(store: BlockStore): HistoryDb {
  const ready = store.use(import.meta.url);
  const call = async <T>(p: string, args: unknown[]) => {
    await ready;
    return (await store.call(p, args)) as T;
  };
  return {
    diffs: (from, to, after, limit) => call('historyDiffs', [from, to, after ?? null, limit]),
    version: (h) => call('historyVersion', [h]),
    floor: () => call('historyFloor', []),
    prune: (f) => call('historyPrune', [f]),
  };
}
