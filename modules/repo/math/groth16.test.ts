// The Groth16 verifier against real snarkjs proofs: test/fixtures/groth16/ holds a circom2-compiled
// tiny circuit (tiny.circom: a·b = product, a + b = sum, a free public tag), the verification key of a
// 2^4 throwaway ceremony and two proofs, made by `node scripts/groth16_fixture.mjs`.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { bn254 } from '@noble/curves/bn254.js';
import { decodeVk, encodeVk, groth16Verify, parseSnarkjsProof, parseSnarkjsVkey, verifyGroth16, vkHash, type VerifyingKey } from './groth16.js';
import { decodeProof, encodeProof, FIELD_Q, FIELD_R, type Groth16Proof } from './sealed.js';

const dir = new URL('../../../../test/fixtures/groth16/', import.meta.url);
const vkJson = JSON.parse(readFileSync(new URL('vkey.json', dir), 'utf8'));
const proofs = JSON.parse(readFileSync(new URL('proofs.json', dir), 'utf8'));
const vk = parseSnarkjsVkey(vkJson) as VerifyingKey;
const proof1 = parseSnarkjsProof(proofs.proof1.proof)!;
const proof2 = parseSnarkjsProof(proofs.proof2.proof)!;
const signals1: bigint[] = proofs.proof1.publicSignals.map(BigInt);
const signals2: bigint[] = proofs.proof2.publicSignals.map(BigInt);

const clone = (p: Groth16Proof): Groth16Proof => ({ a: [...p.a], b: [[...p.b[0]], [...p.b[1]]], c: [...p.c] });

test('[repo/groth16]: the fixture parses and both real proofs verify for their own signals', (t) => {
  t.is(typeof vk, 'object');
  t.is(vk.nPublic, 3);
  t.deepEqual(signals1, [33n, 14n, 7n]);
  t.deepEqual(verifyGroth16(vk, signals1, proof1), { ok: true });
  t.deepEqual(verifyGroth16(vk, signals2, proof2), { ok: true });
});

test('[repo/groth16]: a flipped signal or another proof\'s signals refuse', (t) => {
  t.deepEqual(verifyGroth16(vk, [34n, 14n, 7n], proof1), { ok: false, reason: 'pairing' });
  t.deepEqual(verifyGroth16(vk, [33n, 14n, 8n], proof1), { ok: false, reason: 'pairing' });
  t.deepEqual(verifyGroth16(vk, signals2, proof1), { ok: false, reason: 'pairing' });
  t.deepEqual(verifyGroth16(vk, signals1, proof2), { ok: false, reason: 'pairing' });
  // a signal shifted by r is the same field element: refused by range, never accepted as an alias
  t.deepEqual(verifyGroth16(vk, [33n + FIELD_R, 14n, 7n], proof1), { ok: false, reason: 'signal_range' });
  t.deepEqual(verifyGroth16(vk, [-1n, 14n, 7n], proof1), { ok: false, reason: 'signal_range' });
  t.deepEqual(verifyGroth16(vk, [33n, 14n], proof1), { ok: false, reason: 'signal_count' });
  t.deepEqual(verifyGroth16(vk, [33n, 14n, 7n, 0n], proof1), { ok: false, reason: 'signal_count' });
});

test('[repo/groth16]: swapped B coordinates, off-curve points, infinity and coordinates >= q refuse', (t) => {
  const swapped = clone(proof1);
  swapped.b = [[proof1.b[0][1], proof1.b[0][0]], [proof1.b[1][1], proof1.b[1][0]]];
  t.false(groth16Verify(vk, signals1, swapped));
  const bSwapXY = clone(proof1);
  bSwapXY.b = [proof1.b[1], proof1.b[0]];
  t.deepEqual(verifyGroth16(vk, signals1, bSwapXY), { ok: false, reason: 'proof_point' });
  const offA = clone(proof1);
  offA.a[1] = (offA.a[1] + 1n) % FIELD_Q;
  t.deepEqual(verifyGroth16(vk, signals1, offA), { ok: false, reason: 'proof_point' });
  const offC = clone(proof1);
  offC.c[0] = (offC.c[0] + 1n) % FIELD_Q;
  t.deepEqual(verifyGroth16(vk, signals1, offC), { ok: false, reason: 'proof_point' });
  const offB = clone(proof1);
  offB.b[1][0] = (offB.b[1][0] + 1n) % FIELD_Q;
  t.deepEqual(verifyGroth16(vk, signals1, offB), { ok: false, reason: 'proof_point' });
  const big = clone(proof1);
  big.a[0] += FIELD_Q; // the same point mod q: refused, so a proof has one encoding
  t.deepEqual(verifyGroth16(vk, signals1, big), { ok: false, reason: 'proof_point' });
  const bigB = clone(proof1);
  bigB.b[0][1] += FIELD_Q;
  t.deepEqual(verifyGroth16(vk, signals1, bigB), { ok: false, reason: 'proof_point' });
  const inf = clone(proof1);
  inf.c = [0n, 0n];
  t.deepEqual(verifyGroth16(vk, signals1, inf), { ok: false, reason: 'proof_point' });
  // the wire form refuses a coordinate >= q before any curve work
  const wire = encodeProof(proof1);
  wire.set(new Uint8Array(32).fill(0xff), 0);
  t.is(decodeProof(wire), null);
  t.deepEqual(decodeProof(encodeProof(proof1)), proof1);
});

test('[repo/groth16]: a G2 point on the twist but outside the order-r subgroup refuses', (t) => {
  const { Fp2 } = bn254.fields;
  const b2 = bn254.G2.Point.CURVE().b;
  let found: Groth16Proof | null = null;
  for (let i = 1n; i < 50n && !found; i++) {
    const x = Fp2.fromBigTuple([i, 1n]);
    const rhs = Fp2.add(Fp2.mul(Fp2.sqr(x), x), b2);
    let y;
    try {
      y = Fp2.sqrt(rhs);
    } catch {
      continue;
    }
    const pt = bn254.G2.Point.fromAffine({ x, y });
    if (pt.isTorsionFree()) continue;
    const p = clone(proof1);
    p.b = [[x.c0, x.c1], [y.c0, y.c1]];
    found = p;
  }
  t.truthy(found);
  t.deepEqual(verifyGroth16(vk, signals1, found!), { ok: false, reason: 'proof_point' });
});

test('[repo/groth16]: the canonical key bytes round-trip and their hash is stable', (t) => {
  const bytes = encodeVk(vk);
  t.is(bytes.length, 31 + 4 + (2 + 12 + 2 * 4) * 32);
  t.deepEqual(decodeVk(bytes), vk);
  t.is(vkHash(vk).length, 32);
  t.deepEqual(vkHash(decodeVk(bytes)!), vkHash(vk));
  const bad = bytes.slice();
  bad[bad.length - 1]! ^= 1; // IC[3].y off the curve
  t.is(decodeVk(bad), null);
  t.is(decodeVk(bytes.subarray(0, bytes.length - 32)), null);
  t.is(decodeVk(new Uint8Array(0)), null);
});

test('[repo/groth16]: malformed snarkjs JSON is refused with a reason', (t) => {
  t.is(typeof parseSnarkjsVkey(null), 'string');
  t.is(typeof parseSnarkjsVkey({ ...vkJson, protocol: 'plonk' }), 'string');
  t.is(typeof parseSnarkjsVkey({ ...vkJson, curve: 'bls12381' }), 'string');
  t.is(typeof parseSnarkjsVkey({ ...vkJson, nPublic: 2 }), 'string');
  t.is(typeof parseSnarkjsVkey({ ...vkJson, IC: vkJson.IC.slice(1) }), 'string');
  t.is(typeof parseSnarkjsVkey({ ...vkJson, vk_alpha_1: [vkJson.vk_alpha_1[0], '5', '1'] }), 'string');
  t.is(typeof parseSnarkjsVkey({ ...vkJson, vk_delta_2: [vkJson.vk_delta_2[1], vkJson.vk_delta_2[0], ['1', '0']] }), 'string');
  t.is(parseSnarkjsProof({ pi_a: ['1'] }), null);
});

test('[repo/groth16]: agrees with snarkjs.groth16.verify on the same inputs', async (t) => {
  const snarkjs: any = await import('snarkjs' as string);
  const cases: [unknown[], Groth16Proof, unknown][] = [
    [signals1, proof1, proofs.proof1.proof],
    [signals2, proof2, proofs.proof2.proof],
    [signals2, proof1, proofs.proof1.proof],
    [[33n, 15n, 7n], proof1, proofs.proof1.proof],
    [[30n, 11n, 10n], proof2, proofs.proof2.proof],
  ];
  for (const [signals, p, pj] of cases) {
    const ours = groth16Verify(vk, signals as bigint[], p);
    const theirs: boolean = await snarkjs.groth16.verify(vkJson, (signals as bigint[]).map(String), pj, { info() {}, error() {}, debug() {}, warn() {} });
    t.is(ours, theirs, `signals ${signals}`);
  }
  if (typeof (globalThis as any).curve_bn128?.terminate === 'function') await (globalThis as any).curve_bn128.terminate();
});

test('[repo/groth16]: the test kit\'s trapdoor key verifies exactly the signals its proof was made for', async (t) => {
  const { trapdoorKey } = await import('../testing/trapdoor_vk.js');
  const k = trapdoorKey(5, 1n);
  const s = [1n, 2n, 3n, FIELD_R - 1n, 0n];
  t.deepEqual(verifyGroth16(k.vk, s, k.prove(s)), { ok: true });
  t.deepEqual(verifyGroth16(k.vk, [1n, 2n, 3n, FIELD_R - 1n, 1n], k.prove(s)), { ok: false, reason: 'pairing' });
  t.true(decodeVk(encodeVk(k.vk)) !== null);
});
