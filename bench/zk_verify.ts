#!/usr/bin/env node
// `node dist/bench/zk_verify.js`: CPU per on-chain Groth16 verification (modules/repo/math/groth16.ts,
// the verifier the module runs in CheckTx and in blocks) of a real proof A and proof B, the figure
// params seal_verify_gas / select_verify_gas are priced from (BENCHMARKS.md, sealed section). Prints
// µs per verification and writes bench/results/zk-verify-latest.json. Not part of `npm test`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnarkjsVkey, verifyGroth16, type VerifyingKey } from '../modules/repo/math/groth16.js';
import { decodeProof } from '../modules/repo/math/sealed.js';
import { PACKAGE_ROOT, circuitFiles, generateAgentKey, openSealed, proveSelection, releaseZk, sealReport } from '../zk/index.js';
import { describeMachine } from './machine.js';

const RUNS = Number(process.env.ZK_VERIFY_RUNS ?? 20);
const pts = (n: number, side: 'mm' | 'rm') => Array.from({ length: n }, (_, i) => ({ qty: BigInt(10 * (i + 1)), rateBps: BigInt(side === 'mm' ? 100 + 20 * i : 800 - 20 * i) }));
const BOUNDS = { maxQty: 1_000_000n, maxRateBps: 100_000n, maxHurdleBps: 10_000n };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** µs of this process's CPU (user + system) per call, and of wall time, over RUNS calls after one warm-up. */
function measure(f: () => boolean): { cpuUs: number; wallUs: number } {
  if (!f()) throw new Error('proof did not verify');
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    if (!f()) throw new Error('proof did not verify');
    const w = Number(process.hrtime.bigint() - w0) / 1000;
    const c = process.cpuUsage(c0);
    cpu.push(c.user + c.system);
    wall.push(w);
  }
  return { cpuUs: median(cpu), wallUs: median(wall) };
}

async function main(): Promise<void> {
  const vk = (name: 'seal' | 'select') => parseSnarkjsVkey(JSON.parse(readFileSync(circuitFiles(name).vkey, 'utf8'))) as VerifyingKey;
  const agent = generateAgentKey();
  const mm = await sealReport({ roundId: 2n, role: 1n, ...BOUNDS, hurdleBps: 10n, points: pts(16, 'mm'), agentPub: agent.pub });
  const rm = await sealReport({ roundId: 2n, role: 2n, ...BOUNDS, hurdleBps: 10n, points: pts(16, 'rm'), agentPub: agent.pub });
  const sel = await proveSelection({ roundId: 2n, mm: openSealed(agent.sk, 2n, 1n, mm.ciphertext, mm.ephPub, mm.commitment)!, rm: openSealed(agent.sk, 2n, 2n, rm.ciphertext, rm.ephPub, rm.commitment)! });
  await releaseZk();
  const [vkA, vkB] = [vk('seal'), vk('select')];
  const [pA, pB] = [decodeProof(mm.proof)!, decodeProof(sel.proof)!];
  const a = measure(() => verifyGroth16(vkA, mm.publicSignals, pA).ok);
  const b = measure(() => verifyGroth16(vkB, sel.publicSignals, pB).ok);
  console.log(`${RUNS} runs each, medians (modules/repo/math/groth16.ts verifyGroth16):`);
  console.log(`| proof | public signals | CPU µs | wall µs |\n|---|---|---|---|`);
  console.log(`| A (seal) | ${mm.publicSignals.length} | ${a.cpuUs.toFixed(0)} | ${a.wallUs.toFixed(0)} |`);
  console.log(`| B (select) | ${sel.publicSignals.length} | ${b.cpuUs.toFixed(0)} | ${b.wallUs.toFixed(0)} |`);
  const dir = join(PACKAGE_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'zk-verify-latest.json'), JSON.stringify({ machine: describeMachine(), runs: RUNS, sealVerify: a, selectVerify: b }, null, 2) + '\n');
}

await main();
