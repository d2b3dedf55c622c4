// The repo module: sealed dealer reports, JPM trade selection, escrowed legs, bonds and timeouts.
// Wired in node/app_factory.ts, which passes the bank keeper.
import { withAmino, type Module } from '../../chain/module.js';
import { REPO_AMINO } from './amino.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { plainVerifier, unboundedCheckTxVerifier, type ModuleDeps } from './deps.js';
import { sweepExpiredRounds } from './end_block.js';
import { devGenesis, repoGenesis, type RepoGenesisJson } from './genesis.js';
import { createInvariants } from './invariants.js';
import { createMsgRoutes } from './msg_server.js';
import { repoQueries } from './queries.js';

export { devGenesis, type RepoGenesisJson } from './genesis.js';
export type { CheckTxVerifier, ModuleDeps as RepoDeps, ProofVerifier } from './deps.js';
export { verifyGroth16, type VerifyingKey, type VerifyResult } from './math/groth16.js';
export { encodeProof, fieldsToBytes } from './math/sealed.js';
export { withSealedKeys } from './genesis.js';
export type { RepoParams } from './params.js';
export { REPO_MODULE_ADDRESS } from './keeper.js';

export function createRepoModule({ bank, verifier = plainVerifier, checkTxVerifier = unboundedCheckTxVerifier(verifier) }: ModuleDeps): Module<RepoGenesisJson> {
  return {
    name: 'repo',
    storeByte: STORE_BYTES.repo,
    msgs: withAmino(createMsgRoutes(bank, verifier, checkTxVerifier), REPO_AMINO),
    queries: repoQueries,
    genesis: repoGenesis,
    invariants: createInvariants(bank),
    devGenesis,
    endBlock(ctx) {
      sweepExpiredRounds(ctx, bank);
    },
  };
}
