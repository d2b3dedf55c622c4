// The same block list applied to two fresh apps gives identical app hashes and results at every height.
import test from 'ava';
import { QueryCtx } from '../../chain/context.js';
import { toHex } from '../../chain/codec/bytes.js';
import { getAllBalances } from '../../modules/bank/keeper.js';
import { getAccount } from '../../modules/auth/keeper.js';
import type { App } from '../../chain/app.js';

/** Genesis assigns account numbers in address order: read them from state. */
function accountNumber(app: App, address: string): number {
  return Number(getAccount(new QueryCtx(app.lastBlock, app.commitStore), address)!.accountNumber);
}
import { blockTime, makeTestChain } from '../helpers/app.js';
import { sendMsg, signTx, testAccount, type TestAccount } from '../helpers/accounts.js';
import { mulberry32 } from '../helpers/rng.js';

test('[integration/determinism]: a seeded list of random signed bank sends gives identical app hashes on two fresh apps', async (t) => {
  const rnd = mulberry32(20260101);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const base = await makeTestChain(5, [{ denom: 'umkt', amount: '1000000' }, { denom: 'uusdc', amount: '500' }]);
  const senders = base.accounts;
  const outsiders: TestAccount[] = [];
  for (let i = 0; i < 3; i++) outsiders.push(await testAccount(`det-outsider-${i}`));
  const recipients = [...senders, ...outsiders].map((a) => a.address);
  const seq = new Map(senders.map((a) => [a.address, 0]));
  const accNum = new Map(senders.map((a) => [a.address, accountNumber(base.app, a.address)]));
  t.deepEqual([...accNum.values()].sort(), [0, 1, 2, 3, 4]);

  const blocks: Uint8Array[][] = [];
  const kinds = { ok: 0, msgFail: 0, anteFail: 0 };
  for (let h = 0; h < 8; h++) {
    const txs: Uint8Array[] = [];
    const n = h === 3 ? 0 : 3 + Math.floor(rnd() * 5); // one empty block
    for (let i = 0; i < n; i++) {
      const from = pick(senders);
      const s = seq.get(from.address)!;
      const r = rnd();
      let tx: Uint8Array;
      if (r < 0.1) {
        // stale sequence: the ante rejects it, nothing changes
        tx = await signTx(from, [sendMsg(from.address, pick(recipients), '1')], { accountNumber: accNum.get(from.address)!, sequence: s + 5 });
        kinds.anteFail++;
      } else {
        const denom = rnd() < 0.7 ? 'umkt' : 'uusdc';
        // sometimes more than any balance: the message fails, fee and sequence stay
        const amount = r < 0.25 ? '900000000' : String(1 + Math.floor(rnd() * 5000));
        const msgs = [sendMsg(from.address, pick(recipients), amount, denom)];
        if (rnd() < 0.3) msgs.push(sendMsg(from.address, pick(recipients), String(1 + Math.floor(rnd() * 50)), 'umkt'));
        tx = await signTx(from, msgs, { accountNumber: accNum.get(from.address)!, sequence: s, fee: [{ denom: 'umkt', amount: String(100 + Math.floor(rnd() * 3000)) }], memo: `tx ${h}/${i}` });
        seq.set(from.address, s + 1);
      }
      txs.push(tx);
    }
    blocks.push(txs);
  }
  t.true(blocks.flat().length >= 30, `${blocks.flat().length} txs`);

  const A = base;
  const B = await makeTestChain(5, [{ denom: 'umkt', amount: '1000000' }, { denom: 'uusdc', amount: '500' }]);
  // C executes as replay does, dropping each tx's events as it runs: the same hashes and results but the events.
  const C = await makeTestChain(5, [{ denom: 'umkt', amount: '1000000' }, { denom: 'uusdc', amount: '500' }]);
  t.is(toHex(A.app.lastAppHash), toHex(B.app.lastAppHash), 'same genesis hash');
  const seen = new Set<string>([toHex(A.app.lastAppHash)]);
  const codes: number[] = [];
  for (const txs of blocks) {
    const ra = A.block(txs);
    const rb = B.block(txs);
    t.is(ra.height, rb.height);
    t.is(toHex(ra.appHash), toHex(rb.appHash), `app hash at height ${ra.height}`);
    t.is(toHex(ra.resultsHash), toHex(rb.resultsHash), `results hash at height ${ra.height}`);
    t.deepEqual(ra.txResults, rb.txResults);
    t.deepEqual(ra.writeSet, rb.writeSet);
    const exec = C.app.beginBlock({ height: ra.height, time: blockTime(ra.height) }, { keepTxEvents: false });
    for (const tx of txs) exec.deliverTx(tx);
    const rc = exec.finish();
    C.app.commit();
    t.is(toHex(rc.appHash), toHex(ra.appHash), `app hash without tx events at height ${ra.height}`);
    t.is(toHex(rc.resultsHash), toHex(ra.resultsHash), `results hash without tx events at height ${ra.height}`);
    t.deepEqual(rc.txResults, ra.txResults.map((r) => ({ ...r, events: [] })));
    t.deepEqual(rc.writeSet, ra.writeSet);
    // a block with a tx past the ante (success or failed message: the fee is charged) changes the
    // app hash; a block of only ante failures, or an empty one, does not
    const changed = ra.txResults.some((r) => r.code !== 32);
    if (changed) t.false(seen.has(toHex(ra.appHash)), `new state at height ${ra.height}`);
    else t.true(seen.has(toHex(ra.appHash)), `unchanged state at height ${ra.height}`);
    seen.add(toHex(ra.appHash));
    codes.push(...ra.txResults.map((r) => r.code));
  }
  // The list exercises success, in-message failure (sdk/5) and ante failure (sdk/32).
  t.true(codes.filter((c) => c === 0).length >= 15, codes.join(','));
  t.true(codes.includes(5), codes.join(','));
  t.true(codes.includes(32), codes.join(','));
  t.is(codes.filter((c) => c === 32).length, kinds.anteFail);
  t.deepEqual(A.app.exportGenesis(), B.app.exportGenesis());
  t.deepEqual(A.app.checkInvariants(), []);
  const qa = new QueryCtx(A.app.lastBlock, A.app.commitStore);
  const qb = new QueryCtx(B.app.lastBlock, B.app.commitStore);
  for (const addr of recipients) t.deepEqual(getAllBalances(qa, addr), getAllBalances(qb, addr));
  t.true(outsiders.some((o) => getAllBalances(qa, o.address).length > 0), 'new accounts were created on first receipt');
});

test('[integration/determinism]: the app hash commits to state, not history: two routes to the same balances agree', async (t) => {
  // Two commuting txs (different senders and recipients) in either order, or split over two blocks,
  // reach the same state and so the same app hash.
  const c1 = await makeTestChain(4);
  const c2 = await makeTestChain(4);
  const [a, b, c, d] = c1.accounts as [TestAccount, TestAccount, TestAccount, TestAccount];
  const x = await signTx(a, [sendMsg(a.address, b.address, '100')], { accountNumber: accountNumber(c1.app, a.address), sequence: 0 });
  const y = await signTx(c, [sendMsg(c.address, d.address, '7', 'uusdc')], { accountNumber: accountNumber(c1.app, c.address), sequence: 0 });
  const r1 = c1.block([x, y]);
  const r2 = c2.block([y, x]);
  t.deepEqual(r1.txResults.map((r) => r.code), [0, 0]);
  t.deepEqual(r2.txResults.map((r) => r.code), [0, 0]);
  t.is(toHex(r1.appHash), toHex(r2.appHash));
  t.not(toHex(r1.resultsHash), toHex(r2.resultsHash), 'results are ordered, so their hash differs');
  // Splitting the same two txs over two blocks reaches the same state as well.
  const c3 = await makeTestChain(4);
  c3.block([x]);
  const r3 = c3.block([y]);
  t.is(toHex(r3.appHash), toHex(r1.appHash));
});
