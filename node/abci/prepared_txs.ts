// The txs ChainAbciApp has prepared, by hash. CometBFT hands the app bytes in every method (CheckTx,
// PrepareProposal, ProcessProposal, FinalizeBlock), so the prepared value admission made (decoded,
// stateless steps run, signatures verified) is found again by the tx hash instead of being made anew.
// Bounded in entries and in tx bytes: when either is exceeded the oldest entries go (a miss only costs
// preparing and verifying the tx again).
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { prepareBlockTxs, type PreparedTx } from '../../chain/tx/prepared_tx.js';

/** CometBFT's default mempool holds 5,000 txs; a block's txs and a recheck's pass through too. */
export const MAX_PREPARED_TXS = 16_384;
/** The tx bytes kept at most (a CheckTx-admitted tx may be up to the app's max tx bytes, 256 KiB by default). */
export const MAX_PREPARED_BYTES = 128 * 1024 * 1024;

export class PreparedTxs {
  private readonly byHash = new Map<string, PreparedTx>();
  private bytes = 0;

  constructor(
    private readonly prepare: (bytes: Uint8Array, hash: Uint8Array) => PreparedTx,
    readonly maxTxs = MAX_PREPARED_TXS,
    readonly maxBytes = MAX_PREPARED_BYTES,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  /** The tx bytes held. */
  get totalBytes(): number {
    return this.bytes;
  }

  /** The prepared tx of these bytes: the one kept, or one prepared now (not kept). */
  get(bytes: Uint8Array): PreparedTx {
    const hash = sha256(bytes);
    return this.byHash.get(toHexUpper(hash)) ?? this.prepare(bytes, hash);
  }

  /**
   * The prepared txs of a proposal's or a block's bytes, in order: each the one kept or prepared now,
   * the txs right after an envelope that are its inner txs the envelope's own (chain/tx/prepared_tx.ts).
   */
  getAll(txs: readonly Uint8Array[]): PreparedTx[] {
    return prepareBlockTxs(txs, (bytes) => this.get(bytes));
  }

  /** Keeps a tx CheckTx admitted; an envelope's inner txs are kept with it (a proposal lists them after it). */
  keep(p: PreparedTx): void {
    this.keepOne(p);
    for (const t of p.envelope?.txs ?? []) this.keepOne(t);
  }

  private keepOne(p: PreparedTx): void {
    if (this.byHash.has(p.hashHex) || p.bytes.length > this.maxBytes) return;
    this.byHash.set(p.hashHex, p);
    this.bytes += p.bytes.length;
    for (const [key, oldest] of this.byHash) {
      if (this.byHash.size <= this.maxTxs && this.bytes <= this.maxBytes) break;
      this.byHash.delete(key);
      this.bytes -= oldest.bytes.length;
    }
  }

  /** Forgets a tx, and an envelope's inner txs kept with it (not another tx of the same bytes kept on its own). */
  drop(p: PreparedTx): void {
    this.dropOne(p);
    for (const t of p.envelope?.txs ?? []) if (this.byHash.get(t.hashHex) === t) this.dropOne(t);
  }

  private dropOne(p: PreparedTx): void {
    if (this.byHash.delete(p.hashHex)) this.bytes -= p.bytes.length;
  }

  clear(): void {
    this.byHash.clear();
    this.bytes = 0;
  }
}
