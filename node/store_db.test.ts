// The store's LevelDB: event hits read from the grouped index; a database of another store format (none
// recorded, a lower or a higher one) is refused when its metadata is read, naming both formats.
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8 } from '../chain/codec/bytes.js';
import { eventIndexKey, eventIndexValue, FORMAT_KEY, META_KEY, STORE_FORMAT, u32BE } from './db_layout.js';
import { StoreDb } from './store_db.js';
import { ChainNode } from './chain_node.js';
import { initHome, paths } from './home.js';

async function hits(db: StoreDb, ck: string, value: string, limit?: number) {
  const out = [];
  for await (const l of db.eventHits(ck, value, limit)) out.push(l);
  return out;
}

const meta = { chainId: 'c', height: 0, appHash: 'AA', time: '2026-01-01T00:00:00Z', blockHash: '' };

test('[node/store-db]: event hits list the txs of each (attribute value, block) entry, ascending, up to the limit', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-storedb-'));
  try {
    const db = new StoreDb(dir);
    await db.open();
    await db.db.put(eventIndexKey('message.sender\u0000alice', 1)!, eventIndexValue([0, 3]));
    await db.db.put(eventIndexKey('message.sender\u0000alice', 2)!, eventIndexValue([1]));
    await db.db.put(eventIndexKey('message.sender\u0000bob', 1)!, eventIndexValue([1]));
    t.deepEqual(await hits(db, 'message.sender', 'alice'), [{ height: 1, index: 0 }, { height: 1, index: 3 }, { height: 2, index: 1 }]);
    t.deepEqual(await hits(db, 'message.sender', 'alice', 2), [{ height: 1, index: 0 }, { height: 1, index: 3 }]);
    t.deepEqual(await hits(db, 'message.sender', 'bob'), [{ height: 1, index: 1 }]);
    t.deepEqual(await hits(db, 'message.sender', 'carol'), []);
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[node/store-db]: genesis records the store format; a database with none, a lower or a higher one is refused with both formats named', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-storedb-'));
  try {
    const db = new StoreDb(dir);
    await db.open();
    t.is(await db.getMeta(), undefined, 'no meta yet: nothing to check');
    await db.commitGenesis([], meta, new Uint8Array(32));
    t.deepEqual(new Uint8Array((await db.db.get(FORMAT_KEY))!), u32BE(STORE_FORMAT));
    t.is(STORE_FORMAT, 2);
    t.deepEqual(await db.getMeta(), meta);

    const remedy = 'export its state with the marketchaind release that wrote it (`marketchaind export`) and start a new home from that genesis, or keep running that release on this home';
    await db.db.del(FORMAT_KEY);
    const none = await t.throwsAsync(db.getMeta());
    t.is(none!.message, `the database at ${dir} records no store format (it was written by an earlier marketchaind); this marketchaind reads and writes store format 2 only: ${remedy}`);
    await db.db.put(FORMAT_KEY, u32BE(1));
    const lower = await t.throwsAsync(db.getMeta());
    t.is(lower!.message, `the database at ${dir} is in store format 1; this marketchaind reads and writes store format 2 only: ${remedy}`);
    await db.db.put(FORMAT_KEY, u32BE(3));
    const higher = await t.throwsAsync(db.getMeta());
    t.is(higher!.message, `the database at ${dir} is in store format 3, newer than this marketchaind's; this marketchaind reads and writes store format 2 only: run the marketchaind release that wrote it`);
    await db.db.put(FORMAT_KEY, utf8('2'));
    t.regex((await t.throwsAsync(db.getMeta()))!.message, /is in store format -1; this marketchaind reads and writes store format 2 only/);
    t.deepEqual(JSON.parse(Buffer.from((await db.db.get(META_KEY))!).toString('utf8')), meta, 'a refused database is not changed');
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[node/store-db]: a node home whose database records no store format does not start, and says why', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'mc-storedb-home-'));
  try {
    initHome(home, { chainId: 'store-format-test', moniker: 'test' });
    const node = await ChainNode.open(home, { sigWorkers: 0, dbThread: false });
    node.log = () => undefined;
    await node.close();
    const db = new StoreDb(paths(home).db);
    await db.open();
    await db.db.del(FORMAT_KEY);
    await db.close();
    const e = await t.throwsAsync(ChainNode.open(home, { sigWorkers: 0, dbThread: false }));
    t.is(e!.message, `the database at ${paths(home).db} records no store format (it was written by an earlier marketchaind); this marketchaind reads and writes store format 2 only: export its state with the marketchaind release that wrote it (\`marketchaind export\`) and start a new home from that genesis, or keep running that release on this home`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
