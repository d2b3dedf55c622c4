// Rendering where the records are: the store extension (store_host.ts) that makes the JSON of
// `block`, `block_results` and the txs of `tx`/`tx_search` beside the block store's LevelDB, on the
// database thread of a running node, so a large answer crosses to the RPC thread as bytes and is
// written to the socket as they are. The store calls nothing here: this module is loaded into it by
// URL (BlockStore.use) and the RPC methods reach it through the functions at the end.
import { utf8 } from '../../chain/codec/bytes.js';
import type { BlockWrite } from '../block_write.js';
import type { BlockStore } from '../block_store.js';
import { Lru } from '../lru.js';
import type { PackedTxResults } from '../results_layout.js';
import type { StoreDb } from '../store_db.js';
import type { StoreExtension } from '../store_host.js';
import { LOC_SCALE } from '../tx_index_search.js';
import { blockRpcJson } from './block_json.js';
import { blockResultsJson, resultTx, txResultOf } from './results_json.js';

/** A height argument as sent (a procedure's arguments are checked where they are used). */
function height(h: unknown): number {
  if (!Number.isSafeInteger(h) || (h as number) < 0) throw new Error(`height must be a non-negative integer, got ${String(h)}`);
  return h as number;
}

const BLOCK = 'rpc.block';
const BLOCK_RESULTS = 'rpc.block_results';
const TXS = 'rpc.txs';

/** A block's txs (base64) and packed results: what the txs of `tx` and `tx_search` are rendered from. */
interface TxRecords {
  txs: string[];
  packed: PackedTxResults;
}

/** Txs whose records are kept for `tx` and `tx_search` (a follower of the chain asks for the newest ones). */
const CACHED_TXS = 4096;

/**
 * Made once where the store runs. Keeps the newest block's `block_results`, rendered while its batch
 * synced, and the txs and packed results of recent heights (at most 32 heights and CACHED_TXS txs).
 */
export function storeExtension(): StoreExtension {
  let latest: { height: number; json: Uint8Array } | undefined;
  const recent = new Lru<TxRecords>(32, CACHED_TXS, (r) => 1 + r.txs.length);
  const txRecords = async (db: StoreDb, height: number): Promise<TxRecords | undefined> => {
    const hit = recent.get(height);
    if (hit) return hit;
    const [b, r] = await Promise.all([db.getBlock(height), db.readPackedResults(height)]);
    if (!b || !r) return undefined;
    const records = { txs: b.txs, packed: r.packed };
    recent.set(height, records);
    return records;
  };
  return {
    procedures: {
      [BLOCK]: async (db: StoreDb, h: unknown) => {
        const stored = await db.blockRecord(height(h));
        return stored === undefined ? undefined : blockRpcJson(stored);
      },
      [BLOCK_RESULTS]: async (db: StoreDb, h: unknown) => {
        // A copy: the answer's buffer moves to the other thread.
        if (latest && h === latest.height) return latest.json.slice();
        const r = await db.readPackedResults(height(h));
        return r && blockResultsJson(r.head, r.packed);
      },
      [TXS]: (db: StoreDb, locations: unknown) => txsJson(locations as Float64Array, (h) => txRecords(db, h)),
    },
    whileSyncing(w: BlockWrite) {
      latest = undefined;
      const { txResults, ...head } = w.results;
      latest = { height: w.height, json: blockResultsJson(head, txResults) };
    },
    // Every answer is a byte array with a buffer of its own.
    transfers: (_procedure, value) => (value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []),
  };
}

/** The txs at these packed locations (tx_index_search.ts) as a JSON array. */
async function txsJson(locations: Float64Array, records: (height: number) => Promise<TxRecords | undefined>): Promise<Uint8Array> {
  if (!(locations instanceof Float64Array)) throw new Error('locations must be a Float64Array');
  const parts: string[] = [];
  for (const loc of locations) {
    const height = Math.floor(loc / LOC_SCALE);
    const index = loc % LOC_SCALE;
    const r = await records(height);
    const tx = r?.txs[index];
    const result = r && txResultOf(r.packed, index);
    if (tx === undefined || !result) throw new Error(`tx ${index} of block ${height} is indexed but not stored`);
    parts.push(JSON.stringify(resultTx(height, index, tx, result)));
  }
  return utf8(`[${parts.join(',')}]`);
}

/** Loads the renderer into the store (once): from then on each written block's `block_results` is rendered as it is synced. */
export function attachRenderer(store: BlockStore): Promise<void> {
  return store.use(import.meta.url);
}

async function render(store: BlockStore, procedure: string, arg: unknown): Promise<Uint8Array | undefined> {
  await attachRenderer(store);
  return (await store.call(procedure, [arg])) as Uint8Array | undefined;
}

/** The `result` JSON of `block` at a height (undefined when not stored). */
export const blockJson = (store: BlockStore, height: number) => render(store, BLOCK, height);
/** The `result` JSON of `block_results` at a height (undefined when not stored). */
export const blockResultsAt = (store: BlockStore, height: number) => render(store, BLOCK_RESULTS, height);
/** The txs at these packed locations as the JSON array of tx_search's `txs`. */
export const txsAt = async (store: BlockStore, locations: Float64Array) => (await render(store, TXS, locations))!;
