// A workload: what accounts hold at genesis, optional untimed setup on the running node, and the list of
// pre-signed txs the load generator submits (in order). New workloads implement this interface and
// register in workloads/index.ts.
import type { BenchAccount } from '../accounts.js';
import type { PlanItem } from '../load.js';
import type { TxSpec } from '../sign_pool.js';

export interface WorkloadContext {
  chainId: string;
  rpcUrl: string;
  accounts: BenchAccount[];
  /** Account numbers as assigned on chain (queried after start, before timing). */
  accountNumbers: Map<string, bigint>;
  /** Next unused sequence per address (setup txs advance it). */
  sequences: Map<string, bigint>;
  txs: number;
  seed: string;
}

export interface Workload {
  name: string;
  description: string;
  /** Default `--txs` for this workload (20,000 otherwise). */
  defaultTxs?: number;
  /** Default `--accounts` for this workload (1,000 otherwise). */
  defaultAccounts?: number;
  /** Default `--warmup`: untimed bank sends before the timed phases (0 when not set). */
  warmupTxs?: number;
  /** How many of the first accounts sign txs (their account numbers are queried); all by default. */
  signers?(accounts: number): number;
  /** Coins each bench account receives in genesis, e.g. "1000000000umkt". */
  genesisCoins(index: number): string;
  /** Edits the genesis app_state after the accounts were added (module sections: markets, pools, params). */
  genesis?(appState: Record<string, any>, accounts: BenchAccount[]): void;
  /** Untimed preparation against the running node (create pools, markets, …). Optional. */
  setup?(ctx: WorkloadContext): Promise<void>;
  /** Describes every tx of the timed phase, in submission order; the runner signs them (in parallel) before timing. */
  build(ctx: WorkloadContext): TxSpec[];
  /**
   * Optional, still before timing: receives the signed txs of `build` (same order) and returns the final
   * tx list (it may append txs that depend on signed bytes, e.g. a JIT remove naming a position id
   * derived from its add tx's hash) and the submission plan (bundles, gated waves).
   */
  finish?(ctx: WorkloadContext, signed: Uint8Array[]): { txs: Uint8Array[]; plan: PlanItem[] };
}
