import type { Module } from '../../chain/module.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { bankKeeper } from '../bank/index.js';
import type { AmmBankDeps } from './deps.js';
import { createAmmGenesis, DEFAULT_TREASURY, type AmmGenesisJson } from './genesis.js';
import { moduleBalanceInvariant, poolSolvencyInvariant } from './invariants.js';
import { createMsgRoutes } from './msg_server.js';
import { ammQueries } from './queries.js';
import { sqrtPriceX96FromDecimal } from './math/price.js';

export type { AmmGenesisJson } from './genesis.js';
export { AMM_MODULE_ADDRESS } from './keeper.js';
export { bundleSearcher, checkBundleRules, type BundleTxShape } from './bundle_rules.js';
export { decodePendingSwap, positionIdFromTx, positionIdFromTxHash, TYPE_URLS, type PendingSwap } from './msgs.js';

export function createAmmModule(bank: AmmBankDeps): Module<AmmGenesisJson> {
  return {
    name: 'amm',
    storeByte: STORE_BYTES.amm,
    msgs: createMsgRoutes(bank),
    queries: ammQueries,
    genesis: createAmmGenesis(bank),
    invariants: [poolSolvencyInvariant, moduleBalanceInvariant(bank)],
  };
}

/**
 * The local dev chain's amm section: the dev account is the param authority, and pool 1
 * (uatom/uusdc, price 10, range [5, 20], 0.30% fee, β = 0.5) starts with the dev account's passive
 * long-term liquidity (10,000 ATOM max and the matching USDC, commitment 100 blocks).
 */
export function devGenesis(devAddress: string): AmmGenesisJson {
  return {
    params: { authority: devAddress, treasury: DEFAULT_TREASURY },
    next_pool_id: '2',
    pools: [{
      id: '1', denom0: 'uatom', denom1: 'uusdc',
      sqrt_price_x96: sqrtPriceX96FromDecimal('10').toString(), sqrt_lower_x96: sqrtPriceX96FromDecimal('5').toString(), sqrt_upper_x96: sqrtPriceX96FromDecimal('20').toString(),
      fee_pips: '3000', beta_ppm: '500000', liquidity_long: '0', liquidity_short: '0', reserve0: '0', reserve1: '0', fee_vault0: '0', fee_vault1: '0',
      fee_growth_long0_x128: '0', fee_growth_long1_x128: '0', fee_growth_short0_x128: '0', fee_growth_short1_x128: '0', orphan_fees0: '0', orphan_fees1: '0',
    }],
    positions: [],
    genesis_deposits: [{ owner: devAddress, pool_id: '1', amount0_max: '10000000000', amount1_max: '200000000000', commitment_blocks: '100' }],
  };
}

export const ammModule: Module<AmmGenesisJson> & { devGenesis: typeof devGenesis } = Object.assign(createAmmModule(bankKeeper), { devGenesis });
