// The app's state-sync snapshots on disk (`<home>/data/snapshots/<height>/`: snapshot.json and
// chunk-<i> files) and their creation every `interval` blocks. A snapshot is cut from a LevelDB
// iterator opened in Commit right after that height's batch is durable: LevelDB iterators read from
// an implicit snapshot of the moment they are created, so later commits never leak into it. The
// iteration, chunking, hashing and file writes run in the background in small steps, so
// FinalizeBlock and Commit are never held up by a snapshot. A snapshot becomes visible (ListSnapshots)
// only once complete: it is written into a tmp-<height> folder that is renamed into place last.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile, rename, rm, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromBase64, toBase64, toHex } from '../../chain/codec/bytes.js';
import type { Meta } from '../block_types.js';
import { STATE_PREFIX } from '../db_layout.js';
import type { StoreDb } from '../store_db.js';
import { ChunkWriter, encodeMetadata, MAX_CHUNK_BYTES, snapshotHash, SNAPSHOT_FORMAT, type SnapshotDescriptor } from './snapshot_format.js';

export interface SnapshotSettings {
  /** Take a snapshot at every height divisible by this; 0 takes none (the SDK's state-sync.snapshot-interval). */
  interval: number;
  /** Keep this many most recent snapshots; 0 keeps all (the SDK's state-sync.snapshot-keep-recent). */
  keepRecent: number;
  /** Largest chunk (bytes); MAX_CHUNK_BYTES unless a test wants many small chunks. */
  chunkBytes?: number;
}

export const DEFAULT_SNAPSHOT_SETTINGS: SnapshotSettings = { interval: 100, keepRecent: 2 };

/** Entries read from LevelDB per step: the work one step of a background snapshot does between other requests. */
const STEP_ENTRIES = 512;
/** CometBFT's snapshot reactor offers its peers only this many of the most recent snapshots. */
const LISTED = 10;

interface SnapshotFile {
  height: number;
  format: number;
  chunks: number;
  hash: string;
  metadata: string;
}

export class SnapshotStore {
  /** Complete snapshots, ascending by height. */
  private snapshots: SnapshotDescriptor[] = [];
  private job: Promise<void> | undefined;
  private closing = false;
  private readonly chunkBytes: number;

  constructor(
    readonly dir: string,
    readonly settings: SnapshotSettings,
    private readonly log: (line: string) => void,
  ) {
    this.chunkBytes = settings.chunkBytes ?? MAX_CHUNK_BYTES;
    new ChunkWriter(this.chunkBytes); // validates the size now, not at the first snapshot
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // A snapshot interrupted by a crash or a stop: never listed, removed.
      if (name.startsWith('tmp-')) rmSync(path, { recursive: true, force: true });
      else if (/^\d+$/.test(name) && existsSync(join(path, 'snapshot.json'))) {
        try {
          this.snapshots.push(fromFile(JSON.parse(readFileSync(join(path, 'snapshot.json'), 'utf8')) as SnapshotFile));
        } catch (e) {
          this.log(`ignoring the unreadable snapshot at ${path}: ${(e as Error).message}`);
        }
      }
    }
    this.snapshots.sort((a, b) => a.height - b.height);
  }

  /** The complete snapshots, most recent first, at most 10 (what ListSnapshots answers). */
  list(): SnapshotDescriptor[] {
    return this.snapshots.slice(-LISTED).reverse();
  }

  /** Whether a snapshot is being written now. */
  get busy(): boolean {
    return this.job !== undefined;
  }

  /** Resolves when the snapshot being written (if any) is done. */
  async idle(): Promise<void> {
    await this.job;
  }

  /** Chunk `index` of the snapshot at `height` in `format`, or undefined when there is no such chunk (pruned, never taken). */
  async loadChunk(height: number, format: number, index: number): Promise<Uint8Array | undefined> {
    const s = this.snapshots.find((x) => x.height === height && x.format === format);
    if (!s || !Number.isInteger(index) || index < 0 || index >= s.chunks) return undefined;
    try {
      return await readFile(join(this.dir, String(height), `chunk-${index}`));
    } catch {
      return undefined; // pruned meanwhile
    }
  }

  /**
   * Called by Commit once the state of `meta.height` is durable in `db`: when that height is due,
   * opens the iterator now (it sees exactly this height's state) and writes the snapshot in the
   * background. At most one snapshot is written at a time; a due height that finds one still being
   * written is skipped.
   */
  maybeTake(db: StoreDb, meta: Meta): void {
    const { interval } = this.settings;
    if (interval <= 0 || meta.height % interval !== 0 || this.closing) return;
    if (this.job) {
      this.log(`snapshot at height ${meta.height} skipped: the previous one is still being written`);
      return;
    }
    const it = db.db.iterator({ gte: Uint8Array.of(STATE_PREFIX), lt: Uint8Array.of(STATE_PREFIX + 1) });
    this.job = this.write(it, meta)
      .catch((e: Error) => this.log(`snapshot at height ${meta.height} failed: ${e.message}`))
      .finally(() => {
        this.job = undefined;
      });
  }

  private async write(it: ReturnType<StoreDb['db']['iterator']>, meta: Meta): Promise<void> {
    const tmp = join(this.dir, `tmp-${meta.height}`);
    const hashes: string[] = [];
    const w = new ChunkWriter(this.chunkBytes);
    try {
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp, { recursive: true });
      const flush = async (): Promise<void> => {
        const { chunk, hash } = w.take();
        await writeFile(join(tmp, `chunk-${hashes.length}`), chunk);
        hashes.push(hash);
      };
      for (;;) {
        if (this.closing) throw new Error('the app is stopping');
        const batch = await it.nextv(STEP_ENTRIES);
        if (batch.length === 0) break;
        for (const [k, v] of batch as [Uint8Array, Uint8Array][]) {
          const key = k.subarray(1);
          if (w.size > 0 && !w.fits(key, v)) await flush();
          w.add(key, v);
        }
      }
      if (w.size > 0) await flush();
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => {});
      throw e;
    } finally {
      await it.close().catch(() => {});
    }
    if (hashes.length === 0) {
      await rm(tmp, { recursive: true, force: true });
      this.log(`no snapshot at height ${meta.height}: the state is empty`);
      return;
    }
    const metadata = encodeMetadata({ chain_id: meta.chainId, time: meta.time, app_hash: meta.appHash, chunk_hashes: hashes });
    const s: SnapshotDescriptor = { height: meta.height, format: SNAPSHOT_FORMAT, chunks: hashes.length, hash: snapshotHash(metadata), metadata };
    await writeFile(join(tmp, 'snapshot.json'), JSON.stringify(toFile(s)) + '\n');
    const final = join(this.dir, String(meta.height));
    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
    this.snapshots = [...this.snapshots.filter((x) => x.height !== s.height), s].sort((a, b) => a.height - b.height);
    this.log(`snapshot at height ${s.height}: ${s.chunks} chunk(s), hash ${toHex(s.hash).toUpperCase()}`);
    await this.prune();
  }

  private async prune(): Promise<void> {
    const keep = this.settings.keepRecent;
    if (keep <= 0 || this.snapshots.length <= keep) return;
    const old = this.snapshots.slice(0, this.snapshots.length - keep);
    this.snapshots = this.snapshots.slice(this.snapshots.length - keep);
    for (const s of old) await rm(join(this.dir, String(s.height)), { recursive: true, force: true });
  }

  /** Stops a snapshot being written (its tmp folder is removed) and waits for it. */
  async close(): Promise<void> {
    this.closing = true;
    await this.job;
  }
}

function toFile(s: SnapshotDescriptor): SnapshotFile {
  return { height: s.height, format: s.format, chunks: s.chunks, hash: toHex(s.hash), metadata: toBase64(s.metadata) };
}

function fromFile(f: SnapshotFile): SnapshotDescriptor {
  if (!Number.isSafeInteger(f.height) || !Number.isInteger(f.chunks) || typeof f.hash !== 'string' || typeof f.metadata !== 'string') throw new Error('malformed snapshot.json');
  return { height: f.height, format: f.format, chunks: f.chunks, hash: new Uint8Array(Buffer.from(f.hash, 'hex')), metadata: fromBase64(f.metadata) };
}
