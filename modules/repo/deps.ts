// What repo needs from other modules, narrowed from chain/expected_keepers.ts (wired in
// node/app_factory.ts).
import type { BankKeeper } from '../../chain/expected_keepers.js';

export type BankDeps = Pick<BankKeeper, 'getBalance' | 'getAllBalances' | 'sendCoins'>;

/** What createRepoModule is given. */
export interface ModuleDeps {
  bank: BankDeps;
}
