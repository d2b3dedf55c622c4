import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../chain/codec/bytes.js';
import { blockKey, eventIndexKey, eventIndexValue } from './db_layout.js';
import { StoreDb } from './store_db.js';
import { parseQuery } from './rpc/tx_search.js';
import { LOC_SCALE } from './tx_index_search.js';

/** Heights 1–4: block h has h txs; tx i of block h carries message.sender=s{i % 2}, amount=10·h+i, and tx 0 also kind=first. */
async function fixture(t: { teardown: (f: () => void) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'mc-txsearch-'));
  const db = new StoreDb(dir);
  await db.open();
  t.teardown(() => {
    void db.close().then(() => rmSync(dir, { recursive: true, force: true }));
  });
  for (let h = 1; h <= 4; h++) {
    await db.db.put(blockKey(h), utf8(JSON.stringify({ txs: Array.from({ length: h }, (_, i) => `tx${h}-${i}`) })));
    for (const s of [0, 1]) {
      const idx = Array.from({ length: h }, (_, i) => i).filter((i) => i % 2 === s);
      if (idx.length) await db.db.put(eventIndexKey(`message.sender\u0000s${s}`, h)!, eventIndexValue(idx));
    }
    for (let i = 0; i < h; i++) await db.db.put(eventIndexKey(`transfer.amount\u0000${10 * h + i}`, h)!, eventIndexValue([i]));
    await db.db.put(eventIndexKey('tx.kind\u0000first', h)!, eventIndexValue([0]));
  }
  return db;
}

async function search(db: StoreDb, q: string, budget = 1000, latest = 4) {
  const r = await db.searchTxs(parseQuery(q), latest, budget);
  return { locs: r.locations && [...r.locations].map((l) => `${Math.floor(l / LOC_SCALE)}:${l % LOC_SCALE}`), cost: r.cost };
}

test('[node/tx-index-search]: equality, ranges, EXISTS, CONTAINS and AND are answered from the indexes, ascending and exact', async (t) => {
  const db = await fixture(t);
  t.deepEqual((await search(db, "message.sender='s1'")).locs, ['2:1', '3:1', '4:1', '4:3']);
  t.deepEqual((await search(db, "message.sender='s1' AND tx.height>=3")).locs, ['3:1', '4:1', '4:3']);
  t.deepEqual((await search(db, "message.sender='s0' AND tx.height<2")).locs, ['1:0']);
  t.deepEqual((await search(db, 'tx.height>=3')).locs, ['3:0', '3:1', '3:2', '4:0', '4:1', '4:2', '4:3']);
  t.deepEqual((await search(db, 'tx.height=2')).locs, ['2:0', '2:1']);
  t.deepEqual((await search(db, 'tx.height>9')).locs, []);
  t.deepEqual((await search(db, 'transfer.amount>=32')).locs, ['3:2', '4:0', '4:1', '4:2', '4:3']);
  t.deepEqual((await search(db, "transfer.amount CONTAINS '2'")).locs, ['2:0', '2:1', '3:2', '4:2']);
  t.deepEqual((await search(db, 'message.sender EXISTS')).locs?.length, 10);
  t.deepEqual((await search(db, "message.sender EXISTS AND tx.kind='first' AND transfer.amount<40")).locs, ['1:0', '2:0', '3:0']);
  t.deepEqual((await search(db, "message.sender='s1' AND tx.kind='first'")).locs, []);
  // Only committed heights count: a block being written above `latest` is not seen.
  t.deepEqual((await search(db, "message.sender='s1'", 1000, 3)).locs, ['2:1', '3:1']);
});

test('[node/tx-index-search]: a query needing more than the budget is refused (null), whatever its answer size', async (t) => {
  const db = await fixture(t);
  const all = await search(db, 'message.sender EXISTS');
  t.is(all.cost, 7 + 10); // 7 index entries (block 1 has no s1), 10 locations
  t.deepEqual(await search(db, 'message.sender EXISTS', 16), { locs: null, cost: 16 });
  t.is((await search(db, 'message.sender EXISTS', 17)).locs?.length, 10);
  t.deepEqual((await search(db, 'tx.height>=1', 5)).locs, null);
  // Values outside the range are still examined: a non-equality condition scans every value of its attribute.
  t.is((await search(db, 'transfer.amount>40')).cost, 10 + 3);
});
