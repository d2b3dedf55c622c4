// The packed form of a block's tx results (results_wire.ts) and of its state writes (node_db.ts) unpack
// to the same values: the same JSON, keys in the same order.
import test from 'ava';
import fc from 'fast-check';
import { packTxResults, unpackTxResults } from './results_wire.js';
import { packWriteSet, unpackWriteSet } from './node_db.js';
import type { StoredTxResult } from './block_types.js';
import type { WriteSet } from '../chain/store/commit_store.js';

import { txResult } from '../test/helpers/results_arb.js';

test('[results-wire]: packed tx results unpack to the same JSON', (t) => {
  fc.assert(
    fc.property(fc.array(txResult, { maxLength: 20 }), (txs) => {
      const packed = packTxResults(txs);
      return JSON.stringify(unpackTxResults(structuredClone(packed))) === JSON.stringify(txs);
    }),
  );
  t.deepEqual(unpackTxResults(packTxResults([])), []);
});

test('[results-wire]: each distinct string is sent once', (t) => {
  const ev = (who: string) => ({ type: 'transfer', attributes: [{ key: 'sender', value: who, index: true }, { key: 'amount', value: '1umkt', index: false }] });
  const txs: StoredTxResult[] = [0, 1, 2].map((i) => ({ code: 0, codespace: '', log: '', data: '', gas_wanted: 60_000, gas_used: 32_615 + i, events: [ev('mkt1a'), ev('mkt1b')] }));
  const p = packTxResults(txs);
  t.deepEqual(p.strings, ['', 'transfer', 'sender', 'mkt1a', 'amount', '1umkt', 'mkt1b']);
  t.is(p.nums.length, 3 * (7 + 2 * (2 + 3 * 2)));
  t.deepEqual(unpackTxResults(p), txs);
});

test('[results-wire]: packed state writes unpack to the same keys, values and deletions', (t) => {
  const ws: fc.Arbitrary<WriteSet> = fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.option(fc.uint8Array({ maxLength: 64 }), { nil: null })), { maxLength: 30 });
  fc.assert(
    fc.property(ws, (w) => {
      const back = unpackWriteSet(structuredClone(packWriteSet(w)));
      return back.length === w.length && back.every(([k, v], i) => k === w[i]![0] && (v === null ? w[i]![1] === null : w[i]![1] !== null && Buffer.from(v).equals(Buffer.from(w[i]![1]!))));
    }),
  );
  t.pass();
});
