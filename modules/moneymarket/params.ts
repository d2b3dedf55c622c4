// Params and market records: domain types (bigint), their proto/JSON form (decimal strings), defaults
// and pure validation shared by messages, genesis and the keeper.
import { formatDecimal, parseDecimal, parseUint } from '../../chain/codec/decimal.js';
import { isAddress } from '../../chain/crypto.js';
import { E } from './math/fixed.js';
import type { RateModel } from './math/interest.js';
import { ErrBadInput, ErrInvalidCollateralRatio, ErrInvalidCombinedRiskParameters, ErrInvalidLiquidationDiscount, ErrInvalidLiquidationRatio } from './errors.js';

export interface Params {
  admin: string;
  pendingAdmin: string;
  oracle: string;
  collateralRatio: bigint;
  liquidationRatio: bigint;
  liquidationDiscount: bigint;
  originationFee: bigint;
  blocksPerYear: bigint;
  maxMarkets: number;
  maxPriceMove: bigint;
  maxBorrowRate: bigint;
  paused: boolean;
}

export type MarketStatus = 'supported' | 'suspended';

export interface Market {
  denom: string;
  status: MarketStatus;
  model: RateModel;
  supplyIndex: bigint;
  borrowIndex: bigint;
  supplyRate: bigint;
  borrowRate: bigint;
  cash: bigint;
  totalBorrows: bigint;
  totalSupply: bigint;
  equity: bigint;
  blockNumber: bigint;
}

/** JSON shapes (the proto objects of state.proto, camelCase as cosmjs prints them). */
export interface ModelJson { kind: string; baseRate: string; slope: string; spreadBps: number; fixedSupplyRate: string; fixedBorrowRate: string }
/** A model as a message or a JSON file may carry it: any field missing or null. */
export type ModelFields = { [K in keyof ModelJson]?: ModelJson[K] | null };
export interface ParamsJson {
  admin: string; pendingAdmin: string; oracle: string;
  collateralRatio: string; liquidationRatio: string; liquidationDiscount: string; originationFee: string;
  blocksPerYear: number; maxMarkets: number; maxPriceMove: string; maxBorrowRate: string; paused: boolean;
}
export interface MarketJson {
  denom: string; status: string; interestRateModel: ModelJson;
  supplyIndex: string; borrowIndex: string; supplyRate: string; borrowRate: string;
  cash: string; totalBorrows: string; totalSupply: string; equity: string; blockNumber: number;
}

export const MAX_FEE = E / 10n;
export const MIN_COLLATERAL_RATIO = (11n * E) / 10n;
export const MAX_DISCOUNT = E / 10n;
export const MAX_BPS = 10000n;

export const fmt = (m: bigint) => formatDecimal(m, 18);

/** Parses an 18-decimal string into a mantissa; throws BAD_INPUT naming the field. */
export function parseDec(s: unknown, what: string): bigint {
  try {
    return parseDecimal(String(s ?? ''), 18, what);
  } catch (e) {
    throw ErrBadInput((e as Error).message);
  }
}

export function parseInt_(s: unknown, what: string): bigint {
  try {
    return parseUint(String(s ?? ''), what);
  } catch (e) {
    throw ErrBadInput((e as Error).message);
  }
}

export function parseSigned(s: unknown, what: string): bigint {
  const str = String(s ?? '');
  return str.startsWith('-') && str !== '-0' ? -parseInt_(str.slice(1), what) : parseInt_(str, what);
}

export function defaultParams(): Params {
  return {
    admin: '', pendingAdmin: '', oracle: '',
    collateralRatio: 2n * E, liquidationRatio: 2n * E, liquidationDiscount: 0n, originationFee: 0n,
    blocksPerYear: 31_536_000n, maxMarkets: 32, maxPriceMove: 0n, maxBorrowRate: 5n * 10n ** 12n, paused: false,
  };
}

/** setRiskParameters checks in spec order (§2.6). */
export function checkRiskParameters(cr: bigint, lr: bigint, l: bigint): void {
  if (cr < MIN_COLLATERAL_RATIO) throw ErrInvalidCollateralRatio(`collateral ratio ${fmt(cr)}`);
  if (l > MAX_DISCOUNT) throw ErrInvalidLiquidationDiscount(`liquidation discount ${fmt(l)}`);
  if (cr <= E + l) throw ErrInvalidCombinedRiskParameters(`collateral ratio ${fmt(cr)} with discount ${fmt(l)}`);
  if (lr > cr || lr <= E + l) throw ErrInvalidLiquidationRatio(`liquidation ratio ${fmt(lr)} (collateral ratio ${fmt(cr)}, discount ${fmt(l)})`);
}

export function checkFee(f: bigint): void {
  if (f > MAX_FEE) throw ErrBadInput(`origination fee ${fmt(f)} exceeds ${fmt(MAX_FEE)}`);
}

export function modelFromJson(j: ModelFields | null | undefined): RateModel {
  if (!j) throw ErrBadInput('interest rate model is missing');
  const kind = j.kind || 'linear';
  if (kind === 'fixed') {
    return { kind, supplyRate: parseDec(j.fixedSupplyRate, 'fixed supply rate'), borrowRate: parseDec(j.fixedBorrowRate, 'fixed borrow rate') };
  }
  if (kind !== 'linear') throw ErrBadInput(`interest rate model kind ${JSON.stringify(kind)} (want linear or fixed)`);
  const spread = BigInt(j.spreadBps ?? 0);
  if (spread > MAX_BPS) throw ErrBadInput(`spread ${spread} bps exceeds 10000`);
  return { kind, baseRate: parseDec(j.baseRate, 'base rate'), slope: parseDec(j.slope, 'slope'), spreadBps: spread };
}

export function modelToJson(m: RateModel): ModelJson {
  return m.kind === 'fixed'
    ? { kind: 'fixed', baseRate: '0', slope: '0', spreadBps: 0, fixedSupplyRate: fmt(m.supplyRate), fixedBorrowRate: fmt(m.borrowRate) }
    : { kind: 'linear', baseRate: fmt(m.baseRate), slope: fmt(m.slope), spreadBps: Number(m.spreadBps), fixedSupplyRate: '0', fixedBorrowRate: '0' };
}

function checkOptAddress(a: string, what: string): void {
  if (a !== '' && !isAddress(a)) throw ErrBadInput(`${what} ${JSON.stringify(a)} is not a valid address`);
}

/** Parses and validates params (genesis and store). */
export function paramsFromJson(j: ParamsJson): Params {
  if (!j || typeof j !== 'object') throw ErrBadInput('params must be an object');
  const p: Params = {
    admin: j.admin ?? '', pendingAdmin: j.pendingAdmin ?? '', oracle: j.oracle ?? '',
    collateralRatio: parseDec(j.collateralRatio, 'collateral ratio'),
    liquidationRatio: parseDec(j.liquidationRatio, 'liquidation ratio'),
    liquidationDiscount: parseDec(j.liquidationDiscount, 'liquidation discount'),
    originationFee: parseDec(j.originationFee, 'origination fee'),
    blocksPerYear: BigInt(j.blocksPerYear ?? 0), maxMarkets: Number(j.maxMarkets ?? 0),
    maxPriceMove: parseDec(j.maxPriceMove, 'max price move'), maxBorrowRate: parseDec(j.maxBorrowRate, 'max borrow rate'),
    paused: j.paused === true,
  };
  checkOptAddress(p.admin, 'admin');
  checkOptAddress(p.pendingAdmin, 'pending admin');
  checkOptAddress(p.oracle, 'oracle');
  checkRiskParameters(p.collateralRatio, p.liquidationRatio, p.liquidationDiscount);
  checkFee(p.originationFee);
  if (!Number.isSafeInteger(j.blocksPerYear) || p.blocksPerYear <= 0n) throw ErrBadInput(`blocks per year ${j.blocksPerYear} must be a positive integer`);
  if (!Number.isSafeInteger(p.maxMarkets) || p.maxMarkets < 1 || p.maxMarkets > 32) throw ErrBadInput(`max markets ${j.maxMarkets} must be 1..32`);
  return p;
}

export function paramsToJson(p: Params): ParamsJson {
  return {
    admin: p.admin, pendingAdmin: p.pendingAdmin, oracle: p.oracle,
    collateralRatio: fmt(p.collateralRatio), liquidationRatio: fmt(p.liquidationRatio),
    liquidationDiscount: fmt(p.liquidationDiscount), originationFee: fmt(p.originationFee),
    blocksPerYear: Number(p.blocksPerYear), maxMarkets: p.maxMarkets,
    maxPriceMove: fmt(p.maxPriceMove), maxBorrowRate: fmt(p.maxBorrowRate), paused: p.paused,
  };
}

export function marketFromJson(j: MarketJson): Market {
  if (j.status !== 'supported' && j.status !== 'suspended') throw ErrBadInput(`market ${j.denom} status ${JSON.stringify(j.status)} (want supported or suspended)`);
  if (!Number.isSafeInteger(j.blockNumber) || j.blockNumber < 0) throw ErrBadInput(`market ${j.denom} block number ${j.blockNumber}`);
  return {
    denom: j.denom, status: j.status, model: modelFromJson(j.interestRateModel),
    supplyIndex: parseDec(j.supplyIndex, 'supply index'), borrowIndex: parseDec(j.borrowIndex, 'borrow index'),
    supplyRate: parseDec(j.supplyRate, 'supply rate'), borrowRate: parseDec(j.borrowRate, 'borrow rate'),
    cash: parseInt_(j.cash, 'cash'), totalBorrows: parseInt_(j.totalBorrows, 'total borrows'),
    totalSupply: parseInt_(j.totalSupply, 'total supply'), equity: parseSigned(j.equity, 'equity'),
    blockNumber: BigInt(j.blockNumber),
  };
}

export function marketToJson(m: Market): MarketJson {
  return {
    denom: m.denom, status: m.status, interestRateModel: modelToJson(m.model),
    supplyIndex: fmt(m.supplyIndex), borrowIndex: fmt(m.borrowIndex), supplyRate: fmt(m.supplyRate), borrowRate: fmt(m.borrowRate),
    cash: m.cash.toString(), totalBorrows: m.totalBorrows.toString(), totalSupply: m.totalSupply.toString(), equity: m.equity.toString(),
    blockNumber: Number(m.blockNumber),
  };
}
