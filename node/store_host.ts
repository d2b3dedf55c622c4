// The block store's one request/response protocol, and the host that answers it beside the LevelDB
// (store_db.ts): on the database thread (db_worker.ts) or, for a node started without that thread, in
// the calling thread. BlockStore (block_store.ts) is the other end. Every request is checked
// (malformed) and gets its value or an error; none throws out of the host.
//
// The store knows nothing of what its records are rendered into: a reader that must run where the
// records are (rpc/ renders large answers there, so they cross threads as bytes) is an extension, a
// module loaded here by its URL (`use`) whose procedures are then reached with `call`.
import { blockWriteTransfers, type BlockWrite } from './block_write.js';
import { replayBlock, type ReplayBlock } from './replay_block.js';
import { StoreDb, type TxSearchAnswer } from './store_db.js';
import type { Condition } from './tx_index_search.js';

export type StoreRequest =
  | { op: 'open' }
  | { op: 'block'; height: number }
  | { op: 'results'; height: number }
  | { op: 'replayBlock'; height: number }
  | { op: 'txLocation'; hash: Uint8Array }
  | { op: 'eventHits'; compositeKey: string; value: string; limit: number }
  | { op: 'searchTxs'; conds: Condition[]; latest: number; budget: number }
  | { op: 'write'; write: BlockWrite }
  | { op: 'use'; module: string }
  | { op: 'call'; procedure: string; args: unknown[] }
  | { op: 'close' };

export type StoreMessage = StoreRequest & { id: number };
export type StoreReply = { id: number; value?: unknown; error?: string };

/**
 * What an extension module exports as `storeExtension`: made once per host, it keeps what it needs
 * between requests. A procedure's answer that owns a byte buffer lists it in `transfers`, so it moves
 * to the calling thread instead of being copied.
 */
export interface StoreExtension {
  procedures: Record<string, (db: StoreDb, ...args: unknown[]) => unknown>;
  /** Runs while a written block's batch is synced (an error here does not fail the write). */
  whileSyncing?(w: BlockWrite): void;
  transfers?(procedure: string, value: unknown): ArrayBuffer[];
}

const isHeight = (h: unknown): h is number => Number.isSafeInteger(h) && (h as number) >= 0;

/** Why a request cannot be served (a malformed one is refused with this), or undefined. */
export function malformed(m: StoreRequest): string | undefined {
  switch (m.op) {
    case 'open':
    case 'close':
      return undefined;
    case 'block':
    case 'results':
    case 'replayBlock':
      return isHeight(m.height) ? undefined : `height must be a non-negative integer, got ${String(m.height)}`;
    case 'txLocation':
      return m.hash instanceof Uint8Array ? undefined : 'hash must be a byte array';
    case 'eventHits':
      if (typeof m.compositeKey !== 'string' || typeof m.value !== 'string') return 'compositeKey and value must be strings';
      return typeof m.limit === 'number' && m.limit >= 0 ? undefined : 'limit must be a non-negative number';
    case 'searchTxs':
      if (!Array.isArray(m.conds)) return 'conds must be a list of conditions';
      return isHeight(m.latest) && isHeight(m.budget) ? undefined : 'latest and budget must be non-negative integers';
    case 'write':
      return m.write && typeof m.write === 'object' && isHeight(m.write.height) ? undefined : 'write must be a block write';
    case 'use':
      return typeof m.module === 'string' ? undefined : 'module must be a URL string';
    case 'call':
      return typeof m.procedure === 'string' && Array.isArray(m.args) ? undefined : 'call needs a procedure name and a list of arguments';
    default:
      return unknownRequest(m);
  }
}

/** Typed `never`, so a request added to StoreRequest without a check here does not compile. */
function unknownRequest(m: never): string {
  return `unknown request ${JSON.stringify(String((m as { op?: unknown }).op))}`;
}

export class StoreHost {
  private readonly extensions = new Map<string, Promise<StoreExtension>>();
  private readonly procedures = new Map<string, { ext: StoreExtension; run: StoreExtension['procedures'][string] }>();

  constructor(readonly db: StoreDb) {}

  async handle(m: StoreRequest): Promise<unknown> {
    const why = malformed(m);
    if (why) throw new Error(`malformed request: ${why}`);
    const db = this.db;
    switch (m.op) {
      case 'open':
        return db.open();
      case 'block':
        return db.getBlock(m.height);
      case 'results':
        return db.getResults(m.height);
      case 'replayBlock': {
        const [b, r] = await Promise.all([db.getBlock(m.height), db.readResultsSummary(m.height)]);
        return b && r ? replayBlock(b, r) : undefined;
      }
      case 'txLocation':
        return db.getTxLocation(m.hash);
      case 'eventHits': {
        const out = [];
        for await (const loc of db.eventHits(m.compositeKey, m.value, m.limit)) out.push(loc);
        return out;
      }
      case 'searchTxs':
        return db.searchTxs(m.conds, m.latest, m.budget);
      case 'write': {
        const exts = (await Promise.allSettled(this.extensions.values())).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        return db.writeBlock(m.write, () => {
          for (const e of exts) {
            try {
              e.whileSyncing?.(m.write);
            } catch {
              // An extension's cache of the block is only a shortcut: it answers from the records instead.
            }
          }
        });
      }
      case 'use':
        return void (await this.use(m.module));
      case 'call': {
        const p = this.procedures.get(m.procedure);
        if (!p) throw new Error(`no store procedure ${JSON.stringify(m.procedure)} (its extension is not loaded)`);
        return p.run(db, ...m.args);
      }
      case 'close':
        return db.close();
    }
  }

  /** Loads an extension module once (later `use`s of it wait for the first). */
  private use(module: string): Promise<StoreExtension> {
    let e = this.extensions.get(module);
    if (!e) {
      e = import(module).then((mod: { storeExtension?: () => StoreExtension }) => {
        if (typeof mod.storeExtension !== 'function') throw new Error(`${module} exports no storeExtension`);
        const ext = mod.storeExtension();
        for (const [name, run] of Object.entries(ext.procedures)) this.procedures.set(name, { ext, run });
        return ext;
      });
      this.extensions.set(module, e);
      e.catch(() => this.extensions.delete(module));
    }
    return e;
  }

  /** The buffers of an answer made here that can move to the calling thread rather than be copied. */
  transfers(m: StoreRequest, value: unknown): ArrayBuffer[] {
    if (value === undefined || value === null) return [];
    if (m.op === 'replayBlock') return (value as ReplayBlock).txs.map((t) => t.buffer as ArrayBuffer);
    if (m.op === 'searchTxs') return (value as TxSearchAnswer).locations ? [(value as TxSearchAnswer).locations!.buffer as ArrayBuffer] : [];
    if (m.op === 'call') return this.procedures.get(m.procedure)?.ext.transfers?.(m.procedure, value) ?? [];
    return [];
  }
}

/** The buffers a request moves to the host's thread (none of a write that is not one: the host refuses it). */
export function requestTransfers(m: StoreRequest): ArrayBuffer[] {
  if (m.op !== 'write') return [];
  try {
    return blockWriteTransfers(m.write);
  } catch {
    return [];
  }
}
