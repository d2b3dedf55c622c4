// A CometBFT proposer's candidates: the txs CometBFT hands PrepareProposal (its mempool's, in arrival
// order) put in a mempool of their own and ordered as the embedded node's mempool orders its txs
// (score, arrival, hash; each sender's sequences in order), a bundle envelope as the bundle of the
// envelope and its inner txs. The app's block builder then places them (chain/proposal.ts).
import type { App } from '../../chain/app.js';
import { isEnvelope, openEnvelope, tryDecode } from '../../chain/bundle_envelope.js';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { statelessChecks } from '../../chain/tx/run_tx.js';
import { txHash } from '../../chain/tx/tx_hash.js';
import { MARKET_PROPOSAL_RULES } from '../app_factory.js';
import { FEE_DENOM, Mempool, type Candidate } from '../mempool.js';

/** The proposable txs in block-building order; a tx that fails the ante's stateless steps is left out. */
export function proposalCandidates(app: App, txs: readonly Uint8Array[], block: { height: number; time: string }): Generator<Candidate> {
  const pool = new Mempool({ maxTxs: Infinity, maxBytes: Infinity });
  const envelope = MARKET_PROPOSAL_RULES.envelope;
  for (const bytes of txs) {
    try {
      if (envelope && isEnvelope(envelope, tryDecode(bytes))) {
        const b = openEnvelope(app.env, envelope, bytes, block, FEE_DENOM);
        pool.addBundle({ ...b, id: b.hashes[0], expiresAt: 0 });
        continue;
      }
      const { decoded, sl } = statelessChecks(app.env, bytes, block, 'deliver');
      const fee = sl.fee.find((c) => c.denom === FEE_DENOM)?.amount ?? 0n;
      pool.insert({ bytes, hash: toHexUpper(txHash(bytes)), sender: sl.signers[0]!, sequence: decoded.authInfo.signerInfos[0]!.sequence, gasWanted: sl.gasLimit, fee });
    } catch {
      // Not proposable (CometBFT's recheck evicts it, or it never passed CheckTx here).
    }
  }
  return pool.ordered();
}
