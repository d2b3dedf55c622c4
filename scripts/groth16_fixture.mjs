// Makes the Groth16 verifier's test fixture (test/fixtures/groth16/): compiles tiny.circom with
// circom2, runs a throwaway 2^4 ceremony with snarkjs and proves two witnesses. Run once with
// `node scripts/groth16_fixture.mjs`; the outputs are committed (the ceremony is random, so a rerun
// gives different keys and proofs, all equally valid). Not a trusted setup: tests only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as snarkjs from 'snarkjs';

const dir = 'test/fixtures/groth16';
const tmp = mkdtempSync(join(tmpdir(), 'groth16-fixture-'));
execFileSync('npx', ['circom2', join(dir, 'tiny.circom'), '--r1cs', '--wasm', '-o', tmp], { stdio: 'inherit' });
const ptau0 = join(tmp, 'pot0.ptau');
const ptau1 = join(tmp, 'pot1.ptau');
const ptau = join(tmp, 'pot.ptau');
await snarkjs.powersOfTau.newAccumulator(await snarkjs.curves.getCurveFromName('bn128'), 4, ptau0);
await snarkjs.powersOfTau.contribute(ptau0, ptau1, 'fixture', 'fixture entropy ' + Math.random());
await snarkjs.powersOfTau.preparePhase2(ptau1, ptau);
const zkey0 = join(tmp, 'tiny0.zkey');
const zkey = join(tmp, 'tiny.zkey');
await snarkjs.zKey.newZKey(join(tmp, 'tiny.r1cs'), ptau, zkey0);
await snarkjs.zKey.contribute(zkey0, zkey, 'fixture', 'fixture entropy ' + Math.random());
const vkey = await snarkjs.zKey.exportVerificationKey(zkey);
writeFileSync(join(dir, 'vkey.json'), JSON.stringify(vkey, null, 1) + '\n');
const wasm = join(tmp, 'tiny_js', 'tiny.wasm');
const out = {};
for (const [name, input] of [['proof1', { a: 3, b: 11, product: 33, sum: 14, tag: 7 }], ['proof2', { a: 5, b: 6, product: 30, sum: 11, tag: 9 }]]) {
  const { proof, publicSignals } = await snarkjs.groth16.fullProve(input, wasm, zkey);
  if (!(await snarkjs.groth16.verify(vkey, publicSignals, proof))) throw new Error(`${name} does not verify`);
  out[name] = { proof, publicSignals };
}
writeFileSync(join(dir, 'proofs.json'), JSON.stringify(out, null, 1) + '\n');
console.log('wrote', dir, JSON.parse(readFileSync(join(dir, 'proofs.json'), 'utf8')).proof1.publicSignals);
process.exit(0);
