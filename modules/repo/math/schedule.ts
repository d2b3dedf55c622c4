// Canonical-form checks of a dealer's client schedule (spec §4.1). Pure: returns the first issue found.
// BDmm reports MM's lending schedule D (rate strictly increasing with qty); BDrm reports RM's
// borrowing schedule S (rate strictly decreasing with qty). Qty strictly increasing and > 0 in both.

export type Side = 'mm' | 'rm';

export interface SchedulePoint {
  rateBps: bigint;
  qty: bigint;
}

export interface ScheduleLimits {
  maxPoints: number;
  maxRateBps: bigint;
}

export type ScheduleIssueKind =
  | 'empty'
  | 'too_many_points'
  | 'qty_not_positive'
  | 'qty_duplicate'
  | 'qty_not_ascending'
  | 'rate_out_of_bounds'
  | 'mm_rate_not_increasing'
  | 'rm_rate_not_decreasing';

export interface ScheduleIssue {
  kind: ScheduleIssueKind;
  /** Index of the offending point (or the count for too_many_points). */
  index: number;
  detail: string;
}

/** The first canonical-form violation of `points`, or null when the schedule is canonical. */
export function checkSchedule(points: readonly SchedulePoint[], side: Side, limits: ScheduleLimits): ScheduleIssue | null {
  if (points.length === 0) return { kind: 'empty', index: 0, detail: `${side} schedule has no points` };
  if (points.length > limits.maxPoints) {
    return { kind: 'too_many_points', index: points.length, detail: `${side} schedule has ${points.length} points, more than ${limits.maxPoints}` };
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.qty <= 0n) return { kind: 'qty_not_positive', index: i, detail: `point ${i} has qty ${p.qty}` };
    if (p.rateBps < 0n || p.rateBps > limits.maxRateBps) {
      return { kind: 'rate_out_of_bounds', index: i, detail: `point ${i} has rate ${p.rateBps} bps outside [0, ${limits.maxRateBps}]` };
    }
    if (i === 0) continue;
    const prev = points[i - 1]!;
    if (p.qty === prev.qty) return { kind: 'qty_duplicate', index: i, detail: `points ${i - 1} and ${i} both have qty ${p.qty}` };
    if (p.qty < prev.qty) return { kind: 'qty_not_ascending', index: i, detail: `point ${i} qty ${p.qty} is below point ${i - 1} qty ${prev.qty}` };
    if (side === 'mm' && p.rateBps <= prev.rateBps) {
      return { kind: 'mm_rate_not_increasing', index: i, detail: `point ${i} rate ${p.rateBps} bps is not above point ${i - 1} rate ${prev.rateBps} bps` };
    }
    if (side === 'rm' && p.rateBps >= prev.rateBps) {
      return { kind: 'rm_rate_not_decreasing', index: i, detail: `point ${i} rate ${p.rateBps} bps is not below point ${i - 1} rate ${prev.rateBps} bps` };
    }
  }
  return null;
}
