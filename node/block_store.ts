// The block store a running node uses: blocks, results, tx and event indexes, behind the one request
// protocol of store_host.ts, and the one cache of parsed records in front of it. The LevelDB and the
// host that answers the protocol run on the database thread (db_worker.ts); `inThread` keeps them in
// the calling thread (tests that fail a write on purpose) with the same requests. A block's write is
// posted as a BlockWrite (block_write.ts) and commitBlock resolves once its batch is durable.
import { Worker } from 'node:worker_threads';
import type { WriteSet } from '../chain/store/commit_store.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import { blockWrite, type ResultsWrite } from './block_write.js';
import type { HistoryWrite } from './history_write.js';
import { Lru } from './lru.js';
import type { ReplayBlock } from './replay_block.js';
import { requestTransfers, StoreHost, type StoreMessage, type StoreReply, type StoreRequest } from './store_host.js';
import { describeDbError, type StoreDb, type TxLocation, type TxSearchAnswer } from './store_db.js';
import { HELPER_NICE } from './thread_priority.js';
import type { Condition } from './tx_index_search.js';

/** Txs whose parsed blocks and results are kept for hot RPC reads (results hold every tx's events). */
const CACHED_TXS = 4096;

/** Where requests go: the database thread, or a host in this thread. */
interface Transport {
  request(r: StoreRequest): Promise<unknown>;
  end(): Promise<void>;
}

export class BlockStore {
  /** Recent parsed blocks and results: at most 32 heights and CACHED_TXS txs each. */
  private readonly blocks = new Lru<StoredBlock>(32, CACHED_TXS, (b) => 1 + b.txs.length);
  private readonly results = new Lru<StoredResults>(32, CACHED_TXS, (r) => 1 + r.txs_results.length);
  /** Extension modules asked for (store_host.ts `use`), by URL. */
  private readonly used = new Map<string, Promise<void>>();

  private constructor(private readonly transport: Transport) {}

  /**
   * Starts the database thread and opens the database there (fails as StoreDb.open does, e.g. when it
   * is locked); `nice`: the thread's scheduling priority below the calling thread (thread_priority.ts).
   */
  static async open(path: string, nice = HELPER_NICE): Promise<BlockStore> {
    const t = new ThreadTransport(path, nice);
    try {
      await t.request({ op: 'open' });
    } catch (e) {
      await t.end();
      throw e;
    }
    return new BlockStore(t);
  }

  /** The store over an open database in this thread. */
  static inThread(db: StoreDb): BlockStore {
    const host = new StoreHost(db);
    let closed = false;
    return new BlockStore({
      request: (r) => (closed ? Promise.reject(new Error('database: closed')) : host.handle(r).catch((e: Error) => Promise.reject(new Error(`database: ${describeDbError(e)}`)))),
      end: async () => void (closed = true),
    });
  }

  getBlock(height: number): Promise<StoredBlock | undefined> {
    return this.readThrough(this.blocks, { op: 'block', height });
  }

  getResults(height: number): Promise<StoredResults | undefined> {
    return this.readThrough(this.results, { op: 'results', height });
  }

  private async readThrough<V>(cache: Lru<V>, r: { op: 'block' | 'results'; height: number }): Promise<V | undefined> {
    const hit = cache.get(r.height);
    if (hit) return hit;
    const v = (await this.transport.request(r)) as V | undefined;
    if (v) cache.set(r.height, v);
    return v;
  }

  /** Block h as `replay` needs it (undefined when the block or its results are missing). */
  replayBlock(height: number): Promise<ReplayBlock | undefined> {
    return this.transport.request({ op: 'replayBlock', height }) as Promise<ReplayBlock | undefined>;
  }

  getTxLocation(hash: Uint8Array): Promise<TxLocation | undefined> {
    return this.transport.request({ op: 'txLocation', hash }) as Promise<TxLocation | undefined>;
  }

  async *eventHits(compositeKey: string, value: string, limit = Infinity): AsyncGenerator<TxLocation> {
    yield* (await this.transport.request({ op: 'eventHits', compositeKey, value, limit })) as TxLocation[];
  }

  /** The txs of heights up to `latest` meeting every condition but tx.hash ones (tx_index_search.ts), within `budget` units. */
  searchTxs(conds: Condition[], latest: number, budget: number): Promise<TxSearchAnswer> {
    return this.transport.request({ op: 'searchTxs', conds, latest, budget }) as Promise<TxSearchAnswer>;
  }

  /** Writes the block in one durable batch; caches the parsed block (the results are read back when asked for). */
  async commitBlock(block: StoredBlock, results: ResultsWrite, writeSet: WriteSet, txHashes: Uint8Array[], meta: Meta, history?: HistoryWrite): Promise<void> {
    await this.transport.request({ op: 'write', write: blockWrite(block, results, writeSet, txHashes, meta, history) });
    this.blocks.set(block.header.height, block);
  }

  /** Loads an extension module beside the records (store_host.ts), once per store. */
  use(module: string): Promise<void> {
    let u = this.used.get(module);
    if (!u) {
      u = this.transport.request({ op: 'use', module }) as Promise<void>;
      this.used.set(module, u);
      u.catch(() => this.used.delete(module));
    }
    return u;
  }

  /** A procedure of a loaded extension; its answer as the extension gives it. */
  call(procedure: string, args: unknown[]): Promise<unknown> {
    return this.transport.request({ op: 'call', procedure, args });
  }

  /** Closes the database (and ends its thread). */
  async close(): Promise<void> {
    await this.transport.request({ op: 'close' }).catch((e: Error) => {
      if (!/^database (thread|: closed)/.test(e.message)) throw e;
    });
    await this.transport.end();
  }
}

/** Requests posted to the database thread (db_worker.ts), numbered; buffers of a write are moved, not copied. */
class ThreadTransport implements Transport {
  private readonly worker: Worker;
  private readonly calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private ids = 0;
  /** Set when the thread has stopped: every later call fails with it. */
  private stopped: Error | undefined;

  constructor(readonly path: string, nice: number) {
    this.worker = new Worker(new URL('./db_worker.js', import.meta.url), { workerData: { path, nice } });
    this.worker.on('message', (m: StoreReply) => {
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

  private stop(e: Error): void {
    this.stopped ??= e;
    for (const c of this.calls.values()) c.reject(this.stopped);
    this.calls.clear();
  }

  request(r: StoreRequest): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.ids++;
    return new Promise((resolve, reject) => {
      if (this.calls.size === 0) this.worker.ref();
      this.calls.set(id, { resolve, reject });
      try {
        this.worker.postMessage({ ...r, id } satisfies StoreMessage, requestTransfers(r));
      } catch (e) {
        // A request that cannot be sent (a value that cannot be cloned) is refused, not thrown.
        this.calls.delete(id);
        if (this.calls.size === 0) this.worker.unref();
        reject(new Error(`database: request not sent: ${(e as Error).message}`));
      }
    });
  }

  async end(): Promise<void> {
    await this.worker.terminate();
  }
}
