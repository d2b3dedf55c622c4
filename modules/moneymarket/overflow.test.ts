// Issue 21 item 16: a market whose interest would pass 2^256 − 1 stays readable. The bound of every
// stored amount, total, |equity| and index is 2^256 − 1; an accrual that would pass it books no
// interest for the interval, and an operation that would pass it is refused with INTEGER_OVERFLOW.
import test from 'ava';
import { marketchain } from '../../proto/moneymarket.js';
import * as Err from './errors.js';
import { exportGenesis, validateGenesis } from './genesis.js';
import { moneymarketQueries } from './queries.js';
import { addr, attrs, E, Harness, listMarkets, ok, rejects } from './testing/scenarios.js';
import { seedModel } from './testing/harness.js';

const pb = marketchain.moneymarket.v1 as any;
const MAX = (1n << 256n) - 1n;
const BORROWED = 1n << 250n;
const alice = addr('alice');
// Seed model at U = ⌊2^250·E / (2^256 − 1)⌋ = 0.015625 with 31,536,000 blocks a year (spec §3.3):
// annual borrow 0.1046875 → 3319618848 per block; supply ⌊mulExp(U·8500, 0.1046875)/(10^4·BPY)⌋ = 44088687.
const BORROW_RATE = 3319618848n;
const SUPPLY_RATE = 44088687n;

function query(h: Harness, method: string, req: Record<string, unknown> = {}) {
  const data = pb[`Query${method}Request`].encode(pb[`Query${method}Request`].fromObject(req)).finish();
  const out = moneymarketQueries[`/marketchain.moneymarket.v1.Query/${method}`]!(h.q, data);
  return pb[`Query${method}Response`].toObject(pb[`Query${method}Response`].decode(out), { defaults: true });
}

/** The reproduction: a denom with supply 2^256 − 1, supplied in full, 2^250 borrowed. */
function fullMarket(t: any): Harness {
  const h = new Harness();
  listMarkets(t, h, [['ubig', '1', seedModel]]);
  h.mint(alice, 'ubig', MAX);
  ok(t, h, 'MsgSupply', { sender: alice, denom: 'ubig', amount: MAX.toString() });
  ok(t, h, 'MsgBorrow', { sender: alice, denom: 'ubig', amount: BORROWED.toString() });
  const m = h.market('ubig');
  t.deepEqual([m.borrowRate, m.supplyRate], [BORROW_RATE, SUPPLY_RATE]);
  t.deepEqual(h.ledger('ubig'), [MAX - BORROWED, BORROWED, MAX, 0n]);
  return h;
}

test('[moneymarket/overflow]: two blocks and a touch past 2^256-1 book no interest; queries and export keep working', (t) => {
  const h = fullMarket(t);
  h.height += 2;
  // Unbounded, the supply would become ⌊(2^256−1)·(E + 2·44088687)/E⌋ > 2^256 − 1.
  t.true((MAX * (E + 2n * SUPPLY_RATE)) / E > MAX);
  // The view before the touch follows the same rule.
  t.deepEqual(query(h, 'AccountSnapshot', { address: alice }).positions, [{ denom: 'ubig', supplyBalance: MAX.toString(), borrowBalance: BORROWED.toString(), price: '1' }]);
  const r = ok(t, h, 'MsgSupply', { sender: alice, denom: 'ubig', amount: '0' });
  t.deepEqual(attrs(r, 'moneymarket.interest_not_accrued'), { asset: 'ubig', blocks: '2', reason: 'total above 2^256-1', height: '1002' });
  t.false(r.events.some((e) => e.type === 'moneymarket.interest_accrued'));
  const m = h.market('ubig');
  t.deepEqual(
    [m.cash, m.totalBorrows, m.totalSupply, m.equity, m.supplyIndex, m.borrowIndex, m.blockNumber, m.borrowRate, m.supplyRate],
    [MAX - BORROWED, BORROWED, MAX, 0n, E, E, 1002n, BORROW_RATE, SUPPLY_RATE],
  );
  t.is(h.supplyOf(alice, 'ubig'), MAX);
  t.is(h.borrowOf(alice, 'ubig'), BORROWED);
  const markets = query(h, 'Markets').markets;
  t.deepEqual(markets.map((x: any) => [x.denom, x.cash, x.totalBorrows, x.totalSupply, x.equity, x.blockNumber]), [['ubig', (MAX - BORROWED).toString(), BORROWED.toString(), MAX.toString(), '0', 1002]]);
  t.is(query(h, 'BalanceSheet', { denom: 'ubig' }).balanced, true);
  const g = exportGenesis(h.q);
  t.deepEqual(validateGenesis(JSON.parse(JSON.stringify(g))), g);
  t.deepEqual(g.markets.map((x) => [x.totalSupply, x.totalBorrows, x.supplyIndex, x.borrowIndex]), [[MAX.toString(), BORROWED.toString(), '1', '1']]);
});

test('[moneymarket/overflow]: an operation that would take a total past 2^256-1 is refused with INTEGER_OVERFLOW, and the market can be unwound', (t) => {
  const h = fullMarket(t);
  h.height += 2;
  // alice holds the 2^250 she borrowed; supplying 1 more would make the total supply 2^256.
  const r = rejects(t, h, 'MsgSupply', { sender: alice, denom: 'ubig', amount: '1' }, Err.ErrIntegerOverflow);
  t.is(r.log, `supply balance of ${alice} in ubig would be ${MAX + 1n}, above 2^256-1: INTEGER_OVERFLOW: an amount, total or index would exceed 2^256-1`);
  // Repay and withdraw still work, and interest resumes once the totals fit.
  ok(t, h, 'MsgRepay', { sender: alice, denom: 'ubig', amount: 'max' });
  t.deepEqual(h.ledger('ubig'), [MAX, 0n, MAX, 0n]);
  const half = 1n << 255n;
  ok(t, h, 'MsgWithdraw', { sender: alice, denom: 'ubig', amount: half.toString() });
  ok(t, h, 'MsgBorrow', { sender: alice, denom: 'ubig', amount: BORROWED.toString() });
  const m0 = h.market('ubig');
  const [S, B] = [MAX - half, BORROWED];
  h.height += 2;
  const touched = ok(t, h, 'MsgSupply', { sender: alice, denom: 'ubig', amount: '0' });
  t.false(touched.events.some((e) => e.type === 'moneymarket.interest_not_accrued'));
  // §3.4 with the stored rates over 2 blocks from indices of 1.
  const Is = E + 2n * m0.supplyRate;
  const Ib = E + 2n * m0.borrowRate;
  const si = (S * Is) / E - S;
  const bi = (B * Ib) / E - B;
  t.true(si > 0n && bi > 0n);
  const m = h.market('ubig');
  t.deepEqual([m.supplyIndex, m.borrowIndex, m.totalSupply, m.totalBorrows, m.equity], [Is, Ib, S + si, B + bi, bi - si]);
});
