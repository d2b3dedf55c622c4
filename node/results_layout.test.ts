// The packed form of a block's tx results (results_layout.ts) and of its state writes (block_write.ts) unpack
// to the same values: the same JSON, keys in the same order.
import test from 'ava';
import fc from 'fast-check';
import { packTxResults, TxResultsPacker, unpackTxResults } from './results_layout.js';
import { packWriteSet, unpackWriteSet } from './block_write.js';
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

test('[results-wire]: packing one tx at a time, with truncations, equals packing the txs kept at once', (t) => {
  // Ops: add a tx, or truncate to a count (a reverted bundle checkpoint); the kept list is the reference.
  const op = fc.oneof(txResult.map((tx) => ({ add: tx })), fc.nat({ max: 25 }).map((n) => ({ truncate: n })));
  fc.assert(
    fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const p = new TxResultsPacker();
      let kept: StoredTxResult[] = [];
      for (const o of ops) {
        if ('add' in o) {
          p.add(o.add);
          kept.push(o.add);
        } else {
          p.truncate(o.truncate);
          kept = kept.slice(0, o.truncate);
        }
      }
      const got = p.finish();
      // The same numbers and string table as one pass over the kept txs: a truncated tx leaves no string behind.
      const want = packTxResults(kept);
      return p.count === kept.length && JSON.stringify(got.strings) === JSON.stringify(want.strings) && Buffer.from(got.nums.buffer).equals(Buffer.from(want.nums.buffer));
    }),
  );
  t.pass();
});

test('[results-wire]: the packer grows past its first buffer and hands over an array of exactly its numbers', (t) => {
  const ev = (i: number) => ({ type: 'transfer', attributes: [{ key: 'n', value: String(i), index: true }] });
  const txs: StoredTxResult[] = Array.from({ length: 1000 }, (_, i) => ({ code: i % 3, codespace: i % 3 ? 'sdk' : '', log: '', data: '', gas_wanted: 60_000, gas_used: i, events: [ev(i), ev(i + 1)] }));
  const p = new TxResultsPacker();
  for (const tx of txs) p.add(tx);
  const packed = p.finish();
  t.is(packed.nums.length, 1000 * (7 + 2 * (2 + 3)));
  t.is(packed.nums.buffer.byteLength, packed.nums.length * 8);
  t.deepEqual(unpackTxResults(packed), txs);
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
