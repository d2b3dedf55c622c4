// A CometBFT proposer's candidates: the txs CometBFT hands PrepareProposal (its mempool's, in arrival
// order) put in a mempool of their own and ordered as the embedded node's mempool orders its txs
// (score, arrival, hash; each sender's sequences in order), a bundle envelope as the bundle of the
// envelope and its inner txs. The app's block builder then places them (chain/proposal.ts).
import type { App, PreparedTx } from '../../chain/app.js';
import { isEnvelope, openEnvelope } from '../../chain/bundle_envelope.js';
import { MARKET_PROPOSAL_RULES } from '../app_factory.js';
import { FEE_DENOM, Mempool, type Candidate, type PoolTx } from '../mempool.js';

/** The txs in block-building order; one that does not decode, or an envelope that does not open, is left out. */
export function proposalCandidates(app: App, txs: readonly PreparedTx[], block: { height: number; time: string }): Generator<Candidate> {
  const pool = new Mempool({ maxTxs: Infinity, maxBytes: Infinity });
  const envelope = MARKET_PROPOSAL_RULES.envelope;
  for (const tx of txs) {
    try {
      if (envelope && isEnvelope(envelope, tx.decoded)) {
        const b = openEnvelope(app.env, envelope, tx, block, FEE_DENOM);
        pool.addBundle({ ...b, id: b.hashes[0], expiresAt: 0 });
        continue;
      }
      pool.insert(orderFields(tx));
    } catch {
      // Not proposable (CometBFT's recheck evicts it, or it never passed CheckTx here).
    }
  }
  return pool.ordered();
}

/**
 * What the order needs of a tx, read from its decoded form and stateless steps only (the builder's execution runs every
 * check on the same prepared tx): the first message's signer, the first signer's sequence, the gas
 * limit and the fee in the fee denom. Throws for a tx that does not decode or fails its stateless steps.
 */
function orderFields(tx: PreparedTx): Omit<PoolTx, 'arrival'> {
  const d = tx.decodedOrThrow();
  // A tx that fails its stateless steps fails its ante in the block too: it is not proposable.
  if (tx.stateless instanceof Error) throw tx.stateless;
  const seq = d.authInfo.signerInfos[0]?.sequence;
  const sender = tx.stateless.signers[0];
  if (sender === undefined || seq === undefined) throw new Error('no message or no signer');
  const amount = d.authInfo.fee?.amount.find((c) => c.denom === FEE_DENOM)?.amount ?? '0';
  return {
    prepared: tx,
    hash: tx.hashHex,
    sender,
    sequence: seq,
    gasWanted: Number(d.authInfo.fee?.gasLimit ?? 0n),
    fee: /^[0-9]{1,40}$/.test(amount) ? BigInt(amount) : 0n,
  };
}
