// Sealed mode (spec repo-sealed.md §2–§4): agents and their bonds, the seal of each dealer's report
// (proof A) and the agent's selection (proof B). The module never sees a schedule: it rebuilds each
// proof's public signals from the round, params and message and verifies the proof against the key
// params pin.
import { coinToString, normalizeCoins, parseCoins, type Coin } from '../../../chain/coins.js';
import type { Ctx } from '../../../chain/context.js';
import { equalBytes, fromHex, toHex } from '../../../chain/codec/bytes.js';
import { sha256 } from '../../../chain/crypto.js';
import { marketchain } from '../../../proto/repo.js';
import type { BankDeps, CheckTxVerifier, ProofVerifier } from '../deps.js';
import * as E from '../errors.js';
import { emitAgentEvent, emitRoundEvent, EVENT_TYPES } from '../events.js';
import {
  findAgent, findCommitmentUse, findProofUse, findRound, getParams, getRound, getVkBytes, indexAcceptedProofs, REPO_MODULE_ADDRESS, setProofUse, saveAgent, saveRound, type Agent, type ProofUseEntry,
} from '../keeper.js';
import { decodeVk, type VerifyingKey, type VerifyResult } from '../math/groth16.js';
import { babyJubjubKey } from '../math/babyjub.js';
import { fieldFromBytes, roleNumber, sealPublicSignals, selectPublicSignals, type Groth16Proof } from '../math/sealed.js';
import { sealParts, checkProofBytes, type MsgRegisterAgent, type MsgSealReport, type MsgSelect, type MsgWithdrawAgentBond } from '../msgs.js';
import { agentBondFor, type RepoParams } from '../params.js';
import { bondCoin, isSealed, PHASES, roleOf, type Round } from '../round.js';
import { refundHeldBonds } from './settle.js';
import { applyTrade } from './reports.js';

const V1 = marketchain.repo.v1;

// ---- coin sums of an agent (coin strings, zero entries dropped) ---------------------------------

function addCoin(s: string, c: Coin, sign: 1n | -1n): string {
  const cs = parseCoins(s);
  const i = cs.findIndex((x) => x.denom === c.denom);
  const have = i >= 0 ? cs[i]!.amount : 0n;
  const next = have + sign * c.amount;
  if (next < 0n) throw new Error(`repo: agent coins ${s} would go below zero by ${coinToString(c)}`);
  const rest = cs.filter((x) => x.denom !== c.denom);
  return normalizeCoins(next > 0n ? [...rest, { denom: c.denom, amount: next }] : rest).map(coinToString).join(',');
}

export function amountOf(s: string, denom: string): bigint {
  return parseCoins(s).find((c) => c.denom === denom)?.amount ?? 0n;
}

/** An agent's bond not reserved by open rounds, in `denom`. */
export function freeAgentBond(a: Agent, denom: string): bigint {
  return amountOf(a.bond, denom) - amountOf(a.reserved, denom);
}

export function registerAgent(ctx: Ctx, bank: BankDeps, m: MsgRegisterAgent): void {
  const prev = findAgent(ctx, m.sender);
  const a = prev ?? V1.Agent.create({ address: m.sender, encPubkey: m.encPubkey, bond: '', reserved: '', openRounds: 0 });
  const rotates = prev !== undefined && !equalBytes(prev.encPubkey, m.encPubkey);
  if (rotates && prev.openRounds > 0) {
    throw E.ErrAgentKeyReserved(`agent ${m.sender} is named by ${prev.openRounds} open sealed round(s); its dealers encrypt to the registered key`);
  }
  a.encPubkey = m.encPubkey;
  const add = m.bond === '' ? null : parseCoins(m.bond)[0]!;
  if (add) {
    bank.sendCoins(ctx, m.sender, REPO_MODULE_ADDRESS, [add]);
    a.bond = addCoin(a.bond, add, 1n);
  }
  saveAgent(ctx, a);
  emitAgentEvent(ctx, EVENT_TYPES.agentRegistered, m.sender, [
    ['enc_pubkey', toHex(m.encPubkey)], ['added', add ? coinToString(add) : ''], ['bond', a.bond], ['reserved', a.reserved], ['key_rotated', rotates],
  ]);
}

/** The agent takes back standing bond no open round reserves; returns the bond left. */
export function withdrawAgentBond(ctx: Ctx, bank: BankDeps, m: MsgWithdrawAgentBond): string {
  const a = findAgent(ctx, m.sender);
  if (!a) throw E.ErrAgentNotRegistered(`${m.sender} is not a registered agent`);
  const c = parseCoins(m.amount)[0]!;
  const free = freeAgentBond(a, c.denom);
  if (c.amount > free) throw E.ErrWithdrawAboveFree(`agent ${m.sender} has ${free}${c.denom} free (bond ${a.bond || '0'}, reserved ${a.reserved || '0'}); asked ${coinToString(c)}`);
  a.bond = addCoin(a.bond, c, -1n);
  bank.sendCoins(ctx, REPO_MODULE_ADDRESS, m.sender, [c]);
  saveAgent(ctx, a);
  emitAgentEvent(ctx, EVENT_TYPES.agentBondWithdrawn, m.sender, [['amount', coinToString(c)], ['bond', a.bond], ['reserved', a.reserved]]);
  return a.bond;
}

/** At open of a sealed round: the keys must be configured, the agent registered with enough free bond; reserves it. */
export function reserveAgent(ctx: Ctx, p: RepoParams, r: Round): void {
  for (const [name, hash] of [['seal_vk_hash', p.sealVkHash], ['select_vk_hash', p.selectVkHash]] as const) {
    if (hash === '' || !getVkBytes(ctx, fromHex(hash))) throw E.ErrUnknownVk(`params ${name} ${JSON.stringify(hash)} names no stored verification key: sealed rounds are off`);
  }
  const a = findAgent(ctx, r.agent);
  if (!a) throw E.ErrAgentNotRegistered(`agent ${r.agent} has no registered key (MsgRegisterAgent)`);
  const need = agentBondFor(p, r.cashDenom);
  if (!need) throw E.ErrInvalidRound(`cash denom ${r.cashDenom} has no agent bond in params agent_bond ${JSON.stringify(p.agentBond)}: no sealed rounds in it`);
  const free = freeAgentBond(a, need.denom);
  if (free < need.amount) throw E.ErrAgentBondTooSmall(`agent ${r.agent} has ${free}${need.denom} free (bond ${a.bond || '0'}, reserved ${a.reserved || '0'}); a sealed round reserves ${coinToString(need)}`);
  a.reserved = addCoin(a.reserved, need, 1n);
  a.openRounds += 1;
  saveAgent(ctx, a);
  r.agentBond = coinToString(need);
  r.agentBondHeld = true;
}

/** Ends the round's reservation; with `forfeit` it splits the reserved bond between the dealers (select timeout). */
export function releaseAgent(ctx: Ctx, bank: BankDeps, r: Round, forfeit: boolean): void {
  if (!r.agentBondHeld) return;
  const a = findAgent(ctx, r.agent)!;
  const c = parseCoins(r.agentBond)[0]!;
  a.reserved = addCoin(a.reserved, c, -1n);
  a.openRounds -= 1;
  r.agentBondHeld = false;
  if (forfeit) {
    a.bond = addCoin(a.bond, c, -1n);
    // Half to each dealer; the odd unit, if any, to BDrm (the protocol's fixed remainder recipient).
    const half = c.amount / 2n;
    const toRm = c.amount - half;
    for (const [to, amount] of [[r.bdMm, half], [r.bdRm, toRm]] as const) {
      if (amount > 0n) bank.sendCoins(ctx, REPO_MODULE_ADDRESS, to, [{ denom: c.denom, amount }]);
      emitRoundEvent(ctx, EVENT_TYPES.agentBondForfeited, r.id, [['agent', r.agent], ['recipient', to], ['amount', coinToString({ denom: c.denom, amount })]]);
    }
  } else {
    emitRoundEvent(ctx, EVENT_TYPES.agentBondReleased, r.id, [['agent', r.agent], ['amount', r.agentBond]]);
  }
  saveAgent(ctx, a);
}

/** A verdict, or null when the proof was not verified (CheckTx's budget used up: the block verifies it). */
type Verify = (vkHash: Uint8Array, vk: VerifyingKey, signals: readonly bigint[], proof: Groth16Proof) => VerifyResult | null;

const inBlock = (verifier: ProofVerifier): Verify => verifier;
const atCheckTx = (ctx: Ctx, verifier: CheckTxVerifier): Verify => (hash, vk, signals, proof) => verifier(ctx.block.height, hash, vk, signals, proof);

function verifyOrThrow(ctx: Ctx, verify: Verify, hashHex: string, what: string, gas: number, signals: bigint[], proof: Groth16Proof): void {
  const hash = hashHex === '' ? null : fromHex(hashHex);
  const bytes = hash ? getVkBytes(ctx, hash) : undefined;
  const vk = bytes ? decodeVk(bytes, false) : null;
  if (!hash || !vk) throw E.ErrUnknownVk(`${what} verification key ${JSON.stringify(hashHex)} is not stored`);
  ctx.gas.consume(gas, `repo ${what} verification`);
  const res = verify(hash, vk, signals, proof);
  if (res && !res.ok) throw E.ErrInvalidProof(`${what} does not verify (${res.reason}) for round signals ${signals.slice(0, 3).join(', ')}, …`);
}

function useName(e: ProofUseEntry): string {
  return e.use === 'select' ? `round ${e.roundId}'s selection (proof B)` : `round ${e.roundId}'s ${e.use} seal`;
}

/**
 * A proof or sealed commitment already accepted belongs to the round that accepted it. Round id and
 * role are public signals, so such a replay could never verify here; refusing it by index costs a
 * store read instead of a pairing and names the round it came from. (A re-randomised copy of a proof
 * has other bytes and still fails the pairing, repo/32.)
 */
function refuseReuse(ctx: Ctx, r: Round, proof: Uint8Array, commitment: Uint8Array | null): void {
  const p = findProofUse(ctx, sha256(proof));
  if (p) throw E.ErrProofReused(`round ${r.id}: this proof was already accepted as ${useName(p)}`);
  const c = commitment ? findCommitmentUse(ctx, commitment) : undefined;
  if (c) throw E.ErrProofReused(`round ${r.id}: this commitment was already accepted in ${useName(c)}`);
}

function requireSealed(r: Round, what: string): void {
  if (!isSealed(r)) throw E.ErrWrongPrivacyMode(`round ${r.id} is public: ${what} is for sealed rounds (public rounds use commit and reveal)`);
}

/** Proof A against the signals rebuilt from the round, params, the agent's key and the message. */
function verifySeal(ctx: Ctx, verify: Verify, r: Round, role: 'mm' | 'rm', parts: ReturnType<typeof sealParts>): void {
  const agentPub = babyJubjubKey(findAgent(ctx, r.agent)!.encPubkey)!;
  const p = getParams(ctx);
  const signals = sealPublicSignals({
    roundId: BigInt(r.id), role: roleNumber(role), maxQty: BigInt(r.maxQty), maxRateBps: BigInt(p.maxRateBps), maxHurdleBps: BigInt(p.maxHurdleBps),
    commitment: parts.commitment, agentPub, ephPub: parts.ephPub, ciphertext: parts.ciphertext,
  });
  verifyOrThrow(ctx, verify, p.sealVkHash, 'seal proof A', p.sealVerifyGas, signals, parts.proof);
}

/** Proof B against the signals rebuilt from the round's commitments and the claimed outcome. */
function verifySelect(ctx: Ctx, verify: Verify, r: Round, m: MsgSelect): void {
  const p = getParams(ctx);
  const trade = m.traded ? { q: BigInt(m.q), rMmBps: BigInt(m.rMmBps), rRmBps: BigInt(m.rRmBps) } : null;
  const signals = selectPublicSignals({ roundId: BigInt(r.id), commitmentMm: fieldFromBytes(r.commitmentMm)!, commitmentRm: fieldFromBytes(r.commitmentRm)!, trade });
  verifyOrThrow(ctx, verify, p.selectVkHash, 'select proof B', p.selectVerifyGas, signals, checkProofBytes(m.proof));
}

/**
 * CheckTx: when the check state already holds what the block will check against (the round in the
 * seal window, the sender a dealer yet to seal), verify proof A now: a proof that cannot verify never
 * reaches the mempool, and the verifier's cache has the verdict when the block runs the tx. Anything
 * else is left to the block (another message of the tx may open the round). A refused tx pays no fee,
 * so the node bounds the pairings CheckTx makes per height (CheckTxVerifier); past that bound the tx
 * is admitted unverified and the block's verification, which charges gas and fee, decides it.
 */
export function checkTxSeal(ctx: Ctx, verifier: CheckTxVerifier, m: MsgSealReport): void {
  const r = findRound(ctx, BigInt(m.roundId));
  if (!r || !isSealed(r) || r.phase !== PHASES.COMMIT || ctx.block.height > r.commitDeadline) return;
  const role = roleOf(r, m.sender);
  if (!role || (role === 'mm' ? r.bondMmHeld : r.bondRmHeld)) return;
  const other = role === 'mm' ? r.commitmentRm : r.commitmentMm;
  if (other.length > 0 && equalBytes(other, m.commitment)) return;
  const parts = sealParts(m);
  refuseReuse(ctx, r, m.proof, m.commitment);
  verifySeal(ctx, atCheckTx(ctx, verifier), r, role, parts);
}

/** CheckTx for MsgSelect, as checkTxSeal: verifies proof B when the round is SEALED and the sender its agent. */
export function checkTxSelect(ctx: Ctx, verifier: CheckTxVerifier, m: MsgSelect): void {
  const r = findRound(ctx, BigInt(m.roundId));
  if (!r || !isSealed(r) || r.phase !== PHASES.SEALED || ctx.block.height > r.revealDeadline || m.sender !== r.agent) return;
  const p = getParams(ctx);
  if (m.traded && (m.q > r.maxQty || m.rMmBps > p.maxRateBps || m.rRmBps > p.maxRateBps)) return;
  checkProofBytes(m.proof);
  refuseReuse(ctx, r, m.proof, null);
  verifySelect(ctx, atCheckTx(ctx, verifier), r, m);
}

export function sealReport(ctx: Ctx, bank: BankDeps, verifier: ProofVerifier, m: MsgSealReport): string {
  const r = getRound(ctx, BigInt(m.roundId));
  requireSealed(r, 'MsgSealReport');
  if (r.phase !== PHASES.COMMIT) throw E.ErrWrongPhase(`round ${r.id} is ${r.phase}, not COMMIT (the seal window)`);
  if (ctx.block.height > r.commitDeadline) throw E.ErrDeadlinePassed(`round ${r.id} seal deadline was height ${r.commitDeadline}, now ${ctx.block.height}`);
  const role = roleOf(r, m.sender);
  if (!role) throw E.ErrUnauthorized(`${m.sender} is not a dealer of round ${r.id}`);
  if (role === 'mm' ? r.bondMmHeld : r.bondRmHeld) throw E.ErrAlreadyCommitted(`${role} dealer ${m.sender} already sealed in round ${r.id}`);
  const parts = sealParts(m);
  const other = role === 'mm' ? r.commitmentRm : r.commitmentMm;
  if (other.length > 0 && equalBytes(other, m.commitment)) throw E.ErrInvalidCommitment(`round ${r.id}: ${role}'s commitment equals the other dealer's`);
  refuseReuse(ctx, r, m.proof, m.commitment);
  verifySeal(ctx, inBlock(verifier), r, role, parts);
  bank.sendCoins(ctx, m.sender, REPO_MODULE_ADDRESS, [bondCoin(r)]);
  const sealed = V1.SealedReport.create({ ciphertextHash: sha256(m.ciphertext), ephPubkey: m.ephPubkey, proofHash: sha256(m.proof), sealedHeight: ctx.block.height });
  if (role === 'mm') {
    r.commitmentMm = m.commitment;
    r.sealedMm = sealed;
    r.bondMmHeld = true;
  } else {
    r.commitmentRm = m.commitment;
    r.sealedRm = sealed;
    r.bondRmHeld = true;
  }
  if (r.bondMmHeld && r.bondRmHeld) r.phase = PHASES.SEALED;
  saveRound(ctx, r);
  indexAcceptedProofs(ctx, r);
  emitRoundEvent(ctx, EVENT_TYPES.reportSealed, r.id, [
    ['dealer', m.sender], ['role', role], ['commitment', toHex(m.commitment)], ['ciphertext_hash', toHex(sealed.ciphertextHash)],
    ['proof_hash', toHex(sealed.proofHash)], ['bond', r.bond], ['phase', r.phase], ...(r.phase === PHASES.SEALED ? [['select_deadline', r.revealDeadline] as [string, number]] : []),
  ]);
  return r.phase;
}

export function selectSealed(ctx: Ctx, bank: BankDeps, verifier: ProofVerifier, m: MsgSelect): string {
  const r = getRound(ctx, BigInt(m.roundId));
  requireSealed(r, 'MsgSelect');
  if (r.phase !== PHASES.SEALED) throw E.ErrWrongPhase(`round ${r.id} is ${r.phase}, not SEALED`);
  if (ctx.block.height > r.revealDeadline) throw E.ErrDeadlinePassed(`round ${r.id} select deadline was height ${r.revealDeadline}, now ${ctx.block.height}`);
  if (m.sender !== r.agent) throw E.ErrNotAgent(`${m.sender} is not round ${r.id}'s agent ${r.agent}`);
  const p = getParams(ctx);
  if (m.traded && (m.q > r.maxQty || m.rMmBps > p.maxRateBps || m.rRmBps > p.maxRateBps)) {
    throw E.ErrInvalidOutcome(`round ${r.id}: q ${m.q} (max_qty ${r.maxQty}), r_mm ${m.rMmBps}, r_rm ${m.rRmBps} (max_rate_bps ${p.maxRateBps})`);
  }
  const trade = m.traded ? { q: BigInt(m.q), rMmBps: BigInt(m.rMmBps), rRmBps: BigInt(m.rRmBps) } : null;
  checkProofBytes(m.proof);
  refuseReuse(ctx, r, m.proof, null);
  verifySelect(ctx, inBlock(verifier), r, m);
  r.selectProofHash = sha256(m.proof);
  setProofUse(ctx, r.selectProofHash, { roundId: BigInt(r.id), use: 'select' });
  releaseAgent(ctx, bank, r, false);
  if (!trade) {
    r.selection = V1.Selection.create({ trade: false });
    r.phase = PHASES.NO_TRADE;
    r.outcome = 'the agent proved that no candidate has a positive spread at or above both hurdles';
    r.closedHeight = ctx.block.height;
    emitRoundEvent(ctx, EVENT_TYPES.noTrade, r.id, [['proof_hash', toHex(r.selectProofHash)]]);
    refundHeldBonds(ctx, bank, r);
    emitRoundEvent(ctx, EVENT_TYPES.roundClosed, r.id, [['phase', r.phase], ['outcome', r.outcome]]);
  } else {
    const spread = trade.rRmBps - trade.rMmBps;
    // The hurdles stay private: the proof shows the spread clears both, not what they are.
    applyTrade(ctx, r, { ...trade, rBdX2: trade.rMmBps + trade.rRmBps, spreadBps: spread, jointProfit: spread * trade.q }, 0n, [['proof_hash', toHex(r.selectProofHash)]]);
  }
  saveRound(ctx, r);
  return r.phase;
}

/** The seal deadline passed: nobody learned anything, so bonds go back and the agent is released. */
export function expireSealWindow(ctx: Ctx, bank: BankDeps, r: Round): string {
  const missing = [!r.bondMmHeld && 'bd_mm', !r.bondRmHeld && 'bd_rm'].filter(Boolean).join(' and ');
  refundHeldBonds(ctx, bank, r);
  releaseAgent(ctx, bank, r, false);
  return `${missing} did not seal by height ${r.commitDeadline}`;
}

/** The select deadline passed: the agent stalled; its reserved bond goes to the dealers, their bonds back. */
export function expireSelectWindow(ctx: Ctx, bank: BankDeps, r: Round): string {
  refundHeldBonds(ctx, bank, r);
  releaseAgent(ctx, bank, r, true);
  return `agent ${r.agent} did not select by height ${r.revealDeadline}; its bond ${r.agentBond} goes half to each dealer (remainder to bd_rm)`;
}
