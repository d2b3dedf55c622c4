import test from 'ava';
import fc from 'fast-check';
import { concat, u64BE, utf8 } from '../chain/codec/bytes.js';
import { eventIndexKey, eventIndexPrefix, eventIndexValue, MAX_INDEXED_ATTRIBUTE_BYTES, parseEventIndexValue, u32BE } from './db_layout.js';

test('[node/db-layout]: an event index key is its query prefix followed by the height (u64 BE); its value lists tx indexes (u32 BE)', (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }), (ck, value, h, txs) => {
      t.deepEqual(eventIndexKey(ck + '\u0000' + value, h), concat(eventIndexPrefix(ck, value), u64BE(h)));
      t.deepEqual(eventIndexValue(txs), concat(...txs.map(u32BE)));
      t.deepEqual(parseEventIndexValue(eventIndexValue(txs)), txs);
    }),
    { numRuns: 500 },
  );
});

test('[node/db-layout]: attributes longer than the limit (type.key, 0x00, value in UTF-8 bytes) are not indexed', (t) => {
  const ck = 'transfer.memo';
  const fits = 'é'.repeat((MAX_INDEXED_ATTRIBUTE_BYTES - utf8(ck).length - 1) / 2 - 0.5 | 0);
  const exact = fits + 'x'.repeat(MAX_INDEXED_ATTRIBUTE_BYTES - utf8(ck + '\u0000' + fits).length);
  t.is(utf8(ck + '\u0000' + exact).length, MAX_INDEXED_ATTRIBUTE_BYTES);
  const at = (v: string) => eventIndexKey(ck + '\u0000' + v, 7);
  t.truthy(at(exact));
  t.is(at(exact + 'x'), undefined);
  t.is(at(exact.slice(0, -1) + 'é'), undefined);
});
