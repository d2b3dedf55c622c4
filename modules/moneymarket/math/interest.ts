// Interest math (spec §3.2–§3.4): index accrual, checkpointed balances, the linear rate model and
// the market-level accrual. Pure; truncating as Compound v1.
import { MAX_UINT256 } from '../../../chain/codec/decimal.js';
import { mulDivDown } from '../../../chain/math/mul_div.js';
import { E, getExp, mulExp } from './fixed.js';

/** Index_n = ⌊Index_{n−1} · (E + r·Δ) / E⌋ (simple interest over Δ blocks, compounded per touch). */
export function accrueIndex(index: bigint, ratePerBlock: bigint, blocks: bigint): bigint {
  if (blocks < 0n) throw new RangeError(`negative block delta ${blocks}`);
  return mulDivDown(index, E + ratePerBlock * blocks, E);
}

/** balance = ⌊principal · indexNow / indexCheckpoint⌋ (0 when principal is 0). */
export function currentBalance(principal: bigint, indexNow: bigint, indexCheckpoint: bigint): bigint {
  if (principal === 0n) return 0n;
  return mulDivDown(principal, indexNow, indexCheckpoint);
}

export interface LinearModel {
  kind: 'linear';
  /** Annual base borrow rate (mantissa). */
  baseRate: bigint;
  /** Annual slope per unit of utilization (mantissa). */
  slope: bigint;
  spreadBps: bigint;
}

export interface FixedModel {
  kind: 'fixed';
  supplyRate: bigint;
  borrowRate: bigint;
}

export type RateModel = LinearModel | FixedModel;

export interface Rates {
  supplyRate: bigint;
  borrowRate: bigint;
}

/** U = ⌊borrows·E / (cash + borrows)⌋, 0 when borrows = 0. */
export function utilization(cash: bigint, borrows: bigint): bigint {
  return borrows === 0n ? 0n : getExp(borrows, cash + borrows);
}

/** Per-block rates of a market from its post-operation cash and borrows (spec §3.3). */
export function computeRates(model: RateModel, cash: bigint, borrows: bigint, blocksPerYear: bigint): Rates {
  if (model.kind === 'fixed') return { supplyRate: model.supplyRate, borrowRate: model.borrowRate };
  const u = utilization(cash, borrows);
  const annualBorrow = model.baseRate + mulDivDown(u, model.slope, E);
  const borrowRate = annualBorrow / blocksPerYear;
  const supplyRate = mulExp(u * (10000n - model.spreadBps), annualBorrow) / (10000n * blocksPerYear);
  return { supplyRate, borrowRate };
}

/** The largest per-block borrow rate a model can produce (at U = 1). */
export function maxBorrowRate(model: RateModel, blocksPerYear: bigint): bigint {
  return model.kind === 'fixed' ? model.borrowRate : (model.baseRate + model.slope) / blocksPerYear;
}

export interface MarketTotals {
  supplyIndex: bigint;
  borrowIndex: bigint;
  totalSupply: bigint;
  totalBorrows: bigint;
  equity: bigint;
}

export interface Accrual extends MarketTotals {
  /** Borrow interest booked (Dr Borrows, Cr Equity). */
  borrowInterest: bigint;
  /** Supply interest booked (Dr Equity, Cr Supply). */
  supplyInterest: bigint;
}

/** Market-level accrual over `blocks` (spec §3.4): aggregates act as one account checkpointed at every touch. */
export function accrueMarket(m: MarketTotals, rates: Rates, blocks: bigint): Accrual {
  if (blocks === 0n) return { ...m, borrowInterest: 0n, supplyInterest: 0n };
  const supplyIndex = accrueIndex(m.supplyIndex, rates.supplyRate, blocks);
  const borrowIndex = accrueIndex(m.borrowIndex, rates.borrowRate, blocks);
  const bi = mulDivDown(m.totalBorrows, borrowIndex, m.borrowIndex) - m.totalBorrows;
  const si = mulDivDown(m.totalSupply, supplyIndex, m.supplyIndex) - m.totalSupply;
  return {
    supplyIndex,
    borrowIndex,
    totalBorrows: m.totalBorrows + bi,
    totalSupply: m.totalSupply + si,
    equity: m.equity + bi - si,
    borrowInterest: bi,
    supplyInterest: si,
  };
}

/** Whether every total, |equity| and index fits the bound of a stored value, 2^256 − 1 (uint256, the SDK's Int bound). */
export function withinBound(t: MarketTotals): boolean {
  const b = MAX_UINT256;
  return t.totalSupply <= b && t.totalBorrows <= b && t.equity <= b && -t.equity <= b && t.supplyIndex <= b && t.borrowIndex <= b;
}

/**
 * The market accrual, or `undefined` when its result would pass 2^256 − 1. Supply and borrow interest
 * are one double entry (Cash + Borrows = Supply + Equity), so an interval that cannot be booked in
 * full books nothing: the caller advances the block number and the interval earns no interest.
 */
export function accrueWithinBound(m: MarketTotals, rates: Rates, blocks: bigint): Accrual | undefined {
  const a = accrueMarket(m, rates, blocks);
  return withinBound(a) ? a : undefined;
}
