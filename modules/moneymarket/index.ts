// The money market module (GXMarkets / Compound v1 semantics, spec/moneymarket.md).
import type { Module } from '../../chain/module.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { bankKeeper } from '../bank/index.js';
import type { BankKeeper } from './deps.js';
import { devGenesis, moneymarketGenesis, type MoneymarketGenesis } from './genesis.js';
import { makeInvariants } from './invariants.js';
import { makeRoutes } from './msg_server.js';
import { moneymarketQueries } from './queries.js';

export { devGenesis, type MoneymarketGenesis } from './genesis.js';
export { MODULE_ADDRESS as MONEYMARKET_ADDRESS } from './market_ops.js';

export function createMoneymarketModule(bank: BankKeeper): Module<MoneymarketGenesis> {
  return {
    name: 'moneymarket',
    storeByte: STORE_BYTES.moneymarket,
    msgs: makeRoutes(bank),
    queries: moneymarketQueries,
    genesis: moneymarketGenesis,
    invariants: makeInvariants(bank),
  };
}

/** The module as the app registers it (node/dev_home.ts picks up `devGenesis`). */
export const moneymarketModule: Module<MoneymarketGenesis> & { devGenesis: typeof devGenesis } = { ...createMoneymarketModule(bankKeeper), devGenesis };
