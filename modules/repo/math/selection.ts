// The §4.2 selection: the joint-profit-maximizing trade among candidates whose total client spread
// is positive and at least both hurdles; ties go to the larger quantity. Pure bigint, O(n + m) merge.
import type { SchedulePoint } from './schedule.js';

export interface Candidate {
  q: bigint;
  /** a(Q): the lowest rate at which MM lends Q (first D point with qty >= Q). */
  rMmBps: bigint;
  /** b(Q): the highest rate at which RM borrows Q (first S point with qty >= Q). */
  rRmBps: bigint;
  spreadBps: bigint;
  /** spreadBps * q (bps x lots). */
  jointProfit: bigint;
  feasible: boolean;
}

export interface Trade {
  q: bigint;
  rMmBps: bigint;
  rRmBps: bigint;
  /** r_mm + r_rm = 2 * r_bd: the inter-dealer rate, exact at half a bp. */
  rBdX2: bigint;
  spreadBps: bigint;
  jointProfit: bigint;
}

export interface SelectionResult {
  /** null means NO_TRADE. */
  trade: Trade | null;
  hurdleBps: bigint;
  candidates: Candidate[];
}

/**
 * Runs the selection over canonical schedules (checked with checkSchedule first).
 * Candidates are the union of breakpoint quantities up to min(max qty of D, max qty of S);
 * every one is listed (for audit), with feasible = spread > 0 and spread >= max(hMm, hRm).
 */
export function selectTrade(d: readonly SchedulePoint[], s: readonly SchedulePoint[], hurdleMmBps: bigint, hurdleRmBps: bigint): SelectionResult {
  const hurdleBps = hurdleMmBps > hurdleRmBps ? hurdleMmBps : hurdleRmBps;
  const candidates: Candidate[] = [];
  let best: Trade | null = null;
  if (d.length === 0 || s.length === 0) return { trade: null, hurdleBps, candidates };
  const qMax = d[d.length - 1]!.qty < s[s.length - 1]!.qty ? d[d.length - 1]!.qty : s[s.length - 1]!.qty;
  let i = 0;
  let j = 0;
  while (i < d.length && j < s.length) {
    const q = d[i]!.qty < s[j]!.qty ? d[i]!.qty : s[j]!.qty;
    if (q > qMax) break;
    // d[i] is the first D point with qty >= q, s[j] the first S point with qty >= q.
    const rMmBps = d[i]!.rateBps;
    const rRmBps = s[j]!.rateBps;
    const spreadBps = rRmBps - rMmBps;
    const jointProfit = spreadBps * q;
    const feasible = spreadBps > 0n && spreadBps >= hurdleBps;
    candidates.push({ q, rMmBps, rRmBps, spreadBps, jointProfit, feasible });
    if (feasible && (best === null || jointProfit > best.jointProfit || (jointProfit === best.jointProfit && q > best.q))) {
      best = { q, rMmBps, rRmBps, rBdX2: rMmBps + rRmBps, spreadBps, jointProfit };
    }
    if (d[i]!.qty === q) i++;
    if (s[j]!.qty === q) j++;
  }
  return { trade: best, hurdleBps, candidates };
}

/** Inverse schedule at any quantity: the rate of the first point with qty >= q, or null above the schedule. */
export function rateAt(points: readonly SchedulePoint[], q: bigint): bigint | null {
  for (const p of points) if (p.qty >= q) return p.rateBps;
  return null;
}
