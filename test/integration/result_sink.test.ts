// A block executed with a tx-result sink (chain/block_exec.ts: how the node packs results while the
// block runs) hands the sink exactly the results a plain execution records, in order, without those of a
// reverted checkpoint; the block's own results then carry no events, and its hashes are unchanged.
import test from 'ava';
import type { TxResult } from '../../chain/results.js';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { blockTime, makeTestChain } from '../helpers/app.js';
import { sendMsg, signTx } from '../helpers/accounts.js';

test('[integration/result-sink]: the sink gets every recorded result with its events, none of a reverted checkpoint; hashes unchanged', async (t) => {
  const plain = await makeTestChain(2);
  const sunk = await makeTestChain(2);
  const [a, b] = plain.accounts as [any, any];
  const tx1 = await signTx(a, [sendMsg(a.address, b.address, '7')], { accountNumber: 0, sequence: 0 });
  const tx2 = await signTx(a, [sendMsg(a.address, b.address, '8')], { accountNumber: 0, sequence: 1 });
  const tx3 = await signTx(b, [sendMsg(b.address, a.address, '9999999999999')], { accountNumber: 1, sequence: 0 }); // fails: insufficient funds

  const want = plain.app.finalizeBlock({ height: 1, time: blockTime(1), txs: [tx1, tx3] });

  const got: TxResult[] = [];
  const truncations: number[] = [];
  const exec = sunk.app.beginBlock({ height: 1, time: blockTime(1) }, { txResults: { add: (r) => got.push(r), truncate: (n) => (truncations.push(n), (got.length = Math.min(got.length, n))) } });
  exec.deliverTx(tx1);
  const mark = exec.checkpoint();
  exec.deliverTx(tx2);
  t.is(got.length, 2);
  exec.revertCheckpoint(mark);
  exec.deliverTx(tx3);
  const out = exec.finish();

  t.deepEqual(truncations, [1]);
  t.deepEqual(got, want.txResults);
  t.deepEqual(got.map((r) => r.code), [0, 5]);
  t.true(got[0]!.events.some((e) => e.type === 'transfer'));
  t.deepEqual(out.txResults.map((r) => r.events.length), [0, 0]);
  t.deepEqual(out.txResults.map((r) => ({ ...r, events: [] })), want.txResults.map((r) => ({ ...r, events: [] })));
  t.is(toHexUpper(out.resultsHash), toHexUpper(want.resultsHash));
  t.is(toHexUpper(out.appHash), toHexUpper(want.appHash));
});
