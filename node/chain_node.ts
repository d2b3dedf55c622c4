// A single-validator node: the consensus driver of the app's ABCI method set, with LevelDB and the mempool.
// One block: prepareProposal (its own proposal is not passed to processProposal: the builder only
// emits what that check accepts, and a test holds them coherent) → finalizeBlock → the block, its
// results and state in one synced batch → the signed-height record → commit → recheck → waiters.
// The producer drives produceBlock.
import { fromBase64, toBase64, toHex, toHexUpper } from '../chain/codec/bytes.js';
import type { App, PreparedTx } from '../chain/app.js';
import { sha256 } from '../chain/crypto.js';
import { hashFromByteSlices } from '../chain/merkle/simple_merkle.js';
import type { MinGasPrice } from '../chain/tx/ante.js';
import { createMarketApp, MARKET_PROPOSAL_RULES } from './app_factory.js';
import { isEnvelope } from '../chain/bundle_envelope.js';
import { recordVerifiedEach } from '../chain/tx/prepared_tx.js';
import { sdkErrors } from '../chain/errors.js';
import type { Meta, StoredBlock, StoredResults } from './block_types.js';
import { dataHash, headerHash, signVote, validatorsHash, voteSignBytes, type ValidatorKey } from './header.js';
import { loadConfig, loadValidatorKey, paths, readJson, type GenesisFile, type NodeConfig } from './home.js';
import { Mempool } from './mempool.js';
import { mempoolHooks } from './block_builder.js';
import { StoreDb } from './store_db.js';
import type { ResultsWrite } from './block_write.js';
import { storedTxResult, TxResultsPacker } from './results_layout.js';
import { BlockStore } from './block_store.js';
import { nextBlockTime } from './time.js';
import { parseMinGasPrices } from './gas_prices.js';
import { verifyStoredState } from './state_check.js';
import { checkBlockStore, startError } from './start_check.js';
import { checkSignedState, readSignedState, signedStateOf, writeSignedState } from './signed_state.js';
import { BundleRejected, executeBundleDry } from './bundles.js';
import { SigPool } from './sig_pool.js';
import { commitGenesisOnThread } from './genesis_thread.js';
import { Simulations } from './simulations.js';
import { StateHistory } from './history.js';
import { ensureHistoryFloor, historyOnStore } from './history_store.js';
import { historyWrite } from './history_write.js';
import { pruningOptions, type PruningOptions } from './pruning.js';

/** How long a tx that arrived ahead of its sender's pending sequence waits for the gap to fill. */
export const GAP_WAIT_MS = 2000;

/** A tx whose sequence is 1–16 ahead of its sender's pending one (sdk/32), which may still be in flight. */
function isSequenceAhead(r: { sequenceMismatch?: { expected: bigint; got: bigint } }): boolean {
  const m = r.sequenceMismatch;
  return !!m && m.got > m.expected && m.got - m.expected <= 16n;
}

export interface NodeOptions {
  minGasPrices?: string;
  /** Signature-verification worker threads (default: one per core; 0 = verify on the main thread). */
  sigWorkers?: number;
  /** Run LevelDB on its own thread once started (default true; false = on the main thread). */
  dbThread?: boolean;
  /** Nice value of the signature and database threads (thread_priority.ts; default HELPER_NICE). */
  helperNice?: number;
  /**
   * false: the node will not produce blocks (`export`), so the signed-height record is neither
   * checked nor written (default true).
   */
  signer?: boolean;
  /** Past versions kept for queries and proofs (default: the config's pruning keys). */
  pruning?: PruningOptions;
}

export class ChainNode {
  readonly app: App;
  /** The database after start-up (start-up itself reads and writes it in this thread). */
  db!: BlockStore;
  readonly mempool: Mempool;
  readonly config: NodeConfig;
  /** genesis.json without its app_state, which is only read while starting (and by `genesis`). */
  readonly genesisHeader: Omit<GenesisFile, 'app_state'>;
  /** sha256 of genesis.json's document (JSON.stringify of the parsed file), checked against the one stored at genesis. */
  private readonly genesisHash: Uint8Array;
  readonly validator: ValidatorKey;
  readonly valsHash: string;
  /** The last block the app committed (what the node serves). */
  meta!: Meta;
  /** The last block on disk: the same as meta but between a block's write and its commit. */
  private durable!: Meta;
  /** The last height this validator signed a block at (signed_state.ts): it never signs at or below it again. */
  private signedHeight = 0;
  /**
   * What the next header takes from the last committed block's results: its commit signature and
   * results hash. Kept here (set at start-up and at each commit) so that building a block does not
   * wait for a database read behind the RPC reads queued on the database thread.
   */
  private lastCommit: Pick<StoredResults, 'commit' | 'results_hash'> | undefined;
  private waiters = new Map<string, ((h: number) => void)[]>();
  readonly minGasPrices: MinGasPrice[];
  /** Node log sink (stdout by default). */
  log: (line: string) => void = (l) => console.log(`${new Date().toISOString()} ${l}`);

  /** Signature workers (undefined: verified on the main thread), started once the data has passed the start-up checks. */
  sigPool: SigPool | undefined;
  /** Queries at past heights and proofs (history.ts). */
  history!: StateHistory;
  private readonly pruning: PruningOptions;
  /** Simulate queries: queued, one at a time, never while a block is built. */
  readonly simulations: Simulations;
  /**
   * Set when a block could not be made durable or committed: the node produces no further block (its
   * state in memory stays the last durable one) and its runner stops it with this error.
   */
  halted: Error | undefined;

  private constructor(readonly home: string, opts: NodeOptions) {
    this.config = loadConfig(home);
    // The document is parsed, hashed and dropped here: a large app_state is not kept in memory.
    const genesis = readJson<GenesisFile>(paths(home).genesis, 'genesis.json');
    this.genesisHash = sha256(Buffer.from(JSON.stringify(genesis)));
    const { app_state: _, ...header } = genesis;
    this.genesisHeader = header;
    this.validator = loadValidatorKey(home);
    this.minGasPrices = parseMinGasPrices(opts.minGasPrices ?? this.config.minimum_gas_prices);
    const c = this.config;
    this.pruning = opts.pruning ?? pruningOptions(c.pruning, c.pruning_keep_recent, c.pruning_interval);
    this.app = createMarketApp({
      minGasPrices: this.minGasPrices,
      limits: { maxTxBytes: this.config.mempool.max_tx_bytes },
      // A simulation never needs more than a block could hold.
      simulateGasLimit: Math.min(this.config.rpc.simulate_gas_limit, this.config.block.max_gas),
      zk: { checkTxVerifyBudget: this.config.zk.checktx_verify_budget },
    });
    this.simulations = new Simulations(this.app, this.config.rpc.simulate_max_queued);
    this.mempool = new Mempool({ maxTxs: this.config.mempool.size, maxBytes: this.config.mempool.max_txs_bytes });
    this.valsHash = validatorsHash([{ pubKey: this.validator.pubKey, power: 10n }]);
  }

  static async open(home: string, opts: NodeOptions = {}): Promise<ChainNode> {
    const n = new ChainNode(home, opts);
    const path = paths(home).db;
    const local = new StoreDb(path);
    try {
      await local.open();
      if (!(await local.getMeta())) {
        // First start: InitChain runs on a thread of its own and commits genesis; then the state is loaded as on a restart.
        await local.close();
        await commitGenesisOnThread(path, paths(home).genesis);
        await local.open();
      }
      await n.load(local);
      if (opts.signer !== false) await n.checkSigned();
      // Only now: a refused start would otherwise stop workers that may still be loading the native
      // secp256k1 binding, and node-addon-api aborts the process when its environment ends during that.
      n.sigPool = opts.sigWorkers === 0 ? undefined : new SigPool(opts.sigWorkers, (m) => n.log(m), opts.helperNice);
      if (opts.dbThread === false) n.db = BlockStore.inThread(local);
      else {
        await local.close();
        n.db = await BlockStore.open(path, opts.helperNice);
      }
      n.history = new StateHistory(() => n.app, historyOnStore(n.db), n.pruning, (l) => n.log(l));
      await n.history.init();
    } catch (e) {
      await n.sigPool?.close();
      // Open only when the failure came after the database thread started (the history's first read).
      await (n.db as BlockStore | undefined)?.close().catch(() => {});
      await local.close();
      throw startError(path, e);
    }
    return n;
  }

  /** Refuses a database that lost blocks this validator signed; brings the record up to the database. */
  private async checkSigned(): Promise<void> {
    const path = paths(this.home).signedState;
    const record = readSignedState(path);
    if (checkSignedState(path, record, this.meta)) {
      if (!record && this.meta.height > 0) this.log(`no signed-height record at ${path}: writing it at the database's last height ${this.meta.height}`);
      await writeSignedState(path, signedStateOf(this.meta, this.lastCommit?.commit.signature ?? ''));
    }
    this.signedHeight = this.meta.height;
  }

  /** The whole genesis document, read from genesis.json when asked for: a large app_state is not kept in memory. */
  get genesis(): GenesisFile {
    return readJson<GenesisFile>(paths(this.home).genesis, 'genesis.json');
  }

  private async load(db: StoreDb): Promise<void> {
    const meta = await db.getMeta();
    if (!meta) throw new Error('the database has no genesis state');
    const stored = await db.getGenesisHash();
    if (stored && toHex(stored) !== toHex(this.genesisHash)) throw new Error('genesis.json differs from the genesis this node started with; refusing to start');
    // Before the state is loaded: a damaged block store is refused at once, whatever the state's size.
    const results = await checkBlockStore(db, meta);
    await ensureHistoryFloor(db, meta.height);
    let chunk: [string, Uint8Array][] = [];
    for await (const e of db.state()) {
      chunk.push(e);
      if (chunk.length === 4096) {
        this.app.commitStore.load(chunk);
        chunk = [];
      }
    }
    this.app.commitStore.load(chunk);
    this.app.restore(meta.chainId, meta.height, meta.time);
    verifyStoredState(this.app, meta, results);
    this.meta = meta;
    this.lastCommit = results && { commit: results.commit, results_hash: results.results_hash };
    this.durable = meta;
    // State and block are one batch, so the loaded state is the last durable block's: the handshake
    // finds the app level. It is run all the same, so the rule holds whatever the store's layout.
    await this.handshake(db, meta);
  }

  /**
   * CometBFT's handshake: the app's info (height, app hash) against the block store. Stored blocks the
   * app has not committed are replayed through finalizeBlock and commit, each checked against its stored
   * app hash; an app ahead of the store, or one whose hash differs at the store's height, is refused.
   * Returns the number of blocks replayed.
   */
  async handshake(db: Pick<BlockStore, 'getBlock' | 'getResults'> = this.db, stored: Meta = this.durable): Promise<number> {
    const info = this.app.info();
    if (info.lastBlockHeight > stored.height) {
      throw new Error(`the app is at height ${info.lastBlockHeight} but the block store ends at ${stored.height}: the app state is ahead of the durable blocks`);
    }
    let replayed = 0;
    for (let h = info.lastBlockHeight + 1; h <= stored.height; h++) {
      const [block, results] = await Promise.all([db.getBlock(h), db.getResults(h)]);
      if (!block || !results) throw new Error(`the block store has no block or results at height ${h} (last height ${stored.height})`);
      const txs = this.app.prepareBlockTxs(block.txs.map(fromBase64));
      const outcome = this.app.finalizeBlock({ height: h, time: block.header.time, txs }, { keepTxEvents: false });
      if (toHexUpper(outcome.appHash) !== results.app_hash) {
        this.app.discardCandidate();
        throw new Error(`replaying stored block ${h} gives app hash ${toHexUpper(outcome.appHash)}, the store holds ${results.app_hash}`);
      }
      this.app.commit();
      this.lastCommit = { commit: results.commit, results_hash: results.results_hash };
      replayed++;
    }
    const level = this.app.info();
    if (toHexUpper(level.lastBlockAppHash) !== stored.appHash) {
      throw new Error(`the app's hash at height ${level.lastBlockHeight} is ${toHexUpper(level.lastBlockAppHash)}, the block store holds ${stored.appHash}`);
    }
    this.meta = stored;
    if (replayed > 0) this.log(`handshake: replayed ${replayed} stored block(s) the app had not committed; app at height ${stored.height}`);
    return replayed;
  }

  get height(): number {
    return this.meta.height;
  }

  /** Resolves with the height at which a tx hash is committed (or rejects after timeoutMs). */
  waitForTx(hash: string, timeoutMs: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const list = this.waiters.get(hash) ?? [];
      const timer = setTimeout(() => {
        const l = this.waiters.get(hash);
        if (l) this.waiters.set(hash, l.filter((f) => f !== done));
        reject(new Error(`timed out waiting for tx ${hash} to be included in a block`));
      }, timeoutMs);
      const done = (h: number) => {
        clearTimeout(timer);
        resolve(h);
      };
      list.push(done);
      this.waiters.set(hash, list);
    });
  }

  /** CheckTx + mempool insertion (broadcast_tx_*) of a tx admission prepared (or bytes, prepared now). */
  submitTx(input: Uint8Array | PreparedTx): { hash: string; code: number; codespace: string; log: string; gasWanted: number; gasUsed: number; sender?: string; sequenceMismatch?: { expected: bigint; got: bigint } } {
    const prepared = input instanceof Uint8Array ? this.app.prepareTx(input) : input;
    const hash = this.mempool.precheck(prepared);
    // An envelope's CheckTx takes its sequences in the check state: refuse it before when it cannot be queued.
    if (this.mempool.bundlesFull && isEnvelope(MARKET_PROPOSAL_RULES.envelope, prepared.decoded)) throw sdkErrors.MempoolIsFull(`too many pending bundles`);
    const out = this.app.checkTx(prepared);
    const r = out.result;
    if (r.code === 0 && out.bundle) {
      // A bundle envelope: it waits with the bundles, and the block holds it followed by its txs.
      this.mempool.addBundle({ ...out.bundle, id: hash, expiresAt: this.height + 1 + this.config.mempool.bundle_ttl_blocks });
    } else if (r.code === 0) {
      const tx = this.mempool.add(prepared, out);
      const waiting = this.senderWaiters.get(tx.sender);
      if (waiting) {
        this.senderWaiters.delete(tx.sender);
        for (const w of waiting) w();
      }
    }
    return { hash, code: r.code, codespace: r.codespace, log: r.log, gasWanted: r.gasWanted, gasUsed: r.gasUsed, sender: out.sender, sequenceMismatch: out.sequenceMismatch };
  }

  private checkQueue: Promise<void> = Promise.resolve();
  /** Callbacks waiting for a sender's next admitted tx (to re-check a tx that arrived ahead of it). */
  private readonly senderWaiters = new Map<string, (() => void)[]>();

  /**
   * CheckTx with the signatures verified first on the worker pool (in parallel with everything else):
   * the tx is prepared once here, the pool's answers fill its signature slots, and the mempool keeps it.
   * CheckTx itself runs in arrival order. A tx that arrives a few sequences ahead of its sender's
   * pending ones (concurrent clients can reorder requests in flight) waits up to GAP_WAIT_MS for the
   * gap to fill and is checked again; otherwise it gets the usual sdk/32 answer.
   */
  async submitTxAsync(input: Uint8Array | PreparedTx): Promise<ReturnType<ChainNode['submitTx']>> {
    const prepared = input instanceof Uint8Array ? this.app.prepareTx(input) : input;
    // An envelope's inner txs are verified with it, in the same request, each into its own signature slots.
    const envelopeTxs = this.sigPool && prepared.envelope ? [prepared, ...prepared.envelope.txs] : undefined;
    const jobsOf = envelopeTxs?.map((t) => this.app.signatureJobs(t));
    const jobs = jobsOf ? jobsOf.flat() : this.sigPool ? this.app.signatureJobs(prepared) : [];
    const verified = jobs.length > 0 ? this.sigPool!.verify(jobs) : Promise.resolve([]);
    const previous = this.checkQueue;
    let release!: () => void;
    this.checkQueue = new Promise((r) => (release = r));
    let r: ReturnType<ChainNode['submitTx']>;
    try {
      // A pool that could not verify (it rejected the request) fills no slot: the ante verifies itself.
      const ok = await verified.catch((e: Error) => {
        this.log(`signature pool refused a request (${e.message}); the tx is verified on the main thread`);
        return undefined;
      });
      await previous;
      if (jobs.length > 0 && ok) {
        if (envelopeTxs) recordVerifiedEach(envelopeTxs, jobsOf!, ok);
        else prepared.recordVerified(jobs, ok);
      }
      r = this.submitTx(prepared);
    } finally {
      release();
    }
    const deadline = Date.now() + GAP_WAIT_MS;
    while (isSequenceAhead(r) && Date.now() < deadline) {
      const sender = r.sender;
      if (!sender) break;
      const arrived = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), Math.max(1, deadline - Date.now()));
        const list = this.senderWaiters.get(sender) ?? [];
        list.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
        this.senderWaiters.set(sender, list);
      });
      if (!arrived) break;
      r = this.submitTx(prepared);
    }
    // MARKETCHAIN_LOG_CHECKTX=1 logs every CheckTx rejection (diagnosing clients).
    if (r.code !== 0 && process.env.MARKETCHAIN_LOG_CHECKTX) this.log(`CheckTx rejected ${r.hash} from ${r.sender}: ${r.codespace}/${r.code} ${r.log}`);
    return r;
  }

  /** Validates a bundle by simulating it on the latest state, then queues it (broadcast_bundle). */
  submitBundle(bytes: Uint8Array[]): { id: string; hashes: string[] } {
    const txs = bytes.map((b) => this.app.prepareTx(b));
    const dry = executeBundleDry(this.app, txs, (h) => this.mempool.has(h));
    const b = this.mempool.addBundle({ ...dry, txs, expiresAt: this.height + 1 + this.config.mempool.bundle_ttl_blocks });
    return { id: b.id, hashes: b.hashes };
  }

  /** Builds, executes and durably commits the next block (no simulation runs meanwhile). */
  produceBlock(nowMs: number): Promise<StoredBlock> {
    const p = this.buildAndCommit(nowMs);
    this.simulations.blockInProgress(p);
    return p;
  }

  private async buildAndCommit(nowMs: number): Promise<StoredBlock> {
    if (this.halted) throw new Error(`the node has stopped: ${this.halted.message}`);
    const height = this.meta.height + 1;
    const time = nextBlockTime(nowMs, this.meta.time);
    const prevResults = this.lastCommit; // undefined only before block 1 (checked at start-up)
    const appHashBefore = toHexUpper(this.app.lastAppHash);
    // Each tx's result is packed as it is recorded (results_layout.ts), not kept as objects until the end.
    const packer = new TxResultsPacker();
    const sink = { add: (r: Parameters<typeof storedTxResult>[0]) => packer.add(storedTxResult(r)), truncate: (n: number) => packer.truncate(n) };
    const proposal = await this.app.prepareProposal({
      height,
      time,
      candidates: this.mempool.ordered(),
      maxTxBytes: this.config.block.max_bytes,
      maxGas: this.config.block.max_gas,
      txResults: sink,
      ...mempoolHooks(this.mempool, (h, why) => this.log(`dropped tx ${h} from the mempool: ${why}`)),
    });
    for (const b of proposal.droppedBundles) this.log(`dropped bundle ${b.id} at height ${height}: ${b.reason}`);
    const outcome = this.app.finalizeBlock({ height, time, txs: proposal.txs }, { txResults: sink });
    const txHashes = outcome.txs.map((t) => t.hash);
    const header = {
      chain_id: this.meta.chainId,
      height,
      time,
      last_block_hash: this.meta.blockHash,
      last_commit_hash: prevResults ? toHexUpper(hashFromByteSlices([Buffer.from(prevResults.commit.signature, 'base64')])) : '',
      data_hash: dataHash(txHashes),
      validators_hash: this.valsHash,
      next_validators_hash: this.valsHash,
      consensus_hash: toHexUpper(sha256(Buffer.from(JSON.stringify(this.genesisHeader.consensus_params)))),
      app_hash: appHashBefore,
      last_results_hash: prevResults ? prevResults.results_hash : '',
      evidence_hash: '',
      proposer_address: this.validator.address,
    };
    const hash = headerHash(header);
    if (height <= this.signedHeight) {
      this.app.discardCandidate();
      throw new Error(`refusing to sign block ${height}: this validator has signed height ${this.signedHeight}`);
    }
    const block: StoredBlock = { hash, header, txs: outcome.txs.map((t) => toBase64(t.bytes)), last_commit: prevResults ? prevResults.commit : null };
    const sig = signVote(this.validator, voteSignBytes(header.chain_id, height, hash, time));
    if (packer.count !== outcome.txResults.length) throw new Error(`packed ${packer.count} tx results for ${outcome.txResults.length} txs`);
    const results: ResultsWrite = {
      height,
      app_hash: toHexUpper(outcome.appHash),
      results_hash: toHexUpper(outcome.resultsHash),
      // The candidate's roots: finalizeBlock staged its writes in the trees.
      store_roots: this.app.commitStore.storeRoots().map((r) => ({ name: r.name, root: toHexUpper(r.root) })),
      txResults: packer.finish(),
      finalize_block_events: outcome.events,
      commit: { height, block_hash: hash, validator_address: this.validator.address, timestamp: time, signature: toBase64(sig) },
    };
    const meta: Meta = { chainId: this.meta.chainId, height, appHash: results.app_hash, time, blockHash: hash };
    // Durable first: the block, its results and state in one synced batch, then the signed-height
    // record (DURABILITY.md). Until both are on disk the app's committed state, and so every answer
    // the RPC gives, is the previous block's.
    try {
      const history = historyWrite(this.app.commitStore, outcome.writeSet, time, results.store_roots);
      await this.db.commitBlock(block, results, outcome.writeSet, txHashes, meta, history);
    } catch (e) {
      throw this.halt(`block ${height} could not be written to the database`, e);
    }
    this.durable = meta;
    this.signedHeight = height;
    try {
      await writeSignedState(paths(this.home).signedState, signedStateOf(meta, results.commit.signature));
    } catch (e) {
      throw this.halt(`block ${height} is in the database but the signed-height record could not be written (a restart writes it)`, e);
    }
    // Commit, and move the node's height with it in the same turn: no reader sees one without the other.
    try {
      this.app.commit();
    } catch (e) {
      throw this.halt(`block ${height} is durable but the app could not commit it (a restart resumes from it)`, e);
    }
    this.meta = meta;
    this.lastCommit = { commit: results.commit, results_hash: results.results_hash };
    this.history?.afterCommit(height);
    // The check state restarted from the new state at commit: re-admit what is still pending now,
    // before yielding to the event loop, so a sender's queued sequences are never out of step.
    const hexHashes = outcome.txs.map((t) => t.hashHex);
    const hashes = new Set(hexHashes);
    for (const d of proposal.dropped) hashes.add(d);
    for (const b of this.mempool.update(hashes, height)) this.log(`dropped bundle ${b.id}: ${b.reason}`);
    for (const t of this.mempool.forRecheck()) {
      const r = this.app.checkTx(t.prepared, true).result;
      if (r.code !== 0) {
        this.mempool.remove(t.hash);
        this.log(`evicted tx ${t.hash} on recheck: ${r.log}`);
      }
    }
    for (const h of hexHashes) {
      for (const w of this.waiters.get(h) ?? []) w(height);
      this.waiters.delete(h);
    }
    return block;
  }

  /**
   * Stops block production after a failure at `what`: the candidate is dropped, so the app's
   * committed state (what queries and abci_info serve) stays the last durable block's.
   */
  private halt(what: string, cause: unknown): Error {
    this.app.discardCandidate();
    const e = new Error(`${what}: ${(cause as Error)?.message ?? String(cause)}; the node stops at height ${this.meta.height}`, { cause });
    this.halted = e;
    return e;
  }

  async close(): Promise<void> {
    await this.sigPool?.close();
    await this.history?.close();
    await this.db.close();
  }
}

export { BundleRejected };
