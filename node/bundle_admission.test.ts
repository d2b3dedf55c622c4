// Bundle admission applies every CheckTx rule (issue 21 item 4): the dry run executes like a block but
// refuses a tx below the node's minimum gas prices with sdk/13, as CheckTx does, so no fee-less tx
// reaches a block through broadcast_bundle.
import test from 'ava';
import { toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { ChainError } from '../chain/errors.js';
import { makeAmmChain, msg } from '../modules/amm/testing/kit.js';
import { executeBundleDry } from './bundles.js';
import { parseMinGasPrices } from './gas_prices.js';

test('[node/bundles]: a fee-less tx in a bundle is refused with sdk/13 as CheckTx refuses it; a paying one is admitted', async (t) => {
  const c = await makeAmmChain();
  c.app.env.minGasPrices = parseMinGasPrices('0.001umkt');
  const [a] = c.accounts as any[];
  const send = (fee: string) => c.sign(a, [msg('/cosmos.bank.v1beta1.MsgSend', { fromAddress: a.address, toAddress: c.accounts[1]!.address, amount: [{ denom: 'uusdc', amount: '1' }] })], fee);
  const free = await send('0');
  t.deepEqual([c.app.checkTx(free).result.codespace, c.app.checkTx(free).result.code], ['sdk', 13]);
  const e = t.throws(() => executeBundleDry(c.app, [c.app.prepareTx(free)]));
  t.true(e instanceof ChainError);
  t.deepEqual([(e as ChainError).codespace, (e as ChainError).code], ['sdk', 13]);
  t.is(e!.message, `bundle tx #0 (${toHexUpper(sha256(free))}) failed: insufficient fees; got: 0 required: 2000umkt: insufficient fee`);
  // 2,000,000 gas × 0.001 = 2000umkt: a tx paying exactly the floor is admitted.
  const b = c.accounts[1]!;
  const paid = await c.sign(b, [msg('/cosmos.bank.v1beta1.MsgSend', { fromAddress: b.address, toAddress: a.address, amount: [{ denom: 'uusdc', amount: '1' }] })], '2000');
  t.is(executeBundleDry(c.app, [c.app.prepareTx(paid)]).fee, 2000n);
});
