// Spec §7 security cases: self-liquidation, zero close, donations, liquidation eligibility,
// oracle/admin authorization, price-move and market caps, stateless input checks.
import test from 'ava';
import * as Err from './errors.js';
import { fixedModel, seedModel } from './testing/harness.js';
import { ADMIN, addr, e18, Harness, ledgerMatchesJournal, listMarkets, ok, rejects, supplyFresh } from './testing/scenarios.js';
import type { MsgName } from './msgs.js';

const geoff = addr('geoff');
const torrey = addr('torrey');
const ORACLE = addr('oracle');

function underwater(t: any): Harness {
  const h = new Harness({ liquidationDiscount: '0.05', originationFee: '0.05' });
  listMarkets(t, h, [['ueth', '1', fixedModel('0', '0')], ['uomg', '1', fixedModel('0', '0')]]);
  supplyFresh(t, h, geoff, 'uomg', e18('2.1'));
  supplyFresh(t, h, torrey, 'ueth', e18(2));
  h.mint(torrey, 'ueth', e18(3));
  ok(t, h, 'MsgBorrow', { sender: geoff, denom: 'ueth', amount: e18(1).toString() });
  return h;
}

test('[moneymarket/security]: self-liquidation is rejected first, also with one asset on both legs', (t) => {
  const h = underwater(t);
  ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uomg', price: '0.5' });
  for (const [b, c] of [['ueth', 'uomg'], ['uomg', 'uomg'], ['ueth', 'ueth'], ['unlisted', 'unlisted']]) {
    rejects(t, h, 'MsgLiquidate', { sender: geoff, borrower: geoff, borrowDenom: b, collateralDenom: c, amount: 'max' }, Err.ErrLiquidatorIsBorrower);
  }
  rejects(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'unlisted', collateralDenom: 'uomg', amount: '1' }, Err.ErrMarketNotSupported);
  rejects(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'ueth', collateralDenom: 'unlisted', amount: '1' }, Err.ErrMarketNotSupported);
});

test('[moneymarket/security]: same-asset liquidation by another account moves collateral, mints none', (t) => {
  const h = new Harness({ liquidationDiscount: '0.05' });
  listMarkets(t, h, [['ueth', '1', fixedModel('0', '0.5')]]);
  supplyFresh(t, h, geoff, 'ueth', e18(3));
  supplyFresh(t, h, torrey, 'ueth', e18(10));
  h.mint(torrey, 'ueth', e18(10));
  ok(t, h, 'MsgBorrow', { sender: geoff, denom: 'ueth', amount: e18(1).toString() });
  h.height += 2; // geoff owes 2, supplies 3 → below the ratio of 2
  const supplyBefore = h.market('ueth').totalSupply;
  const r = ok(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'ueth', collateralDenom: 'ueth', amount: 'max' });
  const seized = BigInt(r.response.amountSeized);
  t.true(seized > 0n);
  t.is(h.supplyOf(geoff, 'ueth') + h.supplyOf(torrey, 'ueth'), e18(13));
  t.is(h.market('ueth').totalSupply, supplyBefore);
  ledgerMatchesJournal(t, h, 'ueth');
});

test('[moneymarket/security]: zero-amount liquidation is rejected even when eligible', (t) => {
  const h = underwater(t);
  ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uomg', price: '0.5' });
  rejects(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'ueth', collateralDenom: 'uomg', amount: '0' }, Err.ErrInvalidCloseAmount);
  ok(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'ueth', collateralDenom: 'uomg', amount: '1' });
});

test('[moneymarket/security]: liquidation needs a shortfall at the liquidation ratio (boundary is not enough)', (t) => {
  const h = new Harness({ liquidationRatio: '1.5', liquidationDiscount: '0.05', originationFee: '0.05' });
  listMarkets(t, h, [['ueth', '1', fixedModel('0', '0')], ['uomg', '1', fixedModel('0', '0')]]);
  supplyFresh(t, h, geoff, 'uomg', e18('2.1'));
  supplyFresh(t, h, torrey, 'ueth', e18(2));
  h.mint(torrey, 'ueth', e18(3));
  ok(t, h, 'MsgBorrow', { sender: geoff, denom: 'ueth', amount: e18(1).toString() });
  ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uomg', price: '0.75' }); // S = 1.575 = 1.5 × 1.05 exactly
  rejects(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'ueth', collateralDenom: 'uomg', amount: '1' }, Err.ErrInvalidCloseAmount);
  ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uomg', price: '0.749999999999999999' });
  ok(t, h, 'MsgLiquidate', { sender: torrey, borrower: geoff, borrowDenom: 'ueth', collateralDenom: 'uomg', amount: '1' });
});

test('[moneymarket/security]: a direct donation to the module account changes no rate or balance', (t) => {
  const run = (donate: boolean) => {
    const h = new Harness({ blocksPerYear: 2_102_400 });
    listMarkets(t, h, [['uaaa', '1', seedModel], ['ubbb', '1', seedModel]]);
    supplyFresh(t, h, geoff, 'uaaa', e18(100));
    supplyFresh(t, h, torrey, 'ubbb', e18(100));
    ok(t, h, 'MsgBorrow', { sender: torrey, denom: 'uaaa', amount: e18(30).toString() });
    if (donate) {
      h.mint(addr('donor'), 'uaaa', e18(1000));
      h.send(addr('donor'), h.moduleAddress, 'uaaa', e18(1000));
    }
    h.height += 1000;
    ok(t, h, 'MsgSupply', { sender: geoff, denom: 'uaaa', amount: '0' });
    return { h, market: h.market('uaaa'), supply: h.supplyOf(geoff, 'uaaa'), borrow: h.borrowOf(torrey, 'uaaa') };
  };
  const a = run(false);
  const b = run(true);
  t.deepEqual(b.market, a.market);
  t.is(b.supply, a.supply);
  t.is(b.borrow, a.borrow);
  t.is(b.h.moduleBalance('uaaa'), b.market.cash + e18(1000));
  t.is(rejects(t, b.h, 'MsgWithdraw', { sender: geoff, denom: 'uaaa', amount: (b.market.cash + 1n).toString() }, Err.ErrTokenInsufficientCash).code, Err.ErrTokenInsufficientCash.code);
});

test('[moneymarket/security]: only the oracle prices, only the admin governs', (t) => {
  const h = new Harness();
  listMarkets(t, h, [['uaaa', '1', seedModel]]);
  const mallory = addr('mallory');
  rejects(t, h, 'MsgSetAssetPrice', { sender: mallory, denom: 'uaaa', price: '100' }, Err.ErrUnauthorized);
  const adminMsgs: [MsgName, Record<string, unknown>][] = [
    ['MsgSupportMarket', { denom: 'uaaa', interestRateModel: seedModel }],
    ['MsgSuspendMarket', { denom: 'uaaa' }],
    ['MsgSetInterestRateModel', { denom: 'uaaa', interestRateModel: seedModel }],
    ['MsgSetRiskParameters', { collateralRatio: '3', liquidationRatio: '3', liquidationDiscount: '0' }],
    ['MsgSetOriginationFee', { originationFee: '0.01' }],
    ['MsgSetOracle', { oracle: mallory }],
    ['MsgSetPendingAdmin', { pendingAdmin: mallory }],
    ['MsgAcceptAdmin', {}],
    ['MsgWithdrawEquity', { denom: 'uaaa', amount: '0' }],
    ['MsgSetPaused', { paused: true }],
    ['MsgAddReserves', { denom: 'uaaa', amount: '0' }],
  ];
  for (const [name, body] of adminMsgs) rejects(t, h, name, { sender: mallory, ...body }, Err.ErrUnauthorized);
  for (const [name, body] of adminMsgs.filter(([n]) => n !== 'MsgAcceptAdmin' && n !== 'MsgSetOracle' && n !== 'MsgSetPendingAdmin')) ok(t, h, name, { sender: ADMIN, ...body });
});

test('[moneymarket/security]: max price move, market cap, borrow-rate cap', (t) => {
  const h = new Harness({ maxPriceMove: '0.1', maxMarkets: 2, maxBorrowRate: '0.000005' });
  ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uaaa', price: '1' });
  ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uaaa', price: '1.1' });
  rejects(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uaaa', price: '1.3' }, Err.ErrPriceMoveTooLarge);
  rejects(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uaaa', price: '0.98' }, Err.ErrPriceMoveTooLarge);
  rejects(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uaaa', interestRateModel: { ...seedModel, baseRate: '1000' } }, Err.ErrRateTooHigh);
  for (const d of ['uaaa', 'ubbb', 'uccc']) ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: d, price: '1.1' });
  ok(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uaaa', interestRateModel: seedModel });
  ok(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'ubbb', interestRateModel: seedModel });
  rejects(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uccc', interestRateModel: seedModel }, Err.ErrTooManyMarkets);
});

test('[moneymarket/security]: never-listed markets and malformed input', (t) => {
  const h = new Harness();
  h.mint(geoff, 'uzzz', 10n);
  for (const name of ['MsgSupply', 'MsgWithdraw', 'MsgBorrow', 'MsgRepay'] as MsgName[]) rejects(t, h, name, { sender: geoff, denom: 'uzzz', amount: '1' }, Err.ErrMarketNotSupported);
  rejects(t, h, 'MsgSupply', { sender: geoff, denom: 'uzzz', amount: 'max' }, Err.ErrBadInput);
  rejects(t, h, 'MsgBorrow', { sender: geoff, denom: 'uzzz', amount: '-1' }, Err.ErrBadInput);
  rejects(t, h, 'MsgSupply', { sender: 'mkt1notanaddress', denom: 'uzzz', amount: '1' }, Err.ErrBadInput);
  rejects(t, h, 'MsgSupply', { sender: geoff, denom: '1bad', amount: '1' }, Err.ErrBadInput);
  rejects(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom: 'uzzz', price: '0.0000000000000000001' }, Err.ErrBadInput);
  rejects(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uzzz', interestRateModel: { ...seedModel, kind: 'kinked' } }, Err.ErrBadInput);
  rejects(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uzzz', interestRateModel: { ...seedModel, spreadBps: 10001 } }, Err.ErrBadInput);
});
