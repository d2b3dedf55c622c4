// SC-07 … SC-10 (spec §6): liquidation with discount, after interest, two ratios, suspended markets.
import test, { type ExecutionContext } from 'ava';
import * as Err from './errors.js';
import { fixedModel } from './testing/harness.js';
import { ADMIN, addr, attrs, E, e18, Harness, ledgerMatchesJournal, listMarkets, ok, rejects, supplyFresh } from './testing/scenarios.js';

const geoff = addr('geoff');
const torrey = addr('torrey');
const ORACLE = addr('oracle');
const liq = (amount: string, borrowDenom = 'ueth', collateralDenom = 'uomg', sender = torrey) => ({ sender, borrower: geoff, borrowDenom, collateralDenom, amount });
const price = (t: ExecutionContext, h: Harness, denom: string, p: string) => ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom, price: p });

/** geoff supplies 2.1 OMG, torrey supplies `torreyEth` ETH (wallet `torreyWallet` more), geoff borrows 1 ETH. */
function collateralSetup(t: ExecutionContext, params: Record<string, string>, rates: [string, string], torreyEth: bigint, torreyWallet: bigint): Harness {
  const h = new Harness({ collateralRatio: '2', liquidationRatio: '2', liquidationDiscount: '0.05', originationFee: '0.05', ...params });
  listMarkets(t, h, [['ueth', '1', fixedModel(...rates)], ['uomg', '1', fixedModel(...rates)]]);
  supplyFresh(t, h, geoff, 'uomg', e18('2.1'));
  supplyFresh(t, h, torrey, 'ueth', torreyEth);
  h.mint(torrey, 'ueth', torreyWallet);
  ok(t, h, 'MsgBorrow', { sender: geoff, denom: 'ueth', amount: e18(1).toString() });
  t.is(h.borrowOf(geoff, 'ueth'), e18('1.05'));
  return h;
}

test('[moneymarket/SC-07]: price drop, liquidation with discount', (t) => {
  const h = collateralSetup(t, {}, ['0', '0'], e18(2), e18(3));
  t.deepEqual(h.ledger('ueth'), [e18(1), e18('1.05'), e18(2), e18('0.05')]);
  t.deepEqual(h.liquidity(geoff, 2n * E), [0n, 0n]);
  rejects(t, h, 'MsgLiquidate', liq('1'), Err.ErrInvalidCloseAmount);
  rejects(t, h, 'MsgLiquidate', liq('max'), Err.ErrInvalidCloseAmount);
  price(t, h, 'uomg', '0.5');
  t.is(h.liquidity(geoff, 2n * E)[1] / E, e18('1.05'));
  rejects(t, h, 'MsgLiquidate', liq((e18(1) + 1n).toString()), Err.ErrInvalidCloseAmount);
  rejects(t, h, 'MsgLiquidate', liq(e18(1).toString(), 'ueth', 'uomg', geoff), Err.ErrLiquidatorIsBorrower);
  const r = ok(t, h, 'MsgLiquidate', liq(e18(1).toString()));
  t.deepEqual(r.response, { amountRepaid: e18(1).toString(), amountSeized: e18('2.1').toString() });
  t.deepEqual(attrs(r, 'moneymarket.borrow_liquidated'), {
    borrower: geoff, asset_borrow: 'ueth', borrow_before: e18('1.05').toString(), borrow_accumulated: e18('1.05').toString(),
    amount_repaid: e18(1).toString(), borrow_after: e18('0.05').toString(), liquidator: torrey, asset_collateral: 'uomg',
    collateral_before: e18('2.1').toString(), collateral_accumulated: e18('2.1').toString(), amount_seized: e18('2.1').toString(), collateral_after: '0',
  });
  t.is(h.borrowOf(geoff, 'ueth'), e18('0.05'));
  t.is(h.supplyOf(geoff, 'uomg'), 0n);
  t.is(h.supplyOf(torrey, 'uomg'), e18('2.1'));
  t.is(h.wallet(torrey, 'ueth'), e18(2));
  t.deepEqual(h.ledger('ueth'), [e18(2), e18('0.05'), e18(2), e18('0.05')]);
  t.deepEqual(h.ledger('uomg'), [e18('2.1'), 0n, e18('2.1'), 0n]);
  t.is(h.liquidity(geoff, 2n * E)[1] / E, e18('0.1'));
  ledgerMatchesJournal(t, h, 'ueth');
  ledgerMatchesJournal(t, h, 'uomg');
});

test('[moneymarket/SC-08]: liquidation after interest, then a max liquidation with truncation slack', (t) => {
  const h = collateralSetup(t, {}, ['0.5', '0.75'], e18(10), e18(10));
  h.height = 1002;
  price(t, h, 'uomg', '0.8');
  t.is(h.borrowOf(geoff, 'ueth'), e18('2.625'));
  t.is(h.supplyOf(geoff, 'uomg'), e18('4.2'));
  t.is(h.liquidity(geoff, 2n * E)[1] / E, e18('1.89'));
  rejects(t, h, 'MsgLiquidate', liq(e18(2).toString()), Err.ErrInvalidCloseAmount);
  rejects(t, h, 'MsgLiquidate', liq('1989473684210526316'), Err.ErrInvalidCloseAmount);
  const r = ok(t, h, 'MsgLiquidate', liq(e18('1.5').toString()));
  t.is(r.response.amountSeized, e18('1.96875').toString());
  t.is(h.borrowOf(geoff, 'ueth'), e18('1.125'));
  t.is(h.supplyOf(geoff, 'uomg'), e18('2.23125'));
  t.is(h.supplyOf(torrey, 'uomg'), e18('1.96875'));
  t.is(h.supplyOf(torrey, 'ueth'), e18(20));
  t.is(h.wallet(torrey, 'ueth'), e18('8.5'));
  t.deepEqual(h.ledger('ueth'), [e18('10.5'), e18('1.125'), e18(20), -e18('8.375')]);
  t.deepEqual(h.ledger('uomg'), [e18('2.1'), 0n, e18('4.2'), -e18('2.1')]);
  const r2 = ok(t, h, 'MsgLiquidate', liq('max'));
  t.deepEqual(r2.response, { amountRepaid: '489473684210526315', amountSeized: '642434210526315788' });
  t.is(h.borrowOf(geoff, 'ueth'), 635526315789473685n);
  t.is(h.supplyOf(geoff, 'uomg'), 1588815789473684212n);
  t.is(h.liquidity(geoff, 2n * E)[1], 4n * 10n ** 17n);
  rejects(t, h, 'MsgLiquidate', liq('max'), Err.ErrInvalidCloseAmount);
  ledgerMatchesJournal(t, h, 'ueth');
  ledgerMatchesJournal(t, h, 'uomg');
});

test('[moneymarket/SC-09]: two ratios: not liquidatable between LR and CR, repay-to-even against CR', (t) => {
  const h = collateralSetup(t, { liquidationRatio: '1.5' }, ['0', '0'], e18(2), e18(2));
  price(t, h, 'uomg', '0.8');
  t.is(h.liquidity(geoff, 2n * E)[1] / E, e18('0.42'));
  t.is(h.liquidity(geoff, e18('1.5'))[0] / E, e18('0.105'));
  rejects(t, h, 'MsgLiquidate', liq('1'), Err.ErrInvalidCloseAmount);
  rejects(t, h, 'MsgLiquidate', liq('max'), Err.ErrInvalidCloseAmount);
  rejects(t, h, 'MsgBorrow', { sender: geoff, denom: 'ueth', amount: '1' }, Err.ErrInsufficientLiquidity);
  rejects(t, h, 'MsgWithdraw', { sender: geoff, denom: 'uomg', amount: '1' }, Err.ErrInsufficientLiquidity);
  // The same state with LR = CR is liquidatable with maxClose 442105263157894736.
  const h2 = collateralSetup(t, {}, ['0', '0'], e18(2), e18(2));
  price(t, h2, 'uomg', '0.8');
  t.is(ok(t, h2, 'MsgLiquidate', liq('max')).response.amountRepaid, '442105263157894736');
  price(t, h, 'uomg', '0.7');
  t.is(h.liquidity(geoff, e18('1.5'))[1] / E, e18('0.105'));
  rejects(t, h, 'MsgLiquidate', liq('663157894736842106'), Err.ErrInvalidCloseAmount);
  const r = ok(t, h, 'MsgLiquidate', liq('max'));
  t.deepEqual(r.response, { amountRepaid: '663157894736842105', amountSeized: '994736842105263157' });
  t.is(h.borrowOf(geoff, 'ueth'), 386842105263157895n);
  t.is(h.supplyOf(geoff, 'uomg'), 1105263157894736843n);
  t.deepEqual(h.liquidity(geoff, 2n * E), [10n ** 17n, 0n]);
  t.deepEqual(h.ledger('ueth'), [1663157894736842105n, 386842105263157895n, e18(2), e18('0.05')]);
  ledgerMatchesJournal(t, h, 'ueth');
});

function sc10Setup(t: ExecutionContext): Harness {
  const h = new Harness({ collateralRatio: '2', liquidationRatio: '2', liquidationDiscount: '0.05', originationFee: '0.05' });
  listMarkets(t, h, [['ueth', '1', fixedModel('0', '0')], ['uomg', '1', fixedModel('0', '0')]]);
  supplyFresh(t, h, geoff, 'ueth', e18(10));
  supplyFresh(t, h, torrey, 'uomg', e18(5));
  h.mint(torrey, 'uomg', e18(5));
  ok(t, h, 'MsgBorrow', { sender: geoff, denom: 'uomg', amount: e18(1).toString() });
  t.is(h.liquidity(geoff, 2n * E)[0] / E, e18('7.9'));
  rejects(t, h, 'MsgLiquidate', liq('1', 'uomg', 'ueth'), Err.ErrInvalidCloseAmount);
  rejects(t, h, 'MsgSuspendMarket', { sender: torrey, denom: 'uomg' }, Err.ErrUnauthorized);
  const s = ok(t, h, 'MsgSuspendMarket', { sender: ADMIN, denom: 'uomg' });
  t.deepEqual(attrs(s, 'moneymarket.suspended_market'), { asset: 'uomg' });
  t.is(h.market('uomg').status, 'suspended');
  return h;
}

test('[moneymarket/SC-10]: a suspended market allows only repay and withdraw', (t) => {
  const h = sc10Setup(t);
  rejects(t, h, 'MsgBorrow', { sender: geoff, denom: 'uomg', amount: '1' }, Err.ErrMarketNotSupported);
  rejects(t, h, 'MsgSupply', { sender: torrey, denom: 'uomg', amount: '1' }, Err.ErrMarketNotSupported);
  ok(t, h, 'MsgRepay', { sender: geoff, denom: 'uomg', amount: e18('0.5').toString() });
  ok(t, h, 'MsgWithdraw', { sender: torrey, denom: 'uomg', amount: e18(1).toString() });
  t.is(ok(t, h, 'MsgSuspendMarket', { sender: ADMIN, denom: 'uomg' }).events.length, 0); // no-op success
  t.is(ok(t, h, 'MsgSuspendMarket', { sender: ADMIN, denom: 'unever' }).events.length, 0);
});

test('[moneymarket/SC-10]: a suspended borrow market is liquidatable regardless of health; unsuspend', (t) => {
  const h = sc10Setup(t);
  const r = ok(t, h, 'MsgLiquidate', liq('max', 'uomg', 'ueth'));
  t.deepEqual(r.response, { amountRepaid: e18('1.05').toString(), amountSeized: e18('1.1025').toString() });
  t.is(h.borrowOf(geoff, 'uomg'), 0n);
  t.is(h.supplyOf(geoff, 'ueth'), e18('8.8975'));
  t.is(h.supplyOf(torrey, 'ueth'), e18('1.1025'));
  t.is(h.wallet(torrey, 'uomg'), e18('3.95'));
  t.deepEqual(h.ledger('uomg'), [e18('5.05'), 0n, e18(5), e18('0.05')]);
  t.deepEqual(h.ledger('ueth'), [e18(10), 0n, e18(10), 0n]);
  ok(t, h, 'MsgSupportMarket', { sender: ADMIN, denom: 'uomg', interestRateModel: fixedModel('0', '0') });
  t.is(h.market('uomg').status, 'supported');
  ok(t, h, 'MsgSupply', { sender: torrey, denom: 'uomg', amount: e18(1).toString() });
  ledgerMatchesJournal(t, h, 'uomg');
  ledgerMatchesJournal(t, h, 'ueth');
});
