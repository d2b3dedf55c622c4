import test from 'ava';
import fc from 'fast-check';
import { concat, u64BE, utf8 } from '../chain/codec/bytes.js';
import { eventIndexKey, eventIndexPrefix, MAX_INDEXED_ATTRIBUTE_BYTES, u32BE } from './db_layout.js';

test('[node/db-layout]: an event index key is its query prefix followed by height (u64 BE) and tx index (u32 BE)', (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (ck, value, h, i) => {
      t.deepEqual(eventIndexKey(ck, value, h, i), concat(eventIndexPrefix(ck, value), u64BE(h), u32BE(i)));
    }),
    { numRuns: 500 },
  );
});

test('[node/db-layout]: attributes longer than the limit (type.key, 0x00, value in UTF-8 bytes) are not indexed', (t) => {
  const ck = 'transfer.memo';
  const fits = 'é'.repeat((MAX_INDEXED_ATTRIBUTE_BYTES - utf8(ck).length - 1) / 2 - 0.5 | 0);
  const exact = fits + 'x'.repeat(MAX_INDEXED_ATTRIBUTE_BYTES - utf8(ck + '\u0000' + fits).length);
  t.is(utf8(ck + '\u0000' + exact).length, MAX_INDEXED_ATTRIBUTE_BYTES);
  t.truthy(eventIndexKey(ck, exact, 7, 1));
  t.is(eventIndexKey(ck, exact + 'x', 7, 1), undefined);
  t.is(eventIndexKey(ck, exact.slice(0, -1) + 'é', 7, 1), undefined);
});
