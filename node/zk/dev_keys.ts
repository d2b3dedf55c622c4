// The dev chain's sealed-mode keys: the verification keys of the committed development ceremony
// (circuits/keys/seal.vkey.json and select.vkey.json, snarkjs format), read here because modules/ does
// no I/O. While they are absent the dev chain runs with sealed mode off (empty vk hashes in params).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withSealedKeys, type RepoGenesisJson } from '../../modules/repo/index.js';

/** The package root (dist/node/zk/ → three levels up). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function devKeyPaths(root = ROOT): { seal: string; select: string } {
  return { seal: `${root}circuits/keys/seal.vkey.json`, select: `${root}circuits/keys/select.vkey.json` };
}

/** `g` with the dev ceremony's keys stored and pinned in params, when both files exist; `g` unchanged otherwise. */
export function withDevVerifyingKeys(g: RepoGenesisJson, root = ROOT): RepoGenesisJson {
  const p = devKeyPaths(root);
  if (!existsSync(p.seal) || !existsSync(p.select)) return g;
  return withSealedKeys(g, JSON.parse(readFileSync(p.seal, 'utf8')), JSON.parse(readFileSync(p.select, 'utf8')));
}
