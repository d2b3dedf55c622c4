// The four account operations (spec §2.1–§2.4), checks in spec order. Atomic: the app discards all
// writes and events of a message that throws.
import type { Ctx } from '../../../chain/context.js';
import type { BankDeps } from '../deps.js';
import { ErrContractPaused, ErrInsufficientBalance, ErrInsufficientLiquidity, ErrMissingAssetPrice, ErrRepayExceedsBorrow, ErrTokenInsufficientBalance, ErrTokenInsufficientCash } from '../errors.js';
import { emitEvent } from '../../../chain/events.js';
import { EVENT_TYPES } from '../events.js';
import { getParams, getPrice, setCheckpoint } from '../keeper.js';
import { accountValues, accrue, balanceNow, loadMarket, MODULE_ADDRESS, post, setRatesAndSave } from './market.js';
import { MAX, min, mulExp } from '../math/fixed.js';
import { liquidityAt, withOriginationFee } from '../math/liquidation.js';
import type { Market } from '../params.js';

const height = (ctx: Ctx) => BigInt(ctx.block.height);

function checkNotPaused(ctx: Ctx) {
  const p = getParams(ctx);
  if (p.paused) throw ErrContractPaused('user operations are paused');
  return p;
}

function requireWallet(bank: BankDeps, ctx: Ctx, who: string, denom: string, amount: bigint): bigint {
  const bal = bank.getBalance(ctx, who, denom);
  if (bal < amount) throw ErrTokenInsufficientBalance(`wallet of ${who} holds ${bal}${denom}, needs ${amount}${denom}`);
  return bal;
}

/** Subtracts `x` from a market aggregate; the excess over the aggregate (dust) is booked to equity (§4.3). */
export function clampSub(total: bigint, x: bigint): { total: bigint; dust: bigint } {
  return x > total ? { total: 0n, dust: x - total } : { total: total - x, dust: 0n };
}

export function supply(ctx: Ctx, bank: BankDeps, who: string, denom: string, amount: bigint) {
  const p = checkNotPaused(ctx);
  const m = loadMarket(ctx, denom, true);
  requireWallet(bank, ctx, who, denom, amount);
  accrue(ctx, m);
  const { principal, current } = balanceNow(ctx, 'supply', who, m);
  const newBalance = current + amount;
  setCheckpoint(ctx, 'supply', who, denom, { principal: newBalance, interestIndex: m.supplyIndex });
  m.totalSupply += amount;
  m.cash += amount;
  post(ctx, denom, 'supply', 'cash', 'supply', amount);
  bank.sendCoins(ctx, who, MODULE_ADDRESS, [{ denom, amount }]);
  setRatesAndSave(ctx, m, p);
  emitEvent(ctx, EVENT_TYPES.supplyReceived, [['account', who], ['asset', denom], ['amount', amount], ['starting_balance', principal], ['new_balance', newBalance]]);
  return { amount, newBalance };
}

export function withdraw(ctx: Ctx, bank: BankDeps, who: string, denom: string, requested: bigint) {
  const p = checkNotPaused(ctx);
  const m = loadMarket(ctx, denom, false);
  accrue(ctx, m);
  const v = accountValues(ctx, who, height(ctx));
  const { liquidity, shortfall } = liquidityAt(v.supplyValue, v.borrowValue, p.collateralRatio);
  const { principal, current } = balanceNow(ctx, 'supply', who, m);
  const price = getPrice(ctx, denom).price;
  let amount = requested;
  if (requested === MAX) {
    if (price === 0n) throw ErrMissingAssetPrice(`${denom} has no price`);
    amount = min(liquidity / price, current);
  }
  if (amount > m.cash) throw ErrTokenInsufficientCash(`${amount}${denom} requested, market cash is ${m.cash}${denom}`);
  if (amount > current) throw ErrInsufficientBalance(`${amount}${denom} requested, supply balance is ${current}${denom}`);
  if (shortfall > 0n) throw ErrInsufficientLiquidity(`${who} has a shortfall`);
  if (price === 0n) throw ErrMissingAssetPrice(`${denom} has no price`);
  if (liquidity < price * amount) throw ErrInsufficientLiquidity(`withdrawing ${amount}${denom} would leave ${who} below the collateral ratio`);
  const newBalance = current - amount;
  setCheckpoint(ctx, 'supply', who, denom, { principal: newBalance, interestIndex: m.supplyIndex });
  const c = clampSub(m.totalSupply, amount);
  m.totalSupply = c.total;
  m.equity -= c.dust;
  m.cash -= amount;
  post(ctx, denom, 'withdraw', 'supply', 'cash', amount - c.dust);
  post(ctx, denom, 'withdraw_dust', 'equity', 'cash', c.dust);
  bank.sendCoins(ctx, MODULE_ADDRESS, who, [{ denom, amount }]);
  setRatesAndSave(ctx, m, p);
  emitEvent(ctx, EVENT_TYPES.supplyWithdrawn, [['account', who], ['asset', denom], ['amount', amount], ['starting_balance', principal], ['new_balance', newBalance]]);
  return { amount, newBalance };
}

export function borrow(ctx: Ctx, bank: BankDeps, who: string, denom: string, amount: bigint) {
  const p = checkNotPaused(ctx);
  const m = loadMarket(ctx, denom, true);
  accrue(ctx, m);
  const { principal, current } = balanceNow(ctx, 'borrow', who, m);
  const withFee = withOriginationFee(amount, p.originationFee);
  const v = accountValues(ctx, who, height(ctx));
  const { liquidity, shortfall } = liquidityAt(v.supplyValue, v.borrowValue, p.collateralRatio);
  if (shortfall > 0n) throw ErrInsufficientLiquidity(`${who} has a shortfall`);
  const price = getPrice(ctx, denom).price;
  if (price === 0n) throw ErrMissingAssetPrice(`${denom} has no price`);
  if (liquidity < mulExp(p.collateralRatio, price) * withFee) throw ErrInsufficientLiquidity(`borrowing ${amount}${denom} (${withFee} with fee) exceeds the liquidity of ${who}`);
  if (amount > m.cash) throw ErrTokenInsufficientCash(`${amount}${denom} requested, market cash is ${m.cash}${denom}`);
  const newBalance = current + withFee;
  setCheckpoint(ctx, 'borrow', who, denom, { principal: newBalance, interestIndex: m.borrowIndex });
  m.totalBorrows += withFee;
  m.cash -= amount;
  m.equity += withFee - amount;
  post(ctx, denom, 'borrow', 'borrows', 'cash', amount);
  post(ctx, denom, 'origination_fee', 'borrows', 'equity', withFee - amount);
  bank.sendCoins(ctx, MODULE_ADDRESS, who, [{ denom, amount }]);
  setRatesAndSave(ctx, m, p);
  emitEvent(ctx, EVENT_TYPES.borrowTaken, [['account', who], ['asset', denom], ['amount', amount], ['starting_balance', principal], ['borrow_amount_with_fee', withFee], ['new_balance', newBalance]]);
  return { amount, withFee, newBalance };
}

/** Books a repayment of `amount` on `borrower`'s debt in `m` (repay and the borrow leg of a liquidation). */
export function bookRepay(ctx: Ctx, bank: BankDeps, payer: string, borrower: string, m: Market, current: bigint, amount: bigint, event: string): bigint {
  const newBalance = current - amount;
  setCheckpoint(ctx, 'borrow', borrower, m.denom, { principal: newBalance, interestIndex: m.borrowIndex });
  const c = clampSub(m.totalBorrows, amount);
  m.totalBorrows = c.total;
  m.equity += c.dust;
  m.cash += amount;
  post(ctx, m.denom, event, 'cash', 'borrows', amount - c.dust);
  post(ctx, m.denom, event + '_dust', 'cash', 'equity', c.dust);
  bank.sendCoins(ctx, payer, MODULE_ADDRESS, [{ denom: m.denom, amount }]);
  return newBalance;
}

export function repay(ctx: Ctx, bank: BankDeps, who: string, denom: string, requested: bigint) {
  const p = checkNotPaused(ctx);
  const m = loadMarket(ctx, denom, false);
  accrue(ctx, m);
  const { principal, current } = balanceNow(ctx, 'borrow', who, m);
  const wallet = bank.getBalance(ctx, who, denom);
  const amount = requested === MAX ? min(wallet, current) : requested;
  if (amount > current) throw ErrRepayExceedsBorrow(`repay ${amount}${denom}, borrow balance is ${current}${denom}`);
  requireWallet(bank, ctx, who, denom, amount);
  const newBalance = bookRepay(ctx, bank, who, who, m, current, amount, 'repay');
  setRatesAndSave(ctx, m, p);
  emitEvent(ctx, EVENT_TYPES.borrowRepaid, [['account', who], ['asset', denom], ['amount', amount], ['starting_balance', principal], ['new_balance', newBalance]]);
  return { amount, newBalance };
}
