// fast-check arbitraries for a block's stored results (node/results_*.test.ts): strings that need
// escaping, empty keys, huge gas, unindexed attributes.
import fc from 'fast-check';
import type { StoredResults, StoredTxResult } from '../../node/block_types.js';

export const text = fc.oneof(fc.constantFrom('', 'transfer', 'amount', '2000umkt', 'mkt1qqq', 'a.b', 'b.c', 'a', 'c', '"\\\u0000', 'ü€😀'), fc.string({ unit: 'binary', maxLength: 12 }));
const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex').toUpperCase());
export const event = fc.record({ type: text, attributes: fc.array(fc.record({ key: text, value: text, index: fc.boolean() }), { maxLength: 5 }) });
const gas = fc.oneof(fc.nat(200_000), fc.constant(Number.MAX_SAFE_INTEGER));

export const txResult: fc.Arbitrary<StoredTxResult> = fc.record({
  code: fc.nat(50),
  codespace: text,
  log: text,
  data: fc.oneof(fc.constant(''), fc.base64String(), text),
  gas_wanted: gas,
  gas_used: gas,
  events: fc.array(event, { maxLength: 6 }),
});

export const storedResults: fc.Arbitrary<StoredResults> = fc.record({
  height: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  app_hash: hex,
  results_hash: hex,
  store_roots: fc.array(fc.record({ name: text, root: hex }), { maxLength: 3 }),
  txs_results: fc.array(txResult, { maxLength: 20 }),
  finalize_block_events: fc.array(event, { maxLength: 3 }),
  commit: fc.record({ height: fc.nat(), block_hash: hex, validator_address: hex, timestamp: text, signature: fc.base64String() }),
});

/** The head of a results record: every field but txs_results, in StoredResults order. */
export function headOf(r: StoredResults): Omit<StoredResults, 'txs_results'> {
  return { height: r.height, app_hash: r.app_hash, results_hash: r.results_hash, store_roots: r.store_roots, finalize_block_events: r.finalize_block_events, commit: r.commit };
}
