// Restoring a state-sync snapshot offered by CometBFT into a fresh app, chunk by chunk, in memory.
// Nothing is written to disk until the last chunk is applied and the restored state's app hash equals
// the one CometBFT's light client verified (OfferSnapshot's app_hash): a rejected or interrupted
// restore leaves the app's database as empty as it was.
import type { App } from '../../chain/app.js';
import { toBinaryString, toHexUpper } from '../../chain/codec/bytes.js';
import { decodeChunk, hexHash, MAX_CHUNK_BYTES, type SnapshotMetadata } from './snapshot_format.js';

/** Fetches of one chunk whose bytes do not match its hash before the snapshot is given up. */
export const MAX_CHUNK_RETRIES = 5;

export type ApplyOutcome =
  /** The chunk is applied; more follow. */
  | { kind: 'accept' }
  /** The chunk does not match its hash: refetch it (from another sender). */
  | { kind: 'retry'; why: string }
  /** Not the chunk expected next: CometBFT restarts this snapshot (it offers it again). */
  | { kind: 'restart'; why: string }
  /** The snapshot is bad (malformed chunk, state of another app, wrong app hash): drop it, try another. */
  | { kind: 'reject'; why: string }
  /** The last chunk: the state is complete and its app hash verified. */
  | { kind: 'complete'; app: App };

export class SnapshotRestore {
  private next = 0;
  private retries = 0;
  /** The last key applied: entries must come in strictly ascending key order, across chunks. */
  private lastKey = '';

  constructor(
    readonly height: number,
    readonly chunks: number,
    readonly meta: SnapshotMetadata,
    /** The trusted app hash (upper-case hex) from OfferSnapshot. */
    readonly appHash: string,
    /** A fresh app the state is loaded into. */
    private readonly app: App,
  ) {}

  apply(index: number, chunk: Uint8Array): ApplyOutcome {
    if (index !== this.next) return { kind: 'restart', why: `chunk ${index} arrived, chunk ${this.next} was expected` };
    if (chunk.length > MAX_CHUNK_BYTES || hexHash(chunk) !== this.meta.chunk_hashes[index]) {
      this.retries++;
      const why = chunk.length > MAX_CHUNK_BYTES ? `chunk ${index} is ${chunk.length} bytes, above ${MAX_CHUNK_BYTES}` : `chunk ${index} does not match its hash`;
      if (this.retries > MAX_CHUNK_RETRIES) return { kind: 'reject', why: `${why}, ${this.retries} times` };
      return { kind: 'retry', why };
    }
    let entries: [Uint8Array, Uint8Array][];
    try {
      entries = decodeChunk(chunk);
    } catch (e) {
      return { kind: 'reject', why: `chunk ${index}: ${(e as Error).message}` };
    }
    const loaded: [string, Uint8Array][] = [];
    for (const [k, v] of entries) {
      const key = toBinaryString(k);
      if (key <= this.lastKey) return { kind: 'reject', why: `chunk ${index}: keys out of order` };
      this.lastKey = key;
      loaded.push([key, v]);
    }
    try {
      this.app.commitStore.load(loaded);
    } catch (e) {
      // A key of a store this app does not have: a snapshot of another app.
      return { kind: 'reject', why: `chunk ${index}: ${(e as Error).message}` };
    }
    this.next++;
    this.retries = 0;
    if (this.next < this.chunks) return { kind: 'accept' };
    const hash = toHexUpper(this.app.restore(this.meta.chain_id, this.height, this.meta.time));
    if (hash !== this.appHash) return { kind: 'reject', why: `the restored state hashes to ${hash}, the chain's app hash at height ${this.height} is ${this.appHash}` };
    return { kind: 'complete', app: this.app };
  }
}
