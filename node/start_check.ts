// Start-up check of the block store: the last block and its results agree with the metadata, the
// block before it links to it, and no block or results record is missing below the last height.
// A node that started over a gap would build on a chain it can no longer serve or replay.
import { readU64BE } from '../chain/codec/bytes.js';
import type { Meta, StoredResults } from './block_types.js';
import { blockKey, resultsKey } from './db_layout.js';
import { describeDbError, type StoreDb } from './store_db.js';

const DAMAGED = 'the data directory is damaged';

/**
 * Checks the block store against `meta` and returns the last block's results (undefined at height 0).
 * Reads the last two blocks and their results, and the keys (not the values) of the block and
 * results ranges: the time grows with the number of blocks, not with their size.
 */
export async function checkBlockStore(db: StoreDb, meta: Meta): Promise<StoredResults | undefined> {
  const last = meta.height;
  if (last === 0) return undefined;
  const block = await readRecord(db, last, 'block', () => db.getBlock(last));
  if (!block) throw new Error(`the database has no block ${last} (its last height); ${DAMAGED}`);
  const results = await readRecord(db, last, 'results', () => db.getResults(last));
  // The next header commits to this block's signature and results: without them the chain cannot go on.
  if (!results) throw new Error(`the database has no results for its last block ${last}; ${DAMAGED}`);
  const mismatch = (what: string, stored: unknown, expected: unknown) =>
    new Error(`block ${last} in the database does not match the last committed block: its ${what} is ${JSON.stringify(stored)}, the metadata says ${JSON.stringify(expected)}; ${DAMAGED}`);
  if (block.header.height !== last) throw mismatch('height', block.header.height, last);
  if (block.hash !== meta.blockHash) throw mismatch('hash', block.hash, meta.blockHash);
  if (block.header.time !== meta.time) throw mismatch('time', block.header.time, meta.time);
  if (results.app_hash !== meta.appHash) throw mismatch('results app hash', results.app_hash, meta.appHash);
  if (results.commit.block_hash !== block.hash) throw mismatch('commit signature block hash', results.commit.block_hash, block.hash);
  if (last > 1) {
    const prev = await readRecord(db, last - 1, 'block', () => db.getBlock(last - 1));
    const prevResults = await readRecord(db, last - 1, 'results', () => db.getResults(last - 1));
    if (!prev) throw new Error(`the database has no block ${last - 1} (last height ${last}); ${DAMAGED}`);
    if (!prevResults) throw new Error(`the database has no results for block ${last - 1} (last height ${last}); ${DAMAGED}`);
    if (block.header.last_block_hash !== prev.hash) throw mismatch('previous block hash', block.header.last_block_hash, prev.hash);
    if (block.header.app_hash !== prevResults.app_hash) throw mismatch('header app hash (the state after the previous block)', block.header.app_hash, prevResults.app_hash);
  }
  const noBlock = await firstMissingHeight(db, blockKey, last);
  if (noBlock !== undefined) throw new Error(`the database has no block ${noBlock} (last height ${last}); ${DAMAGED}`);
  const noResults = await firstMissingHeight(db, resultsKey, last);
  if (noResults !== undefined) throw new Error(`the database has no results for block ${noResults} (last height ${last}); ${DAMAGED}`);
  return results;
}

/** A record read, with an unreadable one (garbage bytes) named by height instead of a parse error alone. */
async function readRecord<T>(db: StoreDb, height: number, what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw new Error(`the ${what} record of block ${height} in the database is unreadable (${(e as Error).message}); ${DAMAGED}`);
  }
}

/** The lowest height in 1..last without a key `keyOf(height)`, by a scan of the keys alone. */
async function firstMissingHeight(db: StoreDb, keyOf: (height: number) => Uint8Array, last: number): Promise<number | undefined> {
  let expected = 1;
  for await (const k of db.db.keys({ gte: keyOf(1), lte: keyOf(last) })) {
    const h = k.length === 9 ? Number(readU64BE(k, 1)) : NaN;
    if (h !== expected) return expected;
    expected++;
  }
  return expected <= last ? expected : undefined;
}

/**
 * An error met while opening or reading the database at start-up, as the message the node exits with:
 * LevelDB's own errors (corruption, I/O) name the path and say the data directory is damaged.
 */
export function startError(path: string, e: unknown): Error {
  const err = e as Error & { code?: string };
  const fromLevel = (typeof err.code === 'string' && err.code.startsWith('LEVEL_')) || /^(Corruption|IO error|Invalid argument|NotFound|Not implemented)\b/.test(err.message ?? '');
  if (!fromLevel || /^cannot open the database/.test(err.message)) return err instanceof Error ? err : new Error(String(e));
  return new Error(`the database at ${path} cannot be read (${describeDbError(err)}); ${DAMAGED}: restore it from a backup`);
}
