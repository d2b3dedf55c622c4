// The agent's side after opening both reports: the outcome by selectTrade and proof B.
import { selectTrade, type Trade } from '../modules/repo/math/selection.js';
import type { SchedulePoint } from '../modules/repo/math/schedule.js';
import { ROLE_MM, ROLE_RM, SEALED_MAX_POINTS, reportFields, selectPublicSignals } from '../modules/repo/math/sealed.js';
import { type CircuitInput, prove } from './prove.js';
import { type Report, commitReport } from './report.js';

export interface OpenedReport {
  report: Report;
  salt: bigint;
}

export interface SelectRequest {
  roundId: bigint;
  mm: OpenedReport;
  rm: OpenedReport;
}

export interface SelectWitness {
  input: CircuitInput;
  trade: Trade | null;
  commitmentMm: bigint;
  commitmentRm: bigint;
}

/** Index of the first point with qty >= q (within `points`), or -1. */
function firstAtLeast(points: readonly SchedulePoint[], q: bigint): number {
  return points.findIndex((p) => p.qty >= q);
}

/** For each own point up to qMax, the one-hot row naming the other schedule's first point with qty >= it. */
function hits(own: readonly SchedulePoint[], other: readonly SchedulePoint[], qMax: bigint): bigint[][] {
  const rows: bigint[][] = [];
  for (let i = 0; i < SEALED_MAX_POINTS; i++) {
    const row = new Array<bigint>(SEALED_MAX_POINTS).fill(0n);
    const p = own[i];
    if (p !== undefined && p.qty <= qMax) {
      const k = firstAtLeast(other, p.qty);
      if (k < 0) throw new Error('selection witness: no point at or above a candidate quantity');
      row[k] = 1n;
    }
    rows.push(row);
  }
  return rows;
}

/** The circuit input of proof B, with the outcome given by selectTrade (also used by the circuit tests). */
export function selectWitness(req: SelectRequest): SelectWitness {
  const d = req.mm.report.points;
  const s = req.rm.report.points;
  const result = selectTrade(d, s, req.mm.report.hurdleBps, req.rm.report.hurdleBps);
  const trade = result.trade;
  const dMax = d[d.length - 1]!.qty;
  const sMax = s[s.length - 1]!.qty;
  const qMax = dMax < sMax ? dMax : sMax;
  const pick = new Array<bigint>(2 * SEALED_MAX_POINTS).fill(0n);
  if (trade !== null) {
    const i = d.findIndex((p) => p.qty === trade.q);
    const j = s.findIndex((p) => p.qty === trade.q);
    pick[i >= 0 ? i : SEALED_MAX_POINTS + j] = 1n;
  }
  const commitmentMm = commitReport(req.roundId, ROLE_MM, req.mm.report, req.mm.salt);
  const commitmentRm = commitReport(req.roundId, ROLE_RM, req.rm.report, req.rm.salt);
  const fm = reportFields(req.mm.report.hurdleBps, d);
  const fr = reportFields(req.rm.report.hurdleBps, s);
  const input: CircuitInput = {
    ...selectInputPublic(req.roundId, commitmentMm, commitmentRm, trade),
    mm_hurdle: fm[0]!,
    mm_n: fm[1]!,
    mm_qty: fm.slice(2, 2 + SEALED_MAX_POINTS),
    mm_rate: fm.slice(2 + SEALED_MAX_POINTS),
    mm_salt: req.mm.salt,
    rm_hurdle: fr[0]!,
    rm_n: fr[1]!,
    rm_qty: fr.slice(2, 2 + SEALED_MAX_POINTS),
    rm_rate: fr.slice(2 + SEALED_MAX_POINTS),
    rm_salt: req.rm.salt,
    d_hit: hits(d, s, qMax),
    s_hit: hits(s, d, qMax),
    pick,
  };
  return { input, trade, commitmentMm, commitmentRm };
}

function selectInputPublic(roundId: bigint, commitmentMm: bigint, commitmentRm: bigint, trade: Trade | null): CircuitInput {
  const [round_id, commitment_mm, commitment_rm, traded, q, r_mm_bps, r_rm_bps] = selectPublicSignals({ roundId, commitmentMm, commitmentRm, trade });
  return { round_id: round_id!, commitment_mm: commitment_mm!, commitment_rm: commitment_rm!, traded: traded!, q: q!, r_mm_bps: r_mm_bps!, r_rm_bps: r_rm_bps! };
}

export interface SelectionProof {
  /** null: NO_TRADE. */
  trade: Trade | null;
  /** The 256-byte wire form of proof B. */
  proof: Uint8Array;
  publicSignals: bigint[];
}

export async function proveSelection(req: SelectRequest): Promise<SelectionProof> {
  const w = selectWitness(req);
  const publicSignals = selectPublicSignals({ roundId: req.roundId, commitmentMm: w.commitmentMm, commitmentRm: w.commitmentRm, trade: w.trade });
  const r = await prove('select', w.input);
  if (r.publicSignals.length !== publicSignals.length || r.publicSignals.some((x, i) => x !== publicSignals[i])) {
    throw new Error('proof B public signals differ from sealed.ts selectPublicSignals');
  }
  return { trade: w.trade, proof: r.proofBytes, publicSignals };
}
