// The tx hash, sha256 of the TxRaw bytes, once per byte array: the same bytes object passes through
// the mempool, CheckTx, DeliverTx and the block header and index (as decodeTx shares decoded txs).
import { sha256 } from '../crypto.js';
import { sharedTxCache } from './tx_cache.js';

const hashes = sharedTxCache<Uint8Array, Uint8Array>();

/** sha256(bytes), remembered by the identity of `bytes` (tx bytes are never written to). Do not mutate the result. */
export function txHash(bytes: Uint8Array): Uint8Array {
  let h = hashes.get(bytes);
  if (h === undefined) {
    h = sha256(bytes);
    hashes.set(bytes, h);
  }
  return h;
}
