// Stateless checks of repo messages, and the pure tools the CLI uses offline (commitment, selection).
import { parseCoins } from '../../chain/coins.js';
import { parseUint } from '../../chain/codec/decimal.js';
import { isAddress, sha256 } from '../../chain/crypto.js';
import { equalBytes, toHex } from '../../chain/codec/bytes.js';
import { type ErrorDef, sdkErrors } from '../../chain/errors.js';
import { marketchain } from '../../proto/repo.js';
import * as E from './errors.js';
import { checkSchedule, type SchedulePoint, type ScheduleIssueKind, type Side } from './math/schedule.js';
import { HARD_MAX_PHASE_BLOCKS, HARD_MAX_POINTS, HARD_MAX_RATE_BPS } from './params.js';
import { babyJubjubKey } from './math/babyjub.js';
import { CIPHERTEXT_FIELDS, decodeProof, fieldFromBytes, fieldsFromBytes, PROOF_BYTES, type Groth16Proof } from './math/sealed.js';
import { PRIVACY_PUBLIC, PRIVACY_SEALED } from './round.js';

export { computeCommitment, commitmentPreimage, COMMITMENT_DOMAIN, SALT_BYTES } from './commitment.js';
export { selectTrade, type Candidate, type SelectionResult, type Trade } from './math/selection.js';
export { checkSchedule, type SchedulePoint, type Side } from './math/schedule.js';
export { splitInterest } from './math/interest.js';

type M = typeof marketchain.repo.v1;
export type MsgOpenRound = ReturnType<M['MsgOpenRound']['decode']>;
export type MsgCommitReport = ReturnType<M['MsgCommitReport']['decode']>;
export type MsgRevealReport = ReturnType<M['MsgRevealReport']['decode']>;
export type MsgAcceptLeg = ReturnType<M['MsgAcceptLeg']['decode']>;
export type MsgRepurchase = ReturnType<M['MsgRepurchase']['decode']>;
export type MsgExpireRound = ReturnType<M['MsgExpireRound']['decode']>;
export type MsgRegisterAgent = ReturnType<M['MsgRegisterAgent']['decode']>;
export type MsgSealReport = ReturnType<M['MsgSealReport']['decode']>;
export type MsgSelect = ReturnType<M['MsgSelect']['decode']>;
export type MsgWithdrawAgentBond = ReturnType<M['MsgWithdrawAgentBond']['decode']>;

export const TYPE_URLS = {
  openRound: '/marketchain.repo.v1.MsgOpenRound',
  commitReport: '/marketchain.repo.v1.MsgCommitReport',
  revealReport: '/marketchain.repo.v1.MsgRevealReport',
  acceptLeg: '/marketchain.repo.v1.MsgAcceptLeg',
  repurchase: '/marketchain.repo.v1.MsgRepurchase',
  expireRound: '/marketchain.repo.v1.MsgExpireRound',
  registerAgent: '/marketchain.repo.v1.MsgRegisterAgent',
  sealReport: '/marketchain.repo.v1.MsgSealReport',
  select: '/marketchain.repo.v1.MsgSelect',
  withdrawAgentBond: '/marketchain.repo.v1.MsgWithdrawAgentBond',
} as const;

const ISSUE_ERRORS: Record<ScheduleIssueKind, ErrorDef> = {
  empty: E.ErrEmptySchedule,
  too_many_points: E.ErrTooManyPoints,
  qty_not_positive: E.ErrQtyNotPositive,
  qty_duplicate: E.ErrDuplicateQty,
  qty_not_ascending: E.ErrQtyNotAscending,
  rate_out_of_bounds: E.ErrRateOutOfBounds,
  mm_rate_not_increasing: E.ErrMmRateNotIncreasing,
  rm_rate_not_decreasing: E.ErrRmRateNotDecreasing,
};

function checkAddr(a: string, what: string): void {
  if (!isAddress(a)) throw sdkErrors.InvalidAddress(`invalid ${what} address ${JSON.stringify(a)}`);
}

function checkUint(v: unknown, what: string, min: number, max: number, err: ErrorDef = E.ErrInvalidRound): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) throw err(`${what} ${JSON.stringify(v)} must be an integer in [${min}, ${max}]`);
  return v;
}

export function checkRoundId(id: unknown): bigint {
  return BigInt(checkUint(id, 'round_id', 1, Number.MAX_SAFE_INTEGER, E.ErrRoundNotFound));
}

/** Proto points → bigint points (rejecting unsafe 64-bit numbers). */
export function toPoints(points: { rateBps?: number | null; qty?: number | null }[]): SchedulePoint[] {
  return points.map((p, i) => {
    const rate = p.rateBps ?? 0;
    const qty = p.qty ?? 0;
    if (!Number.isSafeInteger(rate) || rate < 0) throw E.ErrRateOutOfBounds(`point ${i} has rate ${rate} bps`);
    if (!Number.isSafeInteger(qty) || qty < 0) throw E.ErrQtyNotPositive(`point ${i} has qty ${qty}`);
    return { rateBps: BigInt(rate), qty: BigInt(qty) };
  });
}

/** Canonical-form check of a report with its own error code per §4.1 negative test. */
export function checkReport(side: Side, hurdleBps: number, points: SchedulePoint[], limits: { maxPoints: number; maxRateBps: number; maxHurdleBps: number; maxQty?: number }): void {
  checkUint(hurdleBps, 'hurdle_bps', 0, limits.maxHurdleBps, E.ErrHurdleOutOfBounds);
  const issue = checkSchedule(points, side, { maxPoints: limits.maxPoints, maxRateBps: BigInt(limits.maxRateBps) });
  if (issue) throw ISSUE_ERRORS[issue.kind](issue.detail);
  // The bond covers trades up to max_qty lots; the canonical schedule's last point is its largest qty.
  const last = points[points.length - 1]!;
  if (limits.maxQty !== undefined && last.qty > BigInt(limits.maxQty)) throw E.ErrQtyAboveCap(`point ${points.length - 1} has qty ${last.qty}, above the round's max_qty ${limits.maxQty}`);
}

/**
 * One address per role: a party holding two roles can stay silent in one of them and collect, in the
 * other, the bond its own silence forfeits (e.g. bd_mm = rm_client takes BDrm's bond when "RM" never
 * accepts), so the bonds would no longer tie each dealer to its own step.
 */
function checkDistinctParties(m: MsgOpenRound): void {
  const roles = [['bd_mm', m.bdMm], ['bd_rm', m.bdRm], ['mm_client', m.mmClient], ['rm_client', m.rmClient]] as const;
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      if (roles[i]![1] === roles[j]![1]) throw E.ErrPartiesNotDistinct(`${roles[i]![0]} and ${roles[j]![0]} are both ${roles[i]![1]}`);
    }
  }
}

export function validateOpenRound(m: MsgOpenRound): void {
  checkAddr(m.sender, 'sender');
  checkAddr(m.bdMm, 'bd_mm');
  checkAddr(m.bdRm, 'bd_rm');
  checkAddr(m.mmClient, 'mm_client');
  checkAddr(m.rmClient, 'rm_client');
  checkDistinctParties(m);
  if (m.sender !== m.bdMm && m.sender !== m.bdRm) throw E.ErrUnauthorized(`sender ${m.sender} is neither bd_mm nor bd_rm`);
  try {
    if (parseCoins(`1${m.cashDenom}`)[0]!.denom !== m.cashDenom) throw new Error('bad');
    if (parseCoins(`1${m.collateralDenom}`)[0]!.denom !== m.collateralDenom) throw new Error('bad');
  } catch {
    throw E.ErrInvalidRound(`invalid denom in cash_denom ${JSON.stringify(m.cashDenom)} / collateral_denom ${JSON.stringify(m.collateralDenom)}`);
  }
  if (m.cashDenom === m.collateralDenom) throw E.ErrInvalidRound(`cash and collateral are both ${m.cashDenom}`);
  let lot: bigint;
  try {
    lot = parseUint(m.lotSize, 'lot_size', (1n << 128n) - 1n);
  } catch {
    throw E.ErrInvalidRound(`lot_size ${JSON.stringify(m.lotSize)} is not a decimal integer below 2^128`);
  }
  if (lot === 0n) throw E.ErrInvalidRound('lot_size must be positive');
  let bond;
  try {
    bond = parseCoins(m.bond);
  } catch {
    throw E.ErrInvalidRound(`bond ${JSON.stringify(m.bond)} is not a coin such as 1475647uusdc`);
  }
  if (bond.length !== 1) throw E.ErrInvalidRound(`bond ${JSON.stringify(m.bond)} must be exactly one coin`);
  checkUint(m.tenorBlocks, 'tenor_blocks', 1, Number.MAX_SAFE_INTEGER);
  checkUint(m.maxQty, 'max_qty', 1, Number.MAX_SAFE_INTEGER);
  checkUint(m.commitBlocks, 'commit_blocks', 1, HARD_MAX_PHASE_BLOCKS);
  checkUint(m.revealBlocks, 'reveal_blocks', 1, HARD_MAX_PHASE_BLOCKS);
  checkUint(m.acceptBlocks, 'accept_blocks', 1, HARD_MAX_PHASE_BLOCKS);
  if (m.privacy !== PRIVACY_PUBLIC && m.privacy !== PRIVACY_SEALED) throw E.ErrWrongPrivacyMode(`privacy ${m.privacy} is neither 0 (public) nor 1 (sealed)`);
  if (m.privacy === PRIVACY_PUBLIC && m.agent !== '') throw E.ErrWrongPrivacyMode(`agent ${m.agent} given for a public round (agents select only in sealed rounds)`);
  if (m.privacy === PRIVACY_SEALED) {
    if (m.agent === '') throw E.ErrWrongPrivacyMode('a sealed round needs an agent');
    checkAddr(m.agent, 'agent');
    // The agent reads both reports: as a party it would see the other side's schedule.
    for (const [role, a] of [['bd_mm', m.bdMm], ['bd_rm', m.bdRm], ['mm_client', m.mmClient], ['rm_client', m.rmClient]] as const) {
      if (a === m.agent) throw E.ErrPartiesNotDistinct(`agent and ${role} are both ${a}`);
    }
  }
}

/** A stateless check of an encryption key: 64 bytes, a Baby Jubjub point other than the identity. */
export function checkEncKey(b: Uint8Array, what: string, err: ErrorDef): [bigint, bigint] {
  const k = b instanceof Uint8Array ? babyJubjubKey(b) : null;
  if (!k) throw err(`${what} (${b?.length ?? 0} bytes) is not x ‖ y of a Baby Jubjub point, 32 bytes each below r`);
  return k;
}

export function checkProofBytes(b: Uint8Array): Groth16Proof {
  const p = b instanceof Uint8Array ? decodeProof(b) : null;
  if (!p) throw E.ErrMalformedProof(`proof has ${b?.length ?? 0} bytes (want ${PROOF_BYTES}, each 32-byte coordinate below q)`);
  return p;
}

export function validateRegisterAgent(m: MsgRegisterAgent): void {
  checkAddr(m.sender, 'sender');
  checkEncKey(m.encPubkey, 'enc_pubkey', E.ErrInvalidEncKey);
  if (m.bond === '') return;
  let bond;
  try {
    bond = parseCoins(m.bond);
  } catch {
    throw E.ErrAgentBondTooSmall(`bond ${JSON.stringify(m.bond)} is not a coin such as 1000000uusdc`);
  }
  if (bond.length !== 1) throw E.ErrAgentBondTooSmall(`bond ${JSON.stringify(m.bond)} must be exactly one positive coin (or empty to only rotate the key)`);
}

/** One positive coin (the handler checks it against the agent's free bond). */
export function validateWithdrawAgentBond(m: MsgWithdrawAgentBond): void {
  checkAddr(m.sender, 'sender');
  let amount;
  try {
    amount = parseCoins(m.amount);
  } catch {
    throw sdkErrors.InvalidCoins(`amount ${JSON.stringify(m.amount)} is not a coin such as 1000000uusdc`);
  }
  if (amount.length !== 1) throw sdkErrors.InvalidCoins(`amount ${JSON.stringify(m.amount)} must be exactly one positive coin`);
}

export interface SealParts {
  commitment: bigint;
  ciphertext: bigint[];
  ephPub: [bigint, bigint];
  proof: Groth16Proof;
}

/** Every byte field of a seal decoded and bounded; the handler only rebuilds the public signals. */
export function sealParts(m: MsgSealReport): SealParts {
  const commitment = m.commitment instanceof Uint8Array ? fieldFromBytes(m.commitment) : null;
  if (commitment === null) throw E.ErrInvalidCommitment(`commitment (${m.commitment?.length ?? 0} bytes) must be 32 bytes, a field element below r`);
  const ciphertext = m.ciphertext instanceof Uint8Array ? fieldsFromBytes(m.ciphertext, CIPHERTEXT_FIELDS) : null;
  if (!ciphertext) throw E.ErrMalformedCiphertext(`ciphertext (${m.ciphertext?.length ?? 0} bytes) must be ${CIPHERTEXT_FIELDS} × 32 bytes, each below r`);
  const ephPub = checkEncKey(m.ephPubkey, 'eph_pubkey', E.ErrMalformedCiphertext);
  const proof = checkProofBytes(m.proof);
  if (!(m.ciphertextHash instanceof Uint8Array) || m.ciphertextHash.length !== 32) {
    throw E.ErrMalformedCiphertext(`ciphertext_hash (${m.ciphertextHash?.length ?? 0} bytes) must be the 32-byte sha256 of the ciphertext the proof was made for`);
  }
  // The ciphertext is part of proof A's statement, so a pairing cannot tell a forged proof from one made
  // for other bytes; the declared hash can, and costs a hash where the pairing would cost milliseconds.
  const actual = sha256(m.ciphertext);
  if (!equalBytes(actual, m.ciphertextHash)) {
    throw E.ErrCiphertextMismatch(`ciphertext hashes to ${toHex(actual)}, its proof was made for ${toHex(m.ciphertextHash)}`);
  }
  return { commitment, ciphertext, ephPub, proof };
}

export function validateSealReport(m: MsgSealReport): void {
  checkAddr(m.sender, 'sender');
  checkRoundId(m.roundId);
  sealParts(m);
}

/** The outcome's shape: all zero for NO_TRADE; q ≥ 1 and r_rm > r_mm (a positive spread) for a trade. */
export function validateSelect(m: MsgSelect): void {
  checkAddr(m.sender, 'sender');
  checkRoundId(m.roundId);
  checkProofBytes(m.proof);
  if (!m.traded) {
    if (m.q !== 0 || m.rMmBps !== 0 || m.rRmBps !== 0) throw E.ErrInvalidOutcome(`NO_TRADE must carry q = r_mm_bps = r_rm_bps = 0, got ${m.q}, ${m.rMmBps}, ${m.rRmBps}`);
    return;
  }
  checkUint(m.q, 'q', 1, Number.MAX_SAFE_INTEGER, E.ErrInvalidOutcome);
  checkUint(m.rMmBps, 'r_mm_bps', 0, HARD_MAX_RATE_BPS, E.ErrInvalidOutcome);
  checkUint(m.rRmBps, 'r_rm_bps', 0, HARD_MAX_RATE_BPS, E.ErrInvalidOutcome);
  if (m.rRmBps <= m.rMmBps) throw E.ErrInvalidOutcome(`a trade needs r_rm_bps > r_mm_bps, got ${m.rRmBps} ≤ ${m.rMmBps}`);
}

export function validateCommitReport(m: MsgCommitReport): void {
  checkAddr(m.sender, 'sender');
  checkRoundId(m.roundId);
  if (!(m.commitment instanceof Uint8Array) || m.commitment.length !== 32) throw E.ErrInvalidCommitment(`commitment has ${m.commitment?.length ?? 0} bytes`);
}

/** Stateless reveal checks: hard caps only (the handler re-checks against params and the dealer's role). */
export function validateRevealReport(m: MsgRevealReport): void {
  checkAddr(m.sender, 'sender');
  checkRoundId(m.roundId);
  if (!(m.salt instanceof Uint8Array) || m.salt.length !== 32) throw E.ErrInvalidSalt(`salt has ${m.salt?.length ?? 0} bytes`);
  checkUint(m.hurdleBps, 'hurdle_bps', 0, 2 * HARD_MAX_RATE_BPS, E.ErrHurdleOutOfBounds);
  if (m.points.length === 0) throw E.ErrEmptySchedule('reveal has no points');
  if (m.points.length > HARD_MAX_POINTS) throw E.ErrTooManyPoints(`reveal has ${m.points.length} points, more than ${HARD_MAX_POINTS}`);
  toPoints(m.points);
}

export function validateRoundAction(m: MsgAcceptLeg | MsgRepurchase | MsgExpireRound): void {
  checkAddr(m.sender, 'sender');
  checkRoundId(m.roundId);
}
