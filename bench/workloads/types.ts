// A workload: what accounts hold at genesis, optional untimed setup on the running node, and the list of
// pre-signed txs the load generator submits (in order). New workloads (issue 6's mixed money-market /
// AMM / repo workload) implement this interface and register in workloads/index.ts.
import type { BenchAccount } from '../accounts.js';
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
  /** Coins each bench account receives in genesis, e.g. "1000000000umkt". */
  genesisCoins(index: number): string;
  /** Untimed preparation against the running node (create pools, markets, …). Optional. */
  setup?(ctx: WorkloadContext): Promise<void>;
  /** Describes every tx of the timed phase, in submission order; the runner signs them (in parallel) before timing. */
  build(ctx: WorkloadContext): TxSpec[];
}
