// The block store's LevelDB: flat state, blocks, results, tx and event indexes, metadata and the store
// format. Every block is written in ONE atomic batch (state writes, block, results, indexes, meta).
// Start-up, the genesis thread and replay read it directly; a running node reaches it through
// BlockStore (block_store.ts), on the database thread.
import { ClassicLevel } from 'classic-level';
import { concat, fromUtf8, prefixEnd, readU64BE, toBinaryString, utf8 } from '../chain/codec/bytes.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import { unpackWriteSet, type BlockWrite } from './block_write.js';
import { blockKey, eventIndexKey, eventIndexPrefix, eventIndexValue, FORMAT_KEY, META_KEY, parseEventIndexValue, resultsKey, STATE_PREFIX, STORE_FORMAT, txHashKey, u32BE } from './db_layout.js';
import { encodeResultsRecord, decodeResultsRecord, readResultsRecord, resultsSummary, type PackedTxResults, type ResultsHead, type ResultsSummary } from './results_layout.js';
import { eventGroups } from './event_groups.js';
import { QueryTooBroad, searchTxIndex, type Condition } from './tx_index_search.js';
import { putHistory, type HistoryWrite } from './history_write.js';

/** Packed locations, ascending (null: the budget did not suffice), and the budget units used. */
export interface TxSearchAnswer {
  locations: Float64Array | null;
  cost: number;
}

/** An error's message with LevelDB's code and the causes it wraps (e.g. "Database failed to open [LEVEL_DATABASE_NOT_OPEN]: IO error: lock …"). */
export function describeDbError(e: Error & { code?: string }): string {
  let s = e.message + (e.code ? ` [${e.code}]` : '');
  for (let c = e.cause; c instanceof Error; c = c.cause) s += `: ${c.message}`;
  return s;
}

type Batch = ReturnType<ClassicLevel<Uint8Array, Uint8Array>['batch']>;

export interface TxLocation {
  height: number;
  index: number;
}

/** Why a database of another store format is not opened: its format, ours, and what the operator can do. */
export function storeFormatRefusal(path: string, found: number | undefined): string {
  const what =
    found === undefined
      ? 'records no store format (it was written by an earlier marketchaind)'
      : found > STORE_FORMAT
        ? `is in store format ${found}, newer than this marketchaind's`
        : `is in store format ${found}`;
  const remedy =
    found !== undefined && found > STORE_FORMAT
      ? 'run the marketchaind release that wrote it'
      : 'export its state with the marketchaind release that wrote it (`marketchaind export`) and start a new home from that genesis, or keep running that release on this home';
  return `the database at ${path} ${what}; this marketchaind reads and writes store format ${STORE_FORMAT} only: ${remedy}`;
}

export class StoreDb {
  readonly db: ClassicLevel<Uint8Array, Uint8Array>;

  constructor(readonly path: string) {
    this.db = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: 'view', valueEncoding: 'view' });
  }

  /** Opens the database; a failure names the path and LevelDB's causes (a lock held by another node says so). */
  async open(): Promise<void> {
    try {
      await this.db.open();
    } catch (e) {
      const why = describeDbError(e as Error);
      const held = /\block\b/i.test(why) ? ' (is another marketchaind using this home? stop it first)' : '';
      throw new Error(`cannot open the database at ${this.path}: ${why}${held}`); // the causes are in the message
    }
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async getJson<T>(key: Uint8Array): Promise<T | undefined> {
    const v = await this.db.get(key);
    return v === undefined ? undefined : (JSON.parse(fromUtf8(v)) as T);
  }

  /**
   * The meta record (undefined before genesis). A database holding one in another store format than
   * STORE_FORMAT is refused here, before anything else of it is read: no reader of another layout is kept.
   */
  async getMeta(): Promise<Meta | undefined> {
    const meta = await this.getJson<Meta>(META_KEY);
    if (meta) await this.checkFormat();
    return meta;
  }

  private async checkFormat(): Promise<void> {
    const v = await this.db.get(FORMAT_KEY);
    const found = v === undefined ? undefined : v.length === 4 ? new DataView(v.buffer, v.byteOffset, 4).getUint32(0) : -1;
    if (found !== STORE_FORMAT) throw new Error(storeFormatRefusal(this.path, found));
  }

  /** Block h's record as stored (the JSON of StoredBlock). */
  blockRecord(height: number): Promise<Uint8Array | undefined> {
    return this.db.get(blockKey(height));
  }

  /** Block h, read and parsed (no cache: BlockStore keeps the one). */
  getBlock(height: number): Promise<StoredBlock | undefined> {
    return this.getJson<StoredBlock>(blockKey(height));
  }

  /** Results of block h, read and decoded. */
  async getResults(height: number): Promise<StoredResults | undefined> {
    const v = await this.db.get(resultsKey(height));
    return v === undefined ? undefined : decodeResultsRecord(v);
  }

  /** Results of block h: the head and the tx results as packed (results_layout.ts), no event built. */
  async readPackedResults(height: number): Promise<{ head: ResultsHead; packed: PackedTxResults } | undefined> {
    const v = await this.db.get(resultsKey(height));
    return v === undefined ? undefined : readResultsRecord(v);
  }

  /** What replay checks of block h's results (results_layout.ts), without their events. */
  async readResultsSummary(height: number): Promise<ResultsSummary | undefined> {
    const v = await this.db.get(resultsKey(height));
    return v === undefined ? undefined : resultsSummary(v);
  }

  async getTxLocation(hash: Uint8Array): Promise<TxLocation | undefined> {
    const v = await this.db.get(txHashKey(hash));
    if (!v) return undefined;
    return { height: Number(readU64BE(v)), index: new DataView(v.buffer, v.byteOffset + 8, 4).getUint32(0) };
  }

  /** All state entries as binary-string keys without the state prefix (for CommitStore.load). */
  async *state(): AsyncGenerator<[string, Uint8Array]> {
    const lo = Uint8Array.of(STATE_PREFIX);
    const hi = Uint8Array.of(STATE_PREFIX + 1);
    for await (const [k, v] of this.db.iterator({ gte: lo, lt: hi })) yield [toBinaryString(k.subarray(1)), v];
  }

  /** (height, index) pairs indexed under `compositeKey = value`, ascending; at most `limit` of them. */
  async *eventHits(compositeKey: string, value: string, limit = Infinity): AsyncGenerator<TxLocation> {
    const p = eventIndexPrefix(compositeKey, value);
    let n = 0;
    if (n >= limit) return;
    for await (const [k, v] of this.db.iterator({ gte: p, lt: prefixEnd(p)! })) {
      const height = Number(readU64BE(k.subarray(p.length)));
      for (const index of parseEventIndexValue(v)) {
        yield { height, index };
        if (++n >= limit) return;
      }
    }
  }

  /** The txs of heights up to `latest` meeting every condition but tx.hash ones (tx_index_search.ts), within `budget` units. */
  async searchTxs(conds: Condition[], latest: number, budget: number): Promise<TxSearchAnswer> {
    try {
      return await searchTxIndex(this.db, conds, latest, budget);
    } catch (e) {
      if (e instanceof QueryTooBroad) return { locations: null, cost: budget };
      throw e;
    }
  }

  /**
   * Writes genesis state, meta and the store format at height 0 in one atomic batch, filled entry by
   * entry (native copies, no op array of the whole state).
   */
  async commitGenesis(state: Iterable<[string, Uint8Array | null]>, meta: Meta, genesisHash: Uint8Array): Promise<void> {
    const batch = this.db.batch();
    putState(batch, state);
    batch.put(META_KEY, utf8(JSON.stringify(meta)));
    batch.put(FORMAT_KEY, u32BE(STORE_FORMAT));
    batch.put(utf8('genesis_hash'), genesisHash);
    await batch.write({ sync: true });
  }

  /**
   * ABCI mode (node/abci/chain_app.ts): CometBFT keeps the blocks, so a commit writes the state
   * writes (each set applied in order: a later write of a key wins) and meta in one atomic, synced
   * batch, with the store format.
   */
  async commitState(writes: Iterable<[string, Uint8Array | null]>[], meta: Meta, history?: HistoryWrite): Promise<void> {
    const batch = this.db.batch();
    for (const w of writes) putState(batch, w);
    if (history) putHistory(batch, meta.height, history);
    batch.put(META_KEY, utf8(JSON.stringify(meta)));
    batch.put(FORMAT_KEY, u32BE(STORE_FORMAT));
    await batch.write({ sync: true });
  }

  async getGenesisHash(): Promise<Uint8Array | undefined> {
    return this.db.get(utf8('genesis_hash'));
  }

  /**
   * One atomic, synced batch for a block: the results record (results_layout.ts) and the event index
   * (event_groups.ts) are made from the packed results it came in. `whileSyncing` runs once the batch
   * is handed to LevelDB, which writes and syncs it on its own thread. A chained batch: abstract-level's
   * array form validates and copies every op object, a cost paid for each of a block's ~10⁴ index puts.
   */
  async writeBlock(w: BlockWrite, whileSyncing?: () => void): Promise<void> {
    const { txResults, ...head } = w.results;
    const batch = this.db.batch();
    putState(batch, unpackWriteSet(w.writeSet));
    const h = w.height;
    if (w.history) putHistory(batch, h, w.history);
    batch.put(blockKey(h), utf8(w.block));
    batch.put(resultsKey(h), encodeResultsRecord(head, txResults));
    for (let i = 0; i * 32 < w.txHashes.length; i++) batch.put(txHashKey(w.txHashes.subarray(i * 32, i * 32 + 32)), concat(u64BEnum(h), u32BE(i)));
    // One index entry per attribute value and block, listing the block's txs that carry it.
    for (const [attribute, txs] of eventGroups(txResults)) {
      const key = eventIndexKey(attribute, h);
      if (key) batch.put(key, eventIndexValue(txs));
    }
    batch.put(META_KEY, utf8(w.meta));
    const written = batch.write({ sync: true });
    try {
      whileSyncing?.();
    } finally {
      await written;
    }
  }
}

function u64BEnum(n: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(n));
  return b;
}

function stateKey(k: string): Uint8Array {
  const key = new Uint8Array(k.length + 1);
  key[0] = STATE_PREFIX;
  for (let i = 0; i < k.length; i++) key[i + 1] = k.charCodeAt(i);
  return key;
}

function putState(batch: Batch, state: Iterable<[string, Uint8Array | null]>): void {
  for (const [k, v] of state) {
    if (v === null) batch.del(stateKey(k));
    else batch.put(stateKey(k), v);
  }
}
