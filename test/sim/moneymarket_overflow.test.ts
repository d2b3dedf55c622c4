// Issue 21 item 16 through the whole app: a denom with supply 2^256 − 1, supplied in full, 2^250
// borrowed, then two blocks and a touch. The interest would take the market's supply past 2^256 − 1;
// the interval books none, and the Markets query, the account snapshot and the export keep working.
import test from 'ava';
import { QueryCtx } from '../../chain/context.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { validateGenesis } from '../../modules/moneymarket/genesis.js';
import { moneymarketRegistryTypes } from '../../modules/moneymarket/msgs.js';
import { marketchain } from '../../proto/moneymarket.js';
import { makeTestChain } from '../helpers/app.js';
import { makeRegistry, signTx, testAccount } from '../helpers/accounts.js';

const pb = marketchain.moneymarket.v1 as any;
const registry = makeRegistry(moneymarketRegistryTypes());
const MAX = (1n << 256n) - 1n;
const BORROWED = 1n << 250n;

test('[sim/moneymarket]: supply 2^256-1, borrow 2^250, two blocks and a touch: queries and export keep working', async (t) => {
  const a = await testAccount('0');
  const seed = { kind: 'linear', baseRate: '0.1', slope: '0.3', spreadBps: 1500, fixedSupplyRate: '0', fixedBorrowRate: '0' };
  const mm = validateGenesis({
    params: { admin: a.address, pendingAdmin: '', oracle: a.address, collateralRatio: '2', liquidationRatio: '2', liquidationDiscount: '0', originationFee: '0', blocksPerYear: 31536000, maxMarkets: 32, maxPriceMove: '0', maxBorrowRate: '0', paused: false },
    prices: [{ denom: 'ubig', price: '1', height: 0 }],
    markets: [{ denom: 'ubig', status: 'supported', interestRateModel: seed, supplyIndex: '1', borrowIndex: '1', supplyRate: '0', borrowRate: '0', cash: '0', totalBorrows: '0', totalSupply: '0', equity: '0', blockNumber: 0 }],
    supplyBalances: [],
    borrowBalances: [],
  });
  const chain = await makeTestChain(1, [{ denom: 'ubig', amount: MAX.toString() }, { denom: 'umkt', amount: '1000000000' }], { moneymarket: mm });
  let seq = 0;
  const tx = (typeName: string, value: Record<string, unknown>) => {
    const num = getAccount(new QueryCtx(chain.app.lastBlock, chain.app.commitStore), a.address)!.accountNumber;
    return signTx(a, [{ typeUrl: `/marketchain.moneymarket.v1.${typeName}`, value }], { accountNumber: num, sequence: seq++, registry, gas: 2_000_000, fee: [{ denom: 'umkt', amount: '20000' }] });
  };
  const q = (method: string, req: Record<string, unknown> = {}) => {
    const r = chain.app.query(`/marketchain.moneymarket.v1.Query/${method}`, pb[`Query${method}Request`].encode(pb[`Query${method}Request`].fromObject(req)).finish());
    t.is(r.code, 0, `${method}: ${r.log}`);
    return pb[`Query${method}Response`].toObject(pb[`Query${method}Response`].decode(r.value), { defaults: true });
  };
  let out = chain.block([await tx('MsgSupply', { sender: a.address, denom: 'ubig', amount: MAX.toString() })]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.log]), [[0, '']]);
  out = chain.block([await tx('MsgBorrow', { sender: a.address, denom: 'ubig', amount: BORROWED.toString() })]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.log]), [[0, '']]);
  t.is(chain.app.lastHeight, 2);
  chain.block([]);
  chain.block([]);
  out = chain.block([await tx('MsgSupply', { sender: a.address, denom: 'ubig', amount: '0' })]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.log]), [[0, '']]);
  const skipped = out.txResults[0]!.events.find((e) => e.type === 'moneymarket.interest_not_accrued')!;
  t.deepEqual(skipped.attributes.map((x) => [x.key, x.value]), [['asset', 'ubig'], ['blocks', '3'], ['reason', 'total above 2^256-1'], ['height', '5']]);
  const [m] = q('Markets').markets;
  // The borrow index moved once, at the borrow: one block at the base rate ⌊0.1/31,536,000⌋ = 3170979198.
  t.deepEqual(
    [m.cash, m.totalBorrows, m.totalSupply, m.equity, m.supplyIndex, m.borrowIndex, m.blockNumber, m.borrowRatePerBlock, m.supplyRatePerBlock],
    [(MAX - BORROWED).toString(), BORROWED.toString(), MAX.toString(), '0', '1', '1.000000003170979198', 5, '0.000000003319618848', '0.000000000044088687'],
  );
  t.deepEqual(q('AccountSnapshot', { address: a.address }).positions, [{ denom: 'ubig', supplyBalance: MAX.toString(), borrowBalance: BORROWED.toString(), price: '1' }]);
  t.true(q('BalanceSheet', { denom: 'ubig' }).balanced);
  const exported = chain.app.exportGenesis() as { moneymarket: any };
  t.deepEqual(exported.moneymarket.markets.map((x: any) => [x.totalSupply, x.totalBorrows, x.cash, x.blockNumber]), [[MAX.toString(), BORROWED.toString(), (MAX - BORROWED).toString(), 5]]);
  t.deepEqual(chain.app.checkInvariants(), []);
});
