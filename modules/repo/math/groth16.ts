// Groth16 verification over BN254 (snarkjs' "bn128"), synchronous and deterministic: the check the
// repo module runs on sealed reports (proof A) and selections (proof B). Pure bigint through
// @noble/curves' pairing; every input is checked (on the curve, in the subgroup, below the moduli)
// and a bad one gives a reason, never an exception.
//
//   e(−A, B) · e(α, β) · e(vk_x, γ) · e(C, δ) = 1,   vk_x = IC[0] + Σ s_i · IC[i+1]
//
// G2 coordinates are Fp2 elements c0 + c1·u, written [c0, c1] as in snarkjs' JSON (noble's tower is
// the same Fp2[u]/(u²+1); only Ethereum's precompile ABI swaps them).
import { bn254 } from '@noble/curves/bn254.js';
import { sha256 } from '../../../chain/crypto.js';
import { FIELD_Q, FIELD_R, fieldToBytes, type Groth16Proof } from './sealed.js';

export interface G1Affine {
  x: bigint;
  y: bigint;
}
/** Coordinates [c0, c1] of x and y in Fp2. */
export interface G2Affine {
  x: readonly [bigint, bigint];
  y: readonly [bigint, bigint];
}

export interface VerifyingKey {
  /** Number of public signals. */
  nPublic: number;
  alpha: G1Affine;
  beta: G2Affine;
  gamma: G2Affine;
  delta: G2Affine;
  /** nPublic + 1 points. */
  ic: G1Affine[];
}

/** Bound on public signals (a sealed report has 47); keeps a hostile key's size and verify cost bounded. */
export const MAX_PUBLIC_SIGNALS = 256;

export type VerifyFailure =
  | 'signal_count' // not exactly nPublic signals
  | 'signal_range' // a signal is negative or not below r
  | 'proof_point' // a proof point is not on the curve, not in the subgroup, at infinity or has a coordinate ≥ q
  | 'vk_point' // a key point is invalid (a key from parseVk never is)
  | 'pairing'; // the pairing equation does not hold
export type VerifyResult = { ok: true } | { ok: false; reason: VerifyFailure };

const { Fp2 } = bn254.fields;
type P1 = InstanceType<typeof bn254.G1.Point>;
type P2 = InstanceType<typeof bn254.G2.Point>;

function inBase(v: bigint): boolean {
  return v >= 0n && v < FIELD_Q;
}

/** A valid, non-infinity G1 point (BN254's G1 has cofactor 1: on the curve is in the group). */
function g1(p: G1Affine): P1 | null {
  if (!inBase(p.x) || !inBase(p.y)) return null;
  if (p.x === 0n && p.y === 0n) return null;
  try {
    const pt = bn254.G1.Point.fromAffine({ x: p.x, y: p.y });
    pt.assertValidity();
    return pt;
  } catch {
    return null;
  }
}

/** A valid, non-infinity G2 point: on the twist and in the order-r subgroup. */
function g2(p: G2Affine): P2 | null {
  if (![...p.x, ...p.y].every(inBase)) return null;
  if ([...p.x, ...p.y].every((v) => v === 0n)) return null;
  try {
    const pt = bn254.G2.Point.fromAffine({ x: Fp2.fromBigTuple([p.x[0], p.x[1]]), y: Fp2.fromBigTuple([p.y[0], p.y[1]]) });
    pt.assertValidity();
    if (!pt.isTorsionFree()) return null;
    return pt;
  } catch {
    return null;
  }
}

/** The key's points as curve points, each checked; null if any is invalid. */
export interface PreparedVk {
  nPublic: number;
  alpha: P1;
  beta: P2;
  gamma: P2;
  delta: P2;
  ic: P1[];
}

export function prepareVk(vk: VerifyingKey): PreparedVk | null {
  if (!Number.isSafeInteger(vk.nPublic) || vk.nPublic < 0 || vk.nPublic > MAX_PUBLIC_SIGNALS || vk.ic.length !== vk.nPublic + 1) return null;
  const alpha = g1(vk.alpha);
  const beta = g2(vk.beta);
  const gamma = g2(vk.gamma);
  const delta = g2(vk.delta);
  const ic = vk.ic.map(g1);
  if (!alpha || !beta || !gamma || !delta || ic.some((p) => p === null)) return null;
  return { nPublic: vk.nPublic, alpha, beta, gamma, delta, ic: ic as P1[] };
}

/** Verifies a proof of `signals` under `vk` (its points are checked on every call). */
export function verifyGroth16(vk: VerifyingKey, signals: readonly bigint[], proof: Groth16Proof): VerifyResult {
  const k = prepareVk(vk);
  return k ? verifyPrepared(k, signals, proof) : { ok: false, reason: 'vk_point' };
}

/** Verifies under a key whose points were checked once by prepareVk. */
export function verifyPrepared(k: PreparedVk, signals: readonly bigint[], proof: Groth16Proof): VerifyResult {
  if (signals.length !== k.nPublic) return { ok: false, reason: 'signal_count' };
  if (!signals.every((s) => typeof s === 'bigint' && s >= 0n && s < FIELD_R)) return { ok: false, reason: 'signal_range' };
  const a = g1({ x: proof.a[0], y: proof.a[1] });
  const b = g2({ x: proof.b[0], y: proof.b[1] });
  const c = g1({ x: proof.c[0], y: proof.c[1] });
  if (!a || !b || !c) return { ok: false, reason: 'proof_point' };
  try {
    let vkx = k.ic[0]!;
    signals.forEach((s, i) => {
      // public scalars: no need for constant time
      if (s !== 0n) vkx = vkx.add(k.ic[i + 1]!.multiplyUnsafe(s));
    });
    // vk_x at infinity has no pairing term (e(O, γ) = 1); noble refuses infinity in a pair.
    const pairs = [
      { g1: a.negate(), g2: b },
      { g1: k.alpha, g2: k.beta },
      { g1: c, g2: k.delta },
    ];
    if (!vkx.is0()) pairs.push({ g1: vkx, g2: k.gamma });
    const gt = bn254.pairingBatch(pairs);
    return bn254.fields.Fp12.eql(gt, bn254.fields.Fp12.ONE) ? { ok: true } : { ok: false, reason: 'pairing' };
  } catch {
    return { ok: false, reason: 'pairing' };
  }
}

export function groth16Verify(vk: VerifyingKey, signals: readonly bigint[], proof: Groth16Proof): boolean {
  return verifyGroth16(vk, signals, proof).ok;
}

// ---- snarkjs JSON and the canonical encoding ----------------------------------------------------

function decimal(v: unknown): bigint | null {
  if (typeof v !== 'string' || !/^[0-9]{1,78}$/.test(v)) return null;
  return BigInt(v);
}

/** snarkjs' projective G1 [x, y, "1"] (affine only: z must be 1). */
function jsonG1(v: unknown): G1Affine | null {
  if (!Array.isArray(v) || v.length !== 3 || v[2] !== '1') return null;
  const x = decimal(v[0]);
  const y = decimal(v[1]);
  return x === null || y === null ? null : { x, y };
}

/** snarkjs' G2 [[x.c0, x.c1], [y.c0, y.c1], ["1", "0"]]. */
function jsonG2(v: unknown): G2Affine | null {
  if (!Array.isArray(v) || v.length !== 3) return null;
  const z = v[2];
  if (!Array.isArray(z) || z[0] !== '1' || z[1] !== '0') return null;
  const pair = (w: unknown): [bigint, bigint] | null => {
    if (!Array.isArray(w) || w.length !== 2) return null;
    const c0 = decimal(w[0]);
    const c1 = decimal(w[1]);
    return c0 === null || c1 === null ? null : [c0, c1];
  };
  const x = pair(v[0]);
  const y = pair(v[1]);
  return x && y ? { x, y } : null;
}

/** A snarkjs verification key (`snarkjs zkey export verificationkey`), every point checked; an error string if not. */
export function parseSnarkjsVkey(json: unknown): VerifyingKey | string {
  if (!json || typeof json !== 'object') return 'verification key must be a JSON object';
  const j = json as Record<string, unknown>;
  if (j.protocol !== 'groth16') return `protocol ${JSON.stringify(j.protocol)} is not groth16`;
  if (j.curve !== 'bn128') return `curve ${JSON.stringify(j.curve)} is not bn128`;
  const n = j.nPublic;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0 || n > MAX_PUBLIC_SIGNALS) return `nPublic ${JSON.stringify(n)} must be an integer in [0, ${MAX_PUBLIC_SIGNALS}]`;
  const alpha = jsonG1(j.vk_alpha_1);
  const beta = jsonG2(j.vk_beta_2);
  const gamma = jsonG2(j.vk_gamma_2);
  const delta = jsonG2(j.vk_delta_2);
  if (!alpha || !beta || !gamma || !delta) return 'vk_alpha_1 / vk_beta_2 / vk_gamma_2 / vk_delta_2 malformed';
  if (!Array.isArray(j.IC) || j.IC.length !== n + 1) return `IC must list nPublic + 1 = ${n + 1} points`;
  const ic = j.IC.map(jsonG1);
  if (ic.some((p) => p === null)) return 'IC has a malformed point';
  const vk: VerifyingKey = { nPublic: n, alpha, beta, gamma, delta, ic: ic as G1Affine[] };
  return prepareVk(vk) ? vk : 'a key point is not on the curve or not in the subgroup';
}

/** snarkjs' proof JSON (pi_a, pi_b, pi_c) as a Groth16Proof; null if malformed (points are checked at verify). */
export function parseSnarkjsProof(json: unknown): Groth16Proof | null {
  if (!json || typeof json !== 'object') return null;
  const j = json as Record<string, unknown>;
  const a = jsonG1(j.pi_a);
  const b = jsonG2(j.pi_b);
  const c = jsonG1(j.pi_c);
  if (!a || !b || !c) return null;
  return { a: [a.x, a.y], b: [[b.x[0], b.x[1]], [b.y[0], b.y[1]]], c: [c.x, c.y] };
}

const VK_TAG = new TextEncoder().encode('marketchain/groth16/bn254/vk/v1');

/**
 * The canonical bytes of a key: the tag (31 ASCII bytes) ‖ u32BE(nPublic) ‖ α ‖ β ‖ γ ‖ δ ‖ IC[0..n],
 * each coordinate 32 bytes big-endian, G2 as x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1. Params pin sha256 of these.
 */
export function encodeVk(vk: VerifyingKey): Uint8Array {
  const words: bigint[] = [vk.alpha.x, vk.alpha.y];
  for (const p of [vk.beta, vk.gamma, vk.delta]) words.push(p.x[0], p.x[1], p.y[0], p.y[1]);
  for (const p of vk.ic) words.push(p.x, p.y);
  const out = new Uint8Array(VK_TAG.length + 4 + words.length * 32);
  out.set(VK_TAG, 0);
  new DataView(out.buffer).setUint32(VK_TAG.length, vk.nPublic);
  words.forEach((w, i) => out.set(fieldToBytes(w), VK_TAG.length + 4 + i * 32));
  return out;
}

/**
 * The inverse of encodeVk; null when malformed or (with `checkPoints`) a point is invalid. The module
 * decodes stored keys, checked when genesis stored them, without `checkPoints`: verifyGroth16 checks them.
 */
export function decodeVk(b: Uint8Array, checkPoints = true): VerifyingKey | null {
  const head = VK_TAG.length + 4;
  if (b.length < head || !VK_TAG.every((x, i) => b[i] === x)) return null;
  const n = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(VK_TAG.length);
  if (n > MAX_PUBLIC_SIGNALS || b.length !== head + (2 + 12 + 2 * (n + 1)) * 32) return null;
  const w = (i: number): bigint => {
    let v = 0n;
    for (const x of b.subarray(head + i * 32, head + (i + 1) * 32)) v = (v << 8n) | BigInt(x);
    return v;
  };
  const g2At = (i: number): G2Affine => ({ x: [w(i), w(i + 1)], y: [w(i + 2), w(i + 3)] });
  const vk: VerifyingKey = {
    nPublic: n, alpha: { x: w(0), y: w(1) }, beta: g2At(2), gamma: g2At(6), delta: g2At(10),
    ic: Array.from({ length: n + 1 }, (_, i) => ({ x: w(14 + 2 * i), y: w(15 + 2 * i) })),
  };
  return !checkPoints || prepareVk(vk) ? vk : null;
}

/** The snarkjs JSON of a key (what genesis exports), without vk_alphabeta_12, which verification does not use. */
export function vkToSnarkjs(vk: VerifyingKey): Record<string, unknown> {
  const g1j = (p: G1Affine) => [p.x.toString(), p.y.toString(), '1'];
  const g2j = (p: G2Affine) => [[p.x[0].toString(), p.x[1].toString()], [p.y[0].toString(), p.y[1].toString()], ['1', '0']];
  return {
    protocol: 'groth16', curve: 'bn128', nPublic: vk.nPublic, vk_alpha_1: g1j(vk.alpha), vk_beta_2: g2j(vk.beta), vk_gamma_2: g2j(vk.gamma),
    vk_delta_2: g2j(vk.delta), IC: vk.ic.map(g1j),
  };
}

/** sha256 of the canonical bytes: the hash params pin. */
export function vkHash(vk: VerifyingKey): Uint8Array {
  return sha256(encodeVk(vk));
}
