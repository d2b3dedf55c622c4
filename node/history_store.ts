// The state's history in LevelDB (written with each block by history_write.ts): reading reverse diffs
// and version records, pruning what fell out of the kept window. A store extension (store_host.ts):
// on the database thread its procedures run beside the records; without that thread (ABCI mode,
// start-up) the same functions take the StoreDb directly (historyOnDb).
import type { StoreExtension } from './store_host.js';
import type { BlockStore } from './block_store.js';
import type { StoreDb } from './store_db.js';
import { fromUtf8, u64BE } from '../chain/codec/bytes.js';
import { HISTORY_DIFF_PREFIX, HISTORY_FLOOR_KEY, HISTORY_VERSION_PREFIX } from './db_layout.js';
import { heightKey, type VersionRecord } from './history_write.js';

/** Diff records (history_write.ts) of consecutive heights, concatenated. */
export interface DiffChunk {
  data: Uint8Array;
  /** Set when `maxBytes` stopped the read: the height to read on from. */
  next?: number;
}

/** What the node's history needs of the database, wherever it runs. */
export interface HistoryDb {
  /** The diff records of heights from..to (inclusive), ascending, about `maxBytes` at most (always one record). */
  diffs(from: number, to: number, maxBytes: number): Promise<DiffChunk>;
  version(height: number): Promise<VersionRecord | undefined>;
  floor(): Promise<number | undefined>;
  /** Records `floor` as the oldest kept version and deletes the history below it. */
  prune(floor: number): Promise<void>;
}

async function diffs(db: StoreDb, from: number, to: number, maxBytes: number): Promise<DiffChunk> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const [k, v] of db.db.iterator({ gte: heightKey(HISTORY_DIFF_PREFIX, from), lt: heightKey(HISTORY_DIFF_PREFIX, to + 1) })) {
    if (parts.length > 0 && size + v.length > maxBytes) return { data: Buffer.concat(parts), next: Number(new DataView(k.buffer, k.byteOffset, 9).getBigUint64(1)) };
    parts.push(v);
    size += v.length;
  }
  return { data: new Uint8Array(Buffer.concat(parts)) };
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

/**
 * Where no floor is recorded: at genesis (height 0) history starts at version 1; a database from before
 * history was kept has no record of its last version, so its history starts with the next block.
 */
export async function ensureHistoryFloor(db: StoreDb, height: number): Promise<void> {
  if ((await floor(db)) === undefined) await db.db.put(HISTORY_FLOOR_KEY, u64BE(height + 1));
}

/**
 * A state restored from a snapshot at `height` has no history records: its history starts with the next
 * block, as a database opened before history existed. Written before the restored state, so a crash in
 * between leaves an empty app whose floor only refuses more.
 */
export async function restartHistoryAt(db: StoreDb, height: number): Promise<void> {
  await db.db.put(HISTORY_FLOOR_KEY, u64BE(height + 1));
}

const isUint = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

export function storeExtension(): StoreExtension {
  return {
    procedures: {
      historyDiffs: (db, from, to, maxBytes) => {
        if (!isUint(from) || !isUint(to) || !isUint(maxBytes)) throw new Error('historyDiffs(from, to, maxBytes): bad arguments');
        return diffs(db, from, to, maxBytes);
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
    transfers: (procedure, value) => (procedure === 'historyDiffs' ? [(value as DiffChunk).data.buffer as ArrayBuffer] : []),
  };
}

export function historyOnDb(db: StoreDb): HistoryDb {
  return {
    diffs: (from, to, maxBytes) => diffs(db, from, to, maxBytes),
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
    diffs: (from, to, maxBytes) => call('historyDiffs', [from, to, maxBytes]),
    version: (h) => call('historyVersion', [h]),
    floor: () => call('historyFloor', []),
    prune: (f) => call('historyPrune', [f]),
  };
}
