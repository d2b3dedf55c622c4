// The bundle rules (ARCHITECTURE §7), pure over a bundle's txs as signer lists and message type URLs, so
// the node's admission, its block builder and (under CometBFT) ProcessProposal apply one check:
// - a bundle wraps at most one tx of another party: every tx but at most one is signed by the
//   searcher alone (a tx with several signers is never the searcher's own);
// - the searcher's txs before the wrapped tx may only add liquidity (every message a
//   MsgAddLiquidity): a JIT bundle [add, swap, remove] stays possible, a sandwich [swap, swap, swap]
//   or a front-run [swap, swap] does not. Txs after the wrapped tx may be anything (a back-run only
//   trades against the price the wrapped tx left);
// - no tx in a bundle is itself a bundle envelope (MsgBundle): bundles do not nest.
import { ErrBundleFrontRun, ErrBundleWrapsMany, ErrInvalidBundle } from './errors.js';
import { TYPE_URLS } from './msgs.js';

export interface BundleTxShape {
  signers: string[];
  typeUrls: string[];
}

const soleSigner = (t: BundleTxShape): string | undefined => (t.signers.length === 1 ? t.signers[0] : undefined);

/**
 * Checks a bundle against its searcher: returns the index of the wrapped tx (the one tx not signed
 * by the searcher alone), or undefined when every tx is the searcher's. Throws amm/23, amm/24, or
 * amm/28 for a nested envelope.
 */
export function checkBundleRules(txs: BundleTxShape[], searcher: string): { wrapped: number | undefined } {
  const nested = txs.findIndex((t) => t.typeUrls.includes(TYPE_URLS.bundle));
  if (nested >= 0) throw ErrInvalidBundle(`bundle tx #${nested} is itself a bundle envelope (${TYPE_URLS.bundle}); bundles do not nest`);
  const others = txs.flatMap((t, i) => (soleSigner(t) === searcher ? [] : [i]));
  if (others.length > 1) {
    throw ErrBundleWrapsMany(`bundle txs #${others.join(', #')} are not signed by the searcher ${searcher} alone; a bundle wraps at most one tx of another party`);
  }
  const wrapped = others[0];
  if (wrapped === undefined) return { wrapped };
  for (let i = 0; i < wrapped; i++) {
    const bad = txs[i]!.typeUrls.find((u) => u !== TYPE_URLS.addLiquidity);
    if (bad !== undefined) {
      throw ErrBundleFrontRun(`bundle tx #${i} of the searcher ${searcher} comes before the wrapped tx #${wrapped} and carries ${bad}; only ${TYPE_URLS.addLiquidity} may come before it`);
    }
  }
  return { wrapped };
}

/**
 * The searcher of a bundle submitted without an envelope naming it (broadcast_bundle): the address
 * that signs alone every tx but at most one. Only a two-tx bundle of two parties leaves a choice;
 * then the wrapped tx is the one pending in the public mempool (`pending[i]`), and when both or
 * neither are pending the first tx's signer is the searcher, the reading under which the rules are
 * strictest (its tx comes before the wrapped one). Throws amm/23 when no address qualifies.
 */
export function bundleSearcher(txs: BundleTxShape[], pending: boolean[]): string {
  const counts = new Map<string, number>();
  for (const t of txs) {
    const s = soleSigner(t);
    if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const candidates = [...counts].filter(([, n]) => txs.length - n <= 1).map(([s]) => s);
  if (candidates.length === 0) {
    throw ErrBundleWrapsMany(`no address signs alone all but one of the bundle's ${txs.length} txs; a bundle wraps at most one tx of another party`);
  }
  if (candidates.length === 1) return candidates[0]!;
  // two txs, two sole signers
  if (pending[0] !== pending[1]) return soleSigner(txs[pending[0] ? 1 : 0]!)!;
  return soleSigner(txs[0]!)!;
}
