// The repo module: sealed dealer reports, JPM trade selection, escrowed legs, bonds and timeouts.
import { moduleAddress, toBech32 } from '../../chain/crypto.js';
import type { Module } from '../../chain/module.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { bankKeeper } from '../bank/index.js';
import type { RepoBank } from './deps.js';
import { sweepExpiredRounds } from './end_block.js';
import { repoGenesis, type RepoGenesisJson } from './genesis.js';
import { createRepoInvariants } from './invariants.js';
import { createRepoRoutes } from './msg_server.js';
import { defaultParams } from './params.js';
import { repoQueries } from './queries.js';

export type { RepoGenesisJson } from './genesis.js';
export type { RepoParams } from './params.js';
export { REPO_MODULE_ADDRESS } from './keeper.js';

export function createRepoModule(bank: RepoBank): Module<RepoGenesisJson> {
  return {
    name: 'repo',
    storeByte: STORE_BYTES.repo,
    msgs: createRepoRoutes(bank),
    queries: repoQueries,
    genesis: repoGenesis,
    invariants: createRepoInvariants(bank),
    endBlock(ctx) {
      sweepExpiredRounds(ctx, bank);
    },
  };
}

/**
 * The dev chain's repo section: default params (bonds in uusdc per the §5.1 formula, 100-block grace, 1-second
 * blocks per year) with the dev account as treasury, so slashed bonds of a dev walkthrough stay visible.
 */
export function devGenesis(devAddress: string): RepoGenesisJson {
  return { params: { ...defaultParams(), treasury: devAddress }, nextRoundId: 1, rounds: [] };
}

/** The module as the app registers it (node/dev_home.ts picks up `devGenesis`). */
export const repoModule: Module<RepoGenesisJson> & { devGenesis: typeof devGenesis } = { ...createRepoModule(bankKeeper), devGenesis };

export const REPO_TREASURY_DEFAULT = toBech32(moduleAddress('repo_treasury'));
