// The node's side of block building: the mempool's candidates go to the app's builder
// (chain/proposal.ts, which PrepareProposal runs), and a bundle the builder takes leaves the mempool.
//
// The builder yields to the event loop every BUILD_YIELD_EVERY candidates, so RPC and CheckTx go on
// while a block is built, as CometBFT's mempool connection runs CheckTx during FinalizeBlock. That is
// safe because the block runs on its own branch of the committed state (the committed state changes
// only in App.commit), CheckTx runs on the check state, and the candidates are the mempool as it was
// when building began: a tx admitted meanwhile waits for the next block and is re-checked after this
// one commits. Without it the RPC, the load and the signature workers wait for the whole block, and
// one of two cores idles for that time.
import type { App } from '../chain/app.js';
import type { BlockExecution } from '../chain/block_exec.js';
import { buildProposal, type BuildHooks, type BuiltProposal } from '../chain/proposal.js';
import { MARKET_PROPOSAL_RULES } from './app_factory.js';
import type { Mempool } from './mempool.js';

/** Candidates run between two yields to the event loop (a few milliseconds of bank sends). */
export const BUILD_YIELD_EVERY = 128;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The hooks that tie the builder to a mempool: taken bundles leave it, and the builder yields every `yieldEvery` candidates. */
export function mempoolHooks(mempool: Mempool, onDrop?: (hash: string, reason: string) => void, yieldEvery = BUILD_YIELD_EVERY): BuildHooks {
  return { onDrop, onBundleTaken: (id) => mempool.removeBundle(id), yieldTurn: nextTurn, yieldEvery };
}

/** Fills `exec` from the mempool in candidate order (what App.prepareProposal does on its own execution). */
export function buildBlockBody(
  exec: ReturnType<App['beginBlock']> | BlockExecution,
  mempool: Mempool,
  limits: { max_bytes: number; max_gas: number },
  onDrop?: (hash: string, reason: string) => void,
  yieldEvery = BUILD_YIELD_EVERY,
): Promise<BuiltProposal> {
  return buildProposal(exec, mempool.ordered(), limits, MARKET_PROPOSAL_RULES, mempoolHooks(mempool, onDrop, yieldEvery));
}
