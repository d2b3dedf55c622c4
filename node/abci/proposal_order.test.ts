// A CometBFT proposer's block (ChainAbciApp.prepareProposal: proposalCandidates, then the app's
// builder) over the txs CometBFT hands it: a bundle envelope that outbids the swap it wraps is
// unpacked to its place, the swap not included again; one that bids less is left out whole (outbid),
// as is one whose tx fails; the proposal passes ProcessProposal and FinalizeBlock finishes it.
import test from 'ava';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { GARBAGE, jitSetup } from '../../modules/amm/testing/jit_envelope.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { proposalCandidates } from './proposal_order.js';

const hash = (tx: Uint8Array) => toHexUpper(sha256(tx));

async function propose(c: Awaited<ReturnType<typeof jitSetup>>['c'], txs: Uint8Array[]) {
  const block = { height: c.app.lastHeight + 1, time: '2026-01-01T01:00:00.000000000Z' };
  const built = await c.app.prepareProposal({ ...block, candidates: proposalCandidates(c.app, txs.map((tx) => c.app.prepareTx(tx)), block), maxTxBytes: 4 << 20, maxGas: Number.MAX_SAFE_INTEGER });
  return { block, built, txs: built.txs.map((tx) => tx.bytes) };
}

test('[abci/proposal]: an envelope that outbids its swap lands at its place as [envelope, add, swap, remove], the swap once; the block passes ProcessProposal and FinalizeBlock', async (t) => {
  const { c, jit, s, add, swap, rm, envelope } = await jitSetup();
  const env = await envelope([add, swap, rm]); // (5000 + 2 × 2000) / 6,000,000 gas above the swap's 2000 / 2,000,000
  // CometBFT's mempool order: the swap first, then the envelope, with a stray undecodable tx
  const { block, built, txs } = await propose(c, [swap, GARBAGE, env]);
  t.deepEqual(txs.map(hash), [env, add, swap, rm].map(hash));
  t.deepEqual(built.droppedBundles, []);
  t.deepEqual(c.app.processProposal({ ...block, txs }), { status: 'ACCEPT' });
  const out = c.app.finalizeBlock({ ...block, txs });
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0, 0]);
  c.app.commit();
  t.is(getAccount(c.q(), jit.address)!.sequence, s + 3n);
});

test('[abci/proposal]: an envelope bidding below its swap is outbid, one whose tx fails is left out whole; the swap lands on its own', async (t) => {
  const { c, user, add, swap, swapMsg, rm, envelope } = await jitSetup();
  const low = await envelope([add, swap, rm], undefined, '0'); // 4000 / 6,000,000 gas: below the swap's price
  const first = await propose(c, [low, swap]);
  t.deepEqual(first.txs.map(hash), [hash(swap)]);
  t.is(first.built.droppedBundles.length, 1);
  t.is(first.built.droppedBundles[0]!.id, hash(low), 'an envelope bundle is named by its tx hash');
  t.regex(first.built.droppedBundles[0]!.reason, new RegExp(`^outbid: its tx ${hash(swap)} is already in the block through tx ${hash(swap)} on its own \\(score 2000umkt/2000000 gas\\)`));

  const badSwap = await c.signAt(user, [swapMsg('1000000000')], getAccount(c.q(), user.address)!.sequence);
  const failing = await envelope([add, badSwap, rm]);
  const second = await propose(c, [failing, swap]);
  t.deepEqual(second.txs.map(hash), [hash(swap)]);
  t.regex(second.built.droppedBundles[0]!.reason, /^its tx #2 \([0-9A-F]{64}\) failed: amm\/14 /);
});
