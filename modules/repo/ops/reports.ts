// Round transitions up to the selection: open, commit, reveal (+ §4.2 selection on the second reveal).
import { coinToString } from '../../../chain/coins.js';
import type { Ctx } from '../../../chain/context.js';
import { equalBytes, toHex } from '../../../chain/codec/bytes.js';
import { marketchain } from '../../../proto/repo.js';
import { computeCommitment } from '../commitment.js';
import type { BankDeps } from '../deps.js';
import * as E from '../errors.js';
import { emitRoundEvent, EVENT_TYPES } from '../events.js';
import { allocateRoundId, getParams, getRound, REPO_MODULE_ADDRESS, saveRound } from '../keeper.js';
import { selectTrade, type Trade } from '../math/selection.js';
import type { EventAttr } from '../../../chain/events.js';
import { checkReport, toPoints, type MsgCommitReport, type MsgOpenRound, type MsgRevealReport } from '../msgs.js';
import { requiredBond } from '../bond.js';
import { bondCoin, isSealed, PHASES, roleOf, type Round } from '../round.js';
import { reserveAgent } from './sealed.js';
import { refundHeldBonds } from './settle.js';

const V1 = marketchain.repo.v1;

export function openRound(ctx: Ctx, m: MsgOpenRound): bigint {
  const p = getParams(ctx);
  const need = requiredBond(p, m.cashDenom, BigInt(m.maxQty), BigInt(m.lotSize), BigInt(m.tenorBlocks));
  if (!need) throw E.ErrInvalidRound(`cash denom ${m.cashDenom} has no minimum bond in params min_bond ${p.minBond} (bonds are posted in the cash denom)`);
  const bond = bondCoin({ bond: m.bond } as Round);
  if (bond.denom !== m.cashDenom || bond.amount < need.required.amount) {
    throw E.ErrBondTooSmall(`bond ${m.bond}: this round requires ${coinToString(need.required)} = ${need.explain}, posted in the cash denom ${m.cashDenom}`);
  }
  for (const [name, v] of [['commit_blocks', m.commitBlocks], ['reveal_blocks', m.revealBlocks], ['accept_blocks', m.acceptBlocks]] as const) {
    if (v > p.maxPhaseBlocks) throw E.ErrInvalidRound(`${name} ${v} exceeds max_phase_blocks ${p.maxPhaseBlocks}`);
  }
  if (m.tenorBlocks > p.maxTenorBlocks) throw E.ErrInvalidRound(`tenor_blocks ${m.tenorBlocks} exceeds max_tenor_blocks ${p.maxTenorBlocks}`);
  const id = allocateRoundId(ctx);
  const h = ctx.block.height;
  const commitDeadline = h + m.commitBlocks;
  const revealDeadline = commitDeadline + m.revealBlocks;
  const r = V1.Round.create({
    id: Number(id), phase: PHASES.COMMIT, bdMm: m.bdMm, bdRm: m.bdRm, mmClient: m.mmClient, rmClient: m.rmClient,
    cashDenom: m.cashDenom, collateralDenom: m.collateralDenom, lotSize: BigInt(m.lotSize).toString(), tenorBlocks: m.tenorBlocks,
    bond: coinToString(bond), opener: m.sender, openedHeight: h, commitDeadline, revealDeadline,
    acceptDeadline: revealDeadline + m.acceptBlocks, acceptBlocks: m.acceptBlocks, cashHeld: '0', collateralHeld: '0',
    maxQty: m.maxQty, requiredBond: coinToString(need.required), privacy: m.privacy, agent: m.agent,
  });
  if (isSealed(r)) reserveAgent(ctx, p, r);
  saveRound(ctx, r);
  emitRoundEvent(ctx, EVENT_TYPES.roundOpened, id, [
    ['opener', m.sender], ['bd_mm', m.bdMm], ['bd_rm', m.bdRm], ['mm_client', m.mmClient], ['rm_client', m.rmClient],
    ['cash_denom', m.cashDenom], ['collateral_denom', m.collateralDenom], ['lot_size', r.lotSize], ['tenor_blocks', m.tenorBlocks],
    ['max_qty', m.maxQty], ['bond', r.bond], ['required_bond', r.requiredBond], ['commit_deadline', commitDeadline], ['reveal_deadline', revealDeadline], ['accept_deadline', r.acceptDeadline],
    ...(isSealed(r) ? ([['privacy', 'sealed'], ['agent', r.agent], ['agent_bond', r.agentBond]] as EventAttr[]) : []),
  ]);
  return id;
}

function checkPhase(r: Round, phase: string, deadline: number, height: number): void {
  if (r.phase !== phase) throw E.ErrWrongPhase(`round ${r.id} is ${r.phase}, not ${phase}`);
  if (height > deadline) throw E.ErrDeadlinePassed(`round ${r.id} ${phase} deadline was height ${deadline}, now ${height}`);
}

function dealerRole(r: Round, sender: string): 'mm' | 'rm' {
  const role = roleOf(r, sender);
  if (!role) throw E.ErrUnauthorized(`${sender} is not a dealer of round ${r.id}`);
  return role;
}

export function commitReport(ctx: Ctx, bank: BankDeps, m: MsgCommitReport): void {
  const r = getRound(ctx, BigInt(m.roundId));
  if (isSealed(r)) throw E.ErrWrongPrivacyMode(`round ${r.id} is sealed: dealers seal (MsgSealReport), never commit a hash`);
  checkPhase(r, PHASES.COMMIT, r.commitDeadline, ctx.block.height);
  const role = dealerRole(r, m.sender);
  if (role === 'mm' ? r.bondMmHeld : r.bondRmHeld) throw E.ErrAlreadyCommitted(`${role} dealer ${m.sender} in round ${r.id}`);
  bank.sendCoins(ctx, m.sender, REPO_MODULE_ADDRESS, [bondCoin(r)]);
  if (role === 'mm') {
    r.commitmentMm = m.commitment;
    r.bondMmHeld = true;
  } else {
    r.commitmentRm = m.commitment;
    r.bondRmHeld = true;
  }
  if (r.bondMmHeld && r.bondRmHeld) r.phase = PHASES.REVEAL;
  saveRound(ctx, r);
  emitRoundEvent(ctx, EVENT_TYPES.reportCommitted, r.id, [['dealer', m.sender], ['role', role], ['commitment', toHex(m.commitment)], ['bond', r.bond], ['phase', r.phase]]);
}

export function revealReport(ctx: Ctx, bank: BankDeps, m: MsgRevealReport): string {
  const r = getRound(ctx, BigInt(m.roundId));
  if (isSealed(r)) throw E.ErrWrongPrivacyMode(`round ${r.id} is sealed: reports are never revealed, the agent selects (MsgSelect)`);
  checkPhase(r, PHASES.REVEAL, r.revealDeadline, ctx.block.height);
  const role = dealerRole(r, m.sender);
  if (role === 'mm' ? r.reportMm : r.reportRm) throw E.ErrAlreadyRevealed(`${role} dealer ${m.sender} in round ${r.id}`);
  const points = toPoints(m.points);
  const expected = role === 'mm' ? r.commitmentMm : r.commitmentRm;
  const got = computeCommitment(BigInt(r.id), role, BigInt(m.hurdleBps), points, m.salt);
  if (!equalBytes(got, expected)) throw E.ErrCommitmentMismatch(`round ${r.id} ${role}: reveal hashes to ${toHex(got)}, committed ${toHex(expected)}`);
  checkReport(role, m.hurdleBps, points, { ...getParams(ctx), maxQty: r.maxQty });
  const report = V1.Report.create({ hurdleBps: m.hurdleBps, points: m.points.map((p) => ({ rateBps: p.rateBps, qty: p.qty })), salt: m.salt, revealedHeight: ctx.block.height });
  if (role === 'mm') r.reportMm = report;
  else r.reportRm = report;
  emitRoundEvent(ctx, EVENT_TYPES.reportRevealed, r.id, [['dealer', m.sender], ['role', role], ['hurdle_bps', m.hurdleBps], ['points', m.points.length]]);
  if (r.reportMm && r.reportRm) runSelection(ctx, bank, r);
  saveRound(ctx, r);
  return r.phase;
}

/** §4.2 on the two revealed reports; MATCHED with the three legs, or NO_TRADE with both bonds refunded. */
function runSelection(ctx: Ctx, bank: BankDeps, r: Round): void {
  const mm = r.reportMm!;
  const rm = r.reportRm!;
  const res = selectTrade(toPoints(mm.points ?? []), toPoints(rm.points ?? []), BigInt(mm.hurdleBps ?? 0), BigInt(rm.hurdleBps ?? 0));
  const t = res.trade;
  r.selection = V1.Selection.create({
    trade: t !== null, q: Number(t?.q ?? 0n), rMmBps: Number(t?.rMmBps ?? 0n), rRmBps: Number(t?.rRmBps ?? 0n), rBdX2: Number(t?.rBdX2 ?? 0n),
    spreadBps: Number(t?.spreadBps ?? 0n), jointProfit: (t?.jointProfit ?? 0n).toString(), hurdleBps: Number(res.hurdleBps),
    candidates: res.candidates.map((c) => ({ q: Number(c.q), rMmBps: Number(c.rMmBps), rRmBps: Number(c.rRmBps), spreadBps: Number(c.spreadBps), jointProfit: c.jointProfit.toString(), feasible: c.feasible })),
  });
  if (!t) {
    r.phase = PHASES.NO_TRADE;
    r.outcome = `no candidate has a positive spread of at least ${res.hurdleBps} bps`;
    r.closedHeight = ctx.block.height;
    emitRoundEvent(ctx, EVENT_TYPES.noTrade, r.id, [['hurdle_bps', res.hurdleBps], ['candidates', res.candidates.length]]);
    refundHeldBonds(ctx, bank, r);
    emitRoundEvent(ctx, EVENT_TYPES.roundClosed, r.id, [['phase', r.phase], ['outcome', r.outcome]]);
    return;
  }
  applyTrade(ctx, r, t, res.hurdleBps, []);
}

/** MATCHED with the three legs (public selection or a sealed round's proven outcome). */
export function applyTrade(ctx: Ctx, r: Round, t: Pick<Trade, 'q' | 'rMmBps' | 'rRmBps' | 'rBdX2' | 'spreadBps' | 'jointProfit'>, hurdleBps: bigint, extra: EventAttr[]): void {
  if (!r.selection) {
    r.selection = V1.Selection.create({
      trade: true, q: Number(t.q), rMmBps: Number(t.rMmBps), rRmBps: Number(t.rRmBps), rBdX2: Number(t.rBdX2),
      spreadBps: Number(t.spreadBps), jointProfit: t.jointProfit.toString(), hurdleBps: Number(hurdleBps),
    });
  }
  const p = (t.q * BigInt(r.lotSize)).toString();
  r.legs = [
    { name: 'A', cashLender: r.bdRm, cashBorrower: r.rmClient, qty: Number(t.q), rateBpsX2: Number(2n * t.rRmBps), principal: p, interest: '' },
    { name: 'B', cashLender: r.bdMm, cashBorrower: r.bdRm, qty: Number(t.q), rateBpsX2: Number(t.rBdX2), principal: p, interest: '' },
    { name: 'C', cashLender: r.mmClient, cashBorrower: r.bdMm, qty: Number(t.q), rateBpsX2: Number(2n * t.rMmBps), principal: p, interest: '' },
  ].map((l) => V1.Leg.create(l));
  r.phase = PHASES.MATCHED;
  emitRoundEvent(ctx, EVENT_TYPES.tradeSelected, r.id, [
    ['q', t.q], ['r_mm_bps', t.rMmBps], ['r_rm_bps', t.rRmBps], ['r_bd_x2', t.rBdX2], ['spread_bps', t.spreadBps],
    ['joint_profit', t.jointProfit], ['principal', p], ['accept_deadline', r.acceptDeadline], ...extra,
  ]);
}
