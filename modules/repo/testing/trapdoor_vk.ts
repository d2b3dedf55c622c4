// Test support: a Groth16 verification key whose trapdoor the test knows, so it can make a proof
// that verifies for ANY public-signal vector. With it the module tests check what only a verifying
// proof reaches: that the module rebuilds exactly the signal vector of sealed.ts (a proof made for
// any other vector fails), and the state, escrow and events after a seal and a selection. It says
// nothing about the circuits (their own tests and the real dev keys do); a real chain never holds
// such a key because genesis pins the ceremony's keys by hash.
//
// α = a·G1, β = b·G2, γ = δ = G2, IC_i = c_i·G1. For signals s: vk_x = x·G1 with x = c_0 + Σ c_{i+1}·s_i;
// the proof A = (a·b + x + 1)·G1, B = G2, C = G1 satisfies e(A,B) = e(α,β)·e(vk_x,γ)·e(C,δ).
import { bn254 } from '@noble/curves/bn254.js';
import type { VerifyingKey } from '../math/groth16.js';
import { FIELD_R, type Groth16Proof } from '../math/sealed.js';

const G1 = bn254.G1.Point.BASE;
const G2 = bn254.G2.Point.BASE;

function g1(k: bigint) {
  const p = G1.multiply(((k % FIELD_R) + FIELD_R) % FIELD_R || 1n).toAffine();
  return { x: p.x, y: p.y };
}
function g2(k: bigint) {
  const p = G2.multiply(k).toAffine();
  return { x: [p.x.c0, p.x.c1] as [bigint, bigint], y: [p.y.c0, p.y.c1] as [bigint, bigint] };
}

export interface TrapdoorKey {
  vk: VerifyingKey;
  /** A proof that verifies under vk for exactly these signals. */
  prove(signals: readonly bigint[]): Groth16Proof;
}

export function trapdoorKey(nPublic: number, seed: bigint): TrapdoorKey {
  const a = 1000003n + seed;
  const b = 7919n + 3n * seed;
  const c = Array.from({ length: nPublic + 1 }, (_, i) => 31n * BigInt(i) + 17n + seed);
  const vk: VerifyingKey = { nPublic, alpha: g1(a), beta: g2(b), gamma: g2(1n), delta: g2(1n), ic: c.map(g1) };
  return {
    vk,
    prove(signals) {
      let x = c[0]!;
      signals.forEach((s, i) => (x = (x + c[i + 1]! * s) % FIELD_R));
      const A = g1(a * b + x + 1n);
      const B = g2(1n);
      const C = g1(1n);
      return { a: [A.x, A.y], b: [B.x, B.y], c: [C.x, C.y] };
    },
  };
}

/** Baby Jubjub points valid as keys: circomlib's Base8 (an agent's key) and generator (a dealer's ephemeral key). */
export const BASE8: [bigint, bigint] = [
  5299619240641551281634865583518297030282874472190772894086521144482721001553n,
  16950150798460657717958625567821834550301663161624707787222815936182638968203n,
];
export const GEN: [bigint, bigint] = [
  995203441582195749578291179787384436505546430278305826713579947235728471134n,
  5472060717959818805561601436314318772137091100104008585924551046643952123905n,
];
