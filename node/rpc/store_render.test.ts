// Rendering beside the records: with the renderer loaded into a block store (on the database thread, or
// in this thread), `block`, `block_results` (the newest as rendered at its write, older ones from disk)
// and the txs of `tx`/`tx_search` are the JSON of the stored block and results.
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBase64, toBinaryString, toHexUpper, utf8 } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import type { Meta, StoredBlock, StoredResults } from '../block_types.js';
import { BlockStore } from '../block_store.js';
import { resultsWrite } from '../block_write.js';
import { StoreDb } from '../store_db.js';
import { LOC_SCALE } from '../tx_index_search.js';
import { formatBlock } from './format.js';
import { attachRenderer, blockJson, blockResultsAt, txsAt } from './store_render.js';

const tx = (s: string) => toBase64(utf8(s));

function block(height: number, txs: string[]): StoredBlock {
  const header = { chain_id: 'render-test', height, time: `2026-01-01T00:00:0${height}Z`, last_block_hash: '', last_commit_hash: '', data_hash: '', validators_hash: '', next_validators_hash: '', consensus_hash: '', app_hash: `AA0${height}`, last_results_hash: '', evidence_hash: '', proposer_address: 'P' };
  return { hash: `0${height}`, header, txs, last_commit: null };
}

function results(height: number, codes: number[]): StoredResults {
  const commit = { height, block_hash: `0${height}`, validator_address: 'P', timestamp: '', signature: '' };
  const txs_results = codes.map((code, i) => ({ code, codespace: code ? 'sdk' : '', log: code ? 'failed' : '', data: code ? '' : 'CgI=', gas_wanted: 10 + i, gas_used: 5 + i, events: [{ type: 'message', attributes: [{ key: 'sender', value: `s${i}`, index: true }] }] }));
  return { height, app_hash: `BB0${height}`, results_hash: '', store_roots: [], txs_results, finalize_block_events: [{ type: 'mint', attributes: [] }], commit };
}

const meta = (height: number): Meta => ({ chainId: 'render-test', height, appHash: `BB0${height}`, time: '', blockHash: `0${height}` });

/** What the RPC answers for these results: CometBFT's JSON, written out. */
function expectedResults(r: StoredResults) {
  return {
    height: String(r.height),
    txs_results: r.txs_results.map((x) => ({ code: x.code, data: x.data || null, log: x.log, info: '', gas_wanted: String(x.gas_wanted), gas_used: String(x.gas_used), events: x.events, codespace: x.codespace })),
    finalize_block_events: r.finalize_block_events,
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: Buffer.from(r.app_hash, 'hex').toString('base64'),
  };
}

const json = (b: Uint8Array | undefined) => (b === undefined ? undefined : JSON.parse(Buffer.from(b).toString('utf8')));

async function check(t: import('ava').ExecutionContext, store: BlockStore): Promise<void> {
  await attachRenderer(store);
  const blocks = [block(1, [tx('a'), tx('b')]), block(2, [tx('c')])];
  const res = [results(1, [0, 5]), results(2, [0])];
  for (const i of [0, 1]) await store.commitBlock(blocks[i]!, resultsWrite(res[i]!), [[toBinaryString(utf8('\u0002k')), utf8('v')]], blocks[i]!.txs.map((x) => sha256(Buffer.from(x, 'base64'))), meta(i + 1));
  t.deepEqual(Buffer.from((await blockJson(store, 1))!), Buffer.from(JSON.stringify(formatBlock(blocks[0]!))));
  t.is(await blockJson(store, 3), undefined);
  t.deepEqual(json(await blockResultsAt(store, 2)), expectedResults(res[1]!), 'the newest, rendered at its write');
  t.deepEqual(json(await blockResultsAt(store, 1)), expectedResults(res[0]!), 'an older one, from its record');
  t.is(await blockResultsAt(store, 3), undefined);
  const txs = json(await txsAt(store, Float64Array.of(2 * LOC_SCALE, 1 * LOC_SCALE + 1)));
  t.deepEqual(txs, [
    { hash: toHexUpper(sha256(utf8('c'))), height: '2', index: 0, tx_result: expectedResults(res[1]!).txs_results[0], tx: tx('c') },
    { hash: toHexUpper(sha256(utf8('b'))), height: '1', index: 1, tx_result: expectedResults(res[0]!).txs_results[1], tx: tx('b') },
  ]);
  await t.throwsAsync(txsAt(store, Float64Array.of(1 * LOC_SCALE + 7)), { message: /tx 7 of block 1 is indexed but not stored/ });
  await t.throwsAsync(store.call('rpc.block', ['1']), { message: 'database: height must be a non-negative integer, got 1' });
  await t.throwsAsync(store.call('rpc.block_results', [-1]), { message: 'database: height must be a non-negative integer, got -1' });
  await t.throwsAsync(store.call('rpc.txs', [[1]]), { message: 'database: locations must be a Float64Array' });
  t.deepEqual(json(await blockResultsAt(store, 2)), expectedResults(res[1]!), 'the store still answers');
}

test('[rpc/store-render]: on the database thread, block, block_results and txs are rendered from the stored records', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-render-'));
  const store = await BlockStore.open(dir);
  try {
    await check(t, store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[rpc/store-render]: a store in this thread renders the same', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-render-'));
  const db = new StoreDb(dir);
  await db.open();
  const store = BlockStore.inThread(db);
  try {
    await check(t, store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
