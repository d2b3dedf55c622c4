// The chain's app (chain/app.ts) as an AbciApp: what `marketchaind start --abci` serves to CometBFT.
// CometBFT keeps the blocks; this adapter keeps the app's state in its own LevelDB (state + meta in
// one synced batch per Commit, written BEFORE app.commit(), so Info never reports a height that is
// not on disk and CometBFT's handshake replays whatever the app has not durably committed).
// State sync: snapshots of the committed state are taken after Commit in the background
// (snapshot_store.ts) and restored into a fresh app that replaces this one only once its app hash
// is verified (snapshot_restore.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { tendermint } from '../../proto/cometbft_abci.js';
import type { App } from '../../chain/app.js';
import type { BlockOutcome } from '../../chain/block_exec.js';
import type { Event } from '../../chain/events.js';
import type { TxResult } from '../../chain/results.js';
import { toHexUpper } from '../../chain/codec/bytes.js';
import type { WriteSet } from '../../chain/store/commit_store.js';
import { createMarketApp } from '../app_factory.js';
import type { Meta } from '../block_types.js';
import type { MinGasPrice } from '../../chain/tx/ante.js';
import { StoreDb } from '../store_db.js';
import type { AbciApp } from './app.js';
import { PreparedTxs } from './prepared_txs.js';
import { proposalCandidates } from './proposal_order.js';
import { checkOffer, SNAPSHOT_FORMAT, SnapshotRefused } from './snapshot_format.js';
import { SnapshotRestore } from './snapshot_restore.js';
import { SnapshotStore, type SnapshotSettings } from './snapshot_store.js';
import { StateHistory } from '../history.js';
import { ensureHistoryFloor, historyOnDb, restartHistoryAt } from '../history_store.js';
import { historyWrite } from '../history_write.js';
import { pruningOptions, type PruningOptions } from '../pruning.js';

import abci = tendermint.abci;

const { ProposalStatus } = abci.ResponseProcessProposal;
const OfferResult = abci.ResponseOfferSnapshot.Result;
const ApplyResult = abci.ResponseApplySnapshotChunk.Result;

/** A CometBFT Timestamp as the app's block time: RFC3339 with nine fraction digits (node/time.ts's form). */
export function timestampToRfc3339(t: { seconds?: number | null; nanos?: number | null } | null | undefined): string {
  const seconds = Number(t?.seconds ?? 0);
  const nanos = Number(t?.nanos ?? 0);
  return new Date(seconds * 1000).toISOString().slice(0, 19) + '.' + String(nanos).padStart(9, '0') + 'Z';
}

/** The app's events as ABCI events; every attribute is indexed, so CometBFT's tx_search finds txs by them. */
function abciEvents(events: readonly Event[]): abci.Event.$Properties[] {
  return events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: true })) }));
}

function execTxResult(r: TxResult): abci.ExecTxResult.$Properties {
  return { code: r.code, codespace: r.codespace, log: r.log, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: abciEvents(r.events) };
}

export interface ChainAbciOptions {
  minGasPrices?: MinGasPrice[];
  /** The largest tx CheckTx admits (the app's ante limit). */
  maxTxBytes?: number;
  simulateGasLimit?: number;
  /** Pairing checks CheckTx may make per height (config zk.checktx_verify_budget). */
  checkTxVerifyBudget?: number;
  log?: (line: string) => void;
  /** State-sync snapshots: where they are kept, how often taken and how many kept (none when absent). */
  snapshots?: SnapshotSettings & { dir: string };
  /**
   * TEST ONLY (`MARKETCHAIN_TEST_PAUSE_BEFORE_COMMIT`, node/abci/start.ts): the Commit of the first
   * block with txs at or above this height never completes, and nothing of it is written, so a test
   * can kill -9 the app between FinalizeBlock and Commit.
   */
  pauseBeforeCommitAt?: number;
  /** Past versions kept for queries and proofs (default: the SDK's `default`, 362). */
  pruning?: PruningOptions;
}

export class ChainAbciApp implements AbciApp {
  private app: App;
  private readonly makeApp: () => App;
  /** The finalized block Commit persists. */
  private finalized: { outcome: BlockOutcome; time: string } | undefined;
  /** After InitChain and until the first Commit: the genesis state, written with the first block. */
  private genesisState: [string, Uint8Array][] | undefined;
  private readonly log: (line: string) => void;
  /**
   * The txs this app prepared, by hash: kept from CheckTx until their block commits or a recheck
   * evicts them, so the proposal and the block reuse them.
   */
  private readonly prepared = new PreparedTxs((bytes, hash) => this.app.prepareTx(bytes, hash));
  private readonly snapshots: SnapshotStore | undefined;
  /** The snapshot being restored (between OfferSnapshot and its last chunk). */
  private restoring: SnapshotRestore | undefined;
  private readonly pauseBeforeCommitAt: number | undefined;
  /** Queries at past heights and proofs (node/history.ts). */
  readonly history: StateHistory;

  private constructor(
    private readonly db: StoreDb,
    opts: ChainAbciOptions,
  ) {
    this.makeApp = () =>
      createMarketApp({
        minGasPrices: opts.minGasPrices,
        limits: opts.maxTxBytes === undefined ? undefined : { maxTxBytes: opts.maxTxBytes },
        simulateGasLimit: opts.simulateGasLimit,
        zk: { checkTxVerifyBudget: opts.checkTxVerifyBudget },
      });
    this.app = this.makeApp();
    this.log = opts.log ?? (() => {});
    this.snapshots = opts.snapshots && new SnapshotStore(opts.snapshots.dir, opts.snapshots, this.log);
    this.pauseBeforeCommitAt = opts.pauseBeforeCommitAt;
    this.history = new StateHistory(() => this.app, historyOnDb(db), opts.pruning ?? pruningOptions('default'), this.log);
  }

  /** Opens (creating) the state database at dbPath and loads the last committed state, if any. */
  static async open(dbPath: string, opts: ChainAbciOptions = {}): Promise<ChainAbciApp> {
    mkdirSync(dirname(dbPath), { recursive: true });
    const db = new StoreDb(dbPath);
    await db.open();
    const a = new ChainAbciApp(db, opts);
    try {
      await a.load();
      await ensureHistoryFloor(db, a.app.lastHeight);
      await a.history.init();
    } catch (e) {
      await db.close();
      throw e;
    }
    return a;
  }

  private async load(): Promise<void> {
    const meta = await this.db.getMeta();
    if (!meta) return;
    let chunk: [string, Uint8Array][] = [];
    for await (const e of this.db.state()) {
      chunk.push(e);
      if (chunk.length === 4096) {
        this.app.commitStore.load(chunk);
        chunk = [];
      }
    }
    this.app.commitStore.load(chunk);
    const hash = toHexUpper(this.app.restore(meta.chainId, meta.height, meta.time));
    if (hash !== meta.appHash) throw new Error(`the stored state at height ${meta.height} hashes to ${hash}, its meta records ${meta.appHash}: the database is damaged`);
    this.log(`loaded the app state at height ${meta.height} (app hash ${meta.appHash})`);
  }

  get height(): number {
    return this.app.lastHeight;
  }

  /** How many txs the app keeps prepared (admitted and not yet committed or evicted). */
  get preparedTxCount(): number {
    return this.prepared.size;
  }

  /** The snapshot store (undefined when snapshots are off). */
  get snapshotStore(): SnapshotStore | undefined {
    return this.snapshots;
  }

  async close(): Promise<void> {
    await this.snapshots?.close();
    await this.history.close();
    await this.db.close();
  }

  info(_req: abci.RequestInfo): abci.ResponseInfo.$Properties {
    const i = this.app.info();
    // Height 0: nothing is durable; CometBFT runs InitChain (again) and replays from block 1.
    return { data: i.data, version: i.version, appVersion: i.appVersion, lastBlockHeight: i.lastBlockHeight, lastBlockAppHash: i.lastBlockHeight === 0 ? new Uint8Array() : i.lastBlockAppHash };
  }

  initChain(req: abci.RequestInitChain): abci.ResponseInitChain.$Properties {
    if (req.initialHeight > 1) throw new Error(`initial_height ${req.initialHeight} is not supported: the chain starts at height 1`);
    // A fresh app: InitChain may come again after a restart before the first block was committed.
    this.app = this.makeApp();
    this.finalized = undefined;
    this.prepared.clear();
    const text = Buffer.from(req.appStateBytes).toString('utf8');
    const appState = text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    const appHash = this.app.initChain(req.chainId, timestampToRfc3339(req.time), appState);
    this.genesisState = [...this.app.commitStore.iterateRaw('', undefined, false)];
    this.log(`InitChain: chain ${req.chainId}, genesis app hash ${toHexUpper(appHash)}`);
    // No validators in the answer: CometBFT keeps the genesis ones.
    return { appHash };
  }

  checkTx(req: abci.RequestCheckTx): abci.ResponseCheckTx.$Properties {
    const tx = this.prepared.get(req.tx);
    const r = this.app.checkTx(tx, req.type === abci.CheckTxType.RECHECK).result;
    if (r.code === 0) this.prepared.keep(tx);
    else this.prepared.drop(tx);
    return { code: r.code, codespace: r.codespace, log: r.log, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed };
  }

  /**
   * The block builder over the txs CometBFT hands over (node/abci/proposal_order.ts): gas-price order,
   * each sender's sequences in order, a bundle envelope followed by its inner txs or left out whole,
   * a tx whose ante fails left out, within max_tx_bytes. FinalizeBlock of the same txs finishes this
   * execution instead of running the block again.
   */
  async prepareProposal(req: abci.RequestPrepareProposal): Promise<abci.ResponsePrepareProposal.$Properties> {
    const block = { height: Number(req.height), time: timestampToRfc3339(req.time) };
    const built = await this.app.prepareProposal({ ...block, candidates: proposalCandidates(this.app, this.prepared.getAll(req.txs), block), maxTxBytes: Number(req.maxTxBytes), maxGas: Number.MAX_SAFE_INTEGER });
    for (const b of built.droppedBundles) this.log(`left bundle ${b.id} out of the proposal at height ${block.height}: ${b.reason}`);
    return { txs: built.txs.map((t) => t.bytes) };
  }

  processProposal(req: abci.RequestProcessProposal): abci.ResponseProcessProposal.$Properties {
    const txs = this.prepared.getAll(req.txs);
    const r = this.app.processProposal({ height: req.height, time: timestampToRfc3339(req.time), txs });
    if (r.status === 'REJECT') this.log(`rejected the proposal at height ${req.height}: ${r.reason}`);
    return { status: r.status === 'ACCEPT' ? ProposalStatus.ACCEPT : ProposalStatus.REJECT };
  }

  extendVote(_req: abci.RequestExtendVote): abci.ResponseExtendVote.$Properties {
    return {};
  }

  verifyVoteExtension(_req: abci.RequestVerifyVoteExtension): abci.ResponseVerifyVoteExtension.$Properties {
    return { status: abci.ResponseVerifyVoteExtension.VerifyStatus.ACCEPT };
  }

  finalizeBlock(req: abci.RequestFinalizeBlock): abci.ResponseFinalizeBlock.$Properties {
    const time = timestampToRfc3339(req.time);
    const outcome = this.app.finalizeBlock({ height: req.height, time, txs: this.prepared.getAll(req.txs) });
    this.finalized = { outcome, time };
    return { txResults: outcome.txResults.map(execTxResult), events: abciEvents(outcome.events), appHash: outcome.appHash };
  }

  /** Durable first (state writes and meta in one synced batch), then the app commits. */
  async commit(_req: abci.RequestCommit): Promise<abci.ResponseCommit.$Properties> {
    const f = this.finalized;
    if (!f) throw new Error('Commit without FinalizeBlock');
    this.finalized = undefined;
    const { outcome, time } = f;
    if (this.pauseBeforeCommitAt !== undefined && outcome.height >= this.pauseBeforeCommitAt && outcome.txResults.length > 0) {
      const n = outcome.txResults.length;
      this.log(`TEST HOOK: paused before Commit at height ${outcome.height} (${n} tx${n === 1 ? '' : 's'} finalized, nothing written)`);
      await new Promise<never>(() => {});
    }
    const meta: Meta = { chainId: this.app.chainId, height: outcome.height, appHash: toHexUpper(outcome.appHash), time, blockHash: '' };
    const writes: WriteSet[] = this.genesisState ? [this.genesisState, outcome.writeSet] : [outcome.writeSet];
    // The trees hold the finalized block's writes (staged), the flat state the values before them.
    const roots = this.app.commitStore.storeRoots().map((r) => ({ name: r.name, root: toHexUpper(r.root) }));
    await this.db.commitState(writes, meta, historyWrite(this.app.commitStore, outcome.writeSet, time, roots));
    this.genesisState = undefined;
    this.app.commit();
    for (const tx of outcome.txs) this.prepared.drop(tx);
    this.snapshots?.maybeTake(this.db, meta);
    this.history.afterCommit(outcome.height);
    return { retainHeight: 0 };
  }

  /** The latest state, a past height within the kept window, or a store key with its ICS-23 proof (node/history.ts). */
  async query(req: abci.RequestQuery): Promise<abci.ResponseQuery.$Properties> {
    let r;
    try {
      r = await this.history.query(req.path, req.data, Number(req.height), req.prove);
    } catch (e) {
      return { code: 1, codespace: 'sdk', log: (e as Error).message, height: this.app.lastHeight };
    }
    const proofOps = r.proofOps ? { ops: r.proofOps.map((o) => ({ type: o.type, key: o.key, data: o.data })) } : null;
    return { code: r.code, codespace: r.codespace, log: r.log, key: r.key, value: r.value, height: r.height, proofOps };
  }

  listSnapshots(_req: abci.RequestListSnapshots): abci.ResponseListSnapshots.$Properties {
    return { snapshots: this.snapshots?.list() ?? [] };
  }

  /**
   * Accepts a snapshot of our format whose metadata is well formed and names the app hash CometBFT
   * verified; the state is then restored in memory chunk by chunk (nothing is written before the
   * last chunk's app-hash check).
   */
  offerSnapshot(req: abci.RequestOfferSnapshot): abci.ResponseOfferSnapshot.$Properties {
    this.restoring = undefined;
    if (!req.snapshot) return { result: OfferResult.REJECT };
    const s = abci.Snapshot.create(req.snapshot);
    if (this.app.lastHeight > 0 || this.genesisState) {
      this.log(`refusing snapshot ${s.height}: the app already has state (height ${this.app.lastHeight}); state sync needs an empty app home (remove its data/abci_state.db)`);
      return { result: OfferResult.ABORT };
    }
    if (s.format !== SNAPSHOT_FORMAT) return { result: OfferResult.REJECT_FORMAT };
    let meta;
    try {
      meta = checkOffer(s);
    } catch (e) {
      if (!(e instanceof SnapshotRefused)) throw e;
      this.log(`refusing snapshot ${s.height}: ${e.message}`);
      return { result: OfferResult.REJECT };
    }
    const appHash = toHexUpper(req.appHash);
    if (meta.app_hash !== appHash) {
      this.log(`refusing snapshot ${s.height}: its app hash ${meta.app_hash} is not the chain's ${appHash}`);
      return { result: OfferResult.REJECT };
    }
    this.restoring = new SnapshotRestore(s.height, s.chunks, meta, appHash, this.makeApp());
    this.log(`restoring snapshot ${s.height} (${s.chunks} chunk(s), app hash ${appHash})`);
    return { result: OfferResult.ACCEPT };
  }

  async loadSnapshotChunk(req: abci.RequestLoadSnapshotChunk): Promise<abci.ResponseLoadSnapshotChunk.$Properties> {
    return { chunk: (await this.snapshots?.loadChunk(req.height, req.format, req.chunk)) ?? new Uint8Array() };
  }

  /** Checks the chunk's hash, loads its entries; after the last, checks the app hash and only then persists the state. */
  async applySnapshotChunk(req: abci.RequestApplySnapshotChunk): Promise<abci.ResponseApplySnapshotChunk.$Properties> {
    const r = this.restoring;
    if (!r) return { result: ApplyResult.ABORT };
    const o = r.apply(req.index, req.chunk);
    switch (o.kind) {
      case 'accept':
        return { result: ApplyResult.ACCEPT };
      case 'retry':
        this.log(`snapshot ${r.height}: ${o.why} (from ${req.sender || 'unknown'}): refetching it`);
        return { result: ApplyResult.RETRY, refetchChunks: [req.index], rejectSenders: req.sender ? [req.sender] : [] };
      case 'restart':
        this.restoring = undefined;
        this.log(`snapshot ${r.height}: ${o.why}: restarting it`);
        return { result: ApplyResult.RETRY_SNAPSHOT };
      case 'reject':
        this.restoring = undefined;
        this.log(`rejecting snapshot ${r.height}: ${o.why}`);
        return { result: ApplyResult.REJECT_SNAPSHOT };
      case 'complete': {
        this.restoring = undefined;
        const meta: Meta = { chainId: r.meta.chain_id, height: r.height, appHash: r.appHash, time: r.meta.time, blockHash: '' };
        await restartHistoryAt(this.db, r.height);
        await this.db.commitState([o.app.commitStore.iterateRaw('', undefined, false)], meta);
        this.app = o.app;
        await this.history.init();
        this.prepared.clear();
        this.log(`restored snapshot ${r.height}: app hash ${r.appHash} verified`);
        return { result: ApplyResult.ACCEPT };
      }
    }
  }
}
