// Contexts handed to modules: block info from the header only (never the clock), the store,
// the event manager and the gas meter.
import { EventManager } from './events.js';
import { GasMeter, INFINITE_GAS } from './gas.js';
import type { KVStore } from './store/kv.js';
import { PrefixStore } from './store/prefix_store.js';
import { ReadOnlyStore } from './store/gas_store.js';

export interface BlockInfo {
  height: number;
  /** Header time, RFC3339 with nanoseconds, from the block producer. */
  time: string;
  chainId: string;
}

export interface TxInfo {
  /** sha256 of the TxRaw bytes. */
  hash: Uint8Array;
  /** Index of the message being executed inside the tx. */
  msgIndex: number;
  /** Bech32 signers of the tx, fee payer first. */
  signers: string[];
}

/** The one-byte key prefix of each store byte (shared, never written to). */
const STORE_PREFIXES = Array.from({ length: 256 }, (_, b) => Uint8Array.of(b));

export type ExecMode = 'genesis' | 'check' | 'simulate' | 'deliver' | 'block' | 'query';

export class Ctx {
  constructor(
    readonly block: BlockInfo,
    /** Root store over all module stores (first key byte = store byte). */
    readonly store: KVStore,
    readonly events: EventManager,
    readonly gas: GasMeter,
    readonly mode: ExecMode,
    readonly tx?: TxInfo,
  ) {}

  /** Module store views made so far (keepers ask for one on every access). */
  private views: KVStore[] | undefined;

  /** A module's own store view. */
  kv(storeByte: number): KVStore {
    this.views ??= [];
    return (this.views[storeByte] ??= new PrefixStore(this.store, STORE_PREFIXES[storeByte]!));
  }

  withTx(tx: TxInfo): Ctx {
    return new Ctx(this.block, this.store, this.events, this.gas, this.mode, tx);
  }

  withStore(store: KVStore, gas: GasMeter = this.gas): Ctx {
    return new Ctx(this.block, store, this.events, gas, this.mode, this.tx);
  }
}

/** Read-only context for queries and invariants. */
export class QueryCtx {
  readonly store: KVStore;
  constructor(
    readonly block: BlockInfo,
    store: KVStore,
  ) {
    this.store = new ReadOnlyStore(store);
  }

  kv(storeByte: number): KVStore {
    return new PrefixStore(this.store, STORE_PREFIXES[storeByte]!);
  }
}

/** A block-level context (begin/end block, genesis) with an unmetered gas meter. */
export function blockCtx(block: BlockInfo, store: KVStore, events: EventManager, mode: ExecMode): Ctx {
  return new Ctx(block, store, events, new GasMeter(INFINITE_GAS), mode);
}

/** Views a Ctx as a QueryCtx (keepers' read functions accept either). */
export type ReadCtx = { block: BlockInfo; kv(storeByte: number): KVStore };
