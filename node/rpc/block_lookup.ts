// Finding blocks other than by height, where the records are (a store extension, as store_render.ts):
// the height of a block hash (header_by_hash, block_by_hash) and the heights a block_search query
// matches. The store keeps no index of block hashes or of finalize-block events, so both walk the
// block records, newest first for a hash (the hashes of the newest blocks written are remembered),
// within a budget of records read per request.
import type { Event } from '../../chain/events.js';
import type { BlockStore } from '../block_store.js';
import type { BlockWrite } from '../block_write.js';
import { blockKey } from '../db_layout.js';
import type { StoreDb } from '../store_db.js';
import type { StoreExtension } from '../store_host.js';
import { compare, type Condition } from '../tx_index_search.js';

const HEIGHT_OF_HASH = 'rpc.heightOfHash';
const BLOCK_SEARCH = 'rpc.blockSearch';

/** A stored block record is JSON.stringify(StoredBlock): it opens with its hash. */
const HASH_AT = Buffer.byteLength('{"hash":"');

export interface BlockSearchAnswer {
  /** Matching heights, ascending; undefined when the budget ran out first. */
  heights?: number[];
  /** Records read. */
  cost: number;
}

function isCount(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

/** Whether a block's finalize-block events and height meet every condition (indexed attributes, as CometBFT's block indexer). */
export function blockMatches(conds: Condition[], height: number, events: Event[]): boolean {
  return conds.every((c) => {
    if (c.key === 'block.height') return compare(String(height), c);
    const dot = c.key.lastIndexOf('.');
    const type = c.key.slice(0, dot);
    const attr = c.key.slice(dot + 1);
    return events.some((e) => e.type === type && e.attributes.some((a) => a.key === attr && a.index !== false && compare(a.value, c)));
  });
}

/** The [lo, hi] heights within [1, latest] that block.height conditions allow (lo > hi: none). */
export function heightBounds(conds: Condition[], latest: number): [number, number] {
  let lo = 1;
  let hi = latest;
  for (const c of conds) {
    if (c.key !== 'block.height' || c.op === 'EXISTS') continue;
    if (c.op === 'CONTAINS' || !/^-?\d+$/.test(c.value)) return [1, 0];
    const v = Number(c.value);
    if (c.op === '=' || c.op === '>=') lo = Math.max(lo, v);
    if (c.op === '>') lo = Math.max(lo, v + 1);
    if (c.op === '=' || c.op === '<=') hi = Math.min(hi, v);
    if (c.op === '<') hi = Math.min(hi, v - 1);
  }
  return [lo, hi];
}

/** Block hashes remembered as their blocks are written, newest kept: most lookups are of recent blocks. */
const RECENT_HASHES = 10_000;

export function storeExtension(): StoreExtension {
  const recent = new Map<string, number>();
  return {
    whileSyncing(w: BlockWrite) {
      recent.set(w.block.slice(HASH_AT, HASH_AT + 64), w.height);
      if (recent.size > RECENT_HASHES) recent.delete(recent.keys().next().value!);
    },
    procedures: {
      [HEIGHT_OF_HASH]: async (db: StoreDb, hashHex: unknown, latest: unknown, budget: unknown) => {
        if (typeof hashHex !== 'string' || !/^[0-9A-F]{64}$/.test(hashHex) || !isCount(latest) || !isCount(budget)) throw new Error('heightOfHash(hash hex, latest, budget)');
        const known = recent.get(hashHex);
        if (known !== undefined && known <= latest) return { height: known, cost: 0 };
        const want = Buffer.from(hashHex, 'latin1');
        let read = 0;
        for await (const [k, v] of db.db.iterator({ gte: blockKey(1), lte: blockKey(latest), reverse: true, limit: budget })) {
          read++;
          const rec = Buffer.from(v.buffer, v.byteOffset, v.length);
          if (rec.length >= HASH_AT + 64 && rec.subarray(HASH_AT, HASH_AT + 64).equals(want)) {
            return { height: Number(Buffer.from(k).readBigUInt64BE(1)), cost: read };
          }
        }
        return { height: undefined, cost: read };
      },
      [BLOCK_SEARCH]: async (db: StoreDb, conds: unknown, latest: unknown, budget: unknown): Promise<BlockSearchAnswer> => {
        if (!Array.isArray(conds) || !isCount(latest) || !isCount(budget)) throw new Error('blockSearch(conditions, latest, budget)');
        const cs = conds as Condition[];
        const [lo, hi] = heightBounds(cs, latest);
        const heights: number[] = [];
        let cost = 0;
        for (let h = lo; h <= hi; h++) {
          if (++cost > budget) return { cost };
          const r = await db.readPackedResults(h);
          if (r && blockMatches(cs, h, r.head.finalize_block_events)) heights.push(h);
        }
        return { heights, cost };
      },
    },
  };
}

/** Loads the lookups into the store (once); from then on each written block's hash is remembered. */
export async function attachBlockLookup(store: BlockStore): Promise<void> {
  await store.use(import.meta.url);
}

const attach = attachBlockLookup;

/** The height of the block with this hash (upper hex) among the newest `budget` blocks up to `latest`. */
export async function heightOfHash(store: BlockStore, hashHex: string, latest: number, budget: number): Promise<number | undefined> {
  await attach(store);
  const r = (await store.call(HEIGHT_OF_HASH, [hashHex, latest, budget])) as { height?: number };
  return r.height;
}

/** The heights up to `latest` whose block meets every condition, reading at most `budget` records. */
export async function blockSearchHeights(store: BlockStore, conds: Condition[], latest: number, budget: number): Promise<BlockSearchAnswer> {
  await attach(store);
  return (await store.call(BLOCK_SEARCH, [conds, latest, budget])) as BlockSearchAnswer;
}
