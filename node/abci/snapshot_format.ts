// The state-sync snapshot format served to CometBFT (ListSnapshots / LoadSnapshotChunk) and restored
// from it (OfferSnapshot / ApplySnapshotChunk). A snapshot of height H is the app's flat committed
// state at H (the LevelDB state range, keys without the state prefix, in key order), cut into chunks
// of whole entries. Everything a peer sends is untrusted: the metadata is parsed strictly, each chunk
// is checked against its hash before it is decoded, and the restored state's app hash against the one
// CometBFT's light client verified.
import { createHash } from 'node:crypto';
import { toHex } from '../../chain/codec/bytes.js';

/** The only snapshot format this app writes and restores; other formats get REJECT_FORMAT. */
export const SNAPSHOT_FORMAT = 1;
/** CometBFT's limit on one chunk message is 16 MB; chunks stay at or below this. */
export const MAX_CHUNK_BYTES = 10 * 1024 * 1024;
/** Chunk hashes are listed in the metadata, which must fit CometBFT's 4 MB snapshot message. */
export const MAX_CHUNKS = 50_000;
const MAX_METADATA_BYTES = MAX_CHUNKS * 67 + 4096;

/** What Snapshot.metadata holds (JSON): enough to restore the app's block info, and every chunk's sha256. */
export interface SnapshotMetadata {
  chain_id: string;
  /** The block time of the snapshot's height (RFC3339, as the app keeps it). */
  time: string;
  /** The app hash the snapshot's state has (upper-case hex); the offered, light-client-verified one must equal it. */
  app_hash: string;
  chunk_hashes: string[];
}

/** A snapshot as ListSnapshots gives it (and the store keeps it in snapshot.json, metadata in base64). */
export interface SnapshotDescriptor {
  height: number;
  format: number;
  chunks: number;
  hash: Uint8Array;
  metadata: Uint8Array;
}

export function sha256(b: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(b).digest());
}

export function encodeMetadata(m: SnapshotMetadata): Uint8Array {
  return new Uint8Array(Buffer.from(JSON.stringify(m), 'utf8'));
}

/** A snapshot's hash: sha256 of its metadata, which lists every chunk's hash. */
export function snapshotHash(metadata: Uint8Array): Uint8Array {
  return sha256(metadata);
}

export class SnapshotRefused extends Error {}

const HEX32 = /^[0-9a-f]{64}$/;
const CHAIN_ID = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,47}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/;

/** An offered snapshot checked against our format and limits; throws SnapshotRefused saying why. */
export function checkOffer(s: { height: number; format: number; chunks: number; hash: Uint8Array; metadata: Uint8Array }): SnapshotMetadata {
  if (!Number.isSafeInteger(s.height) || s.height < 1) throw new SnapshotRefused(`height ${s.height}`);
  if (!Number.isInteger(s.chunks) || s.chunks < 1 || s.chunks > MAX_CHUNKS) throw new SnapshotRefused(`${s.chunks} chunks (1 to ${MAX_CHUNKS} allowed)`);
  if (s.metadata.length > MAX_METADATA_BYTES) throw new SnapshotRefused(`metadata of ${s.metadata.length} bytes`);
  if (toHex(snapshotHash(s.metadata)) !== toHex(s.hash)) throw new SnapshotRefused('the snapshot hash is not the sha256 of its metadata');
  let m: SnapshotMetadata;
  try {
    m = JSON.parse(Buffer.from(s.metadata).toString('utf8')) as SnapshotMetadata;
  } catch {
    throw new SnapshotRefused('metadata is not JSON');
  }
  if (typeof m !== 'object' || m === null) throw new SnapshotRefused('metadata is not an object');
  if (typeof m.chain_id !== 'string' || !CHAIN_ID.test(m.chain_id)) throw new SnapshotRefused('metadata chain_id');
  if (typeof m.time !== 'string' || !RFC3339.test(m.time)) throw new SnapshotRefused('metadata time');
  if (typeof m.app_hash !== 'string' || !/^[0-9A-F]{64}$/.test(m.app_hash)) throw new SnapshotRefused('metadata app_hash');
  if (!Array.isArray(m.chunk_hashes) || m.chunk_hashes.length !== s.chunks) throw new SnapshotRefused(`metadata lists ${Array.isArray(m.chunk_hashes) ? m.chunk_hashes.length : 'no'} chunk hashes for ${s.chunks} chunks`);
  for (const h of m.chunk_hashes) if (typeof h !== 'string' || !HEX32.test(h)) throw new SnapshotRefused('metadata chunk hash');
  return m;
}

/**
 * Appends entries to chunks of at most `chunkBytes`: u32 BE key length, key, u32 BE value length,
 * value. The chunk's hash is computed as entries are added, so no step hashes a whole chunk at once.
 */
export class ChunkWriter {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private hash = createHash('sha256');

  constructor(readonly chunkBytes: number) {
    if (!Number.isInteger(chunkBytes) || chunkBytes < 64 || chunkBytes > MAX_CHUNK_BYTES) throw new RangeError(`chunk size ${chunkBytes} (64 B to ${MAX_CHUNK_BYTES} B)`);
  }

  get size(): number {
    return this.bytes;
  }

  /** Whether an entry of this key and value still fits the current chunk. */
  fits(key: Uint8Array, value: Uint8Array): boolean {
    return this.bytes + 8 + key.length + value.length <= this.chunkBytes;
  }

  add(key: Uint8Array, value: Uint8Array): void {
    const n = 8 + key.length + value.length;
    if (n > this.chunkBytes) throw new Error(`a state entry of ${n} bytes does not fit a snapshot chunk of ${this.chunkBytes} bytes`);
    const head = new Uint8Array(4);
    new DataView(head.buffer).setUint32(0, key.length);
    const mid = new Uint8Array(4);
    new DataView(mid.buffer).setUint32(0, value.length);
    this.parts.push(head, key, mid, value);
    this.hash.update(head).update(key).update(mid).update(value);
    this.bytes += n;
  }

  /** The chunk so far and its sha256 (hex); the writer starts the next one. */
  take(): { chunk: Buffer; hash: string } {
    const out = { chunk: Buffer.concat(this.parts, this.bytes), hash: this.hash.digest('hex') };
    this.parts = [];
    this.bytes = 0;
    this.hash = createHash('sha256');
    return out;
  }
}

/** A chunk's entries (keys as raw bytes), in order; throws SnapshotRefused on a malformed chunk. */
export function decodeChunk(chunk: Uint8Array): [Uint8Array, Uint8Array][] {
  const dv = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const out: [Uint8Array, Uint8Array][] = [];
  let pos = 0;
  const field = (): Uint8Array => {
    if (pos + 4 > chunk.length) throw new SnapshotRefused(`chunk truncated at byte ${pos}`);
    const n = dv.getUint32(pos);
    pos += 4;
    if (pos + n > chunk.length) throw new SnapshotRefused(`chunk truncated at byte ${pos}`);
    const b = chunk.subarray(pos, pos + n);
    pos += n;
    return b;
  };
  while (pos < chunk.length) {
    const key = field();
    if (key.length === 0) throw new SnapshotRefused('empty key in chunk');
    out.push([key, field()]);
  }
  return out;
}

export function hexHash(b: Uint8Array): string {
  return toHex(sha256(b));
}
