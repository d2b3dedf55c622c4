// circuits/vectors/*.json (scripts/zk_vectors.mjs) are real proofs under the committed keys, for
// verifier tests without a prover: each verifies with snarkjs from its wire form, and fails when a
// public signal or a proof byte changes.
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeProof } from '../../modules/repo/math/sealed.js';
import { CIRCUITS_DIR, type CircuitName, releaseZk, verifyOffChain } from '../../zk/index.js';

test.after.always(releaseZk);

const dir = join(CIRCUITS_DIR, 'vectors');

test('[zk] committed proof vectors verify under the committed keys, and only as they are', async (t) => {
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  t.deepEqual(names, ['seal_mm.json', 'seal_rm.json', 'select_no_trade.json', 'select_trade.json']);
  for (const n of names) {
    const v = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { circuit: CircuitName; proof: string; publicSignals: string[] };
    const bytes = Buffer.from(v.proof, 'hex');
    const proof = decodeProof(bytes)!;
    const sig = v.publicSignals.map((s) => BigInt(s));
    t.true(await verifyOffChain(v.circuit, sig, proof), n);
    t.false(await verifyOffChain(v.circuit, sig.map((x, i) => (i === sig.length - 1 ? x + 1n : x)), proof), `${n}: last signal + 1`);
    const c = Buffer.from(bytes);
    c[255] = c[255]! ^ 1;
    const tampered = decodeProof(c);
    // A flipped bit of C.y leaves a point off the curve (snarkjs rejects it) or another point.
    t.false(tampered !== null && (await verifyOffChain(v.circuit, sig, tampered).catch(() => false)), `${n}: proof byte changed`);
  }
  const trade = JSON.parse(readFileSync(join(dir, 'select_trade.json'), 'utf8')) as { publicSignals: string[] };
  t.deepEqual(trade.publicSignals.slice(3), ['1', '20', '140', '450']);
});
