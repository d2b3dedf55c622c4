// A CometBFT proposer's candidates: the txs CometBFT hands PrepareProposal (its mempool's, in arrival
// order) put in a mempool of their own and ordered as the embedded node's mempool orders its txs
// (score, arrival, hash; each sender's sequences in order), a bundle envelope as the bundle of the
// envelope and its inner txs. The app's block builder then places them (chain/proposal.ts).
import type { App } from '../../chain/app.js';
import { isEnvelope, openEnvelope, tryDecode } from '../../chain/bundle_envelope.js';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { decodeTx } from '../../chain/tx/decode.js';
import { txHash } from '../../chain/tx/tx_hash.js';
import { MARKET_PROPOSAL_RULES } from '../app_factory.js';
import { FEE_DENOM, Mempool, type Candidate, type PoolTx } from '../mempool.js';

/** The txs in block-building order; one that does not decode, or an envelope that does not open, is left out. */
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
      pool.insert(orderFields(app, bytes));
    } catch {
      // Not proposable (CometBFT's recheck evicts it, or it never passed CheckTx here).
    }
  }
  return pool.ordered();
}

/**
 * What the order needs of a tx, read from its decoded form only (the builder's execution runs every
 * check; the decoded tx and its hash are remembered for it): the first message's signer, the first
 * signer's sequence, the gas limit and the fee in the fee denom. Throws for a tx that does not decode.
 */
function orderFields(app: App, bytes: Uint8Array): Omit<PoolTx, 'arrival'> {
  const d = decodeTx(bytes);
  const first = d.body.messages[0];
  const r = first && app.env.routes.get(first.typeUrl);
  const seq = d.authInfo.signerInfos[0]?.sequence;
  if (!r || seq === undefined) throw new Error('no message or no signer');
  const amount = d.authInfo.fee?.amount.find((c) => c.denom === FEE_DENOM)?.amount ?? '0';
  return {
    bytes,
    hash: toHexUpper(txHash(bytes)),
    sender: r.route.signers(r.route.decode(first.value))[0]!,
    sequence: seq,
    gasWanted: Number(d.authInfo.fee?.gasLimit ?? 0n),
    fee: /^[0-9]{1,40}$/.test(amount) ? BigInt(amount) : 0n,
  };
}
