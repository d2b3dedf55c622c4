// The sealed mode's encoding (spec/repo-sealed.md), shared by the circom circuits (circuits/), the
// prover and agent (zk/) and the module's on-chain verification. Pure bigint: the module never hashes
// with Poseidon or decrypts; it only rebuilds the public signals a proof must match.
//
// Field: the BN254 scalar field r. A report is the vector (hurdle, n, qty[N], rate[N]) with points
// i >= n set to 0; its commitment is
//
//   C = Poseidon8( DOMAIN_TAG, round_id, role, hurdle, n, Poseidon16(qty[0..N)), Poseidon16(rate[0..N)), salt )
//
// with role 1 = mm, 2 = rm and salt a random field element below 2^248. The ciphertext is the Poseidon
// cipher (zk-kit / maci poseidon-cipher) of (report ‖ salt) under the Baby Jubjub ECDH key
// ephSk · agentPub (its x and y), nonce `sealNonce(round_id, role)`.
//
// Proof A (circuits/seal.circom) public signals, in this order:
//   round_id, role, max_qty, max_rate_bps, max_hurdle_bps, commitment,
//   agent_pub.x, agent_pub.y, eph_pub.x, eph_pub.y, ciphertext[CIPHERTEXT_FIELDS]
// Proof B (circuits/select.circom) public signals, in this order:
//   round_id, commitment_mm, commitment_rm, traded (0 | 1), q, r_mm_bps, r_rm_bps   (all 0 for NO_TRADE)
//
// A proof travels as 256 bytes: A.x ‖ A.y ‖ B.x.c0 ‖ B.x.c1 ‖ B.y.c0 ‖ B.y.c1 ‖ C.x ‖ C.y, each a
// 32-byte big-endian coordinate (snarkjs JSON order: pi_b[k] = [c0, c1]).
import type { SchedulePoint, Side } from './schedule.js';

/** Points per schedule in sealed mode (fixed by the circuits). */
export const SEALED_MAX_POINTS = 16;
/** The BN254 scalar field modulus (the circuits' field). */
export const FIELD_R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
/** The BN254 base field modulus (proof coordinates). */
export const FIELD_Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583n;
/** "marketchain/repo/v2/sealed" as a big-endian integer. */
export const SEALED_DOMAIN_TAG = 0x6d61726b6574636861696e2f7265706f2f76322f7365616c6564n;
/** hurdle, n, qty[N], rate[N]. */
export const REPORT_FIELDS = 2 + 2 * SEALED_MAX_POINTS;
/** The report and its salt. */
export const PLAINTEXT_FIELDS = REPORT_FIELDS + 1;
/** Poseidon cipher output length for PLAINTEXT_FIELDS elements: padded to a multiple of 3, plus one. */
export const CIPHERTEXT_FIELDS = Math.ceil(PLAINTEXT_FIELDS / 3) * 3 + 1;
export const FIELD_BYTES = 32;
export const PROOF_BYTES = 8 * FIELD_BYTES;
export const SALT_BITS = 248;

export const ROLE_MM = 1n;
export const ROLE_RM = 2n;

export function roleNumber(side: Side): bigint {
  return side === 'mm' ? ROLE_MM : ROLE_RM;
}

/** The Poseidon cipher nonce of a sealed report: distinct per round and role, below 2^128. */
export function sealNonce(roundId: bigint, role: bigint): bigint {
  return roundId * 4n + role;
}

/** The report vector (hurdle, n, qty[N], rate[N]); the schedule must be canonical and fit N points. */
export function reportFields(hurdleBps: bigint, points: readonly SchedulePoint[]): bigint[] {
  if (points.length > SEALED_MAX_POINTS) throw new RangeError(`a sealed schedule has at most ${SEALED_MAX_POINTS} points, got ${points.length}`);
  const qty = new Array<bigint>(SEALED_MAX_POINTS).fill(0n);
  const rate = new Array<bigint>(SEALED_MAX_POINTS).fill(0n);
  points.forEach((p, i) => {
    qty[i] = p.qty;
    rate[i] = p.rateBps;
  });
  return [hurdleBps, BigInt(points.length), ...qty, ...rate];
}

/** The inverse of reportFields (for the agent after decryption); null when the vector is malformed. */
export function reportFromFields(fields: readonly bigint[]): { hurdleBps: bigint; points: SchedulePoint[] } | null {
  if (fields.length !== REPORT_FIELDS) return null;
  const n = fields[1]!;
  if (n < 1n || n > BigInt(SEALED_MAX_POINTS)) return null;
  const points: SchedulePoint[] = [];
  for (let i = 0; i < Number(n); i++) points.push({ qty: fields[2 + i]!, rateBps: fields[2 + SEALED_MAX_POINTS + i]! });
  return { hurdleBps: fields[0]!, points };
}

export interface SealSignals {
  roundId: bigint;
  role: bigint;
  maxQty: bigint;
  maxRateBps: bigint;
  maxHurdleBps: bigint;
  commitment: bigint;
  agentPub: readonly [bigint, bigint];
  ephPub: readonly [bigint, bigint];
  ciphertext: readonly bigint[];
}

export function sealPublicSignals(s: SealSignals): bigint[] {
  if (s.ciphertext.length !== CIPHERTEXT_FIELDS) throw new RangeError(`ciphertext must be ${CIPHERTEXT_FIELDS} field elements, got ${s.ciphertext.length}`);
  return [s.roundId, s.role, s.maxQty, s.maxRateBps, s.maxHurdleBps, s.commitment, s.agentPub[0], s.agentPub[1], s.ephPub[0], s.ephPub[1], ...s.ciphertext];
}

export interface SelectSignals {
  roundId: bigint;
  commitmentMm: bigint;
  commitmentRm: bigint;
  /** null: NO_TRADE. */
  trade: { q: bigint; rMmBps: bigint; rRmBps: bigint } | null;
}

export function selectPublicSignals(s: SelectSignals): bigint[] {
  const t = s.trade;
  return [s.roundId, s.commitmentMm, s.commitmentRm, t ? 1n : 0n, t?.q ?? 0n, t?.rMmBps ?? 0n, t?.rRmBps ?? 0n];
}

/** A 32-byte big-endian field element; null when the length is wrong or the value is not below `modulus`. */
export function fieldFromBytes(b: Uint8Array, modulus: bigint = FIELD_R): bigint | null {
  if (b.length !== FIELD_BYTES) return null;
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v < modulus ? v : null;
}

export function fieldToBytes(v: bigint): Uint8Array {
  if (v < 0n || v >= 1n << 256n) throw new RangeError('field element out of range');
  const out = new Uint8Array(FIELD_BYTES);
  for (let i = FIELD_BYTES - 1; i >= 0; i--) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  return out;
}

/** A list of field elements packed as consecutive 32-byte words (ciphertexts, points); null if malformed. */
export function fieldsFromBytes(b: Uint8Array, count: number, modulus: bigint = FIELD_R): bigint[] | null {
  if (b.length !== count * FIELD_BYTES) return null;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const v = fieldFromBytes(b.subarray(i * FIELD_BYTES, (i + 1) * FIELD_BYTES), modulus);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

export function fieldsToBytes(vs: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(vs.length * FIELD_BYTES);
  vs.forEach((v, i) => out.set(fieldToBytes(v), i * FIELD_BYTES));
  return out;
}

export interface Groth16Proof {
  a: [bigint, bigint];
  b: [[bigint, bigint], [bigint, bigint]];
  c: [bigint, bigint];
}

/** The 256-byte wire form of a Groth16 proof; null when a coordinate is not below FIELD_Q. */
export function decodeProof(bytes: Uint8Array): Groth16Proof | null {
  const w = fieldsFromBytes(bytes, 8, FIELD_Q);
  if (w === null) return null;
  return { a: [w[0]!, w[1]!], b: [[w[2]!, w[3]!], [w[4]!, w[5]!]], c: [w[6]!, w[7]!] };
}

export function encodeProof(p: Groth16Proof): Uint8Array {
  return fieldsToBytes([p.a[0], p.a[1], p.b[0][0], p.b[0][1], p.b[1][0], p.b[1][1], p.c[0], p.c[1]]);
}
