// `marketchaind replay`: re-executes every stored block from genesis into a scratch in-memory state and
// checks, at every height, the header's app hash, the recorded app hash and results hash, and at the end
// that the node's stored state equals the replayed state. It never writes to the node's data: it reads
// a snapshot copy of the database, so it also works while the node is running.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHexUpper, fromBinaryString, toHex } from '../chain/codec/bytes.js';
import { createMarketApp } from './app_factory.js';
import { paths, readJson, type GenesisFile } from './home.js';
import { StoreDb } from './store_db.js';
import { BlockStore } from './block_store.js';
import type { ReplayBlock } from './replay_block.js';
import { SigPool } from './sig_pool.js';
import type { App, PreparedTx } from '../chain/app.js';
import { recordVerifiedEach } from '../chain/tx/prepared_tx.js';

/**
 * Blocks whose signatures are verified in the worker pool ahead of execution. One is enough (the pool
 * verifies a block several times faster than the block executes) and keeps fewer prepared txs alive
 * across collections (BENCHMARKS.md compares 1, 2 and 3).
 */
const VERIFY_AHEAD = 1;

export interface ReplayReport {
  ok: boolean;
  height: number;
  txs: number;
  seconds: number;
  /** With `timeFrom`: the blocks from that height on, timed on their own (a process that has warmed up). */
  timed?: { from_height: number; txs: number; seconds: number };
  mismatch?: { height: number; what: string; store?: string; detail: string };
}

export interface ReplayOptions {
  /** Last height to replay (the node's height by default). */
  to?: number;
  /** Also time the blocks from this height on by themselves (`timed` in the report). */
  timeFrom?: number;
  progress?: (h: number, total: number) => void;
  sigWorkers?: number;
  /** Nice value of the signature and database threads (thread_priority.ts). */
  helperNice?: number;
}

export async function replay(home: string, opts: ReplayOptions = {}): Promise<ReplayReport> {
  const snap = mkdtempSync(join(tmpdir(), 'marketchain-replay-'));
  try {
    cpSync(paths(home).db, snap, { recursive: true, filter: (src) => !src.endsWith('LOCK') });
    return await replaySnapshot(snap, readJson<GenesisFile>(paths(home).genesis, 'genesis.json'), opts);
  } finally {
    rmSync(snap, { recursive: true, force: true });
  }
}

/** Replays a database no process is using: blocks are read on the database thread, the stored state is compared at the end. */
async function replaySnapshot(path: string, genesis: GenesisFile, opts: ReplayOptions): Promise<ReplayReport> {
  const local = new StoreDb(path);
  await local.open();
  let meta;
  try {
    meta = await local.getMeta(); // refuses a database of another store format
  } finally {
    // Closed on a refusal too: an open LevelDB still writes into the snapshot being removed.
    await local.close();
  }
  if (!meta) throw new Error('the node has no committed state yet (start it first)');
  const last = Math.min(opts.to ?? meta.height, meta.height);
  const pool = opts.sigWorkers === 0 ? undefined : new SigPool(opts.sigWorkers, (m) => console.error(`warning: ${m}`), opts.helperNice);
  const reader = await BlockStore.open(path, opts.helperNice);
  await pool?.ready(); // the workers' start-up is not part of the replay's time
  let out: { report: ReplayReport; app: App };
  try {
    out = await replayBlocks(reader, last, genesis, opts, pool);
  } finally {
    await reader.close();
    await pool?.close();
  }
  if (!out.report.ok || last !== meta.height) return out.report;
  // The stored flat state must equal the replayed state.
  await local.open();
  try {
    const diff = await compareState(local, out.app);
    return diff ? { ...out.report, ok: false, mismatch: { height: last, ...diff } } : out.report;
  } finally {
    await local.close();
  }
}

/** Txs [from, to) of a block whose signatures are verified once `verified` resolves. */
interface Chunk {
  from: number;
  to: number;
  verified: Promise<void>;
}

interface Prefetched {
  block: ReplayBlock | undefined;
  /** The block's txs, each prepared once: the pool's answers fill their signature slots. */
  txs: PreparedTx[];
  chunks: Chunk[];
}

/** Txs per verification request: execution starts when a block's first chunk is verified, not all of it. */
const CHUNK_TXS = 256;

/**
 * Reads block h, prepares its txs and starts verifying their signatures in the pool against the state
 * known now (a signature whose account a block still ahead creates has no job: the ante verifies it).
 * Each chunk is a request of its own turn, so the pool answers them one after the other.
 */
async function prefetch(db: BlockStore, app: App, pool: SigPool | undefined, h: number): Promise<Prefetched> {
  const block = await db.replayBlock(h);
  const txs = block ? app.prepareBlockTxs(block.txs) : [];
  const chunks: Chunk[] = [];
  const n = txs.length;
  for (let from = 0; from < n; from += CHUNK_TXS) {
    const to = Math.min(n, from + CHUNK_TXS);
    let verified = Promise.resolve();
    if (pool) {
      const part = txs.slice(from, to);
      const jobs = part.map((t) => app.signatureJobs(t));
      verified = pool.verify(jobs.flat()).then((ok) => recordVerifiedEach(part, jobs, ok));
      if (to < n) await new Promise((r) => setImmediate(r));
    }
    chunks.push({ from, to, verified });
  }
  return { block, txs, chunks };
}

async function replayBlocks(
  db: BlockStore,
  last: number,
  genesis: GenesisFile,
  opts: ReplayOptions,
  pool: SigPool | undefined,
): Promise<{ report: ReplayReport; app: App }> {
  const app = createMarketApp();
  app.initChain(genesis.chain_id, genesis.genesis_time, genesis.app_state);
  const t0 = process.hrtime.bigint();
  let txs = 0;
  // The clock and tx count when block `timeFrom` starts (its read and verification included).
  let timedStart: { t: bigint; txs: number } | undefined;
  const fail = (height: number, what: string, detail: string, store?: string) => ({
    report: { ok: false, height, txs, seconds: Number(process.hrtime.bigint() - t0) / 1e9, mismatch: { height, what, detail, store } },
    app,
  });
  const ahead = new Map<number, Promise<Prefetched>>();
  const fetch = (h: number) => {
    if (h > last || ahead.has(h)) return;
    const p = prefetch(db, app, pool, h);
    p.catch(() => undefined); // awaited below; a failure after an early return must not go unhandled
    ahead.set(h, p);
  };
  for (let h = 1; h <= last; h++) {
    if (h === opts.timeFrom) timedStart = { t: process.hrtime.bigint(), txs };
    fetch(h);
    const next = await ahead.get(h)!;
    ahead.delete(h);
    const b = next.block;
    if (!b) return fail(h, 'missing block', `block or results for height ${h} not found in the block store`);
    if (b.headerAppHash !== toHexUpper(app.lastAppHash)) {
      return fail(h, 'header app hash', `header ${h} carries app hash ${b.headerAppHash}, replayed state after ${h - 1} is ${toHexUpper(app.lastAppHash)}`);
    }
    // FinalizeBlock, a chunk at a time as its signatures are verified. Events enter neither the app hash
    // nor the results hash, so the txs' events are not built.
    const exec = app.beginBlock({ height: h, time: b.time }, { keepTxEvents: false });
    for (let k = h + 1; k <= h + VERIFY_AHEAD; k++) fetch(k);
    // As FinalizeBlock delivers them: a bundle envelope and its inner txs as one atomic unit (one that
    // crosses a chunk's end runs whole; the ante verifies what the pool has not answered yet).
    let at = 0;
    for (const c of next.chunks) {
      await c.verified;
      if (at < c.to) at = app.deliverBlockTxs(exec, next.txs, at, c.to);
    }
    const out = exec.finish();
    app.commit();
    txs += b.txs.length;
    const roots = app.commitStore.storeRoots();
    const badStore = b.storeRoots.find((s) => toHexUpper(roots.find((r) => r.name === s.name)?.root ?? new Uint8Array()) !== s.root)?.name;
    if (toHexUpper(out.appHash) !== b.appHash) {
      return fail(h, 'app hash', `recorded ${b.appHash}, replayed ${toHexUpper(out.appHash)}`, badStore);
    }
    if (toHexUpper(out.resultsHash) !== b.resultsHash) {
      const i = out.txResults.findIndex((r, j) => r.code !== b.codes[j] || r.gasUsed !== b.gasUsed[j]);
      return fail(h, 'tx results hash', `recorded ${b.resultsHash}, replayed ${toHexUpper(out.resultsHash)}${i >= 0 ? ` (first differing tx index ${i})` : ''}`);
    }
    opts.progress?.(h, last);
  }
  const end = process.hrtime.bigint();
  const timed = timedStart && { from_height: opts.timeFrom!, txs: txs - timedStart.txs, seconds: Number(end - timedStart.t) / 1e9 };
  return { report: { ok: true, height: last, txs, seconds: Number(end - t0) / 1e9, ...(timed && { timed }) }, app };
}

/** The first difference between the stored flat state and the replayed one. */
async function compareState(db: StoreDb, app: App): Promise<{ what: string; detail: string; store: string } | undefined> {
  const stored = new Map<string, Uint8Array>();
  for await (const [k, v] of db.state()) stored.set(k, v);
  const storeNames = new Map(app.modules.map((m) => [m.storeByte, m.name]));
  const replayed = new Map<string, Uint8Array>();
  for (const [k, v] of app.commitStore.iterateRaw('', undefined, false)) replayed.set(k, v);
  const keys = [...new Set([...stored.keys(), ...replayed.keys()])].sort();
  for (const k of keys) {
    const a = stored.get(k);
    const b = replayed.get(k);
    if (a && b && toHex(a) === toHex(b)) continue;
    const store = storeNames.get(k.charCodeAt(0)) ?? `byte ${k.charCodeAt(0)}`;
    return { what: 'stored state', detail: `key ${toHex(fromBinaryString(k).subarray(1))} is ${a ? toHex(a) : 'absent'} on disk but ${b ? toHex(b) : 'absent'} after replay`, store };
  }
  return undefined;
}
