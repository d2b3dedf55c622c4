#!/usr/bin/env node
// Compiles circuits/{seal,select}.circom with the circom2 npm package (circom 2 in WebAssembly) into
// circuits/build/<name>.r1cs and <name>.wasm (the witness generator the prover needs). Skips a
// circuit whose inputs (the .circom files, the flags and the compiler and library versions) are unchanged since
// the last build, so `npm run build` and `npm test` pay the compile only once.
//
//   node scripts/zk_build.mjs [--force] [--out DIR] [name ...]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CIRCUITS = join(ROOT, 'circuits');
const NAMES = ['seal', 'select'];
const require_ = (p) => join(ROOT, 'node_modules', p);
const FLAGS = ['--r1cs', '--wasm', '--O2'];
const INCLUDES = [require_('circomlib/circuits'), require_('@zk-kit/circuits/circom'), CIRCUITS];

function version(pkg) {
  return JSON.parse(readFileSync(require_(`${pkg}/package.json`), 'utf8')).version;
}

/** Hash of everything that determines the compiled output. */
export function inputsHash() {
  const h = createHash('sha256');
  h.update(`flags ${FLAGS.join(' ')}\n`);
  for (const pkg of ['circom2', 'circomlib', '@zk-kit/circuits']) h.update(`${pkg}@${version(pkg)}\n`);
  const files = [...NAMES.map((n) => `${n}.circom`), ...readdirSync(join(CIRCUITS, 'lib')).sort().map((f) => `lib/${f}`)];
  for (const f of files) h.update(`${f}\n`).update(readFileSync(join(CIRCUITS, f)));
  return h.digest('hex');
}

export function compile(name, outDir) {
  const tmp = join(outDir, `.${name}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const args = [require_('circom2/cli.js'), join(CIRCUITS, `${name}.circom`), ...FLAGS, '-o', tmp];
  for (const l of INCLUDES) args.push('-l', l);
  execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  renameSync(join(tmp, `${name}.r1cs`), join(outDir, `${name}.r1cs`));
  renameSync(join(tmp, `${name}_js`, `${name}.wasm`), join(outDir, `${name}.wasm`));
  rmSync(tmp, { recursive: true, force: true });
}

export function sha256File(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function main() {
  const argv = process.argv.slice(2);
  const force = argv.includes('--force');
  const oi = argv.indexOf('--out');
  const outDir = oi >= 0 ? resolve(argv[oi + 1]) : join(CIRCUITS, 'build');
  const names = argv.filter((a, i) => !a.startsWith('--') && !(oi >= 0 && i === oi + 1));
  const todo = names.length ? names : NAMES;
  mkdirSync(outDir, { recursive: true });
  const stamp = inputsHash();
  for (const name of todo) {
    if (!NAMES.includes(name)) throw new Error(`unknown circuit ${name}`);
    const stampFile = join(outDir, `${name}.inputs.sha256`);
    const fresh = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp && existsSync(join(outDir, `${name}.r1cs`)) && existsSync(join(outDir, `${name}.wasm`));
    if (fresh && !force) continue;
    const t0 = Date.now();
    compile(name, outDir);
    writeFileSync(stampFile, stamp + '\n');
    console.log(`zk_build: ${name}.circom -> ${outDir} (${((Date.now() - t0) / 1000).toFixed(1)} s), r1cs sha256 ${sha256File(join(outDir, `${name}.r1cs`))}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
