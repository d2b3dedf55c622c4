#!/usr/bin/env node
// Writes circuits/vectors/*.json: real proofs A and B under the committed keys, in sealed.ts's wire
// form (256-byte proof as hex, public signals as decimal strings), for verifier tests that should not
// need snarkjs or a prover (the module's on-chain Groth16 verification). Run after `npm run build`
// whenever the keys change; test/zk/vectors.test.ts checks they still verify.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const zk = await import(join(ROOT, 'dist', 'zk', 'index.js'));
const out = join(ROOT, 'circuits', 'vectors');
mkdirSync(out, { recursive: true });

const pts = (xs) => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));
const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const bounds = { maxQty: 1000000n, maxRateBps: 100000n, maxHurdleBps: 10000n };
// Fixed secrets so the vectors are reproducible up to the proofs' own randomness.
const agent = { sk: 1234567890123456789n };
agent.pub = zk.publicKeyOf(agent.sk);
const roundId = 5n;

const write = (name, v) => {
  const json = {
    circuit: v.circuit,
    note: v.note,
    proof: Buffer.from(v.proof).toString('hex'),
    publicSignals: v.publicSignals.map((x) => x.toString()),
  };
  writeFileSync(join(out, `${name}.json`), JSON.stringify(json, null, 2) + '\n');
};

const mm = await zk.sealReport({ roundId, role: 1n, ...bounds, hurdleBps: 50n, points: D, agentPub: agent.pub, salt: 111n, ephSk: 222n });
const rm = await zk.sealReport({ roundId, role: 2n, ...bounds, hurdleBps: 0n, points: S, agentPub: agent.pub, salt: 333n, ephSk: 444n });
write('seal_mm', { circuit: 'seal', note: 'EX1 D, hurdle 50, round 5, role 1; agent sk 1234567890123456789, salt 111, eph sk 222', proof: mm.proof, publicSignals: mm.publicSignals });
write('seal_rm', { circuit: 'seal', note: 'EX1 S, hurdle 0, round 5, role 2; agent sk 1234567890123456789, salt 333, eph sk 444', proof: rm.proof, publicSignals: rm.publicSignals });
const open = (s, role) => zk.openSealed(agent.sk, roundId, role, s.ciphertext, s.ephPub, s.commitment);
const sel = await zk.proveSelection({ roundId, mm: open(mm, 1n), rm: open(rm, 2n) });
write('select_trade', { circuit: 'select', note: 'EX1 with hurdles 50/0 over seal_mm and seal_rm: Q=20 at 140/450', proof: sel.proof, publicSignals: sel.publicSignals });
const none = await zk.proveSelection({ roundId, mm: { report: { hurdleBps: 50n, points: D }, salt: 111n }, rm: { report: { hurdleBps: 450n, points: S }, salt: 333n } });
write('select_no_trade', { circuit: 'select', note: 'EX3 (hurdle 450): NO_TRADE', proof: none.proof, publicSignals: none.publicSignals });
await zk.releaseZk();
console.log(`zk_vectors: wrote ${out}`);
