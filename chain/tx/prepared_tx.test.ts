// A prepared tx holds what admission derived from the bytes, once: hash, decoded tx or decode error,
// the block-independent stateless outcome (errors kept, and given in the SDK's order with the block's
// own checks), and signature slots filled only by a verification.
import test from 'ava';
import { createHash } from 'node:crypto';
import { ChainError } from '../errors.js';
import { makeTestChain } from '../../test/helpers/app.js';
import { sendMsg, signTx } from '../../test/helpers/accounts.js';

const delegate = (a: string) => ({ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: { delegatorAddress: a, validatorAddress: 'mktvaloper1x', amount: { denom: 'umkt', amount: '1' } } });

test('[tx/prepared]: bytes that do not decode: the decode error is kept (sdk/2) and given by every use; no signature job', async (t) => {
  const c = await makeTestChain(1);
  const bytes = Uint8Array.of(1, 2, 3);
  const p = c.app.prepareTx(bytes);
  t.deepEqual(Buffer.from(p.hash), createHash('sha256').update(bytes).digest());
  t.is(p.hashHex, createHash('sha256').update(bytes).digest('hex').toUpperCase());
  t.is(p.decoded, undefined);
  t.true(p.decodeError instanceof ChainError);
  t.deepEqual([p.decodeError!.codespace, p.decodeError!.code], ['sdk', 2]);
  t.is(p.stateless, p.decodeError!);
  t.throws(() => p.decodedOrThrow(), { is: p.decodeError });
  t.deepEqual(c.app.signatureJobs(p), []);
  const r = c.app.checkTx(p).result;
  t.deepEqual([r.codespace, r.code, r.log], ['sdk', 2, p.decodeError!.message]);
});

test('[tx/prepared]: a stateless failure is kept; the block-dependent checks (timeout height) still come first, as in the SDK', async (t) => {
  const c = await makeTestChain(2);
  const [a] = c.accounts as [any];
  const p = c.app.prepareTx(await signTx(a, [delegate(a.address)], { accountNumber: 0, sequence: 0, timeoutHeight: 1n }));
  t.truthy(p.decoded);
  t.true(p.stateless instanceof ChainError);
  t.deepEqual([(p.stateless as ChainError).codespace, (p.stateless as ChainError).code], ['sdk', 6]);
  t.deepEqual(c.app.signatureJobs(p), [], 'no pool work for a tx that can never pass');
  // height 1: the timeout height (1) has not passed, so the kept sdk/6 is the answer
  t.deepEqual([c.app.checkTx(p).result.codespace, c.app.checkTx(p).result.code], ['sdk', 6]);
  c.block([]);
  // height 2: the timeout height passed, which the SDK checks before the messages
  const r = c.app.checkTx(p).result;
  t.deepEqual([r.codespace, r.code], ['sdk', 30]);
});

test('[tx/prepared]: a valid tx: decoded and checked once, its slot filled by CheckTx\'s verification and used by the block', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const p = c.app.prepareTx(await signTx(a, [sendMsg(a.address, b.address, '5')], { accountNumber: 0, sequence: 0 }));
  const sl = p.stateless;
  t.false(sl instanceof ChainError);
  t.deepEqual(p.signatures, []);
  t.is(c.app.checkTx(p).result.code, 0);
  t.like(p.signatures[0], { chainId: 'marketchain-test', accountNumber: 0n, ok: true });
  t.is(p.stateless, sl, 'the stateless outcome is not made again');
  const out = c.block([p]);
  t.deepEqual(out.txResults.map((r) => r.code), [0]);
  t.is(out.txs[0], p);
});
