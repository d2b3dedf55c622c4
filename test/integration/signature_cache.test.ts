// A signature is verified once per tx: the prepared tx (chain/tx/prepared_tx.ts) carries the result in
// its signature slot from admission (the worker pool's answer or CheckTx's own verification) to the
// block. A slot is trusted only for the chain id, account number and key it was verified for; nothing
// is shared between two preparations of the same bytes.
import test from 'ava';
import { createMarketApp } from '../../node/app_factory.js';
import { verifySecp256k1 } from '../../chain/secp256k1.js';
import { blockTime, GENESIS_TIME, makeTestChain, TEST_CHAIN_ID } from '../helpers/app.js';
import { sendMsg, signTx } from '../helpers/accounts.js';

test('[integration/sig-cache]: a pool "invalid" answer recorded in the prepared tx rejects it with sdk/4; a "valid" one is delivered by the block', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const tx = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const p = c.app.prepareTx(tx);
  const jobs = c.app.signatureJobs(p);
  t.is(jobs.length, 1);
  t.deepEqual(jobs[0]!.slot, { index: 0, chainId: TEST_CHAIN_ID, accountNumber: 0n });
  p.recordVerified(jobs, [false]);
  const r = c.app.checkTx(p).result;
  t.deepEqual([r.codespace, r.code], ['sdk', 4]);
  t.regex(r.log, /signature verification failed/);
  p.recordVerified(jobs, [true]);
  c.app.resetCheckState();
  t.is(c.app.checkTx(p).result.code, 0);
  t.deepEqual(c.block([p]).txResults.map((x) => x.code), [0]);
});

test('[integration/sig-cache]: a slot verified for another account number, chain id or key is not trusted: the ante verifies for real and records its result', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const tx = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const [job] = c.app.signatureJobs(c.app.prepareTx(tx));
  const otherKey = job!.pk.slice();
  otherKey[32]! ^= 1;
  for (const slot of [
    { chainId: TEST_CHAIN_ID, accountNumber: 1n, pubKey: job!.pk, ok: false },
    { chainId: 'another-chain', accountNumber: 0n, pubKey: job!.pk, ok: false },
    { chainId: TEST_CHAIN_ID, accountNumber: 0n, pubKey: otherKey, ok: false },
  ]) {
    const p = c.app.prepareTx(tx);
    p.recordSignature(0, slot);
    c.app.resetCheckState();
    t.is(c.app.checkTx(p).result.code, 0, `slot ${slot.chainId}/${slot.accountNumber} not trusted`);
    t.deepEqual(p.signatures[0], { chainId: TEST_CHAIN_ID, accountNumber: 0n, pubKey: p.signatures[0]!.pubKey, ok: true });
    t.deepEqual(p.signatures[0]!.pubKey, job!.pk);
  }
});

test('[integration/sig-cache]: CheckTx verifies once and the block reuses the prepared tx; the same bytes prepared again share nothing', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  let verified = 0;
  const app = createMarketApp({ verifySignature: (m, s, k) => (verified++, verifySecp256k1(m, s, k)) });
  app.initChain(TEST_CHAIN_ID, GENESIS_TIME, c.genesis);
  const tx1 = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const tx2 = await signTx(a, [sendMsg(a.address, b.address, '8')], { accountNumber: 0, sequence: 1 });
  const p1 = app.prepareTx(tx1);
  t.is(app.checkTx(p1).result.code, 0);
  t.is(verified, 1);
  t.not(app.prepareTx(tx1), p1, 'no cache by bytes: a new preparation');
  t.is(app.prepareTx(tx1).signatures.length, 0);
  // the block gets p1 (its slot filled by CheckTx) and tx2's bytes, prepared by finalizeBlock
  const out = app.finalizeBlock({ height: 1, time: blockTime(1), txs: [p1, tx2] });
  t.deepEqual(out.txResults.map((x) => x.code), [0, 0]);
  t.is(verified, 2, 'p1 was not verified again; tx2 once');
  t.is(out.txs[0], p1);
  t.deepEqual(out.txs[1]!.bytes, tx2);
});
