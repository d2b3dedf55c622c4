// The snapshot settings of `marketchaind start --abci`: the Cosmos SDK's names, from the flags
// (`--state-sync.snapshot-interval`, `--state-sync.snapshot-keep-recent`) over config.json's
// `state_sync` section over the defaults (a snapshot every 100 blocks, the 2 most recent kept, chunks
// of 10 MB).
import type { NodeConfig } from '../home.js';
import { MAX_CHUNK_BYTES } from './snapshot_format.js';
import { DEFAULT_SNAPSHOT_SETTINGS, type SnapshotSettings } from './snapshot_store.js';

export interface SnapshotFlags {
  interval?: string;
  keepRecent?: string;
}

/** config.json's optional section (written by `marketchaind testnet`). */
export interface StateSyncConfig {
  snapshot_interval?: number;
  snapshot_keep_recent?: number;
  /** The largest chunk, 1024 B to 10 MB (the default): smaller chunks only make more of them (tests use it). */
  snapshot_chunk_bytes?: number;
}

function count(v: unknown, what: string, min = 0, max = 1_000_000_000): number {
  const n = typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) throw new Error(`${what} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return n;
}

export function snapshotSettings(cfg: NodeConfig, flags: SnapshotFlags): SnapshotSettings {
  const c = ((cfg as { state_sync?: StateSyncConfig }).state_sync ?? {}) as StateSyncConfig;
  const interval = flags.interval ?? c.snapshot_interval;
  const keep = flags.keepRecent ?? c.snapshot_keep_recent;
  return {
    interval: interval === undefined ? DEFAULT_SNAPSHOT_SETTINGS.interval : count(interval, flags.interval !== undefined ? '--state-sync.snapshot-interval' : 'config.json state_sync.snapshot_interval'),
    keepRecent: keep === undefined ? DEFAULT_SNAPSHOT_SETTINGS.keepRecent : count(keep, flags.keepRecent !== undefined ? '--state-sync.snapshot-keep-recent' : 'config.json state_sync.snapshot_keep_recent'),
    ...(c.snapshot_chunk_bytes === undefined ? {} : { chunkBytes: count(c.snapshot_chunk_bytes, 'config.json state_sync.snapshot_chunk_bytes', 1024, MAX_CHUNK_BYTES) }),
  };
}
