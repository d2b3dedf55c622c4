// What repo needs from other modules, narrowed from chain/expected_keepers.ts (wired in
// node/app_factory.ts), and the proof verifier it is given.
import type { BankKeeper } from '../../chain/expected_keepers.js';
import { verifyGroth16, type VerifyingKey, type VerifyResult } from './math/groth16.js';
import type { Groth16Proof } from './math/sealed.js';

export type BankDeps = Pick<BankKeeper, 'getBalance' | 'getAllBalances' | 'sendCoins'>;

/**
 * Verifies a Groth16 proof under the key whose canonical bytes hash to `vkHash`. Must be a pure
 * function of its inputs (it decides tx results): node/ gives a memoising wrapper of verifyGroth16 so
 * CheckTx's verdict is reused in the block; tests and replay use verifyGroth16 itself.
 */
export type ProofVerifier = (vkHash: Uint8Array, vk: VerifyingKey, signals: readonly bigint[], proof: Groth16Proof) => VerifyResult;

export const plainVerifier: ProofVerifier = (_hash, vk, signals, proof) => verifyGroth16(vk, signals, proof);

/**
 * CheckTx's verification, bounded by the node: a verdict already known, or a fresh one while the
 * node's budget of verifications for CheckTx at `height` (the check context's height) lasts; null
 * when the budget is used up, and the tx is then admitted unverified (the block verifies it, where a
 * failure consumes its gas and pays its fee). CheckTx only: block results never depend on it.
 */
export type CheckTxVerifier = (height: number, vkHash: Uint8Array, vk: VerifyingKey, signals: readonly bigint[], proof: Groth16Proof) => VerifyResult | null;

/** Unbounded: verifies every time (tests and tools without a node). */
export const unboundedCheckTxVerifier = (verifier: ProofVerifier): CheckTxVerifier => (_height, hash, vk, signals, proof) => verifier(hash, vk, signals, proof);

/** What createRepoModule is given. */
export interface ModuleDeps {
  bank: BankDeps;
  /** Default: plainVerifier. */
  verifier?: ProofVerifier;
  /** Default: `verifier`, unbounded. */
  checkTxVerifier?: CheckTxVerifier;
}
