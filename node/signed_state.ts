// The signed-height record, data/priv_validator_state.json (CometBFT's file of that name): the last
// height at which this validator signed a block, that block's hash and its signature. It lives beside
// the database, not in it, so a database that lost its last blocks (a truncated write-ahead log, a
// restored copy) cannot take the record back with it: the node then refuses to start rather than sign
// a second, different block at a height it has already signed.
//
// Order per block: sign, commit the block (one synced LevelDB batch), write and sync this record, and
// only then serve the block (RPC serves heights up to the node's height, which moves after the record).
// A crash between the commit and the record leaves the database one block ahead of it, which is
// accepted (that block is the one signed) and the record catches up at start; a crash before the
// commit is durable loses a signature that never left the process.
import { existsSync, readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Meta } from './block_types.js';

/** CometBFT's step number of a precommit: the signature a block's commit carries. */
export const PRECOMMIT_STEP = 3;

export interface SignedState {
  /** As CometBFT writes it: a decimal string. */
  height: string;
  round: number;
  step: number;
  /** Hex hash of the block signed at `height` ('' at height 0). */
  block_hash: string;
  /** base64 ed25519 signature of that block's commit ('' at height 0). */
  signature: string;
}

/** The record at `path`, or undefined when there is none; a damaged record is refused with its path. */
export function readSignedState(path: string): SignedState | undefined {
  if (!existsSync(path)) return undefined;
  let s: Partial<SignedState>;
  try {
    s = JSON.parse(readFileSync(path, 'utf8')) as Partial<SignedState>;
  } catch (e) {
    throw new Error(`the signed-height record ${path} is not valid JSON (${(e as Error).message}): ${REMOVE_ONLY_IF}`);
  }
  if (typeof s !== 'object' || s === null || typeof s.height !== 'string' || !/^(0|[1-9]\d{0,15})$/.test(s.height) || typeof s.block_hash !== 'string') {
    throw new Error(`the signed-height record ${path} is malformed (expected {"height": "<n>", "block_hash": "<hex>", ...}): ${REMOVE_ONLY_IF}`);
  }
  return { height: s.height, round: Number(s.round ?? 0), step: Number(s.step ?? 0), block_hash: s.block_hash, signature: String(s.signature ?? '') };
}

const REMOVE_ONLY_IF = 'restore it, or remove it only if no block above the database\'s last height was ever signed';

/**
 * Writes the record durably: a temporary file, synced, renamed over the record, and the directory
 * synced, so that after a crash the record is either the old one or the new one, never a torn one.
 */
export async function writeSignedState(path: string, s: SignedState): Promise<void> {
  const tmp = `${path}.tmp`;
  const f = await open(tmp, 'w', 0o600);
  try {
    await f.writeFile(JSON.stringify(s, null, 2) + '\n');
    await f.sync();
  } finally {
    await f.close();
  }
  await rename(tmp, path);
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** The record of a committed block (meta) and its commit signature. */
export function signedStateOf(meta: Pick<Meta, 'height' | 'blockHash'>, signature: string): SignedState {
  return { height: String(meta.height), round: 0, step: meta.height > 0 ? PRECOMMIT_STEP : 0, block_hash: meta.blockHash, signature };
}

/**
 * Refuses a database that ends below the record (it lost blocks this validator signed) or that holds
 * another block at the recorded height. Returns whether the record is behind the database and has to
 * be brought up to it (no record yet, or a crash between a block's commit and its record).
 */
export function checkSignedState(path: string, s: SignedState | undefined, meta: Meta): boolean {
  if (!s) return true;
  const signed = Number(s.height);
  if (signed > meta.height) {
    throw new Error(
      `this validator signed block ${signed} (${path}) but the database ends at block ${meta.height}: the data directory lost its last ${signed - meta.height} block(s). ` +
        `Starting would sign different blocks at heights ${meta.height + 1}-${signed}, which it has already signed; refusing to start. ` +
        `Restore the data directory from a backup taken at height ${signed} or later, or export the state (\`marketchaind export\`) and start a new chain from it; ` +
        `remove the record only if no block above ${meta.height} was ever served to anyone.`,
    );
  }
  if (signed === meta.height && s.block_hash !== meta.blockHash) {
    throw new Error(
      `this validator signed block ${signed} with hash ${s.block_hash || '(none)'} (${path}) but the database's block ${signed} has hash ${meta.blockHash || '(none)'}: the data directory does not hold the chain this validator signed; refusing to start`,
    );
  }
  return signed < meta.height;
}
