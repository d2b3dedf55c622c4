// gRPC-style bank queries (cosmos.bank.v1beta1.Query).
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { isValidDenom, toProtoCoins } from '../../chain/coins.js';
import { isAddress } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';
import type { QueryHandler } from '../../chain/module.js';
import { getAllBalances, getBalance, getSupply, getTotalSupply } from './keeper.js';

function checkAddress(a: string): void {
  if (!isAddress(a)) throw sdkErrors.InvalidAddress(`invalid address ${JSON.stringify(a)}`);
}

export const bankQueries: Record<string, QueryHandler> = {
  '/cosmos.bank.v1beta1.Query/Balance': (ctx, data) => {
    const req = QueryBalanceRequest.decode(data);
    checkAddress(req.address);
    if (!isValidDenom(req.denom)) throw sdkErrors.InvalidCoins(`invalid denom ${JSON.stringify(req.denom)}`);
    const amount = getBalance(ctx, req.address, req.denom);
    return QueryBalanceResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
  },
  '/cosmos.bank.v1beta1.Query/AllBalances': (ctx, data) => {
    const req = QueryAllBalancesRequest.decode(data);
    checkAddress(req.address);
    const balances = toProtoCoins(getAllBalances(ctx, req.address));
    return QueryAllBalancesResponse.encode({
      balances,
      pagination: { nextKey: new Uint8Array(), total: BigInt(balances.length) },
    }).finish();
  },
  '/cosmos.bank.v1beta1.Query/TotalSupply': (ctx) => {
    const supply = toProtoCoins(getTotalSupply(ctx));
    return QueryTotalSupplyResponse.encode({
      supply,
      pagination: { nextKey: new Uint8Array(), total: BigInt(supply.length) },
    }).finish();
  },
  '/cosmos.bank.v1beta1.Query/SupplyOf': (ctx, data) => {
    const req = QuerySupplyOfRequest.decode(data);
    if (!isValidDenom(req.denom)) throw sdkErrors.InvalidCoins(`invalid denom ${JSON.stringify(req.denom)}`);
    return QuerySupplyOfResponse.encode({ amount: { denom: req.denom, amount: getSupply(ctx, req.denom).toString() } }).finish();
  },
};
