// The bundle envelope (MsgBundle): a JIT bundle as one ordinary tx signed by its searcher, whose fee is
// the searcher's bid, carrying the ordered inner txs (as Skip block-sdk's auction bid tx). CometBFT's
// mempool knows only txs, so this is how a bundle reaches a CometBFT proposer; the embedded node takes
// it too. The chain's side (chain/bundle_envelope.ts) decodes the inner txs and places them; this file
// holds what is the AMM's: the message's stateless checks, the order of the searcher's txs, the rules
// (bundle_rules.ts) and the errors.
import type { EnvelopeRules } from '../../chain/bundle_envelope.js';
import { toHex } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { marketchain } from '../../proto/amm.js';
import { checkBundleRules, type BundleTxShape } from './bundle_rules.js';
import { ErrBundleOrder, ErrBundleReverted, ErrBundleSplit, ErrInvalidBundleTx, ErrInvalidBundle } from './errors.js';
import { checkAddress, TYPE_URLS } from './msgs.js';

/** The most txs one bundle carries (broadcast_bundle's limit too). */
export const MAX_BUNDLE_TXS = 8;

export type MsgBundle = InstanceType<typeof marketchain.amm.v1.MsgBundle>;

/** MsgBundle's stateless checks: a valid sender, 1 to 8 txs, none empty, none twice. */
export function validateMsgBundle(m: MsgBundle): void {
  checkAddress(m.sender);
  if (m.txs.length === 0 || m.txs.length > MAX_BUNDLE_TXS) throw ErrInvalidBundle(`a bundle holds 1 to ${MAX_BUNDLE_TXS} txs, got ${m.txs.length}`);
  const seen = new Map<string, number>();
  m.txs.forEach((t, i) => {
    if (t.length === 0) throw ErrInvalidBundle(`bundle tx #${i} is empty`);
    const h = toHex(sha256(t));
    const j = seen.get(h);
    if (j !== undefined) throw ErrInvalidBundle(`bundle txs #${j} and #${i} are the same tx`);
    seen.set(h, i);
  });
}

/** An inner tx as the order check sees it: its signers, message types and signer sequences. */
export interface EnvelopeInnerTx extends BundleTxShape {
  sequences: bigint[];
}

const ownSequence = (t: EnvelopeInnerTx, searcher: string): bigint | undefined => (t.signers.length === 1 && t.signers[0] === searcher ? t.sequences[0] : undefined);

/**
 * Checks an envelope's inner txs against its searcher, who signed the envelope at `envelopeSequence`.
 * The searcher's own txs run right after the envelope, so they must carry the next sequences in
 * order: the same sequences in another order is amm/30 (reordered), anything else (a gap, a repeat, a
 * start elsewhere) is amm/31 (a tx between them would run outside the bundle: the bundle is split).
 * Then the bundle rules (amm/23, amm/24). Returns the index of the wrapped tx, if any.
 */
export function checkEnvelopeTxs(searcher: string, envelopeSequence: bigint, inner: EnvelopeInnerTx[]): { wrapped: number | undefined } {
  const own = inner.flatMap((t) => {
    const s = ownSequence(t, searcher);
    return s === undefined ? [] : [s];
  });
  const expected = own.map((_, k) => envelopeSequence + 1n + BigInt(k));
  const list = (xs: bigint[]) => xs.join(', ');
  if (own.some((s, k) => s !== expected[k])) {
    const sorted = [...own].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const what = `the searcher ${searcher}'s bundle txs carry sequences ${list(own)}; after the envelope's sequence ${envelopeSequence} they must be ${list(expected)}`;
    if (sorted.every((s, k) => s === expected[k])) throw ErrBundleOrder(`${what}, in that order`);
    throw ErrBundleSplit(`${what} (a tx of the searcher between them would run outside the bundle)`);
  }
  return checkBundleRules(inner, searcher);
}

/** The AMM's envelope as the chain places it (node/app_factory.ts wires it into the proposal rules). */
export const AMM_BUNDLE_ENVELOPE: EnvelopeRules = {
  typeUrl: TYPE_URLS.bundle,
  open: (msg) => {
    const m = msg as MsgBundle;
    return { searcher: m.sender, txs: m.txs };
  },
  checkInner: (searcher, envelopeSequence, inner) => checkEnvelopeTxs(searcher, envelopeSequence, inner),
  errors: { invalid: ErrInvalidBundle, invalidTx: ErrInvalidBundleTx, order: ErrBundleOrder, split: ErrBundleSplit, reverted: ErrBundleReverted },
};
