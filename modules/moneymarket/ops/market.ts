// Market-level bookkeeping shared by all operations: accrual (§3.4), rate updates, journal postings
// (§4.1) and account liquidity (§5). Reads and writes go through keeper.ts.
import type { Ctx, ReadCtx } from '../../../chain/context.js';
import { moduleAddress, toBech32 } from '../../../chain/crypto.js';
import { ErrMarketNotSupported, ErrMissingAssetPrice } from '../errors.js';
import { emitEvent } from '../../../chain/events.js';
import { EVENT_TYPES } from '../events.js';
import { accountDenoms, appendPosting, appendRateChange, getCheckpoint, getMarket, getPrice, setMarket } from '../keeper.js';
import { accrueWithinBound, computeRates, currentBalance } from '../math/interest.js';
import type { Market, Params } from '../params.js';

export const MODULE_ADDRESS = toBech32(moduleAddress('moneymarket'));

/** A listed market or MARKET_NOT_SUPPORTED; `requireSupported` also rejects suspended markets. */
export function loadMarket(ctx: ReadCtx, denom: string, requireSupported: boolean): Market {
  const m = getMarket(ctx, denom);
  if (!m) throw ErrMarketNotSupported(`market ${denom} is not listed`);
  if (requireSupported && m.status !== 'supported') throw ErrMarketNotSupported(`market ${denom} is suspended`);
  return m;
}

export function post(ctx: Ctx, denom: string, event: string, debit: string, credit: string, amount: bigint): void {
  if (amount > 0n) appendPosting(ctx, denom, { event, debit, credit, amount });
}

/** Brings `m` current at this block (mutates `m`, posts the interest; the caller saves). */
export function accrue(ctx: Ctx, m: Market): void {
  const height = BigInt(ctx.block.height);
  const delta = height - m.blockNumber;
  if (delta <= 0n) return;
  const a = accrueWithinBound(m, m, delta);
  if (!a) {
    // Booking this interval would pass 2^256 − 1: it earns no interest, so the market stays readable
    // and its positions can still be repaid and withdrawn (which brings the totals down).
    m.blockNumber = height;
    emitEvent(ctx, EVENT_TYPES.interestNotAccrued, [['asset', m.denom], ['blocks', delta], ['reason', 'total above 2^256-1'], ['height', height]]);
    return;
  }
  Object.assign(m, { supplyIndex: a.supplyIndex, borrowIndex: a.borrowIndex, totalSupply: a.totalSupply, totalBorrows: a.totalBorrows, equity: a.equity, blockNumber: height });
  post(ctx, m.denom, 'accrue_interest', 'borrows', 'equity', a.borrowInterest);
  post(ctx, m.denom, 'accrue_interest', 'equity', 'supply', a.supplyInterest);
  if (a.borrowInterest > 0n || a.supplyInterest > 0n) {
    emitEvent(ctx, EVENT_TYPES.interestAccrued, [['asset', m.denom], ['borrow_interest', a.borrowInterest], ['supply_interest', a.supplyInterest], ['supply_index', a.supplyIndex], ['borrow_index', a.borrowIndex], ['height', height]]);
  }
}

/** Recomputes both per-block rates from the post-operation cash and borrows, journals a change, saves `m`. */
export function setRatesAndSave(ctx: Ctx, m: Market, p: Params): void {
  const r = computeRates(m.model, m.cash, m.totalBorrows, p.blocksPerYear);
  if (r.borrowRate !== m.borrowRate || r.supplyRate !== m.supplyRate) {
    m.borrowRate = r.borrowRate;
    m.supplyRate = r.supplyRate;
    appendRateChange(ctx, m.denom, { ...r, supplyIndex: m.supplyIndex, borrowIndex: m.borrowIndex });
  }
  setMarket(ctx, m);
}

/** Both indices as of `height` without writing (views and liquidity of untouched markets), by the rule of `accrue`. */
export function indicesAt(m: Market, height: bigint): { supplyIndex: bigint; borrowIndex: bigint } {
  const d = height - m.blockNumber;
  const a = d > 0n ? accrueWithinBound(m, m, d) : undefined;
  return a ? { supplyIndex: a.supplyIndex, borrowIndex: a.borrowIndex } : { supplyIndex: m.supplyIndex, borrowIndex: m.borrowIndex };
}

export interface Position { denom: string; supply: bigint; borrow: bigint; price: bigint }
export interface AccountValues { supplyValue: bigint; borrowValue: bigint; positions: Position[]; missingPrice: string }

/** Current balances of `address` in every market it holds, valued at the oracle prices (value × E). */
export function accountValues(ctx: ReadCtx, address: string, height: bigint, strict = true): AccountValues {
  const denoms = [...new Set([...accountDenoms(ctx, 'supply', address), ...accountDenoms(ctx, 'borrow', address)])].sort();
  let supplyValue = 0n;
  let borrowValue = 0n;
  let missingPrice = '';
  const positions: Position[] = [];
  for (const denom of denoms) {
    const m = getMarket(ctx, denom);
    if (!m) continue;
    const idx = indicesAt(m, height);
    const s = getCheckpoint(ctx, 'supply', address, denom);
    const b = getCheckpoint(ctx, 'borrow', address, denom);
    const supply = currentBalance(s.principal, idx.supplyIndex, s.interestIndex);
    const borrow = currentBalance(b.principal, idx.borrowIndex, b.interestIndex);
    const price = getPrice(ctx, denom).price;
    if (price === 0n && (s.principal > 0n || b.principal > 0n)) {
      if (strict) throw ErrMissingAssetPrice(`${address} holds ${denom}, which has no price`);
      missingPrice ||= denom;
    }
    supplyValue += price * supply;
    borrowValue += price * borrow;
    positions.push({ denom, supply, borrow, price });
  }
  return { supplyValue, borrowValue, positions, missingPrice };
}

/** Current supply/borrow balance of one account in a market already accrued to this block. */
export function balanceNow(ctx: ReadCtx, side: 'supply' | 'borrow', address: string, m: Market): { principal: bigint; current: bigint } {
  const c = getCheckpoint(ctx, side, address, m.denom);
  return { principal: c.principal, current: currentBalance(c.principal, side === 'supply' ? m.supplyIndex : m.borrowIndex, c.interestIndex) };
}
