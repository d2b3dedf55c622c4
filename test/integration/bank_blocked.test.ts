// Issue 21 item 18: a MsgSend to a module account is refused as the SDK's BlockedAddr does
// (sdk/4 "<addr> is not allowed to receive funds"), while the modules' own transfers keep working.
import test from 'ava';
import { QueryCtx } from '../../chain/context.js';
import { AMM_MODULE_ADDRESS } from '../../modules/amm/index.js';
import { getBalance } from '../../modules/bank/keeper.js';
import { devGenesis, MONEYMARKET_ADDRESS } from '../../modules/moneymarket/index.js';
import { moneymarketRegistryTypes } from '../../modules/moneymarket/msgs.js';
import { REPO_MODULE_ADDRESS } from '../../modules/repo/index.js';
import { FEE_COLLECTOR } from '../../node/app_factory.js';
import { makeTestChain } from '../helpers/app.js';
import { makeRegistry, sendMsg, signTx, testAccount } from '../helpers/accounts.js';

const coins = ['umkt', 'uusdc'].map((denom) => ({ denom, amount: '1000000000' }));
const FEE = 2000n;

for (const [name, moduleAddr] of [['moneymarket', MONEYMARKET_ADDRESS], ['amm', AMM_MODULE_ADDRESS], ['repo', REPO_MODULE_ADDRESS], ['fee_collector', FEE_COLLECTOR]] as const) {
  test(`[integration/bank]: a MsgSend to the ${name} module account is refused with sdk/4, balances unchanged but the fee`, async (t) => {
    const c = await makeTestChain(1, coins);
    const [a] = c.accounts as [any];
    const q = () => new QueryCtx(c.app.lastBlock, c.app.commitStore);
    const before = [getBalance(q(), moduleAddr, 'uusdc'), getBalance(q(), moduleAddr, 'umkt')];
    const tx = await signTx(a, [sendMsg(a.address, moduleAddr, '12345', 'uusdc')], { accountNumber: 0, sequence: 0 });
    const r = c.block([tx]).txResults[0]!;
    t.deepEqual([r.code, r.codespace, r.log], [4, 'sdk', `failed to execute message; message index: 0: ${moduleAddr} is not allowed to receive funds: unauthorized`]);
    t.false(r.events.some((e) => e.type === 'transfer' && e.attributes.some((x) => x.key === 'amount' && x.value === '12345uusdc')));
    const feeDelta = moduleAddr === FEE_COLLECTOR ? FEE : 0n;
    t.deepEqual([getBalance(q(), moduleAddr, 'uusdc'), getBalance(q(), moduleAddr, 'umkt')], [before[0]!, before[1]! + feeDelta]);
    t.deepEqual([getBalance(q(), a.address, 'uusdc'), getBalance(q(), a.address, 'umkt')], [1000000000n, 1000000000n - FEE]);
    t.deepEqual(c.app.checkInvariants(), []);
  });
}

test('[integration/bank]: the money market still moves funds into and out of its module account', async (t) => {
  const registry = makeRegistry(moneymarketRegistryTypes());
  const c = await makeTestChain(1, coins, { moneymarket: devGenesis((await testAccount('0')).address) });
  const [a] = c.accounts as [any];
  const q = () => new QueryCtx(c.app.lastBlock, c.app.commitStore);
  const mm = (seq: number, type: string, amount: string) =>
    signTx(a, [{ typeUrl: `/marketchain.moneymarket.v1.${type}`, value: { sender: a.address, denom: 'uusdc', amount } }], { accountNumber: 0, sequence: seq, registry, gas: 2_000_000, fee: [{ denom: 'umkt', amount: '20000' }] });
  let r = c.block([await mm(0, 'MsgSupply', '5000')]).txResults[0]!;
  t.deepEqual([r.code, r.log], [0, '']);
  t.is(getBalance(q(), MONEYMARKET_ADDRESS, 'uusdc'), 5000n);
  r = c.block([await mm(1, 'MsgWithdraw', '3000')]).txResults[0]!;
  t.deepEqual([r.code, r.log], [0, '']);
  t.deepEqual([getBalance(q(), MONEYMARKET_ADDRESS, 'uusdc'), getBalance(q(), a.address, 'uusdc')], [2000n, 1000000000n - 2000n]);
  t.deepEqual(c.app.checkInvariants(), []);
});
