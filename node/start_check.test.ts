import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../chain/codec/bytes.js';
import type { Meta, StoredBlock } from './block_types.js';
import { blockKey, resultsKey } from './db_layout.js';
import { StoreDb } from './store_db.js';
import { blockWrite, type ResultsWrite } from './block_write.js';
import { packTxResults } from './results_layout.js';
import { checkBlockStore } from './start_check.js';

const hash = (h: number) => h.toString(16).toUpperCase().padStart(64, '0');
const appHash = (h: number) => 'A' + hash(h).slice(1);
const time = (h: number) => `2026-01-01T00:00:0${h}Z`;

function block(h: number): StoredBlock {
  return {
    hash: hash(h),
    header: { chain_id: 'c', height: h, time: time(h), last_block_hash: h > 1 ? hash(h - 1) : '', last_commit_hash: '', data_hash: '', validators_hash: '', next_validators_hash: '', consensus_hash: '', app_hash: appHash(h - 1), last_results_hash: '', evidence_hash: '', proposer_address: 'P' },
    txs: [],
    last_commit: null,
  };
}

function results(h: number): ResultsWrite {
  return { height: h, app_hash: appHash(h), results_hash: '', store_roots: [], txResults: packTxResults([]), finalize_block_events: [], commit: { height: h, block_hash: hash(h), validator_address: 'P', timestamp: time(h), signature: '' } };
}

const meta = (h: number): Meta => ({ chainId: 'c', height: h, appHash: appHash(h), time: time(h), blockHash: hash(h) });

/** A database holding blocks 1-3 and their results, as the node writes them. */
async function chain(t: ExecutionContext): Promise<StoreDb> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-start-check-'));
  const db = new StoreDb(dir);
  await db.open();
  for (const h of [1, 2, 3]) await db.writeBlock(blockWrite(block(h), results(h), [], [], meta(h)));
  t.teardown(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

const damaged = '; the data directory is damaged';

test('[node/start_check]: an intact store passes and gives the last block\'s results; height 0 has nothing to check', async (t) => {
  const db = await chain(t);
  t.like(await checkBlockStore(db, meta(3)), { height: 3, app_hash: appHash(3) });
  t.is(await checkBlockStore(db, { ...meta(0), blockHash: '' }), undefined);
});

test('[node/start_check]: a last block or results that disagree with the metadata, or a broken link to the block before, are refused naming what differs', async (t) => {
  const db = await chain(t);
  const err = (what: string, stored: string, expected: string) => ({ message: `block 3 in the database does not match the last committed block: its ${what} is "${stored}", the metadata says "${expected}"${damaged}` });
  await t.throwsAsync(checkBlockStore(db, { ...meta(3), blockHash: hash(9) }), err('hash', hash(3), hash(9)));
  await t.throwsAsync(checkBlockStore(db, { ...meta(3), time: time(9) }), err('time', time(3), time(9)));
  await t.throwsAsync(checkBlockStore(db, { ...meta(3), appHash: appHash(9) }), err('results app hash', appHash(3), appHash(9)));
  await db.db.put(blockKey(3), utf8(JSON.stringify({ ...block(3), header: { ...block(3).header, last_block_hash: hash(7) } })));
  await t.throwsAsync(checkBlockStore(db, meta(3)), err('previous block hash', hash(7), hash(2)));
  await db.db.put(blockKey(3), utf8(JSON.stringify({ ...block(3), header: { ...block(3).header, app_hash: appHash(7) } })));
  await t.throwsAsync(checkBlockStore(db, meta(3)), err('header app hash (the state after the previous block)', appHash(7), appHash(2)));
});

test('[node/start_check]: a missing or unreadable record at or below the last height is refused naming its height', async (t) => {
  const db = await chain(t);
  const b1 = (await db.db.get(blockKey(1)))!;
  await db.db.del(blockKey(1));
  await t.throwsAsync(checkBlockStore(db, meta(3)), { message: `the database has no block 1 (last height 3)${damaged}` });
  await db.db.put(blockKey(1), b1);
  await db.db.del(resultsKey(1));
  await t.throwsAsync(checkBlockStore(db, meta(3)), { message: `the database has no results for block 1 (last height 3)${damaged}` });
  await db.db.put(blockKey(2), utf8('{garbage'));
  await t.throwsAsync(checkBlockStore(db, meta(3)), { message: /^the block record of block 2 in the database is unreadable \(.+\); the data directory is damaged$/ });
  await db.db.put(resultsKey(3), Uint8Array.of(0xff, 0xff, 0xff));
  await t.throwsAsync(checkBlockStore(db, meta(3)), { message: /^the results record of block 3 in the database is unreadable \(.+\); the data directory is damaged$/ });
  await db.db.del(resultsKey(3));
  await t.throwsAsync(checkBlockStore(db, meta(3)), { message: `the database has no results for its last block 3${damaged}` });
  await db.db.del(blockKey(3));
  await t.throwsAsync(checkBlockStore(db, meta(3)), { message: `the database has no block 3 (its last height)${damaged}` });
});
