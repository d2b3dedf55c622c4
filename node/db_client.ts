// The node's LevelDB on its own thread (db_worker.ts), behind the same BlockDb interface as NodeDb.
// The block-executing thread only serializes a block's records to JSON and posts them; the batch
// (state writes, block, results, tx and event indexes, meta) is built and synced on the database
// thread, and commitBlock resolves once it is durable, as NodeDb's does.
import { Worker } from 'node:worker_threads';
import type { WriteSet } from '../chain/store/commit_store.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import type { ReplayBlock } from './replay_block.js';
import type { RpcJsonKind } from './rpc/format.js';
import { HELPER_NICE } from './thread_priority.js';
import { blockCache, blockWrite, blockWriteTransfers, resultsCache, type BlockDb, type BlockWrite, type ResultsWrite, type TxLocation, type TxSearchAnswer } from './node_db.js';
import type { Condition } from './rpc/tx_search.js';

type Op =
  | { op: 'open' }
  | { op: 'block'; height: number }
  | { op: 'results'; height: number }
  | { op: 'replayBlock'; height: number }
  | { op: 'rpcJson'; kind: RpcJsonKind; height: number }
  | { op: 'txLocation'; hash: Uint8Array }
  | { op: 'eventHits'; compositeKey: string; value: string; limit: number }
  | { op: 'searchTxs'; conds: Condition[]; latest: number; budget: number }
  | { op: 'txsJson'; locations: Float64Array }
  | { op: 'write'; write: BlockWrite }
  | { op: 'close' };

export type DbRequest = Op & { id: number };
export type DbReply = { id: number; value?: unknown; error?: string };

export class DbWorker implements BlockDb {
  private readonly worker: Worker;
  private readonly calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private ids = 0;
  /** Set when the thread has stopped: every later call fails with it. */
  private stopped: Error | undefined;
  private readonly blocks = blockCache();
  private readonly results = resultsCache();

  private constructor(readonly path: string, nice: number) {
    this.worker = new Worker(new URL('./db_worker.js', import.meta.url), { workerData: { path, nice } });
    this.worker.on('message', (m: DbReply) => {
      if (!m || typeof m !== 'object') return;
      const c = this.calls.get(m.id);
      if (!c) return;
      this.calls.delete(m.id);
      if (this.calls.size === 0) this.worker.unref();
      if (m.error !== undefined) c.reject(new Error(`database: ${m.error}`));
      else c.resolve(m.value);
    });
    this.worker.on('error', (e) => this.stop(new Error(`database thread failed: ${e.stack ?? e.message}`)));
    this.worker.on('exit', (code) => this.stop(new Error(`database thread exited (code ${code})`)));
    this.worker.unref();
  }

  /**
   * Starts the thread and opens the database there (fails as NodeDb.open does, e.g. when it is locked);
   * `nice`: the thread's scheduling priority below the calling thread (thread_priority.ts).
   */
  static async open(path: string, nice = HELPER_NICE): Promise<DbWorker> {
    const d = new DbWorker(path, nice);
    try {
      await d.call({ op: 'open' });
    } catch (e) {
      await d.worker.terminate();
      throw e;
    }
    return d;
  }

  private stop(e: Error): void {
    this.stopped ??= e;
    for (const c of this.calls.values()) c.reject(this.stopped);
    this.calls.clear();
  }

  /** `transfer`: buffers of `op` moved to the thread (no longer usable here). */
  private call<T>(op: Op, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.ids++;
    return new Promise<T>((resolve, reject) => {
      if (this.calls.size === 0) this.worker.ref();
      this.calls.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        this.worker.postMessage({ ...op, id }, transfer);
      } catch (e) {
        // A request that cannot be sent (a value that cannot be cloned) is refused, not thrown.
        this.calls.delete(id);
        if (this.calls.size === 0) this.worker.unref();
        reject(new Error(`database: request not sent: ${(e as Error).message}`));
      }
    });
  }

  async getBlock(height: number): Promise<StoredBlock | undefined> {
    const hit = this.blocks.get(height);
    if (hit) return hit;
    const b = await this.call<StoredBlock | undefined>({ op: 'block', height });
    if (b) this.blocks.set(height, b);
    return b;
  }

  async getResults(height: number): Promise<StoredResults | undefined> {
    const hit = this.results.get(height);
    if (hit) return hit;
    const r = await this.call<StoredResults | undefined>({ op: 'results', height });
    if (r) this.results.set(height, r);
    return r;
  }

  rpcJson(kind: RpcJsonKind, height: number): Promise<Uint8Array | undefined> {
    return this.call({ op: 'rpcJson', kind, height });
  }

  /** Block h as `replay` needs it (undefined when the block or its results are missing). */
  replayBlock(height: number): Promise<ReplayBlock | undefined> {
    return this.call({ op: 'replayBlock', height });
  }

  getTxLocation(hash: Uint8Array): Promise<TxLocation | undefined> {
    return this.call({ op: 'txLocation', hash });
  }

  async *eventHits(compositeKey: string, value: string, limit = Infinity): AsyncGenerator<TxLocation> {
    yield* await this.call<TxLocation[]>({ op: 'eventHits', compositeKey, value, limit });
  }

  searchTxs(conds: Condition[], latest: number, budget: number): Promise<TxSearchAnswer> {
    return this.call({ op: 'searchTxs', conds, latest, budget });
  }

  txsJson(locations: Float64Array): Promise<Uint8Array> {
    return this.call({ op: 'txsJson', locations });
  }

  /** Writes the block on the database thread; caches the parsed block (the results are read back when asked for). */
  async commitBlock(block: StoredBlock, results: ResultsWrite, writeSet: WriteSet, txHashes: Uint8Array[], meta: Meta): Promise<void> {
    const write = blockWrite(block, results, writeSet, txHashes, meta);
    await this.call({ op: 'write', write }, blockWriteTransfers(write));
    this.blocks.set(block.header.height, block);
  }

  /** Closes the database and ends the thread. */
  async close(): Promise<void> {
    if (!this.stopped) await this.call({ op: 'close' });
    await this.worker.terminate();
  }
}
