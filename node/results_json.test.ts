// One pass over a block's results gives, byte for byte, the stored record and the RPC block_results.
import test from 'ava';
import fc from 'fast-check';
import { resultsJson } from './results_json.js';
import { formatBlockResults } from './rpc/format.js';
import { packTxResults, unpackTxResults } from './results_wire.js';
import type { StoredResults } from './block_types.js';

const text = fc.oneof(fc.constantFrom('', 'transfer', 'amount', '2000umkt', 'mkt1qqq', '"\\\u0000'), fc.string({ unit: 'binary', maxLength: 12 }));
const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex').toUpperCase());
const event = fc.record({ type: text, attributes: fc.array(fc.record({ key: text, value: text, index: fc.boolean() }), { maxLength: 5 }) });
const gas = fc.oneof(fc.nat(200_000), fc.constant(Number.MAX_SAFE_INTEGER));
const results: fc.Arbitrary<StoredResults> = fc.record({
  height: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  app_hash: hex,
  results_hash: hex,
  store_roots: fc.array(fc.record({ name: text, root: hex }), { maxLength: 3 }),
  txs_results: fc.array(
    fc.record({ code: fc.nat(50), codespace: text, log: text, data: fc.oneof(fc.constant(''), fc.base64String()), gas_wanted: gas, gas_used: gas, events: fc.array(event, { maxLength: 6 }) }),
    { maxLength: 20 },
  ),
  finalize_block_events: fc.array(event, { maxLength: 3 }),
  commit: fc.record({ height: fc.nat(), block_hash: hex, validator_address: hex, timestamp: text, signature: fc.base64String() }),
});

test('[results-json]: the stored record and block_results equal JSON.stringify of the results and of formatBlockResults', (t) => {
  fc.assert(
    fc.property(results, (r) => {
      const j = resultsJson(r);
      return j.stored === JSON.stringify(r) && j.rpc === JSON.stringify(formatBlockResults(r));
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('[results-json]: results that crossed to the database thread packed give the same two documents', (t) => {
  const r: StoredResults = {
    height: 12,
    app_hash: 'AB'.repeat(32),
    results_hash: 'CD'.repeat(32),
    store_roots: [{ name: 'bank', root: 'EF'.repeat(32) }],
    txs_results: [
      { code: 0, codespace: '', log: '', data: 'CgI=', gas_wanted: 200000, gas_used: 61234, events: [{ type: 'transfer', attributes: [{ key: 'amount', value: '10umkt', index: true }] }] },
      { code: 5, codespace: 'sdk', log: 'insufficient funds', data: '', gas_wanted: 200000, gas_used: 40000, events: [] },
    ],
    finalize_block_events: [],
    commit: { height: 12, block_hash: '01', validator_address: '02', timestamp: '2026-01-01T00:00:00Z', signature: 'AA==' },
  };
  const back = { ...r, txs_results: unpackTxResults(structuredClone(packTxResults(r.txs_results))) };
  t.deepEqual(resultsJson(back), { stored: JSON.stringify(r), rpc: JSON.stringify(formatBlockResults(r)) });
  t.true(resultsJson(r).rpc.includes('"data":null,"log":"insufficient funds","info":"","gas_wanted":"200000"'));
});
