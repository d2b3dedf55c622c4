// Queries at past heights and ICS-23 proofs (abci_query `height` and `prove`), for the embedded node and
// the ABCI app alike. A past version h is the committed state overlaid with the reverse diffs of the
// blocks after h (history_store.ts), read from LevelDB once and then extended block by block (a
// bounded cache of such views). A proof rebuilds the store's tree of version h from that view's
// entries (chain/merkle/smt_proof.ts: O(n) hashes for a store of n entries, checked against the
// store root recorded with the version) and is kept in a bounded cache; the multistore proof comes
// from the version's recorded roots. All of this runs one request at a time behind a bounded queue,
// each followed by a rest as long as it took, so it takes at most half of the thread that builds blocks.
import { ics23 } from '@confio/ics23';
import type { App, QueryResult } from '../chain/app.js';
import { fromHex, toBinaryString, toHexUpper } from '../chain/codec/bytes.js';
import { ChainError, sdkErrors } from '../chain/errors.js';
import { innerStep, PROOF_OP_SIMPLE, PROOF_OP_SMT, SMT_SPEC, type CommitmentProof } from '../chain/merkle/ics23.js';
import { existenceRoot } from '../chain/merkle/ics23_verify.js';
import { multistoreProof } from '../chain/merkle/simple_merkle_proof.js';
import { STORE_BYTES, type StoreKey } from '../chain/store/db_keys.js';
import type { RawStore } from '../chain/store/kv.js';
import { Gate, GateFull } from './gate.js';
import { ProofTrees, type TreeHandle } from './proof_trees.js';
import { SIMULATE_PATH } from './simulations.js';
import type { HistoryDb } from './history_store.js';
import { VersionView } from './history_view.js';
import { readDiff, type VersionRecord } from './history_write.js';
import type { PruningOptions } from './pruning.js';

export interface ProofOp {
  type: string;
  key: Uint8Array;
  data: Uint8Array;
}

/** An abci_query answer: the app's, plus the echoed key and the proof of a store query. */
export interface HistoryAnswer extends QueryResult {
  key?: Uint8Array;
  proofOps?: ProofOp[];
}

/** Diff bytes read per database request, and diff entries at most per view (a view further back is refused). */
const DIFF_CHUNK_BYTES = 4 * 1024 * 1024;
const MAX_DIFFS_PER_VIEW = 1_000_000;
/** Cached views (their overlays' entries together) and trees (their leaves together). */
const MAX_VIEWS = 8;
const MAX_VIEW_ENTRIES = 1_000_000;
const MAX_TREES = 4;
const MAX_TREE_LEAVES = 1_000_000;

const STORE_PATH = /^\/store\/([^/]+)\/([^/]+)$/;

export class HistoryBusy extends Error {}

export class StateHistory {
  private floorHeight = 1;
  private readonly views = new Map<number, { view: VersionView; upTo: number }>();
  private readonly trees = new Map<string, TreeHandle>();
  private readonly proofTrees: ProofTrees;
  private readonly gate = new Gate(1, 32);
  private restUntil = 0;
  private pruning: Promise<void> = Promise.resolve();

  constructor(
    /** The app whose committed state is the base of every view (the ABCI app replaces its App at InitChain). */
    private readonly appOf: () => App,
    private readonly db: HistoryDb,
    readonly pruningOptions: PruningOptions,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.proofTrees = new ProofTrees(undefined, undefined, log);
  }

  /** Waits for pruning in flight and ends the proof thread. */
  async close(): Promise<void> {
    await this.pruning;
    await this.proofTrees.close();
  }

  private get app(): App {
    return this.appOf();
  }

  async init(): Promise<void> {
    this.floorHeight = (await this.db.floor()) ?? 1;
  }

  /** The oldest version served at latest height `latest`. */
  lowest(latest = this.app.lastHeight): number {
    const k = this.pruningOptions.keepRecent;
    return Math.max(this.floorHeight, 1, k > 0 ? latest - k + 1 : 1);
  }

  /** After each commit: prunes the history below the window every `interval` blocks. */
  afterCommit(height: number): void {
    const { keepRecent, interval } = this.pruningOptions;
    if (keepRecent === 0 || interval === 0 || height % interval !== 0) return;
    const floor = height - keepRecent + 1;
    if (floor <= this.floorHeight) return;
    this.floorHeight = floor;
    for (const h of this.views.keys()) if (h < floor) this.views.delete(h);
    for (const [k, t] of this.trees) {
      if (Number(k.split('@')[1]) >= floor) continue;
      this.trees.delete(k);
      t.drop();
    }
    this.pruning = this.pruning.then(() => this.db.prune(floor)).catch((e: Error) => this.log(`pruning the state history below height ${floor}: ${e.message}`));
  }

  /** Waits for pruning requests already made (tests, shutdown). */
  settled(): Promise<void> {
    return this.pruning;
  }

  /** abci_query: `height` 0 is the latest; `prove` answers proofOps for /store/<name>/key. */
  async query(path: string, data: Uint8Array, height: number, prove: boolean): Promise<HistoryAnswer> {
    const latest = this.app.lastHeight;
    const h = height === 0 ? latest : height;
    const refused = this.refusal(h, latest, prove);
    if (refused) return errorAnswer(refused, h);
    const store = STORE_PATH.exec(path);
    if (!store && (h === latest || h === 0)) return this.app.query(path, data);
    if (path === SIMULATE_PATH) return errorAnswer(sdkErrors.InvalidRequest(`${SIMULATE_PATH} runs on the latest state only`), h);
    try {
      return await this.gate.run(async () => {
        await this.rest();
        const t0 = performance.now();
        try {
          return store ? await this.storeQuery(store[1]!, store[2]!, data, h, prove) : await this.pastQuery(path, data, h);
        } finally {
          this.restUntil = performance.now() + (performance.now() - t0);
        }
      });
    } catch (e) {
      if (e instanceof GateFull) throw new HistoryBusy(`too many historical queries and proofs in progress (${e.message}); retry later`);
      if (e instanceof ChainError) return errorAnswer(e, h);
      throw e;
    }
  }

  private async rest(): Promise<void> {
    const wait = this.restUntil - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }

  /** The SDK's answers to a height it cannot serve (baseapp CreateQueryContext). */
  private refusal(h: number, latest: number, prove: boolean): ChainError | undefined {
    if (!Number.isSafeInteger(h) || h < 0) return sdkErrors.InvalidRequest(`height must be a non-negative integer, got ${h}`);
    if (h > latest) return sdkErrors.InvalidHeight('cannot query with height in the future; please provide a valid height');
    if (prove && h <= 1) return sdkErrors.InvalidRequest('cannot query with proof when height <= 1; please provide a valid height');
    if (h < latest && h < this.lowest(latest)) return sdkErrors.NotFound(`failed to load state at height ${h}; version does not exist (latest height: ${latest})`);
    return undefined;
  }

  private async pastQuery(path: string, data: Uint8Array, h: number): Promise<HistoryAnswer> {
    const record = await this.record(h);
    for (;;) {
      const e = await this.viewAt(h);
      // Used in the same turn it is checked in: exact while the committed state is where it was extended to.
      if (e.upTo !== this.app.lastHeight) continue;
      return this.app.query(path, data, { block: { height: h, time: record.time, chainId: this.app.chainId }, store: e.view });
    }
  }

  private async storeQuery(name: string, sub: string, key: Uint8Array, h: number, prove: boolean): Promise<HistoryAnswer> {
    if (!(name in STORE_BYTES)) throw sdkErrors.UnknownRequest(`no such store: ${name}`);
    if (sub !== 'key') throw sdkErrors.UnknownRequest(`unexpected query path: /${sub}`);
    if (key.length === 0) throw sdkErrors.TxDecode('query cannot be zero length');
    const byte = STORE_BYTES[name as StoreKey];
    const record = prove || h !== this.app.lastHeight ? await this.record(h) : undefined;
    for (;;) {
      let view: RawStore = this.app.commitStore;
      if (h !== this.app.lastHeight) {
        const e = await this.viewAt(h);
        if (e.upTo !== this.app.lastHeight) continue;
        view = e.view;
      }
      // From here on synchronous: the view is exact.
      const raw = view.getRaw(String.fromCharCode(byte) + toBinaryString(key));
      const answer: HistoryAnswer = { code: 0, codespace: '', log: '', value: raw ?? new Uint8Array(), height: h, key };
      if (!prove) return answer;
      const roots = Object.entries(record!.roots).map(([n, r]) => ({ name: n, root: fromHex(r) }));
      const live = raw && raw.length > 0 ? this.liveProof(byte, key, raw, record!.roots[name]!, h) : undefined;
      // treeAt copies the entries out of the view before its first await: the view is still exact then.
      const smt = live ? ics23.CommitmentProof.encode(live as ics23.ICommitmentProof).finish() : await this.proveInTree(name, byte, h, view, record!, key);
      answer.proofOps = [
        { type: PROOF_OP_SMT, key, data: smt },
        { type: PROOF_OP_SIMPLE, key: new TextEncoder().encode(name), data: ics23.CommitmentProof.encode(multistoreProof(roots, name) as ics23.ICommitmentProof).finish() },
      ];
      return answer;
    }
  }

  /**
   * A present key's proof at the latest height from the live tree: a walk, no rebuild. While a block's
   * writes are staged in the trees the walk may give another root than the committed one: then it is
   * not used (undefined) and the tree is rebuilt from the committed entries.
   */
  private liveProof(byte: number, key: Uint8Array, value: Uint8Array, rootHex: string, h: number): CommitmentProof | undefined {
    if (h !== this.app.lastHeight) return undefined;
    const path = this.app.commitStore.treePath(byte, key);
    if (!path) return undefined;
    const steps = path.hashes.map((sib, i) => innerStep(sib, path.bits[i] === 0)).reverse();
    const proof: CommitmentProof = { exist: { key, value, leaf: SMT_SPEC.leafSpec, path: steps } };
    return toHexUpper(existenceRoot(proof.exist!)) === rootHex ? proof : undefined;
  }

  private async record(h: number): Promise<VersionRecord> {
    const r = await this.db.version(h);
    if (!r) throw sdkErrors.NotFound(`failed to load state at height ${h}; version does not exist (latest height: ${this.app.lastHeight})`);
    return r;
  }

  private async proveInTree(name: string, byte: number, h: number, view: RawStore, record: VersionRecord, key: Uint8Array): Promise<Uint8Array> {
    const id = `${name}@${h}`;
    const tree = await this.treeAt(id, byte, h, view, record.roots[name]!);
    try {
      return await tree.prove(key);
    } catch (e) {
      this.trees.delete(id);
      throw e;
    }
  }

  /** The store's tree at version h: cached, or rebuilt from the view's entries (copied out before the first await). */
  private async treeAt(id: string, byte: number, h: number, view: RawStore, rootHex: string): Promise<TreeHandle> {
    let tree = this.trees.get(id);
    if (tree) {
      this.trees.delete(id);
      this.trees.set(id, tree);
      return tree;
    }
    const entries: [string, Uint8Array][] = [];
    for (const [k, v] of view.iterateRaw(String.fromCharCode(byte), String.fromCharCode(byte + 1), false)) entries.push([k.slice(1), v]);
    tree = await this.proofTrees.build(entries);
    if (toHexUpper(tree.root) !== rootHex) {
      tree.drop();
      throw sdkErrors.Logic(`the store at version ${id} hashes to ${toHexUpper(tree.root)}, its recorded root is ${rootHex}`);
    }
    this.trees.set(id, tree);
    let leaves = 0;
    for (const t of this.trees.values()) leaves += t.size;
    for (const [k, t] of this.trees) {
      if (this.trees.size <= 1 || (this.trees.size <= MAX_TREES && leaves <= MAX_TREE_LEAVES)) break;
      this.trees.delete(k);
      t.drop();
      leaves -= t.size;
    }
    return tree;
  }

  /** The view of version h, extended to the committed height (which may move again before it is used: see upTo). */
  private async viewAt(h: number): Promise<{ view: VersionView; upTo: number }> {
    let entry = this.views.get(h);
    if (entry) this.views.delete(h);
    else entry = { view: new VersionView(this.app.commitStore, new Map()), upTo: h };
    this.views.set(h, entry);
    let read = 0;
    while (entry.upTo < this.app.lastHeight) {
      const to = this.app.lastHeight;
      let from = entry.upTo + 1;
      for (;;) {
        const chunk = await this.db.diffs(from, to, DIFF_CHUNK_BYTES);
        for (let o = 0; o < chunk.data.length; ) {
          o = readDiff(chunk.data, o, (k, prior) => {
            entry.view.addPrior(k, prior);
            read++;
          });
        }
        if (read > MAX_DIFFS_PER_VIEW) {
          this.views.delete(h);
          throw sdkErrors.InvalidRequest(`more than ${MAX_DIFFS_PER_VIEW} state changes since height ${h} to read; query a more recent height`);
        }
        if (chunk.next === undefined) break;
        from = chunk.next;
      }
      entry.upTo = to;
    }
    if (h < this.lowest()) throw sdkErrors.NotFound(`failed to load state at height ${h}; version does not exist (latest height: ${this.app.lastHeight})`);
    this.evictViews();
    return entry;
  }

  private evictViews(): void {
    let total = 0;
    for (const e of this.views.values()) total += e.view.overlaySize;
    for (const [h, e] of this.views) {
      if (this.views.size <= 1 || (this.views.size <= MAX_VIEWS && total <= MAX_VIEW_ENTRIES)) break;
      this.views.delete(h);
      total -= e.view.overlaySize;
    }
  }
}

function errorAnswer(e: ChainError, height: number): HistoryAnswer {
  return { code: e.code, codespace: e.codespace, log: e.message, value: new Uint8Array(), height };
}
