// Executes one block incrementally: begin block, txs (with checkpoints for atomic bundles), end block.
// finalizeBlock = begin + every tx + finish; prepareProposal uses the same object to build its block.
// finish() stages the block's writes as the app's candidate state; only App.commit makes them committed.
import { blockCtx, type BlockInfo } from './context.js';
import { EventManager, type Event } from './events.js';
import type { Module } from './module.js';
import { resultsHash, type TxResult } from './results.js';
import { CacheStore } from './store/cache_store.js';
import type { CommitStore, WriteSet } from './store/commit_store.js';
import { runTx, type RunTxOutput, type TxEnv } from './tx/run_tx.js';
import { asPrepared, type PreparedTx, type TxInput } from './tx/prepared_tx.js';

export interface BlockOutcome {
  height: number;
  appHash: Uint8Array;
  txResults: TxResult[];
  resultsHash: Uint8Array;
  /** Begin- and end-block events (finalize_block_events). */
  events: Event[];
  /** The sorted state writes of the block (what the node persists; App.commit applies them). */
  writeSet: WriteSet;
  /** The block's txs, as prepared (bytes, hash). */
  txs: PreparedTx[];
}

/**
 * Takes each recorded tx result as the tx is recorded, in order, and forgets those after a reverted
 * checkpoint (`truncate`). A node packs them this way while the block runs; the block's own results
 * then keep no events, so a block's event objects die young instead of all living until it ends.
 */
export interface TxResultSink {
  add(result: TxResult): void;
  truncate(count: number): void;
}

/** The events of a result whose events went to a TxResultSink (shared, never written to). */
const SUNK: Event[] = Object.freeze([]) as unknown as Event[];

export class BlockExecution {
  private readonly layers: CacheStore[];
  private readonly results: TxResult[] = [];
  private readonly txs: PreparedTx[] = [];
  private readonly blockEvents = new EventManager();
  private finished = false;

  constructor(
    private readonly env: TxEnv,
    private readonly modules: Module[],
    commit: CommitStore,
    readonly block: BlockInfo,
    /** Stages the block's write set as the candidate state and returns the candidate app hash. */
    private readonly stage: (writes: WriteSet) => Uint8Array,
    private readonly onFinish: (o: BlockOutcome) => void,
    /**
     * False records no tx events (emitters skip building them; a result keeps code, log, data and
     * gas): for a replay, which checks the state and the results hash, and events enter neither.
     */
    private readonly keepTxEvents = true,
    private readonly sink?: TxResultSink,
  ) {
    this.layers = [new CacheStore(commit)];
    const ctx = blockCtx(block, this.top, this.blockEvents, 'block');
    for (const m of modules) m.beginBlock?.(ctx);
  }

  private get top(): CacheStore {
    return this.layers[this.layers.length - 1]!;
  }

  get txCount(): number {
    return this.txs.length;
  }

  /** The txs recorded so far, in block order (the array itself: read, never written, by callers). */
  get txList(): readonly PreparedTx[] {
    return this.txs;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /**
   * Runs a tx (prepared, or bytes prepared now) on the current state. With `dropIfInvalid`, a tx whose ante fails leaves no trace
   * (a proposer does not include it); otherwise it is recorded with its error code, as in FinalizeBlock.
   */
  deliverTx(input: TxInput, dropIfInvalid = false): RunTxOutput {
    if (this.finished) throw new Error('block already finished');
    const tx = asPrepared(this.env, input);
    // Without tx events the tx's event manager records none and emitters skip building them.
    const out = runTx(this.env, this.top, this.block, tx, 'deliver', this.keepTxEvents);
    if (out.anteFailed && dropIfInvalid) return out;
    this.record(tx, out.result);
    return out;
  }

  /** Records a tx with a result it was not run to (a reverted bundle's txs): no state changes. */
  recordResult(tx: PreparedTx, result: TxResult): void {
    if (this.finished) throw new Error('block already finished');
    this.record(tx, result);
  }

  private record(tx: PreparedTx, result: TxResult): void {
    if (this.sink) {
      this.sink.add(result);
      this.results.push({ ...result, events: SUNK });
    } else this.results.push(result);
    this.txs.push(tx);
  }

  /** Opens a checkpoint; everything after it can be reverted as a unit (atomic bundles). */
  checkpoint(): number {
    this.layers.push(new CacheStore(this.top));
    return this.results.length;
  }

  /** Keeps everything since the last checkpoint. */
  acceptCheckpoint(): void {
    if (this.layers.length < 2) throw new Error('no open checkpoint');
    this.layers.pop()!.write();
  }

  /** Drops every write, result and tx since the checkpoint that returned `mark`. */
  revertCheckpoint(mark: number): void {
    if (this.layers.length < 2) throw new Error('no open checkpoint');
    this.layers.pop()!.discard();
    this.results.length = mark;
    this.sink?.truncate(mark);
    this.txs.length = mark;
  }

  finish(): BlockOutcome {
    if (this.layers.length !== 1) throw new Error('unclosed checkpoint at end of block');
    this.finished = true;
    const ctx = blockCtx(this.block, this.top, this.blockEvents, 'block');
    for (const m of this.modules) m.endBlock?.(ctx);
    const writeSet = this.top.writeSet();
    const outcome: BlockOutcome = {
      height: this.block.height,
      appHash: this.stage(writeSet),
      txResults: this.results,
      resultsHash: resultsHash(this.results),
      events: this.blockEvents.all(),
      writeSet,
      txs: this.txs,
    };
    this.onFinish(outcome);
    return outcome;
  }
}
