// SC-11 … SC-15 (spec §6): self-liquidation, the seed model over a year, dust rounding, governance, pause.
import test from 'ava';
import type { ErrorDef } from '../../chain/errors.js';
import * as Err from './errors.js';
import { journalCount } from './keeper.js';
import { fixedModel, seedModel } from './testing/harness.js';
import { ADMIN, addr, E, e18, Harness, ledgerMatchesJournal, listMarkets, ok, rejects, supplyFresh } from './testing/scenarios.js';

const alice = addr('alice');
const bob = addr('bob');
const ORACLE = addr('oracle');
const YEAR = 2_102_400;

function sc12(t: any): Harness {
  const h = new Harness({ collateralRatio: '2', liquidationRatio: '1.5', liquidationDiscount: '0.05', blocksPerYear: YEAR });
  listMarkets(t, h, [['uaaa', '1', seedModel], ['ubbb', '1', seedModel]]);
  supplyFresh(t, h, alice, 'uaaa', e18(1000));
  t.deepEqual([h.market('uaaa').supplyRate, h.market('uaaa').borrowRate], [0n, 47564687975n]);
  supplyFresh(t, h, bob, 'ubbb', e18(5000));
  ok(t, h, 'MsgBorrow', { sender: bob, denom: 'uaaa', amount: e18(500).toString() });
  t.deepEqual([h.market('uaaa').supplyRate, h.market('uaaa').borrowRate], [50537480974n, 118911719939n]);
  t.deepEqual(h.ledger('uaaa'), [e18(500), e18(500), e18(1000), 0n]);
  return h;
}

test('[moneymarket/SC-12]: seed model over one year, max repay, withdraw all, withdraw equity', (t) => {
  const h = sc12(t);
  h.height = 1000 + YEAR;
  h.mint(bob, 'uaaa', e18(200));
  t.is(h.supplyOf(alice, 'uaaa'), 1106249999999737600000n);
  t.is(h.borrowOf(bob, 'uaaa'), 624999999999876800000n);
  t.is(ok(t, h, 'MsgRepay', { sender: bob, denom: 'uaaa', amount: 'max' }).response.amount, '624999999999876800000');
  t.is(h.market('uaaa').supplyIndex, 1106249999999737600n);
  t.is(h.market('uaaa').borrowIndex, 1249999999999753600n);
  t.deepEqual(h.ledger('uaaa'), [1124999999999876800000n, 0n, 1106249999999737600000n, 18750000000139200000n]);
  t.is(ok(t, h, 'MsgWithdraw', { sender: alice, denom: 'uaaa', amount: 'max' }).response.amount, '1106249999999737600000');
  t.deepEqual(h.ledger('uaaa'), [18750000000139200000n, 0n, 0n, 18750000000139200000n]);
  t.is(ok(t, h, 'MsgWithdrawEquity', { sender: ADMIN, denom: 'uaaa', amount: 'max' }).response.amount, '18750000000139200000');
  t.deepEqual(h.ledger('uaaa'), [0n, 0n, 0n, 0n]);
  ledgerMatchesJournal(t, h, 'uaaa');
  // Rate history: supply (0, r), borrow, repay, withdraw … every change journalled.
  t.true(journalCount(h.q, 'rates', 'uaaa') >= 3n);
});

test('[moneymarket/SC-12b]: a touch mid-year compounds', (t) => {
  const h = sc12(t);
  h.height = 1000 + YEAR / 2;
  ok(t, h, 'MsgWithdraw', { sender: alice, denom: 'uaaa', amount: e18(100).toString() });
  t.deepEqual(h.ledger('uaaa'), [e18(400), 562499999999938400000n, 953124999999868800000n, 9375000000069600000n]);
  t.deepEqual([h.market('uaaa').supplyRate, h.market('uaaa').borrowRate], [65053475256n, 130957322738n]);
  h.height = 1000 + YEAR;
  t.is(h.supplyOf(alice, 'uaaa'), 1018303703195727627094n);
  t.is(h.borrowOf(bob, 'uaaa'), 639935064934909320000n);
});

test('[moneymarket/SC-13]: dust borrows truncate; the aggregate stays equal', (t) => {
  const h = new Harness({ blocksPerYear: YEAR });
  listMarkets(t, h, [['uaaa', '1', seedModel], ['ubbb', '1', seedModel]]);
  supplyFresh(t, h, alice, 'uaaa', 2000n);
  supplyFresh(t, h, bob, 'ubbb', 10000n);
  ok(t, h, 'MsgBorrow', { sender: bob, denom: 'uaaa', amount: '1000' });
  t.is(h.market('uaaa').borrowRate, 118911719939n);
  for (let i = 0; i < 100; i++) {
    h.height++;
    ok(t, h, 'MsgRepay', { sender: bob, denom: 'uaaa', amount: '0' });
  }
  t.is(h.borrowOf(bob, 'uaaa'), 1000n);
  t.deepEqual(h.ledger('uaaa'), [1000n, 1000n, 2000n, 0n]);
  h.height += 100;
  t.is(h.borrowOf(bob, 'uaaa'), 1000n);
});

test('[moneymarket/SC-14]: two-step admin transfer', (t) => {
  const h = new Harness();
  const newadmin = addr('newadmin');
  rejects(t, h, 'MsgSetPendingAdmin', { sender: bob, pendingAdmin: newadmin }, Err.ErrUnauthorized);
  ok(t, h, 'MsgSetPendingAdmin', { sender: ADMIN, pendingAdmin: newadmin });
  rejects(t, h, 'MsgAcceptAdmin', { sender: bob }, Err.ErrUnauthorized);
  ok(t, h, 'MsgSetPaused', { sender: ADMIN, paused: false });
  const r = ok(t, h, 'MsgAcceptAdmin', { sender: newadmin });
  t.deepEqual(r.events.map((e) => e.type), ['moneymarket.new_admin']);
  rejects(t, h, 'MsgSetPaused', { sender: ADMIN, paused: true }, Err.ErrUnauthorized);
  rejects(t, h, 'MsgAcceptAdmin', { sender: newadmin }, Err.ErrUnauthorized); // pending cleared
  ok(t, h, 'MsgSetPaused', { sender: newadmin, paused: true });
});

test('[moneymarket/SC-14]: risk parameter validation table', (t) => {
  const h = new Harness();
  const rows: [string, string, string, ErrorDef | null][] = [
    ['1.09', '1.09', '0', Err.ErrInvalidCollateralRatio],
    ['2', '2', '0.11', Err.ErrInvalidLiquidationDiscount],
    ['1.1', '1.1', '0.1', Err.ErrInvalidCombinedRiskParameters],
    ['2', '2.1', '0.05', Err.ErrInvalidLiquidationRatio],
    ['2', '1.05', '0.05', Err.ErrInvalidLiquidationRatio],
    ['2', '1.06', '0.05', null],
    ['1.5', '1.5', '0.1', null],
  ];
  for (const [cr, lr, l, err] of rows) {
    const msg = { sender: ADMIN, collateralRatio: cr, liquidationRatio: lr, liquidationDiscount: l };
    if (err) rejects(t, h, 'MsgSetRiskParameters', msg, err);
    else ok(t, h, 'MsgSetRiskParameters', msg);
  }
  rejects(t, h, 'MsgSetRiskParameters', { sender: bob, collateralRatio: '2', liquidationRatio: '2', liquidationDiscount: '0' }, Err.ErrUnauthorized);
  rejects(t, h, 'MsgSetOriginationFee', { sender: ADMIN, originationFee: '0.11' }, Err.ErrBadInput);
  ok(t, h, 'MsgSetOriginationFee', { sender: ADMIN, originationFee: '0.1' });
});

test('[moneymarket/SC-14]: oracle and market support', (t) => {
  const h = new Harness();
  rejects(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uaaa', interestRateModel: seedModel }, Err.ErrAssetNotPriced);
  rejects(t, h, 'MsgSetAssetPrice', { sender: ADMIN, denom: 'uaaa', price: '1' }, Err.ErrUnauthorized);
  const r = ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uaaa', price: '1' });
  t.deepEqual(r.events[0]!.attributes.map((a) => [a.key, a.value]), [['asset', 'uaaa'], ['old_price', '0'], ['new_price', '1'], ['height', '1000']]);
  ok(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uaaa', interestRateModel: seedModel });
  const o2 = addr('oracle2');
  ok(t, h, 'MsgSetOracle', { sender: ADMIN, oracle: o2 });
  rejects(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uaaa', price: '2' }, Err.ErrUnauthorized);
  ok(t, h, 'MsgSetAssetPrice', { sender: o2, denom: 'uaaa', price: '2' });
  rejects(t, h, 'MsgSetAssetPrice', { sender: o2, denom: 'uaaa', price: '0' }, Err.ErrBadInput);
});

test('[moneymarket/SC-15]: pause blocks the five user operations only', (t) => {
  const h = new Harness({ liquidationDiscount: '0.05' });
  listMarkets(t, h, [['uaaa', '1', fixedModel('0', '0')], ['ubbb', '1', fixedModel('0', '0')]]);
  supplyFresh(t, h, alice, 'uaaa', e18(10));
  supplyFresh(t, h, bob, 'ubbb', e18(10));
  ok(t, h, 'MsgBorrow', { sender: bob, denom: 'uaaa', amount: e18(1).toString() });
  ok(t, h, 'MsgAddReserves', { sender: ADMIN, denom: 'uaaa', amount: '0' });
  h.mint(ADMIN, 'uaaa', 5n);
  ok(t, h, 'MsgAddReserves', { sender: ADMIN, denom: 'uaaa', amount: '5' });
  ok(t, h, 'MsgSetPaused', { sender: ADMIN, paused: true });
  h.mint(alice, 'uaaa', e18(1));
  rejects(t, h, 'MsgSupply', { sender: alice, denom: 'uaaa', amount: '1' }, Err.ErrContractPaused);
  rejects(t, h, 'MsgWithdraw', { sender: alice, denom: 'uaaa', amount: '1' }, Err.ErrContractPaused);
  rejects(t, h, 'MsgBorrow', { sender: bob, denom: 'uaaa', amount: '1' }, Err.ErrContractPaused);
  rejects(t, h, 'MsgRepay', { sender: bob, denom: 'uaaa', amount: '1' }, Err.ErrContractPaused);
  rejects(t, h, 'MsgLiquidate', { sender: alice, borrower: bob, borrowDenom: 'uaaa', collateralDenom: 'ubbb', amount: '1' }, Err.ErrContractPaused);
  t.is(ok(t, h, 'MsgWithdrawEquity', { sender: ADMIN, denom: 'uaaa', amount: '5' }).response.amount, '5');
  ok(t, h, 'MsgSetInterestRateModel', { sender: ADMIN, denom: 'uaaa', interestRateModel: seedModel });
  ok(t, h, 'MsgSetPaused', { sender: ADMIN, paused: false });
  ok(t, h, 'MsgSupply', { sender: alice, denom: 'uaaa', amount: '1' });
  t.deepEqual(h.liquidity(bob, 2n * E), [e18(8) * E, 0n]);
  ledgerMatchesJournal(t, h, 'uaaa');
});
