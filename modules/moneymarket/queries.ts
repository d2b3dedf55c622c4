// gRPC-style queries (/marketchain.moneymarket.v1.Query/<Method>); values as of the last block.
import type { QueryCtx } from '../../chain/context.js';
import type { QueryHandler } from '../../chain/module.js';
import { marketchain } from '../../proto/moneymarket.js';
import { ErrBadInput } from './errors.js';
import { allMarkets, getMarket, getParams, getPrice, journalCount, journalPage } from './keeper.js';
import { accountValues } from './ops/market.js';
import { mulExp } from './math/fixed.js';
import { utilization } from './math/interest.js';
import { liquidityAt } from './math/liquidation.js';
import { checkAddress, checkDenom } from './msgs.js';
import { fmt, modelToJson, paramsToJson, type Market, type Params } from './params.js';

const pb = marketchain.moneymarket.v1;
const PATH = '/marketchain.moneymarket.v1.Query/';
const DEFAULT_LIMIT = 100n;
const MAX_LIMIT = 1000n;

export function marketView(ctx: QueryCtx, p: Params, denom: string, m: Market | undefined) {
  const price = fmt(getPrice(ctx, denom).price);
  if (!m) {
    return { denom, status: 'unsupported', cash: '0', totalSupply: '0', totalBorrows: '0', equity: '0', supplyIndex: '0', borrowIndex: '0', supplyRatePerBlock: '0', borrowRatePerBlock: '0', supplyRateAnnual: '0', borrowRateAnnual: '0', utilization: '0', price, blockNumber: 0 };
  }
  return {
    denom, status: m.status, cash: m.cash.toString(), totalSupply: m.totalSupply.toString(), totalBorrows: m.totalBorrows.toString(), equity: m.equity.toString(),
    supplyIndex: fmt(m.supplyIndex), borrowIndex: fmt(m.borrowIndex), supplyRatePerBlock: fmt(m.supplyRate), borrowRatePerBlock: fmt(m.borrowRate),
    supplyRateAnnual: fmt(m.supplyRate * p.blocksPerYear), borrowRateAnnual: fmt(m.borrowRate * p.blocksPerYear),
    utilization: fmt(utilization(m.cash, m.totalBorrows)), price, blockNumber: Number(m.blockNumber), interestRateModel: modelToJson(m.model),
  };
}

export function accountSnapshot(ctx: QueryCtx, address: string) {
  const p = getParams(ctx);
  const v = accountValues(ctx, address, BigInt(ctx.block.height), false);
  const atCR = liquidityAt(v.supplyValue, v.borrowValue, p.collateralRatio);
  const atLR = liquidityAt(v.supplyValue, v.borrowValue, p.liquidationRatio);
  const hasCollateral = v.positions.some((x) => x.supply > 0n);
  const suspendedDebt = v.positions.some((x) => x.borrow > 0n && getMarket(ctx, x.denom)?.status === 'suspended');
  return {
    address,
    positions: v.positions.map((x) => ({ denom: x.denom, supplyBalance: x.supply.toString(), borrowBalance: x.borrow.toString(), price: fmt(x.price) })),
    supplyValue: fmt(v.supplyValue), borrowValue: fmt(v.borrowValue),
    requiredAtCollateralRatio: fmt(mulExp(p.collateralRatio, v.borrowValue)), requiredAtLiquidationRatio: fmt(mulExp(p.liquidationRatio, v.borrowValue)),
    liquidity: fmt(atCR.liquidity), shortfall: fmt(atCR.shortfall), liquidationShortfall: fmt(atLR.shortfall),
    liquidatable: v.missingPrice === '' && hasCollateral && (atLR.shortfall > 0n || suspendedDebt),
    missingPrice: v.missingPrice, height: ctx.block.height,
  };
}

function page(ctx: QueryCtx, kind: 'ledger' | 'rates', denom: string, req: { offset?: number | null; limit?: number | null; reverse?: boolean | null } | null | undefined) {
  const offset = BigInt(req?.offset ?? 0);
  const limit = req?.limit ? BigInt(req.limit) : DEFAULT_LIMIT;
  if (limit > MAX_LIMIT) throw ErrBadInput(`page limit ${limit} exceeds ${MAX_LIMIT}`);
  const total = journalCount(ctx, kind, denom);
  const items = journalPage(ctx, kind, denom, offset, limit, req?.reverse === true);
  const next = offset + BigInt(items.length);
  return { items, pagination: { total: Number(total), nextOffset: next < total ? Number(next) : 0 } };
}

const enc = (type: any, obj: unknown) => type.encode(type.fromObject(obj)).finish();

export const moneymarketQueries: Record<string, QueryHandler> = {
  [PATH + 'Params']: (ctx) => enc(pb.QueryParamsResponse, { params: paramsToJson(getParams(ctx)) }),
  [PATH + 'Market']: (ctx, data) => {
    const denom = checkDenom(pb.QueryMarketRequest.decode(data).denom);
    return enc(pb.QueryMarketResponse, { market: marketView(ctx, getParams(ctx), denom, getMarket(ctx, denom)) });
  },
  [PATH + 'Markets']: (ctx) => {
    const p = getParams(ctx);
    return enc(pb.QueryMarketsResponse, { markets: allMarkets(ctx).map((m) => marketView(ctx, p, m.denom, m)) });
  },
  [PATH + 'AccountSnapshot']: (ctx, data) => {
    const address = checkAddress(pb.QueryAccountSnapshotRequest.decode(data).address, 'address');
    return enc(pb.QueryAccountSnapshotResponse, accountSnapshot(ctx, address));
  },
  [PATH + 'Ledger']: (ctx, data) => {
    const req = pb.QueryLedgerRequest.decode(data);
    const r = page(ctx, 'ledger', checkDenom(req.denom), req.pagination);
    return enc(pb.QueryLedgerResponse, { entries: r.items.map((b) => pb.LedgerEntry.decode(b)), pagination: r.pagination });
  },
  [PATH + 'RateHistory']: (ctx, data) => {
    const req = pb.QueryRateHistoryRequest.decode(data);
    const r = page(ctx, 'rates', checkDenom(req.denom), req.pagination);
    return enc(pb.QueryRateHistoryResponse, { records: r.items.map((b) => pb.RateRecord.decode(b)), pagination: r.pagination });
  },
  [PATH + 'BalanceSheet']: (ctx, data) => {
    const denom = checkDenom(pb.QueryBalanceSheetRequest.decode(data).denom);
    const m = getMarket(ctx, denom);
    if (!m) return enc(pb.QueryBalanceSheetResponse, { denom, cash: '0', borrows: '0', supply: '0', equity: '0', balanced: true, blockNumber: 0 });
    return enc(pb.QueryBalanceSheetResponse, {
      denom, cash: m.cash.toString(), borrows: m.totalBorrows.toString(), supply: m.totalSupply.toString(), equity: m.equity.toString(),
      balanced: m.cash + m.totalBorrows === m.totalSupply + m.equity, blockNumber: Number(m.blockNumber),
    });
  },
};
