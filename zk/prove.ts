// Groth16 proving and verification with snarkjs over the compiled circuits and committed keys.
import { readFileSync } from 'node:fs';
import * as snarkjs from 'snarkjs';
import { type WitnessCalculator, WitnessCalculatorBuilder } from 'circom_runtime';
import { CIPHERTEXT_FIELDS, type Groth16Proof, encodeProof } from '../modules/repo/math/sealed.js';

const SEAL_PUBLIC = 10 + CIPHERTEXT_FIELDS;
const SELECT_PUBLIC = 7;
import { type CircuitName, circuitFiles, requireFile } from './files.js';

export type CircuitInput = Record<string, bigint | bigint[] | bigint[][]>;

function toSnark(input: CircuitInput): Record<string, unknown> {
  const conv = (v: unknown): unknown => (Array.isArray(v) ? v.map(conv) : (v as bigint).toString());
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, conv(v)]));
}

export function proofFromSnarkjs(p: snarkjs.SnarkjsProof): Groth16Proof {
  const b = (s: string | undefined) => BigInt(s!);
  return {
    a: [b(p.pi_a[0]), b(p.pi_a[1])],
    b: [
      [b(p.pi_b[0]![0]), b(p.pi_b[0]![1])],
      [b(p.pi_b[1]![0]), b(p.pi_b[1]![1])],
    ],
    c: [b(p.pi_c[0]), b(p.pi_c[1])],
  };
}

export function proofToSnarkjs(p: Groth16Proof): snarkjs.SnarkjsProof {
  const s = (v: bigint) => v.toString();
  return {
    pi_a: [s(p.a[0]), s(p.a[1]), '1'],
    pi_b: [
      [s(p.b[0][0]), s(p.b[0][1])],
      [s(p.b[1][0]), s(p.b[1][1])],
      ['1', '0'],
    ],
    pi_c: [s(p.c[0]), s(p.c[1]), '1'],
    protocol: 'groth16',
    curve: 'bn128',
  };
}

export interface ProofResult {
  proof: Groth16Proof;
  /** The 256-byte wire form (sealed.ts encodeProof). */
  proofBytes: Uint8Array;
  publicSignals: bigint[];
}

export async function prove(circuit: CircuitName, input: CircuitInput, dir?: string): Promise<ProofResult> {
  const f = circuitFiles(circuit, dir);
  const { proof, publicSignals } = await snarkjs.groth16.fullProve(toSnark(input), requireFile(f.wasm, `${circuit}.wasm`), requireFile(f.zkey, `${circuit}.zkey`));
  const p = proofFromSnarkjs(proof);
  return { proof: p, proofBytes: encodeProof(p), publicSignals: publicSignals.map((s) => BigInt(s)) };
}

const vkCache = new Map<string, unknown>();

export function verificationKey(circuit: CircuitName, dir?: string): unknown {
  const path = requireFile(circuitFiles(circuit, dir).vkey, `${circuit}.vkey.json`);
  let vk = vkCache.get(path);
  if (vk === undefined) {
    vk = JSON.parse(readFileSync(path, 'utf8'));
    vkCache.set(path, vk);
  }
  return vk;
}

/** snarkjs's verifier (tests and tools; the chain verifies with its own code). */
export async function verifyOffChain(circuit: CircuitName, publicSignals: readonly bigint[], proof: Groth16Proof, dir?: string): Promise<boolean> {
  return snarkjs.groth16.verify(verificationKey(circuit, dir), publicSignals.map((s) => s.toString()), proofToSnarkjs(proof));
}

let queue: Promise<void> = Promise.resolve();
const calculators = new Map<string, Promise<WitnessCalculator>>();

function calculator(wasm: string): Promise<WitnessCalculator> {
  let c = calculators.get(wasm);
  if (c === undefined) {
    c = WitnessCalculatorBuilder(readFileSync(wasm));
    calculators.set(wasm, c);
  }
  return c;
}

/**
 * Runs the circuit's witness generator, which evaluates every constraint and throws ("Assert
 * Failed ... Error in template T line: L") at the first violated one: the satisfiability test
 * without proving. With `r1cs`, also checks the witness against the r1cs with snarkjs. Returns the
 * public signals.
 */
export async function checkWitness(circuit: CircuitName, input: CircuitInput, opts: { r1cs?: boolean; dir?: string } = {}): Promise<bigint[]> {
  const f = circuitFiles(circuit, opts.dir);
  const wasm = requireFile(f.wasm, `${circuit}.wasm`);
  // One run at a time per process: the instance's memory is shared state across its awaits.
  const turn = queue;
  let done!: () => void;
  queue = new Promise<void>((r) => (done = r));
  await turn;
  let w: bigint[];
  const log = console.error;
  try {
    // The runtime prints each failure before throwing it; the thrown error says the same.
    console.error = () => {};
    w = await (await calculator(wasm)).calculateWitness(toSnark(input), true);
  } catch (e) {
    // A failed run can leave the instance's memory mid-computation: start the next one afresh.
    calculators.delete(wasm);
    throw e;
  } finally {
    console.error = log;
    done();
  }
  if (opts.r1cs) {
    const out: { type: string; data?: Uint8Array } = { type: 'mem' };
    await snarkjs.wtns.calculate(toSnark(input), wasm, out);
    const ok = await snarkjs.wtns.check(requireFile(f.r1cs, `${circuit}.r1cs`), out, { info() {}, warn() {}, error() {}, debug() {} });
    if (!ok) throw new Error('witness does not satisfy the r1cs');
  }
  const nPub = circuit === 'seal' ? SEAL_PUBLIC : SELECT_PUBLIC;
  return w.slice(1, 1 + nPub);
}
