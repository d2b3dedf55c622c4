// The pure bundle rules (issue 21 item 11): at most one wrapped tx of another party, and only
// liquidity additions of the searcher before it; the searcher of a bundle without an envelope.
import test from 'ava';
import { ChainError } from '../../chain/errors.js';
import { bundleSearcher, checkBundleRules, type BundleTxShape } from './bundle_rules.js';
import { TYPE_URLS } from './msgs.js';

const S = 'mkt1searcher', V = 'mkt1victim', W = 'mkt1second';
const tx = (signer: string | string[], ...types: string[]): BundleTxShape => ({ signers: Array.isArray(signer) ? signer : [signer], typeUrls: types });
const add = (s = S) => tx(s, TYPE_URLS.addLiquidity);
const rm = (s = S) => tx(s, TYPE_URLS.removeLiquidity);
const swap = (s: string) => tx(s, TYPE_URLS.swapExactIn);
const code = (f: () => unknown): [string, number, string] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ChainError) return [e.codespace, e.code, e.message];
    throw e;
  }
  return ['', 0, ''];
};

test('[amm/bundle-rules]: a JIT bundle [add, victim swap, remove] is allowed; the wrapped tx is #1', (t) => {
  const b = [add(), swap(V), rm()];
  t.is(bundleSearcher(b, [false, true, false]), S);
  t.deepEqual(checkBundleRules(b, S), { wrapped: 1 });
  t.deepEqual(checkBundleRules([add(), tx(S, TYPE_URLS.addLiquidity, TYPE_URLS.addLiquidity), swap(V), swap(S), rm()], S), { wrapped: 2 });
  t.deepEqual(checkBundleRules([swap(S), rm()], S), { wrapped: undefined }, 'a bundle of the searcher alone wraps nothing');
});

test('[amm/bundle-rules]: a sandwich [swap, victim swap, swap] is refused with amm/24', (t) => {
  const b = [swap(S), swap(V), swap(S)];
  t.is(bundleSearcher(b, [false, true, false]), S);
  t.deepEqual(code(() => checkBundleRules(b, S)), [
    'amm', 24,
    `bundle tx #0 of the searcher ${S} comes before the wrapped tx #1 and carries ${TYPE_URLS.swapExactIn}; only ${TYPE_URLS.addLiquidity} may come before it: only liquidity additions may come before a bundle's wrapped tx`,
  ]);
  // a removal, another message in the same tx, or a bank send before the wrapped tx: refused too
  t.is(code(() => checkBundleRules([rm(), swap(V)], S))[1], 24);
  t.is(code(() => checkBundleRules([tx(S, TYPE_URLS.addLiquidity, TYPE_URLS.swapExactOut), swap(V), rm()], S))[1], 24);
  t.is(code(() => checkBundleRules([tx(S, '/cosmos.bank.v1beta1.MsgSend'), swap(V)], S))[1], 24);
});

test('[amm/bundle-rules]: a bundle wrapping two victims is refused with amm/23', (t) => {
  const b = [add(), swap(V), swap(W), rm()];
  t.deepEqual(code(() => bundleSearcher(b, [false, true, true, false])), ['amm', 23, "no address signs alone all but one of the bundle's 4 txs; a bundle wraps at most one tx of another party: bundle wraps more than one tx of another party"]);
  t.deepEqual(code(() => checkBundleRules(b, S)), ['amm', 23, `bundle txs #1, #2 are not signed by the searcher ${S} alone; a bundle wraps at most one tx of another party: bundle wraps more than one tx of another party`]);
  // three parties, no searcher at all
  t.deepEqual(code(() => bundleSearcher([swap(V), swap(W), swap(S)], [true, true, false])).slice(0, 2), ['amm', 23]);
  // two txs of each of two parties
  t.deepEqual(code(() => bundleSearcher([swap(V), swap(V), swap(S), swap(S)], [true, true, false, false])).slice(0, 2), ['amm', 23]);
  // a tx co-signed by the searcher and another party is not the searcher's own
  t.deepEqual(code(() => checkBundleRules([add(), tx([S, V], TYPE_URLS.swapExactIn), swap(V)], S)).slice(0, 2), ['amm', 23]);
});

test('[amm/bundle-rules]: a two-tx bundle of two parties: the pending tx is the wrapped one; otherwise the first signer is the searcher', (t) => {
  // back-run [victim, searcher swap]: the victim's tx is pending, so the searcher is the back-runner and the bundle is allowed
  t.is(bundleSearcher([swap(V), swap(S)], [true, false]), S);
  t.deepEqual(checkBundleRules([swap(V), swap(S)], S), { wrapped: 0 });
  // front-run [searcher swap, victim]: refused whatever is pending
  for (const pending of [[false, true], [true, true], [false, false]]) {
    const s = bundleSearcher([swap(S), swap(V)], pending);
    t.is(s, S);
    t.is(code(() => checkBundleRules([swap(S), swap(V)], s))[1], 24);
  }
  // [JIT add, victim]: allowed, searcher S
  t.is(bundleSearcher([add(), swap(V)], [false, true]), S);
  t.deepEqual(checkBundleRules([add(), swap(V)], S), { wrapped: 1 });
});
