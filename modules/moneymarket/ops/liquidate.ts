// liquidateBorrow (spec §2.5), checks in spec order. The liquidator repays part of the borrower's debt
// from its wallet and receives the seized collateral as a supply balance (a sub-ledger move).
import type { Ctx } from '../../../chain/context.js';
import type { BankDeps } from '../deps.js';
import { ErrContractPaused, ErrInvalidCloseAmount, ErrLiquidatorIsBorrower, ErrMissingAssetPrice, ErrTokenInsufficientBalance } from '../errors.js';
import { emitEvent } from '../../../chain/events.js';
import { EVENT_TYPES } from '../events.js';
import { getParams, getPrice, setCheckpoint } from '../keeper.js';
import { accountValues, accrue, balanceNow, loadMarket, post, setRatesAndSave } from './market.js';
import { MAX, min } from '../math/fixed.js';
import { discountedCollateral, liquidityAt, repayToEven, seizeAmount } from '../math/liquidation.js';
import { bookRepay } from './user.js';
import type { Params } from '../params.js';
import type { Market } from '../params.js';

export interface LiquidationQuote {
  borrowCurrent: bigint;
  collateralCurrent: bigint;
  maxClose: bigint;
  eligible: boolean;
}

/** Max closeable amount for `borrower` with both markets accrued (steps 6–7). */
export function quoteLiquidation(ctx: Ctx, p: Params, borrower: string, mB: Market, mC: Market, pB: bigint, pC: bigint): LiquidationQuote {
  const curB = balanceNow(ctx, 'borrow', borrower, mB).current;
  const curTS = balanceNow(ctx, 'supply', borrower, mC).current;
  const dbdc = discountedCollateral(pC, curTS, p.liquidationDiscount, pB);
  if (mB.status !== 'supported') return { borrowCurrent: curB, collateralCurrent: curTS, maxClose: min(curB, dbdc), eligible: true };
  const v = accountValues(ctx, borrower, BigInt(ctx.block.height));
  const eligible = liquidityAt(v.supplyValue, v.borrowValue, p.liquidationRatio).shortfall > 0n;
  if (!eligible) return { borrowCurrent: curB, collateralCurrent: curTS, maxClose: 0n, eligible };
  const shortCR = liquidityAt(v.supplyValue, v.borrowValue, p.collateralRatio).shortfall;
  const rte = repayToEven(shortCR, pB, p.collateralRatio, p.liquidationDiscount);
  return { borrowCurrent: curB, collateralCurrent: curTS, maxClose: min(min(curB, dbdc), rte), eligible };
}

export function liquidate(ctx: Ctx, bank: BankDeps, liquidator: string, borrower: string, denomB: string, denomC: string, requested: bigint) {
  const p = getParams(ctx);
  if (p.paused) throw ErrContractPaused('user operations are paused');
  if (liquidator === borrower) throw ErrLiquidatorIsBorrower(`${liquidator} cannot liquidate itself`);
  const mB = loadMarket(ctx, denomB, false);
  const mC = denomC === denomB ? mB : loadMarket(ctx, denomC, false);
  const pB = getPrice(ctx, denomB).price;
  const pC = getPrice(ctx, denomC).price;
  if (pB === 0n || pC === 0n) throw ErrMissingAssetPrice(`${pB === 0n ? denomB : denomC} has no price`);
  accrue(ctx, mB);
  if (mC !== mB) accrue(ctx, mC);
  const q = quoteLiquidation(ctx, p, borrower, mB, mC, pB, pC);
  const close = requested === MAX ? q.maxClose : requested;
  if (close > q.maxClose || close === 0n) throw ErrInvalidCloseAmount(`close ${close}${denomB}, the maximum for ${borrower} is ${q.maxClose}${denomB}`);
  const seize = seizeAmount(pB, p.liquidationDiscount, close, pC);
  const wallet = bank.getBalance(ctx, liquidator, denomB);
  if (wallet < close) throw ErrTokenInsufficientBalance(`wallet of ${liquidator} holds ${wallet}${denomB}, needs ${close}${denomB}`);
  // Borrow leg.
  const borrowBefore = balanceNow(ctx, 'borrow', borrower, mB).principal;
  const borrowAfter = bookRepay(ctx, bank, liquidator, borrower, mB, q.borrowCurrent, close, 'liquidate_repay');
  // Collateral leg: read-modify-write each record once (liquidator ≠ borrower, so distinct keys).
  const collBefore = balanceNow(ctx, 'supply', borrower, mC).principal;
  const collAfter = q.collateralCurrent - seize;
  setCheckpoint(ctx, 'supply', borrower, denomC, { principal: collAfter, interestIndex: mC.supplyIndex });
  const liq = balanceNow(ctx, 'supply', liquidator, mC);
  setCheckpoint(ctx, 'supply', liquidator, denomC, { principal: liq.current + seize, interestIndex: mC.supplyIndex });
  post(ctx, denomC, 'liquidate_seize', `supply/${borrower}`, `supply/${liquidator}`, seize);
  setRatesAndSave(ctx, mB, p);
  if (mC !== mB) setRatesAndSave(ctx, mC, p);
  emitEvent(ctx, EVENT_TYPES.borrowLiquidated, [
    ['borrower', borrower], ['asset_borrow', denomB], ['borrow_before', borrowBefore], ['borrow_accumulated', q.borrowCurrent],
    ['amount_repaid', close], ['borrow_after', borrowAfter], ['liquidator', liquidator], ['asset_collateral', denomC],
    ['collateral_before', collBefore], ['collateral_accumulated', q.collateralCurrent], ['amount_seized', seize], ['collateral_after', collAfter],
  ]);
  return { close, seize };
}
