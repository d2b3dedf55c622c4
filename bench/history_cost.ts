#!/usr/bin/env node
// `node dist/bench/history_cost.js`: what the state history (node/history_write.ts) adds to the commit
// of a block of bank sends. A committed state of `--accounts` accounts and balances; a block's write
// set of `--sends` sends (each: the sender's account, both balances); then, alternately, the prior
// values' collection (main thread) and one synced LevelDB batch of the state writes and meta, with
// and without the history entries (StoreDb.commitState: the state part of a block's batch, so the
// share measured here is above the history's share of a whole block batch, which also holds the
// block, results and indexes).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { CommitStore, type WriteSet } from '../chain/store/commit_store.js';
import { STORE_BYTES } from '../chain/store/db_keys.js';
import { historyWrite } from '../node/history_write.js';
import { StoreDb } from '../node/store_db.js';

const opts = new Command('history_cost').option('--accounts <n>', 'accounts in the state', '100000').option('--sends <n>', 'bank sends in the block', '5000').option('--runs <n>', 'alternating runs', '15').parse(process.argv).opts();
const accounts = Number(opts.accounts);
const sends = Number(opts.sends);
const runs = Number(opts.runs);

const addr = (i: number) => {
  const a = new Uint8Array(20);
  new DataView(a.buffer).setUint32(16, i);
  return a;
};
const str = (b: Uint8Array) => String.fromCharCode(...b);
const accountKey = (i: number) => String.fromCharCode(STORE_BYTES.auth, 0x01) + str(addr(i));
const balanceKey = (i: number) => String.fromCharCode(STORE_BYTES.bank, 0x02, 20) + str(addr(i)) + 'umkt';

const store = new CommitStore(Object.entries(STORE_BYTES).map(([name, byte]) => ({ name, byte })));
const entries: [string, Uint8Array][] = [];
for (let i = 0; i < accounts; i++) {
  entries.push([accountKey(i), new Uint8Array(60).fill(i & 0xff)]);
  entries.push([balanceKey(i), new TextEncoder().encode(String(1_000_000_000 + i))]);
}
store.load(entries.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
const ws: WriteSet = [];
for (let s = 0; s < sends; s++) {
  ws.push([accountKey(s), new Uint8Array(61).fill(s & 0xff)]);
  ws.push([balanceKey(s), new TextEncoder().encode(String(999_999_000 + s))]);
  ws.push([balanceKey(accounts - 1 - s), new TextEncoder().encode(String(1_000_001_000 + s))]);
}
ws.sort((a, b) => (a[0] < b[0] ? -1 : 1));
const roots = store.storeRoots().map((r) => ({ name: r.name, root: Buffer.from(r.root).toString('hex') }));

const dir = mkdtempSync(join(tmpdir(), 'history-cost-'));
const db = new StoreDb(join(dir, 'state.db'));
await db.open();
const collect: number[] = [];
const withH: number[] = [];
const without: number[] = [];
let height = 0;
const meta = () => ({ chainId: 'bench', height: ++height, appHash: '', time: '', blockHash: '' });
for (let r = 0; r < runs; r++) {
  let t = performance.now();
  const h = historyWrite(store, ws, '2026-01-01T00:00:00.000000000Z', roots);
  collect.push(performance.now() - t);
  t = performance.now();
  await db.commitState([ws], meta());
  without.push(performance.now() - t);
  t = performance.now();
  await db.commitState([ws], meta(), h);
  withH.push(performance.now() - t);
}
await db.close();
rmSync(dir, { recursive: true, force: true });
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const fmt = (a: number[]) => `${sorted(a)[0]!.toFixed(2)} / ${sorted(a)[a.length >> 1]!.toFixed(2)} ms`;
console.log(`${sends} sends (${ws.length} state writes) over ${accounts} accounts, ${runs} alternating runs (min / median):`);
console.log(`  the diff record made (main thread): ${fmt(collect)}`);
console.log(`  synced batch of state writes + meta: ${fmt(without)} without history, ${fmt(withH)} with it`);
