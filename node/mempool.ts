// The public mempool: CheckTx-admitted txs and atomic bundles, with caps, and the block-building order:
// candidates by score (gas price) descending, then arrival, then hash; per-sender sequences stay ordered.
import { toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { sdkErrors } from '../chain/errors.js';
import type { RunTxOutput } from '../chain/tx/run_tx.js';
import type { PreparedTx } from '../chain/tx/prepared_tx.js';
import type { BundleTxShape } from '../modules/amm/index.js';
import { Heap } from './heap.js';

export const FEE_DENOM = 'umkt';

export interface PoolTx {
  /** The tx as admission prepared it (its signature slots hold the verified results the block reuses). */
  prepared: PreparedTx;
  hash: string; // upper hex
  sender: string;
  sequence: bigint;
  gasWanted: number;
  /** Gas price as a fraction feeAmount / gasWanted (in the fee denom). */
  fee: bigint;
  arrival: number;
}

export interface Bundle {
  id: string;
  txs: PreparedTx[];
  hashes: string[];
  /** The address that signs alone every tx but the wrapped one (modules/amm/bundle_rules.ts). */
  searcher: string;
  /** Each tx's signers and message types, for the bundle rules the builder checks again. */
  shapes: BundleTxShape[];
  fee: bigint; // searcher's own fees (the wrapped tx excluded)
  gas: number; // searcher's own gas (the wrapped tx excluded)
  gasTotal: number;
  bytes: number;
  arrival: number;
  expiresAt: number;
}

export type Candidate = { kind: 'tx'; tx: PoolTx } | { kind: 'bundle'; bundle: Bundle };

export interface MempoolLimits {
  maxTxs: number;
  maxBytes: number;
}

/**
 * a/b > c/d for gas prices, then earlier arrival, then lower hash. Without allocations when the gas
 * limits are equal (the common case: the products of bigints are only made when they differ), since a
 * block's ordering makes a few comparisons per mempool tx.
 */
function better(aFee: bigint, aGas: number, aArr: number, aHash: string, bFee: bigint, bGas: number, bArr: number, bHash: string): boolean {
  const ga = Math.max(aGas, 1);
  const gb = Math.max(bGas, 1);
  if (ga === gb) {
    if (aFee !== bFee) return aFee > bFee;
  } else {
    const l = aFee * BigInt(gb);
    const r = bFee * BigInt(ga);
    if (l !== r) return l > r;
  }
  if (aArr !== bArr) return aArr < bArr;
  return aHash < bHash;
}

export function candidateBefore(a: Candidate, b: Candidate): boolean {
  const x = a.kind === 'tx' ? a.tx : a.bundle;
  const y = b.kind === 'tx' ? b.tx : b.bundle;
  const xGas = a.kind === 'tx' ? a.tx.gasWanted : a.bundle.gas;
  const yGas = b.kind === 'tx' ? b.tx.gasWanted : b.bundle.gas;
  const xId = a.kind === 'tx' ? a.tx.hash : a.bundle.id;
  const yId = b.kind === 'tx' ? b.tx.hash : b.bundle.id;
  return better(x.fee, xGas, x.arrival, xId, y.fee, yGas, y.arrival, yId);
}

export class Mempool {
  private readonly txs = new Map<string, PoolTx>();
  private readonly bundles = new Map<string, Bundle>();
  private bytes = 0;
  private arrivals = 0;

  constructor(readonly limits: MempoolLimits) {}

  get size(): number {
    return this.txs.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  has(hash: string): boolean {
    return this.txs.has(hash);
  }

  get(hash: string): PoolTx | undefined {
    return this.txs.get(hash);
  }

  /** Pending txs in arrival order (for unconfirmed_txs). */
  list(limit = Infinity): PoolTx[] {
    return [...this.txs.values()].sort((a, b) => a.arrival - b.arrival).slice(0, limit);
  }

  bundleList(): Bundle[] {
    return [...this.bundles.values()].sort((a, b) => a.arrival - b.arrival);
  }

  /** Checks capacity and duplicates before CheckTx (throws sdk 19 / 20). */
  precheck(tx: PreparedTx): string {
    const hash = tx.hashHex;
    const { bytes } = tx;
    if (this.txs.has(hash)) throw sdkErrors.TxInMempoolCache(`tx ${hash} already exists in the mempool`);
    if (this.txs.size >= this.limits.maxTxs || this.bytes + bytes.length > this.limits.maxBytes) {
      throw sdkErrors.MempoolIsFull(`mempool is full: number of txs ${this.txs.size} (max: ${this.limits.maxTxs}), total txs bytes ${this.bytes} (max: ${this.limits.maxBytes})`);
    }
    return hash;
  }

  /** Adds a tx that passed CheckTx. */
  add(prepared: PreparedTx, check: RunTxOutput): PoolTx {
    const info = check.info!;
    const hash = prepared.hashHex;
    const tx: PoolTx = {
      prepared,
      hash,
      sender: info.signers[0]!,
      sequence: info.sequences[0]!,
      gasWanted: info.gasLimit,
      fee: info.fee.find((c) => c.denom === FEE_DENOM)?.amount ?? 0n,
      arrival: this.arrivals++,
    };
    this.txs.set(hash, tx);
    this.bytes += prepared.bytes.length;
    return tx;
  }

  /**
   * Adds a tx whose fields the caller derived without CheckTx: a CometBFT proposer puts the txs it
   * is handed in a mempool of its own to order them as this one orders (node/abci/proposal_order.ts).
   */
  insert(tx: Omit<PoolTx, 'arrival'>): void {
    this.txs.set(tx.hash, { ...tx, arrival: this.arrivals++ });
    this.bytes += tx.prepared.bytes.length;
  }

  /** The pending bundles are at their cap: the next one is refused (sdk/20). */
  get bundlesFull(): boolean {
    return this.bundles.size >= Math.max(16, this.limits.maxTxs / 10);
  }

  /** Queues a bundle; its id is `id` (an envelope's: its tx hash) or the hash of its txs' hashes. */
  addBundle(b: Omit<Bundle, 'arrival' | 'id'> & { id?: string }): Bundle {
    const id = b.id ?? toHexUpper(sha256(Buffer.concat(b.txs.map((t) => t.hash))));
    if (this.bundles.has(id)) throw sdkErrors.TxInMempoolCache(`bundle ${id} already submitted`);
    if (this.bundlesFull) throw sdkErrors.MempoolIsFull(`too many pending bundles (${this.bundles.size})`);
    const bundle: Bundle = { ...b, id, arrival: this.arrivals++ };
    this.bundles.set(id, bundle);
    return bundle;
  }

  remove(hash: string): void {
    const t = this.txs.get(hash);
    if (t) {
      this.txs.delete(hash);
      this.bytes -= t.prepared.bytes.length;
    }
  }

  removeBundle(id: string): void {
    this.bundles.delete(id);
  }

  /**
   * Yields candidates in block order. The caller reports through `onIncluded` which single txs it took,
   * so a sender's next sequence becomes eligible only after the previous one.
   */
  *ordered(): Generator<Candidate> {
    const bySender = new Map<string, PoolTx[]>();
    for (const t of this.txs.values()) {
      let q = bySender.get(t.sender);
      if (!q) bySender.set(t.sender, (q = []));
      q.push(t);
    }
    const heap = new Heap<Candidate>(candidateBefore);
    const cursor = new Map<string, number>();
    for (const [s, q] of bySender) {
      q.sort((a, b) => (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : a.arrival - b.arrival));
      cursor.set(s, 0);
      heap.push({ kind: 'tx', tx: q[0]! });
    }
    for (const b of this.bundles.values()) heap.push({ kind: 'bundle', bundle: b });
    for (;;) {
      const c = heap.pop();
      if (!c) return;
      yield c;
      if (c.kind === 'tx') {
        const q = bySender.get(c.tx.sender)!;
        const i = cursor.get(c.tx.sender)! + 1;
        cursor.set(c.tx.sender, i);
        if (i < q.length) heap.push({ kind: 'tx', tx: q[i]! });
      }
    }
  }

  /**
   * After a block: drop included txs and bundles touching them, and expired bundles. Returns the
   * bundles dropped without running, with why (a bundle that arrived while the block including its
   * wrapped tx was being built ends here: it can no longer run as a unit).
   */
  update(includedHashes: Set<string>, height: number): { id: string; reason: string }[] {
    for (const h of includedHashes) this.remove(h);
    const dropped: { id: string; reason: string }[] = [];
    for (const b of this.bundles.values()) {
      const taken = b.hashes.find((h) => includedHashes.has(h));
      if (taken === undefined && b.expiresAt > height) continue;
      this.bundles.delete(b.id);
      dropped.push({ id: b.id, reason: taken !== undefined ? `its tx ${taken} was included in block ${height} without it` : `expired at height ${height}` });
    }
    return dropped;
  }

  /** Txs in (sender, sequence) order, for re-checking against the new state. */
  forRecheck(): PoolTx[] {
    return [...this.txs.values()].sort((a, b) =>
      a.sender !== b.sender ? (a.sender < b.sender ? -1 : 1) : a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : a.arrival - b.arrival,
    );
  }
}
