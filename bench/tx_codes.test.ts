import test from 'ava';
import fc from 'fast-check';
import { blockResultsJson } from '../node/rpc/results_json.js';
import { packTxResults } from '../node/results_layout.js';
import { headOf } from '../test/helpers/results_arb.js';
import type { StoredResults } from '../node/block_types.js';
import { scanTxCodes, TxCodeScanner } from './tx_codes.js';

const results = (txs: { code: number; log: string; value: string }[]): StoredResults => ({
  height: 7,
  app_hash: 'AB'.repeat(32),
  results_hash: 'CD'.repeat(32),
  store_roots: [],
  txs_results: txs.map((t) => ({
    code: t.code,
    codespace: t.code === 0 ? '' : 'sdk',
    log: t.log,
    data: '',
    gas_wanted: 200000,
    gas_used: 60000,
    events: [{ type: 'transfer', attributes: [{ key: 'memo', value: t.value, index: true }] }],
  })),
  finalize_block_events: [{ type: 'mint', attributes: [{ key: '{"code":1', value: '{"code":2}', index: false }] }],
  commit: { height: 7, block_hash: '00', validator_address: '00', timestamp: '', signature: '' },
});
const answer = (r: StoredResults) => `{"jsonrpc":"2.0","id":3,"result":${Buffer.from(blockResultsJson(headOf(r), packTxResults(r.txs_results))).toString('utf8')}}`;

test('[bench/tx_codes]: the codes of a block_results answer, in order, equal to a full parse, whatever the strings hold', (t) => {
  const tx = fc.record({ code: fc.oneof(fc.constant(0), fc.nat(1_000_000)), log: fc.string({ unit: 'binary' }), value: fc.string({ unit: 'binary' }) });
  fc.assert(
    fc.property(fc.array(tx, { maxLength: 20 }), (txs) => {
      const text = answer(results(txs));
      const parsed = (JSON.parse(text).result.txs_results as { code: number }[]).map((r) => r.code);
      t.deepEqual(scanTxCodes(text, txs.length), parsed);
    }),
    { numRuns: 300 },
  );
  t.deepEqual(scanTxCodes(answer(results([{ code: 0, log: '{"code":5}', value: 'x' }, { code: 32, log: '', value: '' }])), 2), [0, 32]);
});

test('[bench/tx_codes]: another count than expected, or an error answer, gives undefined (the caller parses instead)', (t) => {
  const text = answer(results([{ code: 0, log: '', value: '' }, { code: 5, log: '', value: '' }]));
  t.is(scanTxCodes(text, 1), undefined);
  t.is(scanTxCodes(text, 3), undefined);
  t.deepEqual(scanTxCodes(text, 2), [0, 5]);
  t.is(scanTxCodes('{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"x"}}', 0), undefined);
  t.deepEqual(scanTxCodes('{"jsonrpc":"2.0","id":1,"result":{"txs_results":null}}', 0), []);
});

test('[bench/tx_codes]: the answer bytes cut anywhere into chunks give the same codes as the whole text', (t) => {
  const tx = fc.record({ code: fc.oneof(fc.constant(0), fc.nat(1_000_000)), log: fc.string({ unit: 'grapheme' }), value: fc.string({ unit: 'binary' }) });
  fc.assert(
    fc.property(fc.array(tx, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 30 }), (txs, cuts) => {
      const bytes = Buffer.from(answer(results(txs)), 'utf8');
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const s = new TxCodeScanner();
      let from = 0;
      for (const c of [...at, bytes.length]) {
        s.push(bytes.subarray(from, c));
        from = c;
      }
      t.deepEqual(s.finish(txs.length), txs.map((x) => x.code));
    }),
    { numRuns: 300 },
  );
  // A code cut between its digits, and one cut inside the mark.
  const bytes = Buffer.from(answer(results([{ code: 1234, log: '', value: '' }, { code: 56, log: '', value: '' }])), 'utf8');
  const first = bytes.indexOf('{"code":1234') + 10;
  const second = bytes.indexOf('{"code":56') + 3;
  const s = new TxCodeScanner();
  for (const part of [bytes.subarray(0, first), bytes.subarray(first, second), bytes.subarray(second)]) s.push(part);
  t.deepEqual(s.finish(2), [1234, 56]);
  const e = new TxCodeScanner();
  e.push(Buffer.from('{"jsonrpc":"2.0","id":1,"error":{"co'));
  e.push(Buffer.from('de":-32603,"message":"x"}}'));
  t.is(e.finish(0), undefined);
});
