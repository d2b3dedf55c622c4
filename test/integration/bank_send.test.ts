import test from 'ava';
import { getAccount } from '../../modules/auth/keeper.js';
import { getBalance } from '../../modules/bank/keeper.js';
import { QueryCtx } from '../../chain/context.js';
import { makeTestChain } from '../helpers/app.js';
import { sendMsg, signTx, testAccount } from '../helpers/accounts.js';

test('[integration/bank]: a signed MsgSend moves coins, charges the fee and bumps the sequence', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [any, any];
  const fresh = await testAccount('fresh');
  const tx1 = await signTx(a, [sendMsg(a.address, fresh.address, '12345')], { accountNumber: 0, sequence: 0 });
  const tx2 = await signTx(a, [sendMsg(a.address, b.address, '5', 'uusdc')], { accountNumber: 0, sequence: 1 });
  const out = c.block([tx1, tx2]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.log]), [[0, ''], [0, '']]);
  const q = new QueryCtx(c.app.lastBlock, c.app.commitStore);
  t.is(getBalance(q, fresh.address, 'umkt'), 12345n);
  t.is(getBalance(q, a.address, 'umkt'), 1000000000n - 12345n - 4000n);
  t.is(getBalance(q, b.address, 'uusdc'), 1000000005n);
  t.is(getAccount(q, a.address)!.sequence, 2n);
  t.is(getAccount(q, fresh.address)!.accountNumber, 3n); // 0,1 genesis, 2 fee collector, 3 fresh
  t.deepEqual(c.app.checkInvariants(), []);
});
