// The dealer's side: seal a report for the agent with proof A; and the agent's side: open it.
import { createHash } from 'node:crypto';
import { Base8, mulPointEscalar, subOrder } from '@zk-kit/baby-jubjub';
import type { SchedulePoint } from '../modules/repo/math/schedule.js';
import { poseidonEncrypt } from '@zk-kit/poseidon-cipher';
import { CIPHERTEXT_FIELDS, ROLE_MM, ROLE_RM, SALT_BITS, SEALED_MAX_POINTS, fieldFromBytes, fieldToBytes, fieldsFromBytes, fieldsToBytes, reportFields, sealNonce, sealPublicSignals } from '../modules/repo/math/sealed.js';
import { type BabyPoint, isValidPublicKey, randomBits, randomScalar, sharedKey } from './keys.js';
import { type CircuitInput, type ProofResult, prove } from './prove.js';
import { type Report, commitFields, commitReport, decryptReport, encryptReport, reportIssue } from './report.js';

export interface SealRequest {
  roundId: bigint;
  /** 1n = mm (lending schedule D), 2n = rm (borrowing schedule S). */
  role: bigint;
  maxQty: bigint;
  maxRateBps: bigint;
  maxHurdleBps: bigint;
  hurdleBps: bigint;
  points: SchedulePoint[];
  agentPub: BabyPoint;
  /** Fixed values for reproducible tests; random by default. */
  salt?: bigint;
  ephSk?: bigint;
}

export interface SealedReport {
  commitment: bigint;
  ciphertext: bigint[];
  ephPub: BabyPoint;
  /** The 256-byte wire form of proof A. */
  proof: Uint8Array;
  publicSignals: bigint[];
  /** Kept by the dealer (it can reopen its own report with these). */
  salt: bigint;
  ephSk: bigint;
}

export interface SealWitness {
  input: CircuitInput;
  commitment: bigint;
  ciphertext: bigint[];
  ephPub: BabyPoint;
  salt: bigint;
  ephSk: bigint;
}

/**
 * The circuit input of proof A for a raw report vector (hurdle, n, qty[N], rate[N]) without any
 * check, with a matching commitment and ciphertext: for circuit tests of non-canonical reports.
 */
export function sealInputFromFields(p: { roundId: bigint; role: bigint; maxQty: bigint; maxRateBps: bigint; maxHurdleBps: bigint; fields: readonly bigint[]; salt: bigint; ephSk: bigint; agentPub: BabyPoint }): CircuitInput {
  const e = mulPointEscalar(Base8, p.ephSk);
  const plain = [...p.fields, p.salt];
  const ciphertext = poseidonEncrypt(plain, [...sharedKey(p.ephSk, p.agentPub)] as [bigint, bigint], sealNonce(p.roundId, p.role));
  return {
    round_id: p.roundId,
    role: p.role,
    max_qty: p.maxQty,
    max_rate_bps: p.maxRateBps,
    max_hurdle_bps: p.maxHurdleBps,
    commitment: commitFields(p.roundId, p.role, p.fields, p.salt),
    agent_pub: [p.agentPub[0], p.agentPub[1]],
    eph_pub: [e[0], e[1]],
    ciphertext,
    hurdle: p.fields[0]!,
    n: p.fields[1]!,
    qty: p.fields.slice(2, 2 + SEALED_MAX_POINTS),
    rate: p.fields.slice(2 + SEALED_MAX_POINTS),
    salt: p.salt,
    eph_sk: p.ephSk,
  };
}

/** Everything of a seal except the proof: the circuit input (also used by the circuit tests). */
export function sealWitness(req: SealRequest): SealWitness {
  if (req.role !== ROLE_MM && req.role !== ROLE_RM) throw new RangeError('role must be 1 (mm) or 2 (rm)');
  const report: Report = { hurdleBps: req.hurdleBps, points: req.points };
  const issue = reportIssue(req.role === ROLE_MM ? 'mm' : 'rm', report, req);
  if (issue !== null) throw new RangeError(`report cannot be sealed: ${issue}`);
  if (!isValidPublicKey(req.agentPub)) throw new RangeError('agent public key is not a Baby Jubjub subgroup point');
  const salt = req.salt ?? randomBits(SALT_BITS);
  const ephSk = req.ephSk ?? randomScalar();
  if (salt < 0n || salt >= 1n << BigInt(SALT_BITS)) throw new RangeError(`salt must be below 2^${SALT_BITS}`);
  if (ephSk <= 0n || ephSk >= subOrder) throw new RangeError('ephemeral secret must be in [1, subOrder)');
  const e = mulPointEscalar(Base8, ephSk);
  const ephPub: BabyPoint = [e[0], e[1]];
  const commitment = commitReport(req.roundId, req.role, report, salt);
  const ciphertext = encryptReport(req.roundId, req.role, report, salt, sharedKey(ephSk, req.agentPub));
  const f = reportFields(req.hurdleBps, req.points);
  const input: CircuitInput = {
    round_id: req.roundId,
    role: req.role,
    max_qty: req.maxQty,
    max_rate_bps: req.maxRateBps,
    max_hurdle_bps: req.maxHurdleBps,
    commitment,
    agent_pub: [req.agentPub[0], req.agentPub[1]],
    eph_pub: [ephPub[0], ephPub[1]],
    ciphertext,
    hurdle: f[0]!,
    n: f[1]!,
    qty: f.slice(2, 2 + SEALED_MAX_POINTS),
    rate: f.slice(2 + SEALED_MAX_POINTS),
    salt,
    eph_sk: ephSk,
  };
  return { input, commitment, ciphertext, ephPub, salt, ephSk };
}

export async function sealReport(req: SealRequest): Promise<SealedReport> {
  const w = sealWitness(req);
  const publicSignals = sealPublicSignals({
    roundId: req.roundId,
    role: req.role,
    maxQty: req.maxQty,
    maxRateBps: req.maxRateBps,
    maxHurdleBps: req.maxHurdleBps,
    commitment: w.commitment,
    agentPub: req.agentPub,
    ephPub: w.ephPub,
    ciphertext: w.ciphertext,
  });
  const r: ProofResult = await prove('seal', w.input);
  if (r.publicSignals.length !== publicSignals.length || r.publicSignals.some((s, i) => s !== publicSignals[i])) {
    throw new Error('proof A public signals differ from sealed.ts sealPublicSignals');
  }
  return { commitment: w.commitment, ciphertext: w.ciphertext, ephPub: w.ephPub, proof: r.proofBytes, publicSignals, salt: w.salt, ephSk: w.ephSk };
}

/**
 * The agent opens a sealed report: decrypts with agentSk · ephPub and, when `commitment` is given,
 * checks that the plaintext opens it. Null when it does not decrypt or does not match.
 */
export function openSealed(agentSk: bigint, roundId: bigint, role: bigint, ciphertext: readonly bigint[], ephPub: BabyPoint, commitment?: bigint): { report: Report; salt: bigint } | null {
  if (!isValidPublicKey(ephPub)) return null;
  const opened = decryptReport(roundId, role, ciphertext, sharedKey(agentSk, ephPub));
  if (opened === null) return null;
  if (commitment !== undefined && commitReport(roundId, role, opened.report, opened.salt) !== commitment) return null;
  return opened;
}

/** The byte forms that go on chain (sealed.ts): commitment 32 B, ciphertext 37 × 32 B, eph_pub x ‖ y 64 B, proof 256 B. */
export interface SealedBytes {
  commitment: Uint8Array;
  ciphertext: Uint8Array;
  ephPub: Uint8Array;
  proof: Uint8Array;
  /** sha256 of `ciphertext`: MsgSealReport.ciphertext_hash, what the proof was made for. */
  ciphertextHash: Uint8Array;
}

export function sealedToBytes(s: SealedReport): SealedBytes {
  const ciphertext = fieldsToBytes(s.ciphertext);
  return { commitment: fieldToBytes(s.commitment), ciphertext, ephPub: fieldsToBytes([s.ephPub[0], s.ephPub[1]]), proof: s.proof, ciphertextHash: new Uint8Array(createHash('sha256').update(ciphertext).digest()) };
}

/** openSealed over the on-chain byte forms; null when any of them is malformed or does not open. */
export function openSealedBytes(agentSk: bigint, roundId: bigint, role: bigint, ciphertext: Uint8Array, ephPub: Uint8Array, commitment?: Uint8Array): { report: Report; salt: bigint } | null {
  const ct = fieldsFromBytes(ciphertext, CIPHERTEXT_FIELDS);
  const e = fieldsFromBytes(ephPub, 2);
  const c = commitment === undefined ? undefined : fieldFromBytes(commitment);
  if (ct === null || e === null || c === null) return null;
  return openSealed(agentSk, roundId, role, ct, [e[0]!, e[1]!], c);
}
