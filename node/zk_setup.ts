// `marketchaind zk setup`: the Groth16 keys of the sealed repo mode's circuits (circuits/), made by a
// local development ceremony or loaded from ceremony files made elsewhere, and `--check` that the
// committed keys belong to the committed circuits.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as snarkjs from 'snarkjs';
import { CIRCUITS, CIRCUITS_DIR, PACKAGE_ROOT, type CircuitName, circuitFiles } from '../zk/files.js';
import { releaseZk } from '../zk/curve.js';

export const DEV_CEREMONY_WARNING = [
  '*** DEVELOPMENT CEREMONY: NOT FOR PRODUCTION ***',
  'The powers of tau and the phase-2 contributions are made by this one process with its own',
  'randomness. Whoever ran it could have kept that randomness ("toxic waste") and can then forge',
  'proofs A and B: seal garbage, or publish any selection outcome. For a real network use a public',
  'multi-party phase 1 (e.g. the Hermez/Polygon powersOfTau28_hez_final_NN.ptau, NN >= 15) with',
  '`--ptau FILE`, run a multi-party phase 2 per circuit (snarkjs zkey contribute/beacon) and load',
  'the final keys with `--zkey DIR` (DIR/seal.zkey, DIR/select.zkey).',
].join('\n');

export interface SetupOptions {
  /** Where keys go (default circuits/keys). */
  out?: string;
  /** A phase-1 file already prepared for phase 2; made locally when absent. */
  ptau?: string;
  /** Power of the local phase 1 (2^power constraints). */
  power?: number;
  /** A directory with externally made final seal.zkey and select.zkey. */
  zkeyDir?: string;
  log?: (line: string) => void;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const entropy = () => Buffer.from(crypto.getRandomValues(new Uint8Array(64))).toString('hex');
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/** Compiles the circuits (scripts/zk_build.mjs) into `buildDir`. */
export function compileCircuits(buildDir: string, force = false): void {
  const args = [join(PACKAGE_ROOT, 'scripts', 'zk_build.mjs'), '--out', buildDir];
  if (force) args.push('--force');
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface CeremonyRecord {
  warning: string;
  power: number | null;
  ptau_sha256: string;
  circuits: Record<string, { r1cs_sha256: string; zkey_sha256: string; vkey_sha256: string; constraints: number }>;
}

export async function zkSetup(opts: SetupOptions = {}): Promise<CeremonyRecord> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const out = opts.out ?? join(CIRCUITS_DIR, 'keys');
  const buildDir = join(CIRCUITS_DIR, 'build');
  mkdirSync(out, { recursive: true });
  // Only keys loaded with --zkey can come from a real ceremony; a local phase 2 is always a dev one.
  const dev = opts.zkeyDir === undefined;
  log(dev ? DEV_CEREMONY_WARNING : `loading proving keys from ${opts.zkeyDir} (a ceremony made elsewhere: its security is that ceremony's)`);
  log('compiling circuits ...');
  compileCircuits(buildDir);
  try {
    let ptau = opts.ptau;
    const power = opts.power ?? 15;
    if (ptau === undefined) {
      ptau = join(buildDir, `pot${power}_final.ptau`);
      if (existsSync(ptau)) {
        log(`using the phase-1 file already made here: ${ptau}`);
      } else {
        const p0 = join(buildDir, `pot${power}_0.ptau`);
        const p1 = join(buildDir, `pot${power}_1.ptau`);
        const curve = await snarkjs.curves.getCurveFromName('bn128');
        log(`phase 1: new powers of tau, 2^${power} (slow: minutes per power above 12) ...`);
        await snarkjs.powersOfTau.newAccumulator(curve, power, p0, quiet);
        await snarkjs.powersOfTau.contribute(p0, p1, 'marketchaind zk setup (dev)', entropy(), quiet);
        log('phase 1: preparing phase 2 ...');
        await snarkjs.powersOfTau.preparePhase2(p1, ptau, quiet);
        rmSync(p0);
        rmSync(p1);
      }
    }
    const record: CeremonyRecord = { warning: dev ? 'development ceremony, not for production' : `keys loaded from a ceremony made elsewhere`, power: opts.ptau ? null : power, ptau_sha256: sha256(ptau), circuits: {} };
    for (const name of CIRCUITS) {
      const src = circuitFiles(name, CIRCUITS_DIR);
      const zkey = join(out, `${name}.zkey`);
      if (opts.zkeyDir) {
        log(`${name}: checking ${join(opts.zkeyDir, `${name}.zkey`)} against the r1cs and the ptau ...`);
        const ok = await snarkjs.zKey.verifyFromR1cs(src.r1cs, ptau, join(opts.zkeyDir, `${name}.zkey`), quiet);
        if (!ok) throw new Error(`${name}.zkey does not belong to ${name}.r1cs and the given ptau`);
        copyFileSync(join(opts.zkeyDir, `${name}.zkey`), zkey);
      } else {
        log(`${name}: phase 2 (groth16 setup and one random contribution) ...`);
        const z0 = join(buildDir, `${name}_0.zkey`);
        await snarkjs.zKey.newZKey(src.r1cs, ptau, z0, quiet);
        await snarkjs.zKey.contribute(z0, zkey, 'marketchaind zk setup (dev)', entropy(), quiet);
        rmSync(z0);
      }
      const vk = await snarkjs.zKey.exportVerificationKey(zkey, quiet);
      const vkeyFile = join(out, `${name}.vkey.json`);
      writeFileSync(vkeyFile, JSON.stringify(vk, null, 1) + '\n');
      const r1csHash = sha256(src.r1cs);
      writeFileSync(join(out, `${name}.r1cs.sha256`), r1csHash + '\n');
      const info = await snarkjs.r1cs.info(src.r1cs, quiet);
      record.circuits[name] = { r1cs_sha256: r1csHash, zkey_sha256: sha256(zkey), vkey_sha256: sha256(vkeyFile), constraints: info.nConstraints };
      log(`${name}: ${info.nConstraints} constraints, keys in ${out}`);
    }
    writeFileSync(join(out, 'ceremony.json'), JSON.stringify(record, null, 2) + '\n');
    if (dev) log(DEV_CEREMONY_WARNING.split('\n')[0]!);
    return record;
  } finally {
    await releaseZk();
  }
}

export interface CheckResult {
  circuit: CircuitName;
  ok: boolean;
  problems: string[];
}

/**
 * Recompiles the circuits into a scratch directory and checks, per circuit, that the r1cs hash is
 * the one recorded beside the keys and that the verification key is the one in the proving key.
 * With `ptau`, also checks the proving key against the r1cs and the phase-1 file (slower).
 */
export async function zkCheck(opts: { keys?: string; ptau?: string; log?: (l: string) => void } = {}): Promise<CheckResult[]> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const keys = opts.keys ?? join(CIRCUITS_DIR, 'keys');
  const scratch = mkdtempSync(join(tmpdir(), 'marketchain-zk-check-'));
  const results: CheckResult[] = [];
  try {
    log('recompiling circuits ...');
    compileCircuits(scratch, true);
    for (const name of CIRCUITS) {
      const problems: string[] = [];
      const r1cs = join(scratch, `${name}.r1cs`);
      const recorded = join(keys, `${name}.r1cs.sha256`);
      const got = sha256(r1cs);
      if (!existsSync(recorded)) problems.push(`${recorded} missing`);
      else if (readFileSync(recorded, 'utf8').trim() !== got) problems.push(`r1cs sha256 ${got} differs from the recorded ${readFileSync(recorded, 'utf8').trim()}: the circuit changed since the keys were made (run marketchaind zk setup)`);
      const zkey = join(keys, `${name}.zkey`);
      const vkeyFile = join(keys, `${name}.vkey.json`);
      if (!existsSync(zkey) || !existsSync(vkeyFile)) problems.push('zkey or vkey missing');
      else {
        const vk = await snarkjs.zKey.exportVerificationKey(zkey, quiet);
        if (JSON.stringify(vk) !== JSON.stringify(JSON.parse(readFileSync(vkeyFile, 'utf8')))) problems.push(`${name}.vkey.json is not the verification key of ${name}.zkey`);
        if (opts.ptau && problems.length === 0) {
          const ok = await snarkjs.zKey.verifyFromR1cs(r1cs, opts.ptau, zkey, quiet);
          if (!ok) problems.push(`${name}.zkey does not derive from ${name}.r1cs and ${opts.ptau}`);
        }
      }
      results.push({ circuit: name, ok: problems.length === 0, problems });
      log(`${name}: ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    }
    return results;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await releaseZk();
  }
}
