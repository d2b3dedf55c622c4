// The pool's verification results are reused by the ante only for the exact (message, signature, key)
// they were computed for; the decode memo shares one decoded tx per byte array.
import test from 'ava';
import { decodeTx } from '../../chain/tx/decode.js';
import { makeTestChain } from '../helpers/app.js';
import { sendMsg, signTx } from '../helpers/accounts.js';

test('[integration/sig-cache]: a primed result is reused for the same tx: a pool "invalid" answer rejects it with sdk/4', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const tx = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const jobs = c.app.signatureJobs(tx);
  t.is(jobs.length, 1);
  c.app.primeSignatures(jobs, [false]);
  const r = c.app.checkTx(tx).result;
  t.is(r.codespace, 'sdk');
  t.is(r.code, 4);
  t.regex(r.log, /signature verification failed/);
});

test('[integration/sig-cache]: a result primed for a different message or sign doc is not trusted; the ante verifies for real', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const tx = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const [job] = c.app.signatureJobs(tx);
  const otherMsg = job!.msg.slice();
  otherMsg[otherMsg.length - 1]! ^= 1;
  c.app.primeSignatures([{ ...job!, msg: otherMsg, doc: undefined }], [false]);
  t.is(c.app.checkTx(tx).result.code, 0);
  // a doc of another account number, or the same bytes decoded separately (not the same arrays)
  c.app.resetCheckState();
  c.app.primeSignatures([{ ...job!, msg: otherMsg, doc: { ...job!.doc!, accountNumber: 1n } }], [false]);
  t.is(c.app.checkTx(tx).result.code, 0);
  const copy = decodeTx(tx.slice()).raw;
  c.app.resetCheckState();
  c.app.primeSignatures([{ ...job!, msg: otherMsg, doc: { ...job!.doc!, bodyBytes: copy.bodyBytes } }], [false]);
  t.is(c.app.checkTx(tx).result.code, 0);
  // the job as signatureJobs made it is found by its doc: a primed "invalid" is trusted
  c.app.resetCheckState();
  c.app.primeSignatures([{ ...job! }], [false]);
  t.is(c.app.checkTx(tx).result.code, 4);
  c.app.resetCheckState();
  c.app.primeSignatures([{ ...job! }], [true]);
  // and the block delivers it (the CheckTx verification is reused there)
  const out = c.block([tx]);
  t.deepEqual(out.txResults.map((x) => x.code), [0]);
});

test('[integration/sig-cache]: decodeTx returns one shared decoded tx per byte array; an equal copy decodes equal', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const tx = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const d = decodeTx(tx);
  t.is(decodeTx(tx), d);
  const copy = tx.slice();
  t.not(decodeTx(copy), d);
  t.deepEqual(decodeTx(copy).raw, d.raw);
  const bad = tx.slice(0, 10);
  t.throws(() => decodeTx(bad), { message: /failed to decode tx/ });
  t.throws(() => decodeTx(bad), { message: /failed to decode tx/ }, 'failures are not memoised as successes');
});
