// The binary results record (LevelDB 0x21|height) decodes to exactly the results it was made from, keys
// in order; damaged records, and records of any other form (a JSON one), fail with a RangeError.
import test from 'ava';
import fc from 'fast-check';
import { decodeResultsRecord, encodeResultsRecord, packTxResults, resultsSummary, RESULTS_RECORD_V1 } from './results_layout.js';
import { headOf, storedResults } from '../test/helpers/results_arb.js';
import { utf8 } from '../chain/codec/bytes.js';

const record = (r: Parameters<typeof headOf>[0]) => encodeResultsRecord(headOf(r), structuredClone(packTxResults(r.txs_results)));

test('[results-record]: decode(encode(results)) is the same JSON; the summary holds its codes and gas', (t) => {
  fc.assert(
    fc.property(storedResults, (r) => {
      const bytes = record(r);
      const s = resultsSummary(bytes);
      return (
        bytes[0] === RESULTS_RECORD_V1 &&
        JSON.stringify(decodeResultsRecord(bytes)) === JSON.stringify(r) &&
        JSON.stringify(s) === JSON.stringify({ app_hash: r.app_hash, results_hash: r.results_hash, store_roots: r.store_roots, codes: r.txs_results.map((x) => x.code), gasUsed: r.txs_results.map((x) => x.gas_used) })
      );
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('[results-record]: a record stored as JSON is not read: unknown format byte 123 ("{")', (t) => {
  const r = { height: 1, app_hash: 'AA', results_hash: 'BB', store_roots: [], txs_results: [], finalize_block_events: [], commit: { height: 1, block_hash: 'H', validator_address: 'V', timestamp: 'T', signature: 'S' } };
  t.throws(() => decodeResultsRecord(utf8(JSON.stringify(r))), { instanceOf: RangeError, message: 'results record: unknown format byte 123' });
  t.throws(() => resultsSummary(utf8(JSON.stringify(r))), { instanceOf: RangeError, message: 'results record: unknown format byte 123' });
});

test('[results-record]: a bank send\'s results take a fraction of their JSON', (t) => {
  const send = (i: number) => ({
    code: 0,
    codespace: '',
    log: '',
    data: 'EiYKJC9jb3Ntb3MuYmFuay52MWJldGExLk1zZ1NlbmRSZXNwb25zZQ==',
    gas_wanted: 60000,
    gas_used: 39335,
    events: [
      { type: 'coin_spent', attributes: [{ key: 'spender', value: `mkt1sender${i % 50}`, index: true }, { key: 'amount', value: '2000umkt', index: true }] },
      { type: 'tx', attributes: [{ key: 'acc_seq', value: `mkt1sender${i % 50}/${i}`, index: true }] },
      { type: 'tx', attributes: [{ key: 'signature', value: `sig${i}`.padEnd(88, '='), index: true }] },
      { type: 'message', attributes: [{ key: 'action', value: '/cosmos.bank.v1beta1.MsgSend', index: true }, { key: 'sender', value: `mkt1sender${i % 50}`, index: true }, { key: 'module', value: 'bank', index: true }] },
    ],
  });
  const r = { height: 7, app_hash: 'AA', results_hash: 'BB', store_roots: [], txs_results: Array.from({ length: 1000 }, (_, i) => send(i)), finalize_block_events: [], commit: { height: 7, block_hash: 'H', validator_address: 'V', timestamp: 'T', signature: 'S' } };
  const bytes = record(r);
  t.true(bytes.length * 3 < JSON.stringify(r).length, `${bytes.length} bytes against ${JSON.stringify(r).length} of JSON`);
  t.deepEqual(decodeResultsRecord(bytes), r);
});

test('[results-record]: damaged records fail with a RangeError; numbers outside [0, 2^53) are refused', (t) => {
  const r = { height: 1, app_hash: 'AA', results_hash: 'BB', store_roots: [], txs_results: [{ code: 3, codespace: 'sdk', log: 'x', data: '', gas_wanted: 5, gas_used: 4, events: [] }], finalize_block_events: [], commit: { height: 1, block_hash: 'H', validator_address: 'V', timestamp: 'T', signature: 'S' } };
  const bytes = record(r);
  t.throws(() => decodeResultsRecord(bytes.subarray(0, bytes.length - 1)), { instanceOf: RangeError });
  t.throws(() => decodeResultsRecord(Uint8Array.of(...bytes, 0)), { message: /trailing bytes/ });
  t.throws(() => decodeResultsRecord(Uint8Array.of(0x02, ...bytes.subarray(1))), { message: /unknown format byte 2/ });
  t.throws(() => decodeResultsRecord(Uint8Array.of(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)), { instanceOf: RangeError });
  for (const bad of [-1, 0.5, 2 ** 53, Number.NaN]) {
    t.throws(() => encodeResultsRecord(r, { strings: [''], nums: Float64Array.of(bad, 0, 0, 0, 0, 0, 0) }), { instanceOf: RangeError });
  }
});
