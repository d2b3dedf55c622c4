// The node's LevelDB: flat state, blocks, results, tx and event indexes, metadata.
// Every block is written in ONE atomic batch (state writes, block, results, indexes, meta).
import { ClassicLevel } from 'classic-level';
import { concat, equalBytes, fromBase64, fromUtf8, readU64BE, toBinaryString, toHexUpper, utf8 } from '../chain/codec/bytes.js';
import type { WriteSet } from '../chain/store/commit_store.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import { blockKey, EVENT_INDEX_PREFIX, eventIndexKey, eventIndexPrefix, eventIndexValue, LEGACY_EVENT_INDEX_PREFIX, META_KEY, parseEventIndexValue, resultsKey, STATE_PREFIX, txHashKey, u32BE } from './db_layout.js';
import { prefixEnd } from '../chain/codec/bytes.js';
import { Lru } from './lru.js';
import { packTxResults, type PackedTxResults } from './results_wire.js';
import { blockResultsJson } from './results_json.js';
import { decodeResultsRecord, encodeResultsRecord, resultsSummary, type ResultsSummary } from './results_record.js';
import { eventGroups } from './event_groups.js';
import { blockRpcJson } from './block_json.js';
import { formatResultTx, rpcResultJson, type RpcJsonKind } from './rpc/format.js';
import type { Condition } from './rpc/tx_search.js';
import { LOC_SCALE, QueryTooBroad, searchTxIndex } from './tx_index_search.js';
import { sha256 } from '../chain/crypto.js';

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

/** Txs whose parsed blocks and results are kept for hot RPC reads (results hold every tx's events). */
const CACHED_TXS = 4096;

/** Recent parsed blocks: at most 32 heights and CACHED_TXS txs. */
export const blockCache = () => new Lru<StoredBlock>(32, CACHED_TXS, (b) => 1 + b.txs.length);
/** Recent parsed results: at most 32 heights and CACHED_TXS txs. */
export const resultsCache = () => new Lru<StoredResults>(32, CACHED_TXS, (r) => 1 + r.txs_results.length);

export class NodeDb implements BlockDb {
  readonly db: ClassicLevel<Uint8Array, Uint8Array>;
  private readonly blocks = blockCache();
  private readonly results = resultsCache();

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

  /** See BlockDb.rpcJson; `cached` = read through (and fill) the parsed-record cache. */
  async rpcJson(kind: RpcJsonKind, height: number, cached = true): Promise<Uint8Array | undefined> {
    if (kind === 'block') {
      if (cached) return rpcResultJson(kind, await this.getBlock(height), undefined);
      const stored = await this.db.get(blockKey(height));
      return stored === undefined ? undefined : blockRpcJson(stored);
    }
    return rpcResultJson(kind, undefined, await (cached ? this.getResults(height) : this.readResults(height)));
  }

  /** Block h, read and parsed without the cache. */
  readBlock(height: number): Promise<StoredBlock | undefined> {
    return this.getJson<StoredBlock>(blockKey(height));
  }

  /** Results of block h, read and decoded without the cache. */
  async readResults(height: number): Promise<StoredResults | undefined> {
    const v = await this.db.get(resultsKey(height));
    return v === undefined ? undefined : decodeResultsRecord(v);
  }

  /** What replay checks of block h's results (results_record.ts), without their events. */
  async readResultsSummary(height: number): Promise<ResultsSummary | undefined> {
    const v = await this.db.get(resultsKey(height));
    return v === undefined ? undefined : resultsSummary(v);
  }

  getMeta(): Promise<Meta | undefined> {
    return this.getJson<Meta>(META_KEY);
  }

  async getBlock(height: number): Promise<StoredBlock | undefined> {
    const hit = this.blocks.get(height);
    if (hit) return hit;
    const b = await this.readBlock(height);
    if (b) this.blocks.set(height, b);
    return b;
  }

  async getResults(height: number): Promise<StoredResults | undefined> {
    const hit = this.results.get(height);
    if (hit) return hit;
    const r = await this.readResults(height);
    if (r) this.results.set(height, r);
    return r;
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

  /** See BlockDb.txsJson. */
  async txsJson(locations: Float64Array): Promise<Uint8Array> {
    const parts: string[] = [];
    for (const loc of locations) {
      const height = Math.floor(loc / LOC_SCALE);
      const index = loc % LOC_SCALE;
      const [b, r] = await Promise.all([this.getBlock(height), this.getResults(height)]);
      const tx = b?.txs[index];
      const res = r?.txs_results[index];
      if (tx === undefined || !res) throw new Error(`tx ${index} of block ${height} is indexed but not stored`);
      parts.push(JSON.stringify(formatResultTx(toHexUpper(sha256(fromBase64(tx))), height, index, tx, res)));
    }
    return utf8(`[${parts.join(',')}]`);
  }

  /** See BlockDb.searchTxs. */
  async searchTxs(conds: Condition[], latest: number, budget: number): Promise<TxSearchAnswer> {
    try {
      return await searchTxIndex(this.db, conds, latest, budget);
    } catch (e) {
      if (e instanceof QueryTooBroad) return { locations: null, cost: budget };
      throw e;
    }
  }

  /**
   * Converts an event index written one key per tx and attribute (0x23, the ungrouped layout) into
   * the grouped one, a (attribute, block) group per batch, so an interrupted conversion resumes at the
   * next start. Returns the number of old keys converted.
   */
  async convertLegacyEventIndex(): Promise<number> {
    let converted = 0;
    let batch = this.db.batch();
    let group: { head: Uint8Array; height: Uint8Array; indexes: number[]; keys: Uint8Array[] } | undefined;
    const flushGroup = async () => {
      if (!group) return;
      batch.put(concat(Uint8Array.of(EVENT_INDEX_PREFIX), group.head, group.height), eventIndexValue(group.indexes));
      for (const k of group.keys) batch.del(k);
      converted += group.keys.length;
      group = undefined;
      if (batch.length >= 10_000) {
        await batch.write({ sync: true });
        batch = this.db.batch();
      }
    };
    for await (const k of this.db.keys({ gte: Uint8Array.of(LEGACY_EVENT_INDEX_PREFIX), lt: Uint8Array.of(LEGACY_EVENT_INDEX_PREFIX + 1) })) {
      const head = k.subarray(1, k.length - 12);
      const height = k.subarray(k.length - 12, k.length - 4);
      if (!group || !equalBytes(group.head, head) || !equalBytes(group.height, height)) {
        await flushGroup();
        group = { head, height, indexes: [], keys: [] };
      }
      group.indexes.push(new DataView(k.buffer, k.byteOffset + k.length - 4, 4).getUint32(0));
      group.keys.push(k);
    }
    await flushGroup();
    if (batch.length > 0) await batch.write({ sync: true });
    else await batch.close();
    return converted;
  }

  /** Writes genesis state and meta at height 0 in one atomic batch, filled entry by entry (native copies, no op array of the whole state). */
  async commitGenesis(state: Iterable<[string, Uint8Array | null]>, meta: Meta, genesisHash: Uint8Array): Promise<void> {
    const batch = this.db.batch();
    putState(batch, state);
    batch.put(META_KEY, utf8(JSON.stringify(meta)));
    batch.put(utf8('genesis_hash'), genesisHash);
    await batch.write({ sync: true });
  }

  async getGenesisHash(): Promise<Uint8Array | undefined> {
    return this.db.get(utf8('genesis_hash'));
  }

  /**
   * Writes a block, its results, indexes, state writes and meta, then caches the parsed block. The
   * results come packed; they are parsed from the stored record when first read.
   */
  async commitBlock(block: StoredBlock, results: ResultsWrite, writeSet: WriteSet, txHashes: Uint8Array[], meta: Meta): Promise<void> {
    await this.writeBlock(blockWrite(block, results, writeSet, txHashes, meta));
    this.blocks.set(block.header.height, block);
  }

  /**
   * One atomic, synced batch for a block; returns the RPC `block_results` JSON of it, made from the
   * packed results it came in (results_json.ts), as are the stored record (results_record.ts) and the
   * event index (event_groups.ts). A chained batch: abstract-level's array form validates and copies
   * every op object, a cost paid for each of a block's ~10⁴ index puts.
   */
  async writeBlock(w: BlockWrite): Promise<{ blockResultsJson: Uint8Array }> {
    const { txResults, ...head } = w.results;
    const batch = this.db.batch();
    putState(batch, unpackWriteSet(w.writeSet));
    const h = w.height;
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
    // Made while LevelDB writes and syncs the batch on its own thread.
    let blockResults: Uint8Array;
    try {
      blockResults = blockResultsJson(head, txResults);
    } finally {
      await written;
    }
    return { blockResultsJson: blockResults };
  }
}

/** A block's results as they are written: the tx results packed (results_wire.ts). */
export type ResultsWrite = Omit<StoredResults, 'txs_results'> & { txResults: PackedTxResults };

/** Results with their tx results packed (tests and tools that hold whole StoredResults). */
export function resultsWrite(r: StoredResults): ResultsWrite {
  const { txs_results, ...rest } = r;
  return { ...rest, txResults: packTxResults(txs_results) };
}

/**
 * A block as it is written, in a form that is cheap to hand to another thread: the block and meta in
 * JSON, the tx results packed (results_wire.ts), the state writes and the 32-byte tx hashes each in one
 * byte array (blockWriteTransfers lists the buffers to move instead of copying).
 */
export interface BlockWrite {
  height: number;
  block: string;
  results: ResultsWrite;
  writeSet: PackedWriteSet;
  /** The txs' sha256 hashes, concatenated. */
  txHashes: Uint8Array;
  meta: string;
}

export function blockWrite(block: StoredBlock, results: ResultsWrite, writeSet: WriteSet, txHashes: Uint8Array[], meta: Meta): BlockWrite {
  const hashes = new Uint8Array(32 * txHashes.length);
  txHashes.forEach((h, i) => {
    if (h.length !== 32) throw new RangeError(`tx hash of ${h.length} bytes`);
    hashes.set(h, 32 * i);
  });
  return {
    height: block.header.height,
    block: JSON.stringify(block),
    results,
    writeSet: packWriteSet(writeSet),
    txHashes: hashes,
    meta: JSON.stringify(meta),
  };
}

/** The buffers of a BlockWrite that can be moved to another thread. */
export function blockWriteTransfers(w: BlockWrite): ArrayBuffer[] {
  return [w.results.txResults.nums.buffer as ArrayBuffer, w.writeSet.values.buffer as ArrayBuffer, w.writeSet.lengths.buffer as ArrayBuffer, w.txHashes.buffer as ArrayBuffer];
}

/** State writes: keys as they are; values concatenated, with each one's length (-1 = deleted). */
export interface PackedWriteSet {
  keys: string[];
  lengths: Int32Array;
  values: Uint8Array;
}

export function packWriteSet(ws: WriteSet): PackedWriteSet {
  const keys: string[] = new Array(ws.length);
  const lengths = new Int32Array(ws.length);
  let size = 0;
  ws.forEach(([k, v], i) => {
    keys[i] = k;
    lengths[i] = v === null ? -1 : v.length;
    size += v === null ? 0 : v.length;
  });
  const values = new Uint8Array(size);
  let o = 0;
  for (const [, v] of ws) {
    if (v === null) continue;
    values.set(v, o);
    o += v.length;
  }
  return { keys, lengths, values };
}

export function unpackWriteSet(p: PackedWriteSet): WriteSet {
  const out: WriteSet = new Array(p.keys.length);
  let o = 0;
  for (let i = 0; i < p.keys.length; i++) {
    const n = p.lengths[i]!;
    out[i] = [p.keys[i]!, n < 0 ? null : p.values.subarray(o, (o += n))];
  }
  return out;
}

/** What a running node reads and writes after start-up: NodeDb in-thread, or DbWorker on its own thread. */
export interface BlockDb {
  getBlock(height: number): Promise<StoredBlock | undefined>;
  getResults(height: number): Promise<StoredResults | undefined>;
  getTxLocation(hash: Uint8Array): Promise<TxLocation | undefined>;
  eventHits(compositeKey: string, value: string, limit?: number): AsyncIterable<TxLocation>;
  /** The txs of heights up to `latest` meeting every condition but tx.hash ones (tx_index_search.ts), within `budget` units. */
  searchTxs(conds: Condition[], latest: number, budget: number): Promise<TxSearchAnswer>;
  /** The txs at these packed locations as the JSON array of tx_search's `txs` (made where the records are read). */
  txsJson(locations: Float64Array): Promise<Uint8Array>;
  commitBlock(block: StoredBlock, results: ResultsWrite, writeSet: WriteSet, txHashes: Uint8Array[], meta: Meta): Promise<void>;
  /** The RPC `result` of `block` or `block_results` at a height, as JSON bytes (undefined when not stored). */
  rpcJson(kind: RpcJsonKind, height: number): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
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
