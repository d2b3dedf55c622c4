// Start-up integrity check: the state loaded from LevelDB must hash to the last committed app hash.
import { toHexUpper } from '../chain/codec/bytes.js';
import type { App } from '../chain/app.js';
import type { Meta, StoredResults } from './block_types.js';

export function verifyStoredState(app: App, meta: Meta, results: StoredResults | undefined): void {
  const actual = toHexUpper(app.lastAppHash);
  if (actual === meta.appHash) return;
  const roots = app.commitStore.storeRoots();
  const bad = results?.store_roots.filter((s) => roots.find((r) => r.name === s.name && toHexUpper(r.root) !== s.root)).map((s) => s.name) ?? [];
  throw new Error(
    `stored state is corrupted: height ${meta.height} committed app hash ${meta.appHash} but the state on disk hashes to ${actual}` +
      (bad.length ? ` (stores differing: ${bad.join(', ')})` : '') +
      '; run `marketchaind replay` to locate the problem',
  );
}
