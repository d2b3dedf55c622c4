// A bundle envelope is a prepared tx like any other (chain/tx/prepared_tx.ts): preparing it prepares
// its inner txs once, and CheckTx, the block and replay read them there: each signature of the bundle
// is verified once, a worker pool's answer for an inner tx lands in that tx's slot, and the block's
// inner txs are the envelope's own prepared txs. Replay delivers a block a part at a time with the
// same atomic units as FinalizeBlock.
import test from 'ava';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { verifySecp256k1 } from '../../chain/secp256k1.js';
import { recordVerifiedEach } from '../../chain/tx/prepared_tx.js';
import { getAccount } from '../auth/keeper.js';
import { jitSetup } from './testing/jit_envelope.js';

const hash = (tx: Uint8Array) => toHexUpper(sha256(tx));

test('[amm/envelope-prepared]: an envelope is prepared with its inner txs; CheckTx verifies each of the 4 signatures once and FinalizeBlock of the block bytes verifies none again', async (t) => {
  let verified = 0;
  const { c, jit, s, add, swap, rm, envelope } = await jitSetup({ verifySignature: (m, sig, k) => (verified++, verifySecp256k1(m, sig, k)) });
  const bytes = await envelope([add, swap, rm]);
  const p = c.app.prepareTx(bytes);
  t.is(p.envelope!.searcher, jit.address);
  t.deepEqual(p.envelope!.txs.map((x) => x.hashHex), [add, swap, rm].map(hash));
  t.true(p.envelope!.txs.every((x) => x.decoded !== undefined && !(x.stateless instanceof Error)));

  verified = 0;
  const r = c.app.checkTx(p);
  t.is(r.result.code, 0, r.result.log);
  t.is(r.bundle!.txs[0], p);
  t.deepEqual(r.bundle!.txs.slice(1), p.envelope!.txs, 'the bundle is the envelope and its own prepared inner txs');
  t.is(verified, 4, 'the envelope and its three inner txs, each once (the dry run and the check state share the slots)');

  // CometBFT hands the block as bytes: the inner txs after the envelope become its prepared ones
  const block = c.app.prepareBlockTxs([p, add, swap, rm]);
  t.deepEqual(block.slice(1), p.envelope!.txs);
  const out = c.block([p, add, swap, rm]);
  t.deepEqual(out.txResults.map((x) => x.code), [0, 0, 0, 0]);
  t.is(out.txs[2], p.envelope!.txs[1]);
  t.is(verified, 4, 'the block verified nothing again');
  t.is(getAccount(c.q(), jit.address)!.sequence, s + 3n);
});

test('[amm/envelope-prepared]: a pool answer for an inner tx fills that tx\'s slot: "invalid" for the swap refuses the envelope at CheckTx with sdk/4 naming bundle tx #1', async (t) => {
  const { c, add, swap, rm, envelope } = await jitSetup();
  const p = c.app.prepareTx(await envelope([add, swap, rm]));
  const txs = [p, ...p.envelope!.txs];
  const jobs = txs.map((x) => c.app.signatureJobs(x));
  t.deepEqual(jobs.map((j) => j.length), [1, 1, 1, 1]);
  recordVerifiedEach(txs, jobs, [true, true, false, true]);
  t.deepEqual(txs.map((x) => x.signatures[0]?.ok), [true, true, false, true]);
  const r = c.app.checkTx(p).result;
  t.deepEqual([r.codespace, r.code], ['sdk', 4]);
  t.regex(r.log, new RegExp(`^bundle tx #1 \\(${hash(swap)}\\) failed: signature verification failed`));
});

test('[amm/envelope-prepared]: a block delivered a part at a time (App.deliverBlockTxs, as replay does) keeps an envelope and its txs one unit: a reverted bundle gives FinalizeBlock\'s results and app hash', async (t) => {
  const { c, user, s, add, swapMsg, rm, envelope, send } = await jitSetup();
  const badSwap = await c.signAt(user, [swapMsg('1000000000')], getAccount(c.q(), user.address)!.sequence);
  const env = await envelope([add, badSwap, rm]);
  const after = await send(s); // the reverted unit gave the envelope's sequence back
  const bytes = [env, add, badSwap, rm, after];
  const h = c.app.lastHeight + 1;
  const time = '2026-01-01T01:00:00.000000000Z';
  const whole = c.app.finalizeBlock({ height: h, time, txs: bytes });
  t.deepEqual(whole.txResults.map((x) => `${x.codespace}/${x.code}`), ['amm/32', 'amm/32', 'amm/32', 'amm/32', '/0']);
  c.app.discardCandidate();

  const txs = c.app.prepareBlockTxs(bytes);
  const exec = c.app.beginBlock({ height: h, time });
  t.is(c.app.deliverBlockTxs(exec, txs, 0, 2), 4, 'the unit that starts in the first part runs whole, past its end');
  t.is(c.app.deliverBlockTxs(exec, txs, 4, 5), 5);
  const parts = exec.finish();
  t.deepEqual(parts.txResults.map((x) => [x.code, x.log]), whole.txResults.map((x) => [x.code, x.log]));
  t.deepEqual(parts.appHash, whole.appHash);
});
