// The money market module (GXMarkets / Compound v1 semantics, spec/moneymarket.md). Wired in
// node/app_factory.ts, which passes the bank keeper.
import { withAmino, type Module } from '../../chain/module.js';
import { MONEYMARKET_AMINO } from './amino.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import type { ModuleDeps } from './deps.js';
import { devGenesis, moneymarketGenesis, type MoneymarketGenesis } from './genesis.js';
import { createInvariants } from './invariants.js';
import { createMsgRoutes } from './msg_server.js';
import { moneymarketQueries } from './queries.js';

export { devGenesis, type MoneymarketGenesis } from './genesis.js';
export type { ModuleDeps as MoneymarketDeps } from './deps.js';
export { MODULE_ADDRESS as MONEYMARKET_ADDRESS } from './ops/market.js';

export function createMoneymarketModule({ bank }: ModuleDeps): Module<MoneymarketGenesis> {
  return {
    name: 'moneymarket',
    storeByte: STORE_BYTES.moneymarket,
    msgs: withAmino(createMsgRoutes(bank), MONEYMARKET_AMINO),
    queries: moneymarketQueries,
    genesis: moneymarketGenesis,
    invariants: createInvariants(bank),
    devGenesis,
  };
}
