// Blocks found by hash and by finalize-block events beside the records: the hashes of blocks written
// since the lookups were loaded are remembered, older ones are found by reading records newest first
// within the budget; block_search reads each height's results within the block.height bounds.
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBinaryString, utf8 } from '../../chain/codec/bytes.js';
import type { StoredBlock, StoredResults } from '../block_types.js';
import { BlockStore } from '../block_store.js';
import { resultsWrite } from '../block_write.js';
import { parseQuery } from './tx_search.js';
import { attachBlockLookup, blockSearchHeights, heightOfHash } from './block_lookup.js';

const hashOf = (h: number) => h.toString(16).toUpperCase().padStart(64, 'A');

function block(height: number): StoredBlock {
  const header = { chain_id: 'lookup-test', height, time: '2026-01-01T00:00:00Z', last_block_hash: '', last_commit_hash: '', data_hash: '', validators_hash: '', next_validators_hash: '', consensus_hash: '', app_hash: '', last_results_hash: '', evidence_hash: '', proposer_address: 'P' };
  return { hash: hashOf(height), header, txs: [], last_commit: null };
}

function results(height: number): StoredResults {
  const commit = { height, block_hash: hashOf(height), validator_address: 'P', timestamp: '', signature: '' };
  const finalize_block_events = [{ type: 'mint', attributes: [{ key: 'round', value: String(height % 3), index: true }, { key: 'hidden', value: 'x', index: false }] }];
  return { height, app_hash: '', results_hash: '', store_roots: [], txs_results: [], finalize_block_events, commit };
}

async function write(store: BlockStore, from: number, to: number): Promise<void> {
  for (let h = from; h <= to; h++) {
    await store.commitBlock(block(h), resultsWrite(results(h)), [[toBinaryString(utf8('\u0002k')), utf8(String(h))]], [], { chainId: 'lookup-test', height: h, appHash: '', time: '', blockHash: hashOf(h) });
  }
}

test('[rpc/block-lookup]: a hash is found among the remembered newest blocks at no cost, an older one by reading records newest first within the budget', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-lookup-'));
  const store = await BlockStore.open(dir);
  try {
    await write(store, 1, 20); // before the lookups are loaded: found only by reading
    await attachBlockLookup(store);
    await write(store, 21, 30);
    const call = (hash: string, latest: number, budget: number) => store.call('rpc.heightOfHash', [hash, latest, budget]);
    t.deepEqual(await call(hashOf(25), 30, 100), { height: 25, cost: 0 });
    t.deepEqual(await call(hashOf(5), 30, 100), { height: 5, cost: 26 });
    t.deepEqual(await call(hashOf(5), 30, 10), { height: undefined, cost: 10 }, 'beyond the budget: not found');
    t.deepEqual(await call(hashOf(99), 30, 100), { height: undefined, cost: 30 });
    t.deepEqual(await call(hashOf(25), 22, 100), { height: undefined, cost: 22 }, 'a block above latest is not served');
    t.is(await heightOfHash(store, hashOf(7), 30, 100), 7);
    await t.throwsAsync(call('abc', 30, 10), { message: /heightOfHash\(hash hex, latest, budget\)/ });

    const search = (q: string, latest = 30, budget = 100) => blockSearchHeights(store, parseQuery(q), latest, budget);
    t.deepEqual(await search("mint.round='0' AND block.height<=12"), { heights: [3, 6, 9, 12], cost: 12 });
    t.deepEqual(await search("mint.round='1' AND block.height>25"), { heights: [28], cost: 5 });
    t.deepEqual(await search("mint.hidden='x'"), { heights: [], cost: 30 }, 'unindexed attributes are not searchable (as CometBFT\'s indexer)');
    t.deepEqual(await search("mint.round='0'", 30, 10), { cost: 11 }, 'over the budget: no answer');
    await t.throwsAsync(store.call('rpc.blockSearch', ['x', 30, 10]), { message: /blockSearch\(conditions, latest, budget\)/ });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
