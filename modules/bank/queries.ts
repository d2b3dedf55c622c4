// gRPC-style bank queries (cosmos.bank.v1beta1.Query). Lists page as the SDK's (chain/pagination.ts).
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import { utf8 } from '../../chain/codec/bytes.js';
import { isValidDenom, toProtoCoins } from '../../chain/coins.js';
import { isAddress } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';
import type { QueryHandler } from '../../chain/module.js';
import { paginate, sortedIterate } from '../../chain/pagination.js';
import { ErrDenomMetadataNotFound } from './errors.js';
import { denomMetadataEntries, getAllBalances, getBalance, getDenomMetadata, getSupply, getTotalSupply } from './keeper.js';

function checkAddress(a: string): void {
  if (!isAddress(a)) throw sdkErrors.InvalidAddress(`invalid address ${JSON.stringify(a)}`);
}

function checkDenom(d: string): void {
  if (!isValidDenom(d)) throw sdkErrors.InvalidCoins(`invalid denom ${JSON.stringify(d)}`);
}

/** An address's balances, a page of them (keyed by denom, as the SDK's balance keys). */
function balancesPage(ctx: Parameters<QueryHandler>[0], address: string, pagination: QueryAllBalancesRequest['pagination']) {
  checkAddress(address);
  const { items, page } = paginate(pagination, sortedIterate(toProtoCoins(getAllBalances(ctx, address)), (c) => utf8(c.denom)));
  return { balances: items, pagination: page };
}

export const bankQueries: Record<string, QueryHandler> = {
  '/cosmos.bank.v1beta1.Query/Balance': (ctx, data) => {
    const req = QueryBalanceRequest.decode(data);
    checkAddress(req.address);
    checkDenom(req.denom);
    const amount = getBalance(ctx, req.address, req.denom);
    return QueryBalanceResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
  },
  '/cosmos.bank.v1beta1.Query/AllBalances': (ctx, data) => {
    const req = QueryAllBalancesRequest.decode(data);
    return QueryAllBalancesResponse.encode(balancesPage(ctx, req.address, req.pagination)).finish();
  },
  // Nothing is locked or vesting here: every balance is spendable.
  '/cosmos.bank.v1beta1.Query/SpendableBalances': (ctx, data) => {
    const req = QuerySpendableBalancesRequest.decode(data);
    return QuerySpendableBalancesResponse.encode(balancesPage(ctx, req.address, req.pagination)).finish();
  },
  '/cosmos.bank.v1beta1.Query/TotalSupply': (ctx, data) => {
    const req = QueryTotalSupplyRequest.decode(data);
    const { items, page } = paginate(req.pagination, sortedIterate(toProtoCoins(getTotalSupply(ctx)), (c) => utf8(c.denom)));
    return QueryTotalSupplyResponse.encode({ supply: items, pagination: page }).finish();
  },
  '/cosmos.bank.v1beta1.Query/SupplyOf': (ctx, data) => {
    const req = QuerySupplyOfRequest.decode(data);
    checkDenom(req.denom);
    return QuerySupplyOfResponse.encode({ amount: { denom: req.denom, amount: getSupply(ctx, req.denom).toString() } }).finish();
  },
  // Sends are enabled for every denom (no per-denom switch).
  '/cosmos.bank.v1beta1.Query/Params': () => QueryParamsResponse.encode({ params: { sendEnabled: [], defaultSendEnabled: true } }).finish(),
  '/cosmos.bank.v1beta1.Query/DenomMetadata': (ctx, data) => {
    const req = QueryDenomMetadataRequest.decode(data);
    checkDenom(req.denom);
    const bytes = getDenomMetadata(ctx, req.denom);
    if (!bytes) throw ErrDenomMetadataNotFound(`client metadata for denom ${req.denom}`);
    return QueryDenomMetadataResponse.encode({ metadata: Metadata.decode(bytes) }).finish();
  },
  '/cosmos.bank.v1beta1.Query/DenomsMetadata': (ctx, data) => {
    const req = QueryDenomsMetadataRequest.decode(data);
    const { items, page } = paginate(req.pagination, (from, reverse) => denomMetadataEntries(ctx, from, reverse));
    return QueryDenomsMetadataResponse.encode({ metadatas: items.map((b) => Metadata.decode(b)), pagination: page }).finish();
  },
};
