// The amm module: single-range pools with long- and short-term liquidity tiers (spec/amm-jit.md).
// Wired in node/app_factory.ts, which passes the bank keeper.
import type { Module } from '../../chain/module.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import type { ModuleDeps } from './deps.js';
import { createAmmGenesis, devGenesis, type AmmGenesisJson } from './genesis.js';
import { createInvariants } from './invariants.js';
import { createMsgRoutes } from './msg_server.js';
import { ammQueries } from './queries.js';

export { devGenesis, type AmmGenesisJson } from './genesis.js';
export type { ModuleDeps as AmmDeps } from './deps.js';
export { AMM_MODULE_ADDRESS } from './keeper.js';
export { bundleSearcher, checkBundleRules, type BundleTxShape } from './bundle_rules.js';
export { AMM_BUNDLE_ENVELOPE, checkEnvelopeTxs, MAX_BUNDLE_TXS } from './bundle_envelope.js';
export { decodePendingSwap, positionIdFromTx, positionIdFromTxHash, TYPE_URLS, type PendingSwap } from './msgs.js';

export function createAmmModule({ bank }: ModuleDeps): Module<AmmGenesisJson> {
  return {
    name: 'amm',
    storeByte: STORE_BYTES.amm,
    msgs: createMsgRoutes(bank),
    queries: ammQueries,
    genesis: createAmmGenesis(bank),
    invariants: createInvariants(bank),
    devGenesis,
  };
}
