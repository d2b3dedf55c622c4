// The block_results JSON made from a block's packed results is, byte for byte, JSON.stringify of
// formatBlockResults (rpc/format.ts) of the same results.
import test from 'ava';
import fc from 'fast-check';
import { blockResultsJson as blockResultsBytes } from './results_json.js';
import { formatBlockResults } from './rpc/format.js';
import { packTxResults } from './results_wire.js';
import type { StoredResults } from './block_types.js';

const blockResultsJson = (...a: Parameters<typeof blockResultsBytes>) => Buffer.from(blockResultsBytes(...a)).toString('utf8');
import { headOf, storedResults } from '../test/helpers/results_arb.js';

test('[results-json]: block_results from packed results equals JSON.stringify(formatBlockResults)', (t) => {
  fc.assert(
    fc.property(storedResults, (r) => blockResultsJson(headOf(r), structuredClone(packTxResults(r.txs_results))) === JSON.stringify(formatBlockResults(r))),
    { numRuns: 500 },
  );
  t.pass();
});

test('[results-json]: empty data is null, gas is a string, unindexed attributes say false', (t) => {
  const r: StoredResults = {
    height: 12,
    app_hash: 'AB'.repeat(32),
    results_hash: 'CD'.repeat(32),
    store_roots: [{ name: 'bank', root: 'EF'.repeat(32) }],
    txs_results: [
      { code: 0, codespace: '', log: '', data: 'CgI=', gas_wanted: 200000, gas_used: 61234, events: [{ type: 'transfer', attributes: [{ key: 'amount', value: '10umkt', index: true }, { key: 'memo', value: 'x"y', index: false }] }] },
      { code: 5, codespace: 'sdk', log: 'insufficient funds', data: '', gas_wanted: 200000, gas_used: 40000, events: [] },
    ],
    finalize_block_events: [],
    commit: { height: 12, block_hash: '01', validator_address: '02', timestamp: '2026-01-01T00:00:00Z', signature: 'AA==' },
  };
  const json = blockResultsJson(headOf(r), packTxResults(r.txs_results));
  t.is(json, JSON.stringify(formatBlockResults(r)));
  t.true(json.includes('"data":null,"log":"insufficient funds","info":"","gas_wanted":"200000","gas_used":"40000","events":[],"codespace":"sdk"'));
  t.true(json.includes('{"key":"memo","value":"x\\"y","index":false}'));
  t.is(blockResultsJson(headOf({ ...r, txs_results: [] }), packTxResults([])), JSON.stringify(formatBlockResults({ ...r, txs_results: [] })));
});
