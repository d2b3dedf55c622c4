// Genesis round trip, dev genesis, validation errors, and the query handlers.
import test from 'ava';
import { marketchain } from '../../proto/moneymarket.js';
import { devGenesis, exportGenesis, validateGenesis } from './genesis.js';
import { moneymarketQueries } from './queries.js';
import { fixedModel } from './testing/harness.js';
import { ADMIN, addr, e18, Harness, listMarkets, ok, supplyFresh } from './testing/scenarios.js';

const pb = marketchain.moneymarket.v1 as any;
const alice = addr('alice');
const bob = addr('bob');
const query = (h: Harness, method: string, req: Record<string, unknown>) => {
  const bytes = pb[`Query${method}Request`].encode(pb[`Query${method}Request`].fromObject(req)).finish();
  return pb[`Query${method}Response`].toObject(pb[`Query${method}Response`].decode(moneymarketQueries['/marketchain.moneymarket.v1.Query/' + method]!(h.q, bytes)), { defaults: true });
};

function busy(t: any): Harness {
  const h = new Harness({ liquidationRatio: '1.5', liquidationDiscount: '0.05', originationFee: '0.05' });
  listMarkets(t, h, [['uaaa', '1', fixedModel('0.001', '0.004')], ['ubbb', '2', fixedModel('0', '0')]]);
  supplyFresh(t, h, alice, 'uaaa', e18(100));
  supplyFresh(t, h, bob, 'ubbb', e18(100));
  ok(t, h, 'MsgBorrow', { sender: bob, denom: 'uaaa', amount: e18(50).toString() });
  h.height = 1010;
  return h;
}

test('[moneymarket/genesis]: export(init(g)) deep-equals g, also for a busy state', (t) => {
  const h = busy(t);
  const g = exportGenesis(h.q);
  t.is(g.markets.length, 2);
  t.is(g.borrowBalances.length, 1);
  t.deepEqual(validateGenesis(g), g);
  // re-init a fresh harness from the exported section
  const h3 = new Harness(g.params, g);
  t.deepEqual(exportGenesis(h3.q), g);
  // the re-initialised chain's journal opens with balanced entries
  const j = h3.journalBalances('uaaa');
  t.deepEqual([j.cash, j.borrows, j.supply, j.equity, j.opening], [e18(50), e18('52.5'), e18(100), e18('2.5'), 0n]);
});

test('[moneymarket/genesis]: devGenesis lists uusdc and uatom, priced, dev account as admin and oracle', (t) => {
  const dev = addr('dev');
  const g = devGenesis(dev);
  t.deepEqual(g.markets.map((m) => [m.denom, m.status]), [['uatom', 'supported'], ['uusdc', 'supported']]);
  t.deepEqual(g.prices.map((p) => [p.denom, p.price]), [['uatom', '8'], ['uusdc', '1']]);
  t.is(g.params.admin, dev);
  t.is(g.params.oracle, dev);
  t.deepEqual(validateGenesis(g), g);
  const h = new Harness(g.params, g);
  h.mint(dev, 'uatom', 1000n);
  ok(t, h, 'MsgSupply', { sender: dev, denom: 'uatom', amount: '1000' });
  ok(t, h, 'MsgBorrow', { sender: dev, denom: 'uatom', amount: '10' });
});

test('[moneymarket/genesis]: validation names the bad value', (t) => {
  const g = devGenesis(addr('dev'));
  t.throws(() => validateGenesis({ ...g, params: { ...g.params, collateralRatio: '1' } }), { message: /collateral ratio 1/ });
  t.throws(() => validateGenesis({ ...g, prices: [] }), { message: /market uatom has no price/ });
  t.throws(() => validateGenesis({ ...g, markets: [{ ...g.markets[0]!, cash: '5' }] }), { message: /cash \+ borrows != supply \+ equity/ });
  t.throws(() => validateGenesis({ ...g, supplyBalances: [{ address: addr('x'), denom: 'unone', principal: '1', interestIndex: '1' }] }), { message: /unlisted market unone/ });
  t.throws(() => validateGenesis({ ...g, params: { ...g.params, admin: 'nope' } }), { message: /admin "nope"/ });
  t.throws(() => validateGenesis({ ...g, params: { ...g.params, maxMarkets: 1 } }), { message: /exceed max markets/ });
});

test('[moneymarket/queries]: market, markets, account snapshot, balance sheet, ledger and rate pages', (t) => {
  const h = busy(t);
  const p = query(h, 'Params', {}).params;
  t.is(p.admin, ADMIN);
  t.is(p.liquidationRatio, '1.5');
  const m = query(h, 'Market', { denom: 'uaaa' }).market;
  t.like(m, { denom: 'uaaa', status: 'supported', cash: e18(50).toString(), totalBorrows: e18('52.5').toString(), totalSupply: e18(100).toString(), equity: e18('2.5').toString(), borrowRatePerBlock: '0.004', borrowRateAnnual: '126144', utilization: '0.512195121951219512', price: '1', blockNumber: 1000 });
  t.is(query(h, 'Market', { denom: 'unone' }).market.status, 'unsupported');
  t.deepEqual(query(h, 'Markets', {}).markets.map((x: any) => x.denom), ['uaaa', 'ubbb']);
  const s = query(h, 'AccountSnapshot', { address: bob });
  // at 1010: bob owes 52.5 × 1.04 = 54.6 uaaa (value 54.6), supplies 100 ubbb at 2 (value 200)
  t.like(s, { supplyValue: e18(200).toString(), borrowValue: e18('54.6').toString(), requiredAtCollateralRatio: e18('109.2').toString(), liquidity: e18('90.8').toString(), shortfall: '0', liquidationShortfall: '0', liquidatable: false, missingPrice: '' });
  t.deepEqual(s.positions.map((x: any) => [x.denom, x.supplyBalance, x.borrowBalance]), [['uaaa', '0', e18('54.6').toString()], ['ubbb', e18(100).toString(), '0']]);
  t.like(query(h, 'BalanceSheet', { denom: 'uaaa' }), { cash: e18(50).toString(), borrows: e18('52.5').toString(), supply: e18(100).toString(), equity: e18('2.5').toString(), balanced: true });
  const l = query(h, 'Ledger', { denom: 'uaaa', pagination: { limit: 2 } });
  t.deepEqual(l.entries.map((e: any) => [e.event, e.debit, e.credit, e.amount, e.height]), [['supply', 'cash', 'supply', e18(100).toString(), 1000], ['borrow', 'borrows', 'cash', e18(50).toString(), 1000]]);
  t.deepEqual(l.pagination, { total: 3, nextOffset: 2 });
  t.is(l.entries[0].txHash.length, 64);
  const last = query(h, 'Ledger', { denom: 'uaaa', pagination: { limit: 1, reverse: true } });
  t.deepEqual(last.entries.map((e: any) => [e.event, e.amount]), [['origination_fee', e18('2.5').toString()]]);
  const r = query(h, 'RateHistory', { denom: 'uaaa', pagination: {} });
  t.deepEqual(r.records.map((x: any) => [x.borrowRate, x.supplyRate]), [['0.004', '0.001']]);
  t.throws(() => query(h, 'Ledger', { denom: 'uaaa', pagination: { limit: 5000 } }), { message: /page limit 5000/ });
  t.throws(() => query(h, 'AccountSnapshot', { address: 'bad' }), { message: /not a valid mkt address/ });
});
