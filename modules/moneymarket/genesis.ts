// moneymarket genesis: params, prices, markets and account checkpoints. validateGenesis is pure and
// returns the canonical (sorted) form, so export(init(validate(g))) deep-equals validate(g).
import type { Ctx, QueryCtx } from '../../chain/context.js';
import type { GenesisSpec } from '../../chain/module.js';
import { allCheckpoints, allMarkets, allPrices, getParams, setCheckpoint, setMarket, setParams, setPrice } from './keeper.js';
import { post } from './ops/market.js';
import { E } from './math/fixed.js';
import { checkAddress, checkDenom } from './msgs.js';
import { defaultParams, fmt, marketFromJson, marketToJson, paramsFromJson, paramsToJson, parseDec, parseInt_, type MarketJson, type ParamsJson } from './params.js';

export interface CheckpointJson { address: string; denom: string; principal: string; interestIndex: string }
export interface PriceJson { denom: string; price: string; height: number }
export interface MoneymarketGenesis {
  params: ParamsJson;
  prices: PriceJson[];
  markets: MarketJson[];
  supplyBalances: CheckpointJson[];
  borrowBalances: CheckpointJson[];
}

const fail = (msg: string): never => {
  throw new Error(`moneymarket genesis: ${msg}`);
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function guard<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    return fail(`${what}: ${(e as Error).message}`);
  }
}

export function defaultGenesis(): MoneymarketGenesis {
  return { params: paramsToJson(defaultParams()), prices: [], markets: [], supplyBalances: [], borrowBalances: [] };
}

export function validateGenesis(g: any): MoneymarketGenesis {
  if (!g || typeof g !== 'object') fail('section must be an object');
  const params = guard('params', () => paramsFromJson(g.params));
  const prices = new Map<string, bigint>();
  for (const p of (g.prices ?? []) as PriceJson[]) {
    guard(`price ${JSON.stringify(p?.denom)}`, () => checkDenom(p.denom));
    if (prices.has(p.denom)) fail(`duplicate price for ${p.denom}`);
    prices.set(p.denom, guard(`price of ${p.denom}`, () => parseDec(p.price, 'price')));
    if (!Number.isSafeInteger(p.height ?? 0) || (p.height ?? 0) < 0) fail(`price height of ${p.denom}`);
  }
  const markets = new Map<string, ReturnType<typeof marketFromJson>>();
  for (const mj of (g.markets ?? []) as MarketJson[]) {
    guard(`market ${JSON.stringify(mj?.denom)}`, () => checkDenom(mj.denom));
    if (markets.has(mj.denom)) fail(`duplicate market ${mj.denom}`);
    const m = guard(`market ${mj.denom}`, () => marketFromJson(mj));
    if (!(prices.get(m.denom)! > 0n)) fail(`market ${m.denom} has no price`);
    if (m.supplyIndex < E || m.borrowIndex < E) fail(`market ${m.denom} indices must be at least 1`);
    if (m.cash + m.totalBorrows !== m.totalSupply + m.equity) fail(`market ${m.denom}: cash + borrows != supply + equity`);
    markets.set(m.denom, m);
  }
  if (markets.size > params.maxMarkets) fail(`${markets.size} markets exceed max markets ${params.maxMarkets}`);
  const checkpoints = (list: CheckpointJson[] | undefined, side: 'supply' | 'borrow') => {
    const seen = new Set<string>();
    for (const c of list ?? []) {
      guard(`${side} balance`, () => checkAddress(c.address, 'address'));
      const m = markets.get(c.denom) ?? fail(`${side} balance of ${c.address} in unlisted market ${c.denom}`);
      if (seen.has(c.address + '/' + c.denom)) fail(`duplicate ${side} balance ${c.address} ${c.denom}`);
      seen.add(c.address + '/' + c.denom);
      if (guard('principal', () => parseInt_(c.principal, 'principal')) === 0n) fail(`${side} balance ${c.address} ${c.denom} is zero`);
      const idx = guard('interest index', () => parseDec(c.interestIndex, 'interest index'));
      if (idx < E || idx > (side === 'supply' ? m.supplyIndex : m.borrowIndex)) fail(`${side} balance ${c.address} ${c.denom}: interest index out of range`);
    }
    return [...(list ?? [])].map((c) => ({ address: c.address, denom: c.denom, principal: c.principal, interestIndex: fmt(parseDec(c.interestIndex, 'index')) }));
  };
  return {
    params: paramsToJson(params),
    prices: [...prices.entries()].sort((a, b) => cmp(a[0], b[0])).map(([denom, price]) => ({ denom, price: fmt(price), height: (g.prices as PriceJson[]).find((p) => p.denom === denom)!.height ?? 0 })),
    markets: [...markets.values()].sort((a, b) => cmp(a.denom, b.denom)).map(marketToJson),
    supplyBalances: sortCheckpoints(checkpoints(g.supplyBalances, 'supply')),
    borrowBalances: sortCheckpoints(checkpoints(g.borrowBalances, 'borrow')),
  };
}

function sortCheckpoints(cs: CheckpointJson[]): CheckpointJson[] {
  // Canonical order: by bech32 address string, then denom (export sorts the same way).
  return cs.sort((a, b) => cmp(a.address, b.address) || cmp(a.denom, b.denom));
}

export function initGenesis(ctx: Ctx, g: MoneymarketGenesis): void {
  setParams(ctx, paramsFromJson(g.params));
  for (const p of g.prices) setPrice(ctx, p.denom, parseDec(p.price, 'price'), BigInt(p.height ?? 0));
  for (const mj of g.markets) {
    const m = marketFromJson(mj);
    setMarket(ctx, m);
    // Opening balances, journalled against a zero-sum "opening" account.
    post(ctx, m.denom, 'genesis', 'cash', 'opening', m.cash);
    post(ctx, m.denom, 'genesis', 'borrows', 'opening', m.totalBorrows);
    post(ctx, m.denom, 'genesis', 'opening', 'supply', m.totalSupply);
    if (m.equity >= 0n) post(ctx, m.denom, 'genesis', 'opening', 'equity', m.equity);
    else post(ctx, m.denom, 'genesis', 'equity', 'opening', -m.equity);
  }
  for (const c of g.supplyBalances) setCheckpoint(ctx, 'supply', c.address, c.denom, { principal: BigInt(c.principal), interestIndex: parseDec(c.interestIndex, 'index') });
  for (const c of g.borrowBalances) setCheckpoint(ctx, 'borrow', c.address, c.denom, { principal: BigInt(c.principal), interestIndex: parseDec(c.interestIndex, 'index') });
}

export function exportGenesis(ctx: QueryCtx): MoneymarketGenesis {
  const cps = (side: 'supply' | 'borrow') =>
    sortCheckpoints(allCheckpoints(ctx, side).map(({ address, denom, c }) => ({ address, denom, principal: c.principal.toString(), interestIndex: fmt(c.interestIndex) })));
  return {
    params: paramsToJson(getParams(ctx)),
    prices: allPrices(ctx).map((p) => ({ denom: p.denom, price: fmt(p.price), height: Number(p.height) })),
    markets: allMarkets(ctx).map(marketToJson),
    supplyBalances: cps('supply'),
    borrowBalances: cps('borrow'),
  };
}

export const moneymarketGenesis: GenesisSpec<MoneymarketGenesis> = { defaultGenesis, validateGenesis, initGenesis, exportGenesis };

/** The dev chain's section: uusdc and uatom listed and priced, the dev account as admin and oracle. */
export function devGenesis(devAddress: string): MoneymarketGenesis {
  const model = (base: string, slope: string) => ({ kind: 'linear', baseRate: base, slope, spreadBps: 1500, fixedSupplyRate: '0', fixedBorrowRate: '0' });
  const market = (denom: string, base: string, slope: string): MarketJson => ({
    denom, status: 'supported', interestRateModel: model(base, slope), supplyIndex: '1', borrowIndex: '1', supplyRate: '0', borrowRate: '0',
    cash: '0', totalBorrows: '0', totalSupply: '0', equity: '0', blockNumber: 0,
  });
  return validateGenesis({
    params: { ...paramsToJson(defaultParams()), admin: devAddress, oracle: devAddress, collateralRatio: '1.5', liquidationRatio: '1.25', liquidationDiscount: '0.05', originationFee: '0.001' },
    prices: [{ denom: 'uatom', price: '8', height: 0 }, { denom: 'uusdc', price: '1', height: 0 }],
    markets: [market('uatom', '0.02', '0.2'), market('uusdc', '0.1', '0.3')],
    supplyBalances: [],
    borrowBalances: [],
  });
}
