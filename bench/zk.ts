#!/usr/bin/env node
// `npm run bench:zk`: the sealed repo mode's cryptography on this machine: constraint counts, witness
// generation, Groth16 proving of proof A (seal) and proof B (select), snarkjs verification, and the
// sizes that go on chain. Prints a Markdown table and writes bench/results/zk-latest.json. Not part
// of `npm test`.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as snarkjs from 'snarkjs';
import { CIPHERTEXT_FIELDS, FIELD_BYTES, PROOF_BYTES, decodeProof } from '../modules/repo/math/sealed.js';
import { PACKAGE_ROOT, checkWitness, circuitFiles, generateAgentKey, openSealed, proveSelection, releaseZk, sealReport, sealWitness, selectWitness, verifyOffChain } from '../zk/index.js';
import { describeMachine } from './machine.js';

const RUNS = Number(process.env.ZK_BENCH_RUNS ?? 5);
const pts = (n: number, side: 'mm' | 'rm') => Array.from({ length: n }, (_, i) => ({ qty: BigInt(10 * (i + 1)), rateBps: BigInt(side === 'mm' ? 100 + 20 * i : 800 - 20 * i) }));
const BOUNDS = { maxQty: 1_000_000n, maxRateBps: 100_000n, maxHurdleBps: 10_000n };

function table(head: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function main(): Promise<void> {
  const quiet = { info() {}, warn() {}, error() {}, debug() {} };
  const agent = generateAgentKey();
  const D = pts(16, 'mm');
  const S = pts(16, 'rm');
  const info: Record<string, { constraints: number; zkeyBytes: number; wasmBytes: number }> = {};
  for (const name of ['seal', 'select'] as const) {
    const f = circuitFiles(name);
    const r = await snarkjs.r1cs.info(f.r1cs, quiet);
    info[name] = { constraints: r.nConstraints, zkeyBytes: statSync(f.zkey).size, wasmBytes: statSync(f.wasm).size };
  }
  // Warm-up (loads wasm and keys, starts snarkjs's curve threads).
  const warm = await sealReport({ roundId: 1n, role: 1n, ...BOUNDS, hurdleBps: 10n, points: D, agentPub: agent.pub });
  await verifyOffChain('seal', warm.publicSignals, decodeProof(warm.proof)!);

  const t = { witnessA: [] as number[], proveA: [] as number[], verifyA: [] as number[], open: [] as number[], witnessB: [] as number[], proveB: [] as number[], verifyB: [] as number[] };
  for (let k = 0; k < RUNS; k++) {
    const w = sealWitness({ roundId: 2n, role: 1n, ...BOUNDS, hurdleBps: 10n, points: D, agentPub: agent.pub });
    t.witnessA.push((await timed(() => checkWitness('seal', w.input)))[1]);
    const [mm, pa] = await timed(() => sealReport({ roundId: 2n, role: 1n, ...BOUNDS, hurdleBps: 10n, points: D, agentPub: agent.pub }));
    t.proveA.push(pa);
    const rm = await sealReport({ roundId: 2n, role: 2n, ...BOUNDS, hurdleBps: 10n, points: S, agentPub: agent.pub });
    const [ok, va] = await timed(() => verifyOffChain('seal', mm.publicSignals, decodeProof(mm.proof)!));
    if (!ok) throw new Error('proof A did not verify');
    t.verifyA.push(va);
    const t0 = performance.now();
    const om = openSealed(agent.sk, 2n, 1n, mm.ciphertext, mm.ephPub, mm.commitment)!;
    t.open.push(performance.now() - t0);
    const or = openSealed(agent.sk, 2n, 2n, rm.ciphertext, rm.ephPub, rm.commitment)!;
    const sw = selectWitness({ roundId: 2n, mm: om, rm: or });
    t.witnessB.push((await timed(() => checkWitness('select', sw.input)))[1]);
    const [sel, pb] = await timed(() => proveSelection({ roundId: 2n, mm: om, rm: or }));
    t.proveB.push(pb);
    const [okB, vb] = await timed(() => verifyOffChain('select', sel.publicSignals, decodeProof(sel.proof)!));
    if (!okB) throw new Error('proof B did not verify');
    t.verifyB.push(vb);
  }
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  const rows = [
    ['proof A (seal.circom)', String(info.seal!.constraints), ms(t.witnessA), ms(t.proveA), ms(t.verifyA), `${(info.seal!.zkeyBytes / 1e6).toFixed(1)} MB`],
    ['proof B (select.circom)', String(info.select!.constraints), ms(t.witnessB), ms(t.proveB), ms(t.verifyB), `${(info.select!.zkeyBytes / 1e6).toFixed(1)} MB`],
  ];
  const machine = describeMachine();
  console.log(`\n${RUNS} runs each, medians; 16-point schedules on both sides.\n`);
  console.log(table(['circuit', 'constraints', 'witness', 'prove (snarkjs groth16)', 'verify (snarkjs)', 'proving key'], rows));
  const sizes = {
    proofBytes: PROOF_BYTES,
    ciphertextBytes: CIPHERTEXT_FIELDS * FIELD_BYTES,
    ephPubBytes: 2 * FIELD_BYTES,
    commitmentBytes: FIELD_BYTES,
    sealPublicSignals: 10 + CIPHERTEXT_FIELDS,
    selectPublicSignals: 7,
  };
  console.log(`\nOn chain per sealed report: ciphertext ${sizes.ciphertextBytes} B (${CIPHERTEXT_FIELDS} field elements), ephemeral key ${sizes.ephPubBytes} B, commitment ${sizes.commitmentBytes} B, proof ${sizes.proofBytes} B. Opening a report (ECDH + decryption + commitment check): ${median(t.open).toFixed(1)} ms.`);
  const out = { machine, runs: RUNS, circuits: info, medianMs: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])), sizes };
  const dir = join(PACKAGE_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'zk-latest.json'), JSON.stringify(out, null, 2) + '\n');
  await releaseZk();
}

await main();
