// Bundle admission: an ordered list of txs simulated together on the latest state; all must succeed.
import { toHexUpper } from '../chain/codec/bytes.js';
import type { App } from '../chain/app.js';
import { sha256 } from '../chain/crypto.js';
import { ChainError, sdkErrors } from '../chain/errors.js';
import { FEE_DENOM } from './mempool.js';

export const MAX_BUNDLE_TXS = 8;

export class BundleRejected extends ChainError {}

export function executeBundleDry(app: App, txs: Uint8Array[]) {
  if (txs.length === 0 || txs.length > MAX_BUNDLE_TXS) throw sdkErrors.InvalidRequest(`a bundle holds 1 to ${MAX_BUNDLE_TXS} txs, got ${txs.length}`);
  const hashes = txs.map((t) => toHexUpper(sha256(t)));
  if (new Set(hashes).size !== hashes.length) throw sdkErrors.InvalidRequest('a bundle lists the same tx twice');
  const outs = app.dryRun(txs);
  outs.forEach((o, i) => {
    if (o.result.code !== 0) {
      throw new BundleRejected(o.result.codespace, o.result.code, `bundle tx #${i} (${hashes[i]}) failed: ${o.result.log}`);
    }
  });
  const searcher = outs[0]!.info!.signers[0]!;
  let fee = 0n;
  let gas = 0;
  let gasTotal = 0;
  for (const o of outs) {
    gasTotal += o.info!.gasLimit;
    if (o.info!.signers[0] === searcher) {
      fee += o.info!.fee.find((c) => c.denom === FEE_DENOM)?.amount ?? 0n;
      gas += o.info!.gasLimit;
    }
  }
  return { hashes, searcher, fee, gas, gasTotal, bytes: txs.reduce((n, t) => n + t.length, 0) };
}
