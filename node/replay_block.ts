// What `replay` needs of a stored block and its results: the header's time and app hash, the tx bytes,
// and the recorded hashes, store roots and per-tx code and gas. The database thread makes it from the
// stored block and the results record's summary (results_layout.ts), so neither thread builds a tx's
// events and the replaying thread does not decode base64.
import { fromBase64 } from '../chain/codec/bytes.js';
import type { StoredBlock } from './block_types.js';
import type { ResultsSummary } from './results_layout.js';

export interface ReplayBlock {
  time: string;
  /** The header's app hash: the state root after the previous block. */
  headerAppHash: string;
  txs: Uint8Array[];
  appHash: string;
  resultsHash: string;
  storeRoots: { name: string; root: string }[];
  codes: number[];
  gasUsed: number[];
}

export function replayBlock(block: StoredBlock, results: ResultsSummary): ReplayBlock {
  return {
    time: block.header.time,
    headerAppHash: block.header.app_hash,
    txs: block.txs.map(fromBase64),
    appHash: results.app_hash,
    resultsHash: results.results_hash,
    storeRoots: results.store_roots,
    codes: results.codes,
    gasUsed: results.gasUsed,
  };
}
