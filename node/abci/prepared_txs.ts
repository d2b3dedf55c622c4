// The txs ChainAbciApp has prepared, by hash. CometBFT hands the app bytes in every method (CheckTx,
// PrepareProposal, ProcessProposal, FinalizeBlock), so the prepared value admission made (decoded,
// stateless steps run, signatures verified) is found again by the tx hash instead of being made anew.
// Bounded: when full the oldest entry goes (a miss only costs preparing and verifying the tx again).
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import type { PreparedTx } from '../../chain/tx/prepared_tx.js';

/** CometBFT's default mempool holds 5,000 txs; a block's txs and a proposal's pass through too. */
export const MAX_PREPARED_TXS = 16_384;

export class PreparedTxs {
  private readonly byHash = new Map<string, PreparedTx>();

  constructor(
    private readonly prepare: (bytes: Uint8Array, hash: Uint8Array) => PreparedTx,
    readonly max = MAX_PREPARED_TXS,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  /** The prepared tx of these bytes: the one kept, or one prepared now (kept only when `keep`). */
  get(bytes: Uint8Array, keep = false): PreparedTx {
    const hash = sha256(bytes);
    const key = toHexUpper(hash);
    const hit = this.byHash.get(key);
    if (hit) return hit;
    const p = this.prepare(bytes, hash);
    if (keep) this.keep(p);
    return p;
  }

  keep(p: PreparedTx): void {
    if (this.byHash.size >= this.max && !this.byHash.has(p.hashHex)) {
      const oldest = this.byHash.keys().next().value;
      if (oldest !== undefined) this.byHash.delete(oldest);
    }
    this.byHash.set(p.hashHex, p);
  }

  drop(p: PreparedTx): void {
    this.byHash.delete(p.hashHex);
  }

  clear(): void {
    this.byHash.clear();
  }
}
