// The app behind the ABCI 2.0 method set (CometBFT v0.38 semantics), in-process: info, initChain,
// checkTx (new and recheck), prepareProposal, processProposal, finalizeBlock, commit, query.
// finalizeBlock executes a block and keeps its outcome as the candidate state (persisting nothing);
// commit makes the candidate the committed state. Every read served to clients (query, checkTx,
// simulate) sees the committed state only. The app owns no I/O: the node (the consensus driver)
// loads state, persists each finalized block before it calls commit, and drives the blocks.
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { BlockExecution, type BlockOutcome, type TxResultSink } from './block_exec.js';
import { checkEnvelopeTx, deliverBlockTxs, isEnvelope, type EnvelopeBundle } from './bundle_envelope.js';
import { buildProposal, proposalFault, type BuildHooks, type BuiltProposal, type ProposalBundle, type ProposalCandidate, type ProposalRules } from './proposal.js';
import { blockCtx, QueryCtx, type BlockInfo, type Ctx } from './context.js';
import { pubkeyAddress } from './crypto.js';
import { verifySecp256k1 } from './secp256k1.js';
import { asPrepared, prepareBlockTxs, prepareTx, type PreparedTx, type SigJob, type TxInput } from './tx/prepared_tx.js';
import { makeSignBytes } from './tx/sign_doc.js';
import { aminoSignBytes, decodeForAmino, SIGN_MODE_AMINO_JSON } from './tx/amino_sign_doc.js';
import { ChainError, sdkErrors, toChainError } from './errors.js';
import { EventManager } from './events.js';
import type { Module, MsgRoute, QueryHandler } from './module.js';
import { CacheStore } from './store/cache_store.js';
import { CommitStore } from './store/commit_store.js';
import type { KVStore } from './store/kv.js';
import { checkMinFee, SECP256K1_SIGNATURE_BYTES, type AnteDeps, type AnteLimits, type MinGasPrice } from './tx/ante.js';
import { runTx, statelessChecks, type RunTxOutput, type TxEnv } from './tx/run_tx.js';
import { equalBytes, toBinaryString } from './codec/bytes.js';
import { decodePubKey } from './codec/cosmos_proto.js';

export interface AppOptions {
  modules: Module[];
  anteDeps: Omit<AnteDeps, 'verifySignature'>;
  limits?: Partial<AnteLimits>;
  minGasPrices?: MinGasPrice[];
  /** Override signature verification (tests and simulations of unsigned txs). */
  verifySignature?: AnteDeps['verifySignature'];
  /** The gas a simulation may use (capped at the per-tx limit): a node-local bound on unpaid work, as the SDK's simulation gas limit. */
  simulateGasLimit?: number;
  /** The bundle rules prepareProposal and processProposal apply (none: a proposal carries no bundles). */
  proposalRules?: ProposalRules;
  /** What info answers besides the height and app hash. */
  info?: { data: string; version: string; appVersion: number };
}

/** ABCI Info's answer. */
export interface InfoResponse {
  data: string;
  version: string;
  appVersion: number;
  lastBlockHeight: number;
  lastBlockAppHash: Uint8Array;
}

export interface PrepareProposalRequest extends BuildHooks {
  height: number;
  time: string;
  /** The mempool's candidates in its order (CometBFT hands the mempool's txs the same way). */
  candidates: Iterable<ProposalCandidate>;
  maxTxBytes: number;
  maxGas: number;
  /** Takes each tx result as the block records it (block_exec.ts); pass the same sink to finalizeBlock. */
  txResults?: TxResultSink;
}

export interface PrepareProposalResponse extends BuiltProposal {
  txs: readonly PreparedTx[];
}

export interface ProcessProposalRequest {
  height: number;
  time: string;
  /** Prepared txs (a driver's own proposal), or bytes, prepared here. */
  txs: readonly TxInput[];
  /** The proposal's atomic bundles (each must sit whole, in order, and keep the bundle rules). */
  bundles?: ProposalBundle[];
}

export type ProcessProposalResponse = { status: 'ACCEPT' } | { status: 'REJECT'; reason: string };

export interface FinalizeBlockRequest {
  height: number;
  time: string;
  /** Prepared txs (from admission or a proposal), or bytes, prepared here. */
  txs: readonly TxInput[];
}

export interface FinalizeOptions {
  /** false: the txs record no events (replay: events are in no hash it checks). */
  keepTxEvents?: boolean;
  txResults?: TxResultSink;
}

export type { PreparedTx, SigJob, TxInput };

export const DEFAULT_LIMITS: AnteLimits = { maxTxBytes: 256 * 1024, maxMemoChars: 256, maxTxGas: 100_000_000, maxSignatures: 7 };

export interface QueryResult {
  code: number;
  codespace: string;
  log: string;
  value: Uint8Array;
  height: number;
}

const NO_BUNDLES: ProposalRules = {
  checkBundle: () => {
    throw new Error('this chain has no bundles');
  },
  feeDenom: '',
};

/** The same txs in the same order: the same prepared txs (a driver passes back what it was given), else equal bytes. */
function sameTxs(a: readonly PreparedTx[], b: readonly TxInput[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !equalBytes(x.bytes, y instanceof Uint8Array ? y : y.bytes)) return false;
  }
  return true;
}

export class App {
  readonly modules: Module[];
  readonly commitStore: CommitStore;
  readonly env: TxEnv;
  /** env with the simulation gas limit as the per-tx one. */
  private readonly simulateEnv: TxEnv;
  private readonly queries = new Map<string, QueryHandler>();
  chainId = '';
  lastHeight = 0;
  lastAppHash: Uint8Array = new Uint8Array(32);
  lastBlockTime = '';
  private checkState: CacheStore;
  private readonly proposalRules: ProposalRules | undefined;
  private readonly infoFields: { data: string; version: string; appVersion: number };
  /** The finalized, uncommitted block: its writes are staged in the commit store's trees only. */
  private candidate: { outcome: BlockOutcome; time: string } | undefined;
  /** prepareProposal's execution, finished by finalizeBlock when it is asked for the same block. */
  private prepared: { exec: BlockExecution; sink: TxResultSink | undefined } | undefined;
  private lastSink: TxResultSink | undefined;

  constructor(opts: AppOptions) {
    this.modules = opts.modules;
    this.commitStore = new CommitStore(opts.modules.map((m) => ({ name: m.name, byte: m.storeByte })));
    const routes = new Map<string, { route: MsgRoute; moduleName: string }>();
    for (const m of opts.modules) {
      for (const r of m.msgs) {
        if (routes.has(r.typeUrl)) throw new Error(`message ${r.typeUrl} registered twice`);
        routes.set(r.typeUrl, { route: r, moduleName: m.name });
      }
      for (const [path, h] of Object.entries(m.queries)) {
        if (this.queries.has(path)) throw new Error(`query ${path} registered twice`);
        this.queries.set(path, h);
      }
    }
    this.env = {
      routes,
      limits: { ...DEFAULT_LIMITS, ...opts.limits },
      deps: { ...opts.anteDeps, verifySignature: opts.verifySignature ?? verifySecp256k1 },
      minGasPrices: opts.minGasPrices ?? [],
      envelope: opts.proposalRules?.envelope,
    };
    const simulateGas = Math.min(opts.simulateGasLimit ?? this.env.limits.maxTxGas, this.env.limits.maxTxGas);
    this.simulateEnv = { ...this.env, limits: { ...this.env.limits, maxTxGas: simulateGas } };
    this.checkState = new CacheStore(this.commitStore);
    this.proposalRules = opts.proposalRules;
    this.infoFields = opts.info ?? { data: 'marketchain', version: '0.1.0', appVersion: 1 };
  }

  /** ABCI Info: the last committed height and its app hash (one pair: both move together in commit). */
  info(): InfoResponse {
    return { ...this.infoFields, lastBlockHeight: this.lastHeight, lastBlockAppHash: this.lastAppHash };
  }

  /** The gas a simulation may use. */
  get simulateGasLimit(): number {
    return this.simulateEnv.limits.maxTxGas;
  }

  /**
   * Admission's one preparation of a tx: decoded, hashed and its block-independent stateless steps run
   * (never throws: a failure is kept in it). Pass the value on to checkTx, the proposal and the block.
   */
  prepareTx(bytes: Uint8Array, hash?: Uint8Array): PreparedTx {
    return prepareTx(this.env, bytes, hash);
  }

  /**
   * A block's txs prepared (prepared ones kept as they are): the inner txs that follow their envelope
   * are the ones the envelope's preparation made, so no tx of the block is decoded twice.
   */
  prepareBlockTxs(txs: readonly TxInput[]): PreparedTx[] {
    return prepareBlockTxs(txs, (bytes) => prepareTx(this.env, bytes));
  }

  /**
   * Delivers the block's txs whose units start in `txs[from…to)` (each envelope with its inner txs as
   * one atomic unit, chain/bundle_envelope.ts), as FinalizeBlock does; returns the index after the last
   * tx delivered (past `to` when a unit crosses it). Replay runs a block this way a part at a time.
   */
  deliverBlockTxs(exec: BlockExecution, txs: readonly PreparedTx[], from = 0, to = txs.length): number {
    return deliverBlockTxs(exec, txs, this.env, this.proposalRules?.envelope, this.proposalRules?.feeDenom ?? '', from, to);
  }

  /**
   * The signature checks a prepared tx will need, derived best-effort from it and the committed accounts
   * (never throws; none for a tx that fails its stateless steps): a pool can verify them in parallel, and
   * `prepared.recordVerified(jobs, ok)` fills its signature slots before CheckTx.
   */
  signatureJobs(prepared: PreparedTx): SigJob[] {
    const tx = prepared.decoded;
    if (!tx || prepared.stateless instanceof ChainError) return [];
    try {
      const ctx = new QueryCtx(this.lastBlock, this.commitStore);
      return tx.authInfo.signerInfos.flatMap((info, i) => {
        if (info.publicKey?.typeUrl !== '/cosmos.crypto.secp256k1.PubKey') return [];
        const pk = decodePubKey(info.publicKey.value).key;
        const sig = tx.raw.signatures[i];
        // Only a 64-byte signature and a 33-byte key can verify; anything else is refused by the ante
        // (sdk/4, sdk/8) and never handed to a verifier.
        if (!sig || sig.length !== SECP256K1_SIGNATURE_BYTES || pk.length !== 33) return [];
        const accountNumber = this.accountNumber(ctx as unknown as Ctx, pk);
        if (accountNumber === undefined) return [];
        const slot = { index: i, chainId: this.chainId, accountNumber };
        const msg =
          info.modeInfo?.single?.mode === SIGN_MODE_AMINO_JSON
            ? aminoSignBytes(tx, decodeForAmino(tx, this.env.routes), this.chainId, accountNumber, info.sequence)
            : makeSignBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, this.chainId, accountNumber);
        return [{ msg, sig, pk, slot }];
      });
    } catch {
      return [];
    }
  }

  /**
   * Account numbers of recently seen signers, by their pubkey (the key fixes the address). An account
   * number never changes once the account exists, so a remembered one is still right; at worst a job
   * is wrong and the ante verifies the tx itself.
   */
  private readonly accountNumbers = new Map<string, bigint>();

  private accountNumber(ctx: Ctx, pubKey: Uint8Array): bigint | undefined {
    const k = toBinaryString(pubKey);
    let n = this.accountNumbers.get(k);
    if (n === undefined) {
      n = this.env.deps.getAccount(ctx, pubkeyAddress(pubKey))?.accountNumber;
      if (n === undefined) return undefined;
      if (this.accountNumbers.size >= 50_000) this.accountNumbers.clear();
      this.accountNumbers.set(k, n);
    }
    return n;
  }

  get lastBlock(): BlockInfo {
    return { height: this.lastHeight, time: this.lastBlockTime, chainId: this.chainId };
  }

  /** Writes genesis state. Returns the app hash that header(initial height).app_hash carries. */
  initChain(chainId: string, time: string, appState: Record<string, unknown>): Uint8Array {
    this.dropPending();
    this.chainId = chainId;
    for (const key of Object.keys(appState)) {
      if (!this.modules.some((m) => m.name === key)) throw new Error(`genesis app_state has unknown module ${JSON.stringify(key)}`);
    }
    // Genesis writes go straight into the committed flat state (a write buffer would hold a second copy
    // of a large genesis state at the peak); the trees are then built once from the final state.
    // A failing genesis leaves this app unusable, as before: the node does not start.
    const ctx = blockCtx({ height: 0, time, chainId }, this.commitStore, new EventManager(), 'genesis');
    for (const m of this.modules) {
      const section = m.genesis.validateGenesis(appState[m.name] ?? m.genesis.defaultGenesis());
      m.genesis.initGenesis(ctx, section);
    }
    this.commitStore.rebuildTrees();
    this.lastHeight = 0;
    this.lastBlockTime = time;
    this.lastAppHash = this.commitStore.appHash();
    this.resetCheckState();
    return this.lastAppHash;
  }

  /** Marks the state loaded by the node as committed at `height`. */
  restore(chainId: string, height: number, time: string): Uint8Array {
    this.dropPending();
    this.chainId = chainId;
    this.lastHeight = height;
    this.lastBlockTime = time;
    this.lastAppHash = this.commitStore.appHash();
    this.resetCheckState();
    return this.lastAppHash;
  }

  exportGenesis(): Record<string, unknown> {
    const ctx = new QueryCtx(this.lastBlock, this.commitStore);
    return Object.fromEntries(this.modules.map((m) => [m.name, m.genesis.exportGenesis(ctx)]));
  }

  /**
   * Mempool admission against the check state (pending sequences accumulate until the next commit).
   * CheckTx records no events: no answer carries them (check_tx.events is always empty over RPC), and
   * building them cost every admitted tx its ante's events a second time. A bundle envelope is
   * checked with its inner txs (chain/bundle_envelope.ts) and answers the bundle it carries.
   */
  checkTx(input: TxInput, recheck = false): RunTxOutput & { bundle?: EnvelopeBundle } {
    const next = { height: this.lastHeight + 1, time: this.lastBlockTime, chainId: this.chainId };
    const tx = asPrepared(this.env, input);
    const envelope = this.proposalRules?.envelope;
    if (envelope && isEnvelope(envelope, tx.decoded)) {
      return checkEnvelopeTx(this.env, envelope, this.proposalRules!.feeDenom, { check: this.checkState, committed: this.commitStore }, next, tx, recheck ? 'recheck' : 'check');
    }
    return runTx(this.env, this.checkState, next, tx, recheck ? 'recheck' : 'check', false);
  }

  /** CheckTx on a throwaway branch of the check state (the check_tx RPC): nothing is admitted or kept. */
  checkTxDry(input: TxInput): RunTxOutput {
    const next = { height: this.lastHeight + 1, time: this.lastBlockTime, chainId: this.chainId };
    return runTx(this.env, new CacheStore(this.checkState), next, asPrepared(this.env, input), 'check', false);
  }

  /**
   * CheckTx's stateless steps (decode, size, memo, messages, signers, signature lengths, fee shape and
   * floor), or undefined when they pass: what broadcast_tx_async answers before it returns, so a tx
   * that can never be admitted is refused to its sender instead of reported as accepted.
   */
  precheckTx(tx: TxInput): ChainError | undefined {
    try {
      const { sl } = statelessChecks(this.env, asPrepared(this.env, tx), { height: this.lastHeight + 1, time: this.lastBlockTime }, 'check');
      checkMinFee(sl.fee, this.env.minGasPrices, sl.gasLimit);
      return undefined;
    } catch (e) {
      return toChainError(e);
    }
  }

  resetCheckState(): void {
    this.checkState = new CacheStore(this.commitStore);
  }

  /**
   * Starts executing the block at the next height (discarding any candidate and prepared block).
   * `keepTxEvents: false`: the txs record no events (replay: events are in no hash it checks).
   * `txResults`: a sink that takes each tx result as it is recorded (block_exec.ts); the outcome's
   * results then carry no events. finish() makes the outcome the candidate state; commit() commits it.
   */
  beginBlock(block: Omit<BlockInfo, 'chainId'>, opts: FinalizeOptions = {}): BlockExecution {
    if (block.height !== this.lastHeight + 1) throw new Error(`expected block ${this.lastHeight + 1}, got ${block.height}`);
    this.dropPending();
    // A sink that heard an earlier execution of this block starts again with this one's results.
    if (opts.txResults && opts.txResults === this.lastSink) opts.txResults.truncate(0);
    this.lastSink = opts.txResults;
    return new BlockExecution(
      this.env,
      this.modules,
      this.commitStore,
      { height: block.height, time: block.time, chainId: this.chainId },
      (writes) => this.stage(writes),
      (o) => (this.candidate = { outcome: o, time: block.time }),
      opts.keepTxEvents ?? true,
      opts.txResults,
    );
  }

  private stage(writes: BlockOutcome['writeSet']): Uint8Array {
    this.discardCandidate();
    this.commitStore.stage(writes);
    return this.commitStore.appHash();
  }

  /** Forgets the finalized, uncommitted block (the trees go back to the committed state). */
  discardCandidate(): void {
    const c = this.candidate;
    if (!c) return;
    this.candidate = undefined;
    this.commitStore.discardStaged(c.outcome.writeSet);
  }

  private dropPending(): void {
    this.discardCandidate();
    this.prepared = undefined;
  }

  /**
   * ABCI PrepareProposal: builds the next block from the mempool's candidates (gas-price order, each
   * sender's sequences in order, atomic bundles whole or not at all; a tx whose ante fails is left
   * out). The execution is kept: finalizeBlock for the same height, time and txs finishes it instead
   * of running the block again.
   */
  async prepareProposal(req: PrepareProposalRequest): Promise<PrepareProposalResponse> {
    const exec = this.beginBlock({ height: req.height, time: req.time }, { txResults: req.txResults });
    const rules = this.proposalRules ?? NO_BUNDLES;
    const built = await buildProposal(exec, req.candidates, { max_bytes: req.maxTxBytes, max_gas: req.maxGas }, rules, req);
    this.prepared = { exec, sink: req.txResults };
    return { ...built, txs: exec.txList };
  }

  /**
   * ABCI ProcessProposal: a deterministic check of a proposed block from its contents alone. Rejects
   * a block at another height, a tx that does not decode, and a bundle that is split, missing a tx,
   * or breaks the bundle rules.
   */
  processProposal(req: ProcessProposalRequest): ProcessProposalResponse {
    if (req.height !== this.lastHeight + 1) return { status: 'REJECT', reason: `expected a proposal for height ${this.lastHeight + 1}, got ${req.height}` };
    const txs = this.prepareBlockTxs(req.txs);
    const reason = proposalFault(this.env, this.proposalRules, req, txs, req.bundles ?? []);
    return reason === undefined ? { status: 'ACCEPT' } : { status: 'REJECT', reason };
  }

  /**
   * ABCI FinalizeBlock: executes the block (every tx recorded with its result) and returns the results,
   * the block events and the app hash. Persists nothing and leaves the committed state as it was: the
   * outcome is the candidate state until commit(). Called again for the same height before commit, it
   * discards the earlier candidate and gives the same outcome.
   */
  finalizeBlock(req: FinalizeBlockRequest, opts: FinalizeOptions = {}): BlockOutcome {
    const p = this.prepared;
    this.prepared = undefined;
    if (p && !p.exec.isFinished && p.sink === opts.txResults && opts.keepTxEvents !== false && p.exec.block.height === req.height && p.exec.block.time === req.time && sameTxs(p.exec.txList, req.txs)) {
      return p.exec.finish();
    }
    const exec = this.beginBlock(req, opts);
    this.deliverBlockTxs(exec, this.prepareBlockTxs(req.txs));
    return exec.finish();
  }

  /**
   * ABCI Commit: the finalized block's state becomes the committed state (check state restarts from it).
   * retainHeight 0: the node keeps every block.
   */
  commit(): { retainHeight: number } {
    const c = this.candidate;
    if (!c) throw new Error('commit without a finalized block');
    this.candidate = undefined;
    this.commitStore.commitStaged(c.outcome.writeSet);
    this.lastHeight = c.outcome.height;
    this.lastAppHash = c.outcome.appHash;
    this.lastBlockTime = c.time;
    this.resetCheckState();
    return { retainHeight: 0 };
  }

  simulate(txBytes: Uint8Array): RunTxOutput {
    const next = { height: this.lastHeight + 1, time: this.lastBlockTime, chainId: this.chainId };
    return runTx(this.simulateEnv, new CacheStore(this.checkState), next, prepareTx(this.simulateEnv, txBytes), 'simulate');
  }

  /**
   * Runs txs in order as a block would, on a throwaway branch of the committed state at the next
   * height; stops after the first failure. Used to admit atomic bundles, so every CheckTx rule applies
   * too: the minimum gas prices (checkMinFee) run on each tx, as CheckTx runs them on a single tx.
   */
  dryRun(txs: readonly TxInput[]): RunTxOutput[] {
    const next = { height: this.lastHeight + 1, time: this.lastBlockTime, chainId: this.chainId };
    const branch = new CacheStore(this.commitStore);
    const outs: RunTxOutput[] = [];
    for (const tx of txs) {
      const out = runTx(this.env, branch, next, asPrepared(this.env, tx), 'deliver', true, true);
      outs.push(out);
      if (out.result.code !== 0) break;
    }
    return outs;
  }

  /** A query of the committed state, or with `at` of a past version (a read view of it and its block info). */
  query(path: string, data: Uint8Array, at?: { block: BlockInfo; store: KVStore }): QueryResult {
    const height = at ? at.block.height : Math.max(this.lastHeight, 1);
    try {
      if (path === '/cosmos.tx.v1beta1.Service/Simulate') return { code: 0, codespace: '', log: '', value: this.simulateQuery(data), height };
      const h = this.queries.get(path);
      if (!h) throw sdkErrors.UnknownRequest(`unknown query path ${path}`);
      const value = h(at ? new QueryCtx(at.block, at.store) : new QueryCtx(this.lastBlock, this.commitStore), data);
      return { code: 0, codespace: '', log: '', value, height };
    } catch (e) {
      // Anything but a ChainError here is a request the handler could not decode.
      const ce = e instanceof ChainError ? e : sdkErrors.InvalidRequest(`failed to handle query ${path}: ${(e as Error).message}`);
      return { code: ce.code, codespace: ce.codespace, log: ce.message, value: new Uint8Array(), height };
    }
  }

  private simulateQuery(data: Uint8Array): Uint8Array {
    let req: SimulateRequest;
    try {
      req = SimulateRequest.decode(data);
    } catch (e) {
      throw sdkErrors.TxDecode(`invalid simulate request: ${(e as Error).message}`);
    }
    if (!req.txBytes || req.txBytes.length === 0) throw sdkErrors.InvalidRequest('empty tx_bytes');
    const out = this.simulate(req.txBytes);
    if (out.result.code !== 0) {
      const capped = out.result.codespace === 'sdk' && out.result.code === 11 ? ` (simulations may use at most ${this.simulateGasLimit} gas)` : '';
      throw new ChainError(out.result.codespace, out.result.code, out.result.log + capped);
    }
    return SimulateResponse.encode({
      gasInfo: { gasWanted: BigInt(out.result.gasWanted), gasUsed: BigInt(out.result.gasUsed) },
      result: {
        data: new Uint8Array(),
        log: '',
        events: out.result.events.map((e) => ({ type: e.type, attributes: e.attributes })),
        msgResponses: out.msgResponses ?? [],
      },
    }).finish();
  }

  /** Runs every module invariant on committed state. */
  checkInvariants(): { name: string; message: string }[] {
    const ctx = new QueryCtx(this.lastBlock, this.commitStore);
    const broken: { name: string; message: string }[] = [];
    for (const m of this.modules) for (const inv of m.invariants) {
      const r = inv.check(ctx);
      if (r.broken) broken.push({ name: inv.name, message: r.message });
    }
    return broken;
  }
}
