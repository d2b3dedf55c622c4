// The committed keys (circuits/keys/) belong to the committed circuits: the compiled r1cs
// (circuits/build/, made by scripts/zk_build.mjs in `npm run build`) hashes to the value recorded
// at the ceremony, the build is of the current sources, and each verification key is the one in its
// proving key with the public-signal count of modules/repo/math/sealed.ts.
import test from 'ava';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as snarkjs from 'snarkjs';
import { CIPHERTEXT_FIELDS } from '../../modules/repo/math/sealed.js';
import { CIRCUITS, PACKAGE_ROOT, circuitFiles, releaseZk } from '../../zk/index.js';

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

test.after.always(releaseZk);

test('[zk] the compiled circuits are of the current sources and match the r1cs hashes recorded beside the keys', async (t) => {
  const build = (await import(pathToFileURL(join(PACKAGE_ROOT, 'scripts', 'zk_build.mjs')).href)) as { inputsHash(): string };
  const stamp = build.inputsHash();
  for (const name of CIRCUITS) {
    const f = circuitFiles(name);
    t.is(readFileSync(join(PACKAGE_ROOT, 'circuits', 'build', `${name}.inputs.sha256`), 'utf8').trim(), stamp, `${name}: circuits/build is stale, run node scripts/zk_build.mjs`);
    t.is(sha256(f.r1cs), readFileSync(f.r1csHash, 'utf8').trim(), `${name}: the circuit changed since the keys were made (marketchaind zk setup)`);
  }
  const ceremony = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'circuits', 'keys', 'ceremony.json'), 'utf8')) as { circuits: Record<string, { r1cs_sha256: string; zkey_sha256: string; vkey_sha256: string }> };
  for (const name of CIRCUITS) {
    const f = circuitFiles(name);
    t.deepEqual(ceremony.circuits[name], { ...ceremony.circuits[name]!, r1cs_sha256: sha256(f.r1cs), zkey_sha256: sha256(f.zkey), vkey_sha256: sha256(f.vkey) });
  }
});

test('[zk] each verification key is its proving key\'s, with sealed.ts\'s public-signal counts', async (t) => {
  const nPublic = { seal: 10 + CIPHERTEXT_FIELDS, select: 7 };
  for (const name of CIRCUITS) {
    const f = circuitFiles(name);
    const vk = JSON.parse(readFileSync(f.vkey, 'utf8')) as { nPublic: number; protocol: string; curve: string };
    t.is(vk.nPublic, nPublic[name]);
    t.is(vk.protocol, 'groth16');
    t.is(vk.curve, 'bn128');
    t.deepEqual(JSON.parse(JSON.stringify(await snarkjs.zKey.exportVerificationKey(f.zkey, { info() {}, warn() {}, error() {}, debug() {} }))), vk);
  }
});
