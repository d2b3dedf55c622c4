// Bundle admission: an ordered list of txs simulated together on the latest state; all must succeed,
// each passes every CheckTx rule, and the bundle keeps the AMM's bundle rules (modules/amm/bundle_rules.ts).
import type { App } from '../chain/app.js';
import { ChainError, sdkErrors } from '../chain/errors.js';
import type { PreparedTx } from '../chain/tx/prepared_tx.js';
import { bundleSearcher, checkBundleRules, MAX_BUNDLE_TXS, type BundleTxShape } from '../modules/amm/index.js';
import { FEE_DENOM } from './mempool.js';

export class BundleRejected extends ChainError {}

/**
 * Dry-runs a bundle and derives what the mempool keeps: the searcher, the wrapped tx, and the score
 * (the searcher's own fees and gas: the wrapped tx is another party's and counts for nothing).
 * `pending(hash)` says whether a tx waits in the public mempool (it tells the wrapped tx of a
 * two-party, two-tx bundle from the searcher's own).
 */
export function executeBundleDry(app: App, txs: PreparedTx[], pending: (hash: string) => boolean = () => false) {
  if (txs.length === 0 || txs.length > MAX_BUNDLE_TXS) throw sdkErrors.InvalidRequest(`a bundle holds 1 to ${MAX_BUNDLE_TXS} txs, got ${txs.length}`);
  const hashes = txs.map((t) => t.hashHex);
  if (new Set(hashes).size !== hashes.length) throw sdkErrors.InvalidRequest('a bundle lists the same tx twice');
  const outs = app.dryRun(txs);
  outs.forEach((o, i) => {
    if (o.result.code !== 0) {
      throw new BundleRejected(o.result.codespace, o.result.code, `bundle tx #${i} (${hashes[i]}) failed: ${o.result.log}`);
    }
  });
  const shapes: BundleTxShape[] = outs.map((o, i) => ({ signers: o.info!.signers, typeUrls: txs[i]!.decodedOrThrow().body.messages.map((m) => m.typeUrl) }));
  const searcher = bundleSearcher(shapes, hashes.map(pending));
  const { wrapped } = checkBundleRules(shapes, searcher);
  let fee = 0n;
  let gas = 0;
  let gasTotal = 0;
  outs.forEach((o, i) => {
    gasTotal += o.info!.gasLimit;
    if (i !== wrapped) {
      fee += o.info!.fee.find((c) => c.denom === FEE_DENOM)?.amount ?? 0n;
      gas += o.info!.gasLimit;
    }
  });
  return { hashes, searcher, shapes, fee, gas, gasTotal, bytes: txs.reduce((n, t) => n + t.bytes.length, 0) };
}
