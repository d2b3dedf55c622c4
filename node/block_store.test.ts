import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBinaryString, utf8 } from '../chain/codec/bytes.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import { BlockStore } from './block_store.js';
import { resultsWrite } from './block_write.js';
import { resultsKey } from './db_layout.js';
import { decodeResultsRecord, RESULTS_RECORD_V1 } from './results_layout.js';
import { StoreDb } from './store_db.js';

function block(height: number, txs: string[]): StoredBlock {
  const header = { chain_id: 'db-test', height, time: `2026-01-01T00:00:0${height}Z`, last_block_hash: '', last_commit_hash: '', data_hash: '', validators_hash: '', next_validators_hash: '', consensus_hash: '', app_hash: `AA${height}`, last_results_hash: '', evidence_hash: '', proposer_address: 'P' };
  return { hash: `H${height}`, header, txs, last_commit: null };
}

function results(height: number, senders: string[]): StoredResults {
  const commit = { height, block_hash: `H${height}`, validator_address: 'P', timestamp: '', signature: '' };
  const txs_results = senders.map((s) => ({ code: 0, codespace: '', log: '', data: '', gas_wanted: 1, gas_used: 1, events: [{ type: 'message', attributes: [{ key: 'sender', value: s, index: true }, { key: 'note', value: 'x', index: false }] }] }));
  return { height, app_hash: `AA${height}`, results_hash: '', store_roots: [], txs_results, finalize_block_events: [], commit };
}

const meta = (height: number): Meta => ({ chainId: 'db-test', height, appHash: `AA${height}`, time: '', blockHash: `H${height}` });
const hash = (n: number) => new Uint8Array(32).fill(n);

/** Two blocks: alice sends at (1,0), (2,0), (2,1); bob at (1,1). */
async function writeTwoBlocks(db: { commitBlock: BlockStore['commitBlock'] }): Promise<void> {
  await db.commitBlock(block(1, ['dHgx', 'dHgy']), resultsWrite(results(1, ['alice', 'bob'])), [[toBinaryString(utf8('\u0002k1')), utf8('v1')]], [hash(1), hash(2)], meta(1));
  await db.commitBlock(block(2, ['dHgz', 'dHgw']), resultsWrite(results(2, ['alice', 'alice'])), [[toBinaryString(utf8('\u0002k1')), null], [toBinaryString(utf8('\u0002k2')), utf8('v2')]], [hash(3), hash(4)], meta(2));
}

async function allEntries(path: string): Promise<string[]> {
  const db = new StoreDb(path);
  await db.open();
  const out: string[] = [];
  for await (const [k, v] of db.db.iterator()) out.push(`${Buffer.from(k).toString('hex')}=${Buffer.from(v).toString('hex')}`);
  await db.close();
  return out;
}

test('[node/block-store]: the store on the database thread writes exactly what it writes in this thread, and answers reads, tx locations and event hits', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-dbthread-'));
  try {
    const localDb = new StoreDb(join(dir, 'local'));
    await localDb.open();
    const local = BlockStore.inThread(localDb);
    await writeTwoBlocks(local);
    t.deepEqual((await local.getBlock(2))?.txs, ['dHgz', 'dHgw']);
    await local.close();

    const remote = await BlockStore.open(join(dir, 'remote'));
    await writeTwoBlocks(remote);
    t.deepEqual((await remote.getBlock(2))?.txs, ['dHgz', 'dHgw']);
    await remote.close();
    const entries = await allEntries(join(dir, 'remote'));
    t.deepEqual(entries, await allEntries(join(dir, 'local')));
    t.true(entries.length > 10);
    // The stored results are the binary record (results_layout.ts) of exactly the StoredResults.
    const raw = new StoreDb(join(dir, 'remote'));
    await raw.open();
    const stored2 = (await raw.db.get(resultsKey(2)))!;
    t.is(stored2[0], RESULTS_RECORD_V1);
    t.is(JSON.stringify(decodeResultsRecord(stored2)), JSON.stringify(results(2, ['alice', 'alice'])));
    t.is(JSON.stringify(decodeResultsRecord((await raw.db.get(resultsKey(1)))!)), JSON.stringify(results(1, ['alice', 'bob'])));
    await raw.close();

    // A fresh thread reads from disk (no cache from the writes).
    const again = await BlockStore.open(join(dir, 'remote'));
    t.deepEqual(await again.getBlock(1), block(1, ['dHgx', 'dHgy']));
    t.deepEqual(await again.getResults(2), results(2, ['alice', 'alice']));
    t.is(await again.getBlock(3), undefined);
    t.deepEqual(await again.replayBlock(2), {
      time: '2026-01-01T00:00:02Z',
      headerAppHash: 'AA2',
      txs: [utf8('tx3'), utf8('tx0')],
      appHash: 'AA2',
      resultsHash: '',
      storeRoots: [],
      codes: [0, 0],
      gasUsed: [1, 1],
    });
    t.is(await again.replayBlock(3), undefined);
    t.deepEqual(await again.getResults(1), results(1, ['alice', 'bob']));
    t.deepEqual((await again.replayBlock(1))?.codes, [0, 0]);
    t.deepEqual(await again.getTxLocation(hash(4)), { height: 2, index: 1 });
    t.is(await again.getTxLocation(hash(9)), undefined);
    const hits = async (v: string, limit?: number) => {
      const out = [];
      for await (const l of again.eventHits('message.sender', v, limit)) out.push(l);
      return out;
    };
    t.deepEqual(await hits('alice'), [{ height: 1, index: 0 }, { height: 2, index: 0 }, { height: 2, index: 1 }]);
    t.deepEqual(await hits('alice', 2), [{ height: 1, index: 0 }, { height: 2, index: 0 }]);
    t.deepEqual(await hits('bob'), [{ height: 1, index: 1 }]);
    t.deepEqual(await hits('carol'), []);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[node/block-store]: a database another handle holds fails to open with LevelDB\'s error; calls after close fail clearly', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-dbthread-'));
  try {
    const holder = new StoreDb(dir);
    await holder.open();
    const e = await t.throwsAsync(BlockStore.open(dir));
    t.regex(e!.message, /^database: cannot open the database at .*: Database failed to open \[LEVEL_DATABASE_NOT_OPEN\]: .*lock.* \(is another marketchaind using this home\? stop it first\)$/s);
    const same = await t.throwsAsync(new StoreDb(dir).open());
    t.is(same!.message, e!.message.slice('database: '.length));
    await holder.close();

    const db = await BlockStore.open(dir);
    await db.close();
    const after = await t.throwsAsync(db.getTxLocation(hash(1)));
    t.regex(after!.message, /^database thread exited/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[node/block-store]: malformed requests to the database thread are refused one by one; the thread stays up and answers the next read', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-dbthread-'));
  try {
    const db = await BlockStore.open(dir);
    await writeTwoBlocks(db);
    const transport = (db as unknown as { transport: { request(op: unknown): Promise<unknown>; worker: import('node:worker_threads').Worker } }).transport;
    const call = (op: unknown) => transport.request(op);
    const worker = transport.worker;
    // Messages without a request id cannot be answered; they must not end the thread either.
    worker.postMessage(null);
    worker.postMessage('garbage');
    worker.postMessage({ op: 'block', height: 1 });
    const cases: [unknown, RegExp][] = [
      [{ op: 'nope' }, /^database: malformed request: unknown request "nope"$/],
      [{ op: 'block', height: 'x' }, /^database: malformed request: height must be a non-negative integer, got x$/],
      [{ op: 'results', height: -1 }, /^database: malformed request: height must be a non-negative integer, got -1$/],
      [{ op: 'replayBlock', height: 1.5 }, /^database: malformed request: height must be a non-negative integer, got 1.5$/],
      [{ op: 'use', module: 5 }, /^database: malformed request: module must be a URL string$/],
      [{ op: 'use', module: 'file:///nonexistent/extension.js' }, /^database: Cannot find module/],
      [{ op: 'call', procedure: 'rpc.block', args: 1 }, /^database: malformed request: call needs a procedure name and a list of arguments$/],
      [{ op: 'call', procedure: 'rpc.block', args: [1] }, /^database: no store procedure "rpc.block" \(its extension is not loaded\)$/],
      [{ op: 'txLocation', hash: 'AA' }, /^database: malformed request: hash must be a byte array$/],
      [{ op: 'eventHits', compositeKey: 5, value: 'x', limit: 1 }, /^database: malformed request: compositeKey and value must be strings$/],
      [{ op: 'searchTxs', conds: 'x', latest: 1, budget: 10 }, /^database: malformed request: conds must be a list of conditions$/],
      [{ op: 'searchTxs', conds: [], latest: 1, budget: -1 }, /^database: malformed request: latest and budget must be non-negative integers$/],
      [{ op: 'write', write: null }, /^database: malformed request: write must be a block write$/],
      [{ op: 'write', write: { height: 3 } }, /^database: /],
      [{ op: 'block', height: 1, extra: () => 1 }, /^database: request not sent: .*could not be cloned/],
    ];
    for (const [op, want] of cases) {
      const e = await t.throwsAsync(call(op));
      t.regex(e!.message, want, JSON.stringify(op));
    }
    t.is((await db.getTxLocation(hash(3)))?.height, 2, 'the thread still answers');
    t.is((await db.getBlock(2))?.hash, 'H2');
    const hits = [];
    for await (const h of db.eventHits('message.sender', 'bob')) hits.push(h);
    t.deepEqual(hits, [{ height: 1, index: 1 }]);
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
