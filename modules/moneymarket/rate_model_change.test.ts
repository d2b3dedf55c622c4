// Issue 21 item 17, spec §2.6: MsgSetInterestRateModel and re-supporting a market store the model;
// the stored per-block rates stay until the next operation on the market recomputes them (§3.3).
// Numbers: spec §3.3 tables with 2,102,400 blocks a year, cash 50e18 / borrows 50e18.
import test from 'ava';
import { journalCount } from './keeper.js';
import { ADMIN, addr, E, e18, Harness, listMarkets, ok, supplyFresh } from './testing/scenarios.js';
import { fixedModel, seedModel } from './testing/harness.js';

const alice = addr('alice');
const bob = addr('bob');
const standard = { kind: 'linear', baseRate: '0.05', slope: '0.45', spreadBps: 1000, fixedSupplyRate: '0', fixedBorrowRate: '0' };
// Seed model at U = 0.5 (spec §3.3 table) and Compound's standard model at U = 0.5 (its cross-check).
const SEED_RATES = { borrowRate: 118911719939n, supplyRate: 50537480974n };
const STANDARD_RATES = { borrowRate: 130802891933n, supplyRate: 58861301369n };

/** uaaa (seed model) with cash 50e18 and borrows 50e18 at block 1000. */
function halfBorrowed(t: any): Harness {
  const h = new Harness({ blocksPerYear: 2_102_400 });
  listMarkets(t, h, [['uaaa', '1', seedModel], ['ubbb', '1', fixedModel('0', '0')]]);
  supplyFresh(t, h, alice, 'uaaa', e18(100));
  supplyFresh(t, h, bob, 'ubbb', e18(200));
  ok(t, h, 'MsgBorrow', { sender: bob, denom: 'uaaa', amount: e18(50).toString() });
  t.deepEqual(h.ledger('uaaa'), [e18(50), e18(50), e18(100), 0n]);
  t.deepEqual(rates(h), SEED_RATES);
  return h;
}

const rates = (h: Harness) => {
  const m = h.market('uaaa');
  return { borrowRate: m.borrowRate, supplyRate: m.supplyRate };
};
const touch = (t: any, h: Harness) => ok(t, h, 'MsgSupply', { sender: alice, denom: 'uaaa', amount: '0' });

test('[moneymarket/rates]: MsgSetInterestRateModel keeps the stored rates; the next operation computes them from the new model', (t) => {
  const h = halfBorrowed(t);
  const history = journalCount(h.q, 'rates', 'uaaa');
  ok(t, h, 'MsgSetInterestRateModel', { sender: ADMIN, denom: 'uaaa', interestRateModel: standard });
  t.deepEqual(rates(h), SEED_RATES);
  t.deepEqual(h.market('uaaa').model, { kind: 'linear', baseRate: 5n * 10n ** 16n, slope: 45n * 10n ** 16n, spreadBps: 1000n });
  t.is(journalCount(h.q, 'rates', 'uaaa'), history);
  touch(t, h);
  t.deepEqual(rates(h), STANDARD_RATES);
  t.is(journalCount(h.q, 'rates', 'uaaa'), history + 1n);
});

test('[moneymarket/rates]: re-supporting a suspended market with a new model keeps the stored rates until the next operation', (t) => {
  const h = halfBorrowed(t);
  ok(t, h, 'MsgSuspendMarket', { sender: ADMIN, denom: 'uaaa' });
  ok(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uaaa', interestRateModel: standard });
  t.is(h.market('uaaa').status, 'supported');
  t.deepEqual(rates(h), SEED_RATES);
  touch(t, h);
  t.deepEqual(rates(h), STANDARD_RATES);
});

test('[moneymarket/rates]: the old rates apply to every block until the next operation, the new model from then on', (t) => {
  const h = halfBorrowed(t);
  h.height = 1010;
  ok(t, h, 'MsgSetInterestRateModel', { sender: ADMIN, denom: 'uaaa', interestRateModel: standard });
  // §3.4 over 10 blocks at the seed rates.
  let m = h.market('uaaa');
  t.deepEqual([m.supplyIndex, m.borrowIndex, m.totalBorrows, m.totalSupply, m.blockNumber], [1000000505374809740n, 1000001189117199390n, 50000059455859969500n, 100000050537480974000n, 1010n]);
  t.deepEqual(rates(h), SEED_RATES);
  h.height = 1015;
  touch(t, h);
  // 5 more blocks still at the seed rates (stored), then the standard model at the post-operation
  // U = ⌊50000089183825304200·E / 100000089183825304200⌋ = 500000445918728833.
  m = h.market('uaaa');
  t.deepEqual([m.supplyIndex, m.borrowIndex, m.totalBorrows, m.totalSupply], [1000000758062342311n, 1000001783676506084n, 50000089183825304200n, 100000075806234231100n]);
  t.deepEqual(rates(h), { borrowRate: 130802987377n, supplyRate: 58861396814n });
  t.is(m.cash, 50n * E);
});
