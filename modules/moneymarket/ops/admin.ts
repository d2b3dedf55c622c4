// Oracle and governance operations (spec §2.6). Every admin operation from anyone but the admin fails
// with UNAUTHORIZED and changes nothing.
import type { Ctx } from '../../../chain/context.js';
import type { BankDeps } from '../deps.js';
import { ErrAssetNotPriced, ErrBadInput, ErrEquityInsufficientBalance, ErrPriceMoveTooLarge, ErrRateTooHigh, ErrTokenInsufficientBalance, ErrTokenInsufficientCash, ErrTooManyMarkets, ErrUnauthorized } from '../errors.js';
import { emitEvent } from '../../../chain/events.js';
import { EVENT_TYPES } from '../events.js';
import { countMarkets, getMarket, getParams, getPrice, setMarket, setParams, setPrice } from '../keeper.js';
import { accrue, loadMarket, MODULE_ADDRESS, post, setRatesAndSave } from './market.js';
import { E, MAX, max, min } from '../math/fixed.js';
import { maxBorrowRate, type RateModel } from '../math/interest.js';
import { checkFee, checkRiskParameters, fmt, modelToJson, type Market, type Params } from '../params.js';

export function requireAdmin(ctx: Ctx, sender: string): Params {
  const p = getParams(ctx);
  if (p.admin === '' || sender !== p.admin) throw ErrUnauthorized(`${sender} is not the admin`);
  return p;
}

function checkModel(p: Params, model: RateModel): void {
  const r = maxBorrowRate(model, p.blocksPerYear);
  if (p.maxBorrowRate > 0n && r > p.maxBorrowRate) throw ErrRateTooHigh(`borrow rate up to ${fmt(r)} per block, the cap is ${fmt(p.maxBorrowRate)}`);
}

const modelAttrs = (m: RateModel): [string, string][] => Object.entries(modelToJson(m)).map(([k, v]) => [k, String(v)]);

export function setAssetPrice(ctx: Ctx, sender: string, denom: string, price: bigint): void {
  const p = getParams(ctx);
  if (p.oracle === '' || sender !== p.oracle) throw ErrUnauthorized(`${sender} is not the oracle`);
  const old = getPrice(ctx, denom).price;
  if (price === 0n && getMarket(ctx, denom)) throw ErrBadInput(`price 0 for listed market ${denom}`);
  if (p.maxPriceMove > 0n && old > 0n) {
    const move = price > old ? price - old : old - price;
    if (move * E > p.maxPriceMove * old) throw ErrPriceMoveTooLarge(`${denom} from ${fmt(old)} to ${fmt(price)} moves more than ${fmt(p.maxPriceMove)}`);
  }
  setPrice(ctx, denom, price, BigInt(ctx.block.height));
  emitEvent(ctx, EVENT_TYPES.priceSet, [['asset', denom], ['old_price', fmt(old)], ['new_price', fmt(price)], ['height', ctx.block.height]]);
}

export function supportMarket(ctx: Ctx, sender: string, denom: string, model: RateModel): void {
  const p = requireAdmin(ctx, sender);
  if (getPrice(ctx, denom).price === 0n) throw ErrAssetNotPriced(`${denom} has no price`);
  checkModel(p, model);
  const existing = getMarket(ctx, denom);
  let m: Market;
  if (existing) {
    // Re-support (unsuspend): the stored rates stay until the next operation on the market (§2.6).
    m = existing;
    accrue(ctx, m);
    m.model = model;
    m.status = 'supported';
    setMarket(ctx, m);
  } else {
    if (countMarkets(ctx) >= p.maxMarkets) throw ErrTooManyMarkets(`${p.maxMarkets} markets already listed`);
    m = {
      denom, status: 'supported', model, supplyIndex: E, borrowIndex: E, supplyRate: 0n, borrowRate: 0n,
      cash: 0n, totalBorrows: 0n, totalSupply: 0n, equity: 0n, blockNumber: BigInt(ctx.block.height),
    };
    setMarket(ctx, m);
  }
  emitEvent(ctx, EVENT_TYPES.supportedMarket, [['asset', denom], ...modelAttrs(model)]);
}

export function suspendMarket(ctx: Ctx, sender: string, denom: string): void {
  requireAdmin(ctx, sender);
  const m = getMarket(ctx, denom);
  if (!m || m.status !== 'supported') return; // v1: a no-op success
  m.status = 'suspended';
  setMarket(ctx, m);
  emitEvent(ctx, EVENT_TYPES.suspendedMarket, [['asset', denom]]);
}

export function setInterestRateModel(ctx: Ctx, sender: string, denom: string, model: RateModel): void {
  const p = requireAdmin(ctx, sender);
  const m = loadMarket(ctx, denom, false);
  checkModel(p, model);
  // The old rates apply to the elapsed blocks and stay stored until the next operation on the market
  // recomputes them from the new model (§2.6, Compound v1: the model change does not touch the rates).
  accrue(ctx, m);
  m.model = model;
  setMarket(ctx, m);
  emitEvent(ctx, EVENT_TYPES.setInterestRateModel, [['asset', denom], ...modelAttrs(model)]);
}

export function setRiskParameters(ctx: Ctx, sender: string, cr: bigint, lr: bigint, l: bigint): void {
  const p = requireAdmin(ctx, sender);
  checkRiskParameters(cr, lr, l);
  emitEvent(ctx, EVENT_TYPES.newRiskParameters, [
    ['old_collateral_ratio', fmt(p.collateralRatio)], ['new_collateral_ratio', fmt(cr)],
    ['old_liquidation_ratio', fmt(p.liquidationRatio)], ['new_liquidation_ratio', fmt(lr)],
    ['old_liquidation_discount', fmt(p.liquidationDiscount)], ['new_liquidation_discount', fmt(l)],
  ]);
  setParams(ctx, { ...p, collateralRatio: cr, liquidationRatio: lr, liquidationDiscount: l });
}

export function setOriginationFee(ctx: Ctx, sender: string, fee: bigint): void {
  const p = requireAdmin(ctx, sender);
  checkFee(fee);
  setParams(ctx, { ...p, originationFee: fee });
  emitEvent(ctx, EVENT_TYPES.newOriginationFee, [['old_origination_fee', fmt(p.originationFee)], ['new_origination_fee', fmt(fee)]]);
}

export function setOracle(ctx: Ctx, sender: string, oracle: string): void {
  const p = requireAdmin(ctx, sender);
  setParams(ctx, { ...p, oracle });
  emitEvent(ctx, EVENT_TYPES.newOracle, [['old_oracle', p.oracle], ['new_oracle', oracle]]);
}

export function setPendingAdmin(ctx: Ctx, sender: string, pending: string): void {
  const p = requireAdmin(ctx, sender);
  setParams(ctx, { ...p, pendingAdmin: pending });
  emitEvent(ctx, EVENT_TYPES.newPendingAdmin, [['old_pending_admin', p.pendingAdmin], ['new_pending_admin', pending]]);
}

export function acceptAdmin(ctx: Ctx, sender: string): void {
  const p = getParams(ctx);
  if (p.pendingAdmin === '' || sender !== p.pendingAdmin) throw ErrUnauthorized(`${sender} is not the pending admin`);
  setParams(ctx, { ...p, admin: sender, pendingAdmin: '' });
  emitEvent(ctx, EVENT_TYPES.newAdmin, [['old_admin', p.admin], ['new_admin', sender]]);
}

export function setPaused(ctx: Ctx, sender: string, paused: boolean): void {
  const p = requireAdmin(ctx, sender);
  setParams(ctx, { ...p, paused });
  emitEvent(ctx, EVENT_TYPES.setPaused, [['paused', paused]]);
}

export function withdrawEquity(ctx: Ctx, bank: BankDeps, sender: string, denom: string, requested: bigint): bigint {
  const p = requireAdmin(ctx, sender);
  const m = loadMarket(ctx, denom, false);
  accrue(ctx, m);
  const available = max(m.equity, 0n);
  const amount = requested === MAX ? min(available, m.cash) : requested;
  if (amount > available) throw ErrEquityInsufficientBalance(`${amount}${denom} requested, equity is ${m.equity}${denom}`);
  if (amount > m.cash) throw ErrTokenInsufficientCash(`${amount}${denom} requested, market cash is ${m.cash}${denom}`);
  const before = m.equity;
  m.equity -= amount;
  m.cash -= amount;
  post(ctx, denom, 'withdraw_equity', 'equity', 'cash', amount);
  bank.sendCoins(ctx, MODULE_ADDRESS, sender, [{ denom, amount }]);
  setRatesAndSave(ctx, m, p);
  emitEvent(ctx, EVENT_TYPES.equityWithdrawn, [['asset', denom], ['equity_before', before], ['amount', amount], ['owner', sender]]);
  return amount;
}

export function addReserves(ctx: Ctx, bank: BankDeps, sender: string, denom: string, amount: bigint): void {
  const p = requireAdmin(ctx, sender);
  const m = loadMarket(ctx, denom, false);
  const bal = bank.getBalance(ctx, sender, denom);
  if (bal < amount) throw ErrTokenInsufficientBalance(`wallet of ${sender} holds ${bal}${denom}, needs ${amount}${denom}`);
  accrue(ctx, m);
  m.cash += amount;
  m.equity += amount;
  post(ctx, denom, 'add_reserves', 'cash', 'equity', amount);
  bank.sendCoins(ctx, sender, MODULE_ADDRESS, [{ denom, amount }]);
  setRatesAndSave(ctx, m, p);
  emitEvent(ctx, EVENT_TYPES.reservesAdded, [['asset', denom], ['amount', amount], ['admin', sender]]);
}
