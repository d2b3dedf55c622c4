import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { concat, u64BE, utf8 } from '../chain/codec/bytes.js';
import { eventIndexKey, eventIndexPrefix, eventIndexValue, LEGACY_EVENT_INDEX_PREFIX, u32BE } from './db_layout.js';
import { NodeDb } from './node_db.js';

const legacyKey = (ck: string, value: string, h: number, i: number) => concat(eventIndexPrefix(ck, value, LEGACY_EVENT_INDEX_PREFIX), u64BE(h), u32BE(i));

async function hits(db: NodeDb, ck: string, value: string, limit?: number) {
  const out = [];
  for await (const l of db.eventHits(ck, value, limit)) out.push(l);
  return out;
}

test('[node/db]: an event index of the old form (a key per tx and attribute) is converted to the grouped one, also after an interrupted conversion', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-nodedb-'));
  try {
    const db = new NodeDb(dir);
    await db.open();
    const legacy = [
      ['message.sender', 'alice', 1, 0],
      ['message.sender', 'alice', 1, 3],
      ['message.sender', 'alice', 2, 1],
      ['message.sender', 'bob', 1, 1],
      ['transfer.amount', '10umkt', 4, 2],
    ] as const;
    for (const [ck, v, h, i] of legacy) await db.db.put(legacyKey(ck, v, h, i), new Uint8Array());
    // A group converted before an interruption: already in the new form.
    await db.db.put(eventIndexKey('message.sender\u0000carol', 3)!, eventIndexValue([5, 6]));
    const unrelated = utf8('\u0025other');
    await db.db.put(unrelated, utf8('kept'));

    t.is(await db.convertLegacyEventIndex(), legacy.length);
    t.deepEqual(await hits(db, 'message.sender', 'alice'), [{ height: 1, index: 0 }, { height: 1, index: 3 }, { height: 2, index: 1 }]);
    t.deepEqual(await hits(db, 'message.sender', 'alice', 2), [{ height: 1, index: 0 }, { height: 1, index: 3 }]);
    t.deepEqual(await hits(db, 'message.sender', 'bob'), [{ height: 1, index: 1 }]);
    t.deepEqual(await hits(db, 'message.sender', 'carol'), [{ height: 3, index: 5 }, { height: 3, index: 6 }]);
    t.deepEqual(await hits(db, 'transfer.amount', '10umkt'), [{ height: 4, index: 2 }]);
    t.deepEqual(await db.db.keys({ gte: Uint8Array.of(LEGACY_EVENT_INDEX_PREFIX), lt: Uint8Array.of(LEGACY_EVENT_INDEX_PREFIX + 1) }).all(), []);
    t.deepEqual(new Uint8Array((await db.db.get(unrelated))!), utf8('kept'));
    t.is(await db.convertLegacyEventIndex(), 0);
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
