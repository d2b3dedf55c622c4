// gRPC-style auth queries. A missing account is answered as the SDK does (code 22, NotFound log),
// so cosmjs getAccount returns null.
import { QueryAccountRequest, QueryAccountResponse, QueryAccountsRequest, QueryAccountsResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { paginate } from '../../chain/pagination.js';
import { isAddress } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';
import type { QueryHandler } from '../../chain/module.js';
import { accountEntries, getAccountBytes } from './keeper.js';

const BASE_ACCOUNT = '/cosmos.auth.v1beta1.BaseAccount';

export const authQueries: Record<string, QueryHandler> = {
  '/cosmos.auth.v1beta1.Query/Account': (ctx, data) => {
    const req = QueryAccountRequest.decode(data);
    if (!isAddress(req.address)) throw sdkErrors.InvalidAddress(`invalid address ${JSON.stringify(req.address)}`);
    const bytes = getAccountBytes(ctx, req.address);
    if (!bytes) throw sdkErrors.KeyNotFound(`rpc error: code = NotFound desc = account ${req.address} not found`);
    return QueryAccountResponse.encode({ account: { typeUrl: BASE_ACCOUNT, value: bytes } }).finish();
  },
  '/cosmos.auth.v1beta1.Query/Accounts': (ctx, data) => {
    const req = QueryAccountsRequest.decode(data);
    const { items, page } = paginate(req.pagination, (from, reverse) => accountEntries(ctx, from, reverse));
    return QueryAccountsResponse.encode({ accounts: items.map((value) => ({ typeUrl: BASE_ACCOUNT, value })), pagination: page }).finish();
  },
};
