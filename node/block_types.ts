// Stored block and results records (the block as JSON in LevelDB, the results in results_layout.ts's
// binary form; hashes are computed from fields, never from the stored bytes).
import type { Event } from '../chain/events.js';

export interface StoredHeader {
  chain_id: string;
  height: number;
  time: string;
  last_block_hash: string; // hex, "" at the initial height
  last_commit_hash: string;
  data_hash: string;
  validators_hash: string;
  next_validators_hash: string;
  consensus_hash: string;
  app_hash: string; // state root after height-1
  last_results_hash: string; // results of height-1
  evidence_hash: string;
  proposer_address: string;
}

export interface StoredCommitSig {
  height: number;
  block_hash: string;
  validator_address: string;
  timestamp: string;
  signature: string; // base64 ed25519
}

export interface StoredBlock {
  hash: string; // hex upper
  header: StoredHeader;
  txs: string[]; // base64 TxRaw
  /** Signature of the previous block (absent at the initial height). */
  last_commit: StoredCommitSig | null;
}

export interface StoredTxResult {
  code: number;
  codespace: string;
  log: string;
  data: string; // base64
  gas_wanted: number;
  gas_used: number;
  events: Event[];
}

export interface StoredResults {
  height: number;
  app_hash: string; // hex, state root after this block
  results_hash: string; // hex
  store_roots: { name: string; root: string }[];
  txs_results: StoredTxResult[];
  finalize_block_events: Event[];
  /** This block's own commit signature (included in the next block's last_commit). */
  commit: StoredCommitSig;
}

export interface Meta {
  chainId: string;
  height: number;
  appHash: string;
  time: string;
  blockHash: string;
}
