import type { Module } from '../../chain/module.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { authGenesis, type AuthGenesisJson } from './genesis.js';
import { authQueries } from './queries.js';

export const authModule: Module<AuthGenesisJson> = {
  name: 'auth',
  storeByte: STORE_BYTES.auth,
  msgs: [],
  queries: authQueries,
  genesis: authGenesis,
  invariants: [],
};
