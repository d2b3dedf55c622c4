// The checked-in OpenAPI document is the one the server builds from its routes (regenerate it with
// `npm run api:openapi`), every module query of the route table is a route, and paths match as the
// gateway's (a literal segment wins over a variable).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { openApiDocument } from './openapi.js';
import { ROUTE_TABLE } from './proto_json.js';
import { matchRoute, ROUTES } from './routes.js';

test('[api/openapi]: node/api/openapi.json is up to date with the routes (npm run api:openapi)', (t) => {
  const checkedIn = JSON.parse(readFileSync(new URL('../../../node/api/openapi.json', import.meta.url), 'utf8'));
  t.deepEqual(checkedIn, openApiDocument());
});

test('[api/routes]: every google.api.http binding of the modules is served; Cosmos and module paths match as the gateway', (t) => {
  t.deepEqual(
    ROUTE_TABLE.routes.map((r) => r.path).filter((p) => !ROUTES.some((x) => x.path === p && x.method === 'GET')),
    [],
  );
  t.deepEqual(ROUTE_TABLE.routes.map((r) => r.rpc).sort(), [
    '/marketchain.amm.v1.Query/Params', '/marketchain.amm.v1.Query/Pool', '/marketchain.amm.v1.Query/Pools', '/marketchain.amm.v1.Query/Position',
    '/marketchain.amm.v1.Query/PositionsByOwner', '/marketchain.amm.v1.Query/SimulateSwap',
    '/marketchain.moneymarket.v1.Query/AccountSnapshot', '/marketchain.moneymarket.v1.Query/BalanceSheet', '/marketchain.moneymarket.v1.Query/Ledger',
    '/marketchain.moneymarket.v1.Query/Market', '/marketchain.moneymarket.v1.Query/Markets', '/marketchain.moneymarket.v1.Query/Params', '/marketchain.moneymarket.v1.Query/RateHistory',
    '/marketchain.repo.v1.Query/Agent', '/marketchain.repo.v1.Query/Params', '/marketchain.repo.v1.Query/Round', '/marketchain.repo.v1.Query/Rounds',
  ]);
  const m = (method: string, path: string) => {
    const r = matchRoute(method, path);
    return r && 'route' in r ? { path: r.route.path, vars: r.path } : r;
  };
  t.deepEqual(m('GET', '/cosmos/tx/v1beta1/txs/block/5'), { path: '/cosmos/tx/v1beta1/txs/block/{height}', vars: { height: '5' } });
  t.deepEqual(m('GET', '/cosmos/tx/v1beta1/txs/ABCD'), { path: '/cosmos/tx/v1beta1/txs/{hash}', vars: { hash: 'ABCD' } });
  t.deepEqual(m('GET', '/cosmos/base/tendermint/v1beta1/blocks/latest'), { path: '/cosmos/base/tendermint/v1beta1/blocks/latest', vars: {} });
  t.deepEqual(m('GET', '/marketchain/moneymarket/v1/markets/ibc%2FABC/ledger'), { path: '/marketchain/moneymarket/v1/markets/{denom}/ledger', vars: { denom: 'ibc/ABC' } });
  t.deepEqual(m('GET', '/cosmos/bank/v1beta1/balances/mkt1x/'), { path: '/cosmos/bank/v1beta1/balances/{address}', vars: { address: 'mkt1x' } });
  t.deepEqual(m('POST', '/cosmos/bank/v1beta1/supply'), { methodNotAllowed: true });
  t.is(m('GET', '/cosmos/bank/v1beta1/balances//by_denom'), undefined);
  t.is(m('GET', '/cosmos/bank/v1beta1/balances/%E0%A4%A'), undefined);
  t.is(m('GET', '/nope'), undefined);
});
