import type { Module } from '../../chain/module.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { bankGenesis, type BankGenesisJson } from './genesis.js';
import { totalSupplyInvariant } from './invariants.js';
import { msgSendRoute } from './msg_server.js';
import { bankQueries } from './queries.js';

export { bankKeeper, type BankKeeper } from './keeper.js';

export const bankModule: Module<BankGenesisJson> = {
  name: 'bank',
  storeByte: STORE_BYTES.bank,
  msgs: [msgSendRoute],
  queries: bankQueries,
  genesis: bankGenesis,
  invariants: [totalSupplyInvariant],
};
