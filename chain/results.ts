// Tx results, as ABCI ExecTxResult, and their deterministic hash (CometBFT LastResultsHash).
import { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import type { Event } from './events.js';
import { hashFromByteSlices } from './merkle/simple_merkle.js';

export interface TxResult {
  code: number;
  codespace: string;
  log: string;
  /** TxMsgData bytes (msg responses). */
  data: Uint8Array;
  gasWanted: number;
  gasUsed: number;
  events: Event[];
}

/** Only code, data, gas_wanted and gas_used enter the results hash (CometBFT deterministicExecTxResult). */
export function resultsHash(results: TxResult[]): Uint8Array {
  return hashFromByteSlices(
    results.map((r) =>
      ExecTxResult.encode(
        ExecTxResult.fromPartial({ code: r.code, data: r.data, gasWanted: BigInt(r.gasWanted), gasUsed: BigInt(r.gasUsed) }),
      ).finish(),
    ),
  );
}
