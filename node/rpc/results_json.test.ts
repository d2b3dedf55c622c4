// The RPC JSON made from packed results (block_results, and one tx's result for tx/tx_search) is, byte for
// byte, CometBFT's shape of the same results: `reference` below spells that shape out from the objects.
import test from 'ava';
import fc from 'fast-check';
import { blockResultsJson as blockResultsBytes, txResultOf } from './results_json.js';
import { packTxResults } from '../results_layout.js';
import type { StoredResults, StoredTxResult } from '../block_types.js';
import { toBase64 } from '../../chain/codec/bytes.js';
import { headOf, storedResults } from '../../test/helpers/results_arb.js';

const blockResultsJson = (...a: Parameters<typeof blockResultsBytes>) => Buffer.from(blockResultsBytes(...a)).toString('utf8');

/** ExecTxResult as gogo jsonpb with EmitDefaults: int64 as strings, code as a number, empty data null. */
const execTxResult = (r: StoredTxResult) => ({
  code: r.code,
  data: r.data || null,
  log: r.log,
  info: '',
  gas_wanted: String(r.gas_wanted),
  gas_used: String(r.gas_used),
  events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) })),
  codespace: r.codespace,
});

const formatBlockResults = (r: StoredResults) => ({
  height: String(r.height),
  txs_results: r.txs_results.map(execTxResult),
  finalize_block_events: r.finalize_block_events,
  validator_updates: [],
  consensus_param_updates: null,
  app_hash: toBase64(Buffer.from(r.app_hash, 'hex')),
});

test('[results-json]: block_results from packed results equals CometBFT\'s JSON of the results', (t) => {
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

test('[results-json]: one tx\'s result from packed results equals CometBFT\'s JSON of it; none beyond the block', (t) => {
  fc.assert(
    fc.property(storedResults, (r) => {
      const packed = packTxResults(r.txs_results);
      return r.txs_results.every((x, i) => JSON.stringify(txResultOf(packed, i)) === JSON.stringify(execTxResult(x))) && txResultOf(packed, r.txs_results.length) === undefined;
    }),
    { numRuns: 300 },
  );
  t.pass();
});
