// The application as the ABCI socket server sees it: one method per ABCI 2.0 request kind (Echo and
// Flush are answered by the server itself). Requests arrive as the generated CometBFT types; a
// method returns (or resolves to) the matching response's fields. A method that throws makes the
// server answer ResponseException and close that connection, as CometBFT's own server does.
import { tendermint } from '../../proto/cometbft_abci.js';

import abci = tendermint.abci;

export type Awaitable<T> = T | Promise<T>;

export interface AbciApp {
  info(req: abci.RequestInfo): Awaitable<abci.ResponseInfo.$Properties>;
  initChain(req: abci.RequestInitChain): Awaitable<abci.ResponseInitChain.$Properties>;
  query(req: abci.RequestQuery): Awaitable<abci.ResponseQuery.$Properties>;
  checkTx(req: abci.RequestCheckTx): Awaitable<abci.ResponseCheckTx.$Properties>;
  prepareProposal(req: abci.RequestPrepareProposal): Awaitable<abci.ResponsePrepareProposal.$Properties>;
  processProposal(req: abci.RequestProcessProposal): Awaitable<abci.ResponseProcessProposal.$Properties>;
  extendVote(req: abci.RequestExtendVote): Awaitable<abci.ResponseExtendVote.$Properties>;
  verifyVoteExtension(req: abci.RequestVerifyVoteExtension): Awaitable<abci.ResponseVerifyVoteExtension.$Properties>;
  finalizeBlock(req: abci.RequestFinalizeBlock): Awaitable<abci.ResponseFinalizeBlock.$Properties>;
  commit(req: abci.RequestCommit): Awaitable<abci.ResponseCommit.$Properties>;
  listSnapshots(req: abci.RequestListSnapshots): Awaitable<abci.ResponseListSnapshots.$Properties>;
  offerSnapshot(req: abci.RequestOfferSnapshot): Awaitable<abci.ResponseOfferSnapshot.$Properties>;
  loadSnapshotChunk(req: abci.RequestLoadSnapshotChunk): Awaitable<abci.ResponseLoadSnapshotChunk.$Properties>;
  applySnapshotChunk(req: abci.RequestApplySnapshotChunk): Awaitable<abci.ResponseApplySnapshotChunk.$Properties>;
}

/** The request kinds the server hands to the app (the oneof names of Request, without echo and flush). */
export type AbciMethod = keyof AbciApp;

export const ABCI_METHODS: readonly AbciMethod[] = [
  'info',
  'initChain',
  'query',
  'checkTx',
  'prepareProposal',
  'processProposal',
  'extendVote',
  'verifyVoteExtension',
  'finalizeBlock',
  'commit',
  'listSnapshots',
  'offerSnapshot',
  'loadSnapshotChunk',
  'applySnapshotChunk',
];

/**
 * What an app without an opinion answers (as CometBFT's BaseApplication): empty info, proposals of
 * the given txs within max_tx_bytes, every proposal and vote extension accepted, no snapshots.
 * Extend it and override what the app does.
 */
/** The leading txs whose total size stays within maxTxBytes (what a proposal may carry). */
export function txsWithin(txs: Uint8Array[], maxTxBytes: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let bytes = 0;
  for (const tx of txs) {
    if (bytes + tx.length > maxTxBytes) break;
    bytes += tx.length;
    out.push(tx);
  }
  return out;
}

export class BaseAbciApp implements AbciApp {
  info(_req: abci.RequestInfo): Awaitable<abci.ResponseInfo.$Properties> {
    return {};
  }
  initChain(_req: abci.RequestInitChain): Awaitable<abci.ResponseInitChain.$Properties> {
    return {};
  }
  query(_req: abci.RequestQuery): Awaitable<abci.ResponseQuery.$Properties> {
    return {};
  }
  checkTx(_req: abci.RequestCheckTx): Awaitable<abci.ResponseCheckTx.$Properties> {
    return { code: 0 };
  }
  prepareProposal(req: abci.RequestPrepareProposal): Awaitable<abci.ResponsePrepareProposal.$Properties> {
    return { txs: txsWithin(req.txs, req.maxTxBytes) };
  }
  processProposal(_req: abci.RequestProcessProposal): Awaitable<abci.ResponseProcessProposal.$Properties> {
    return { status: abci.ResponseProcessProposal.ProposalStatus.ACCEPT };
  }
  extendVote(_req: abci.RequestExtendVote): Awaitable<abci.ResponseExtendVote.$Properties> {
    return {};
  }
  verifyVoteExtension(_req: abci.RequestVerifyVoteExtension): Awaitable<abci.ResponseVerifyVoteExtension.$Properties> {
    return { status: abci.ResponseVerifyVoteExtension.VerifyStatus.ACCEPT };
  }
  finalizeBlock(req: abci.RequestFinalizeBlock): Awaitable<abci.ResponseFinalizeBlock.$Properties> {
    return { txResults: req.txs.map(() => ({ code: 0 })) };
  }
  commit(_req: abci.RequestCommit): Awaitable<abci.ResponseCommit.$Properties> {
    return {};
  }
  listSnapshots(_req: abci.RequestListSnapshots): Awaitable<abci.ResponseListSnapshots.$Properties> {
    return {};
  }
  offerSnapshot(_req: abci.RequestOfferSnapshot): Awaitable<abci.ResponseOfferSnapshot.$Properties> {
    return { result: abci.ResponseOfferSnapshot.Result.REJECT };
  }
  loadSnapshotChunk(_req: abci.RequestLoadSnapshotChunk): Awaitable<abci.ResponseLoadSnapshotChunk.$Properties> {
    return {};
  }
  applySnapshotChunk(_req: abci.RequestApplySnapshotChunk): Awaitable<abci.ResponseApplySnapshotChunk.$Properties> {
    return { result: abci.ResponseApplySnapshotChunk.Result.ABORT };
  }
}
