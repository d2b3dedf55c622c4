// The application as the ABCI socket server sees it: one method per ABCI 2.0 request kind (Echo and
// Flush are answered by the server itself). Requests arrive as the generated CometBFT types; a
// method returns (or resolves to) the matching response's fields. A method that throws makes the
// server answer ResponseException and close that connection, as CometBFT's own server does.
import { tendermint } from '../../proto/cometbft_abci.js';

import abci = tendermint.abci;

type Awaitable<T> = T | Promise<T>;

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
export class BaseAbciApp implements AbciApp {
  info(_req: abci.RequestInfo): abci.ResponseInfo.$Properties {
    return {};
  }
  initChain(_req: abci.RequestInitChain): abci.ResponseInitChain.$Properties {
    return {};
  }
  query(_req: abci.RequestQuery): abci.ResponseQuery.$Properties {
    return {};
  }
  checkTx(_req: abci.RequestCheckTx): abci.ResponseCheckTx.$Properties {
    return { code: 0 };
  }
  prepareProposal(req: abci.RequestPrepareProposal): abci.ResponsePrepareProposal.$Properties {
    const txs: Uint8Array[] = [];
    let bytes = 0;
    for (const tx of req.txs) {
      if (bytes + tx.length > req.maxTxBytes) break;
      bytes += tx.length;
      txs.push(tx);
    }
    return { txs };
  }
  processProposal(_req: abci.RequestProcessProposal): abci.ResponseProcessProposal.$Properties {
    return { status: abci.ResponseProcessProposal.ProposalStatus.ACCEPT };
  }
  extendVote(_req: abci.RequestExtendVote): abci.ResponseExtendVote.$Properties {
    return {};
  }
  verifyVoteExtension(_req: abci.RequestVerifyVoteExtension): abci.ResponseVerifyVoteExtension.$Properties {
    return { status: abci.ResponseVerifyVoteExtension.VerifyStatus.ACCEPT };
  }
  finalizeBlock(req: abci.RequestFinalizeBlock): abci.ResponseFinalizeBlock.$Properties {
    return { txResults: req.txs.map(() => ({ code: 0 })) };
  }
  commit(_req: abci.RequestCommit): abci.ResponseCommit.$Properties {
    return {};
  }
  listSnapshots(_req: abci.RequestListSnapshots): abci.ResponseListSnapshots.$Properties {
    return {};
  }
  offerSnapshot(_req: abci.RequestOfferSnapshot): abci.ResponseOfferSnapshot.$Properties {
    return { result: abci.ResponseOfferSnapshot.Result.REJECT };
  }
  loadSnapshotChunk(_req: abci.RequestLoadSnapshotChunk): abci.ResponseLoadSnapshotChunk.$Properties {
    return {};
  }
  applySnapshotChunk(_req: abci.RequestApplySnapshotChunk): abci.ResponseApplySnapshotChunk.$Properties {
    return { result: abci.ResponseApplySnapshotChunk.Result.ABORT };
  }
}
