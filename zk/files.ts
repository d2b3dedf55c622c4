// Where the circuits' artefacts live: circuits/build/ (compiled by scripts/zk_build.mjs, not in git)
// and circuits/keys/ (the ceremony's output, in git). Paths are relative to the package root, which
// is two levels above this file in dist/zk/.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type CircuitName = 'seal' | 'select';
export const CIRCUITS: readonly CircuitName[] = ['seal', 'select'];

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CIRCUITS_DIR = join(PACKAGE_ROOT, 'circuits');

export interface CircuitFiles {
  source: string;
  wasm: string;
  r1cs: string;
  zkey: string;
  vkey: string;
  /** sha256 of the r1cs the keys were made for (hex, one line). */
  r1csHash: string;
}

export function circuitFiles(name: CircuitName, dir: string = CIRCUITS_DIR): CircuitFiles {
  return {
    source: join(dir, `${name}.circom`),
    wasm: join(dir, 'build', `${name}.wasm`),
    r1cs: join(dir, 'build', `${name}.r1cs`),
    zkey: join(dir, 'keys', `${name}.zkey`),
    vkey: join(dir, 'keys', `${name}.vkey.json`),
    r1csHash: join(dir, 'keys', `${name}.r1cs.sha256`),
  };
}

/** Throws a message that says how to get the missing artefact. */
export function requireFile(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}: run \`node scripts/zk_build.mjs\` (compiled circuits) or \`marketchaind zk setup\` (keys)`);
  }
  return path;
}
