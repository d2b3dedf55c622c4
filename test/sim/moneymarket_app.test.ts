// The money market inside the whole app: signed cosmjs txs through the ante, failing txs reverted
// (fee and sequence kept), abci queries, and the app's invariants after every block.
import test from 'ava';
import { QueryCtx } from '../../chain/context.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { marketchain } from '../../proto/moneymarket.js';
import { makeTestChain } from '../helpers/app.js';
import { makeRegistry, signTx, testAccount } from '../helpers/accounts.js';
import { devGenesis } from '../../modules/moneymarket/index.js';
import { moneymarketRegistryTypes } from '../../modules/moneymarket/msgs.js';

const pb = marketchain.moneymarket.v1 as any;
const registry = makeRegistry(moneymarketRegistryTypes());
const coins = ['umkt', 'uusdc', 'uatom'].map((denom) => ({ denom, amount: '1000000000' }));

test('[sim/moneymarket]: supply, borrow, price move, liquidate through the app', async (t) => {
  const dev = await testAccount('0');
  const chain = await makeTestChain(3, coins, { moneymarket: devGenesis(dev.address) });
  const seq = new Map<string, number>();
  const tx = async (acc: any, typeName: string, value: Record<string, unknown>) => {
    const s = seq.get(acc.address) ?? 0;
    seq.set(acc.address, s + 1);
    const num = getAccount(new QueryCtx(chain.app.lastBlock, chain.app.commitStore), acc.address)!.accountNumber;
    return signTx(acc, [{ typeUrl: `/marketchain.moneymarket.v1.${typeName}`, value }], { accountNumber: num, sequence: s, registry, gas: 2_000_000, fee: [{ denom: 'umkt', amount: '20000' }] });
  };
  const A = chain.accounts[0]!;
  const B = chain.accounts[1]!;
  t.is(A.address, dev.address);
  let out = chain.block([
    await tx(A, 'MsgSupply', { sender: A.address, denom: 'uatom', amount: '1000000' }),
    await tx(B, 'MsgSupply', { sender: B.address, denom: 'uusdc', amount: '50000000' }),
  ]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.log]), [[0, ''], [0, '']]);
  out = chain.block([
    await tx(A, 'MsgBorrow', { sender: A.address, denom: 'uusdc', amount: '5000000' }),
    await tx(A, 'MsgBorrow', { sender: A.address, denom: 'uusdc', amount: '10000000' }),
  ]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.codespace]), [[0, ''], [7, 'moneymarket']]);
  t.regex(out.txResults[1]!.log, /INSUFFICIENT_LIQUIDITY/);
  t.false(out.txResults[1]!.events.some((e) => e.type.startsWith('moneymarket.')));
  out = chain.block([await tx(A, 'MsgSetAssetPrice', { sender: A.address, denom: 'uatom', price: '6' })]);
  t.is(out.txResults[0]!.code, 0);
  const q = (method: string, req: Record<string, unknown>) => {
    const r = chain.app.query(`/marketchain.moneymarket.v1.Query/${method}`, pb[`Query${method}Request`].encode(pb[`Query${method}Request`].fromObject(req)).finish());
    return pb[`Query${method}Response`].toObject(pb[`Query${method}Response`].decode(r.value), { defaults: true });
  };
  const snap = q('AccountSnapshot', { address: A.address });
  t.true(snap.liquidatable);
  out = chain.block([await tx(B, 'MsgLiquidate', { sender: B.address, borrower: A.address, borrowDenom: 'uusdc', collateralDenom: 'uatom', amount: 'max' })]);
  t.is(out.txResults[0]!.code, 0, out.txResults[0]!.log);
  const ev = out.txResults[0]!.events.find((e) => e.type === 'moneymarket.borrow_liquidated')!;
  t.truthy(ev);
  t.false(q('AccountSnapshot', { address: A.address }).liquidatable);
  const sheet = q('BalanceSheet', { denom: 'uusdc' });
  t.true(sheet.balanced);
  t.deepEqual(chain.app.checkInvariants(), []);
});
