// Rendering where the records are: the store extension (store_host.ts) that makes the JSON of
// `block`, `block_results` and the txs of `tx`/`tx_search` beside the block store's LevelDB, on the
// database thread of a running node, so a large answer crosses to the RPC thread as bytes and is
// written to the socket as they are. The store calls nothing here: this module is loaded into it by
// URL (BlockStore.use) and the RPC methods reach it through the functions at the end.
import { utf8 } from '../../chain/codec/bytes.js';
import type { StoredBlock } from '../block_types.js';
import type { BlockWrite } from '../block_write.js';
import type { BlockStore } from '../block_store.js';
import type { PackedTxResults } from '../results_layout.js';
import type { StoreDb } from '../store_db.js';
import type { StoreExtension } from '../store_host.js';
import { LOC_SCALE } from '../tx_index_search.js';
import { blockRpcJson } from './block_json.js';
import { blockResultsJson, resultTx, txResultOf } from './results_json.js';

const BLOCK = 'rpc.block';
const BLOCK_RESULTS = 'rpc.block_results';
const TXS = 'rpc.txs';

/** Made once where the store runs; keeps the newest block's `block_results`, rendered while its batch synced. */
export function storeExtension(): StoreExtension {
  let latest: { height: number; json: Uint8Array } | undefined;
  return {
    procedures: {
      [BLOCK]: async (db: StoreDb, height: unknown) => {
        const stored = await db.blockRecord(height as number);
        return stored === undefined ? undefined : blockRpcJson(stored);
      },
      [BLOCK_RESULTS]: async (db: StoreDb, height: unknown) => {
        // A copy: the answer's buffer moves to the other thread.
        if (latest && height === latest.height) return latest.json.slice();
        const r = await db.readPackedResults(height as number);
        return r && blockResultsJson(r.head, r.packed);
      },
      [TXS]: (db: StoreDb, locations: unknown) => txsJson(db, locations as Float64Array),
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

/** The txs at these packed locations (tx_index_search.ts) as a JSON array, each block and results read once. */
async function txsJson(db: StoreDb, locations: Float64Array): Promise<Uint8Array> {
  if (!(locations instanceof Float64Array)) throw new Error('locations must be a Float64Array');
  const blocks = new Map<number, Promise<[StoredBlock | undefined, { packed: PackedTxResults } | undefined]>>();
  const parts: string[] = [];
  for (const loc of locations) {
    const height = Math.floor(loc / LOC_SCALE);
    const index = loc % LOC_SCALE;
    let read = blocks.get(height);
    if (!read) blocks.set(height, (read = Promise.all([db.readBlock(height), db.readPackedResults(height)])));
    const [b, r] = await read;
    const tx = b?.txs[index];
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
