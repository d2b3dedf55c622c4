import test from 'ava';
import fc from 'fast-check';
import { checkSchedule, type SchedulePoint } from './schedule.js';
import { rateAt, selectTrade } from './selection.js';

const pts = (xs: [number, number][]): SchedulePoint[] => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));
const EX1_D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const EX1_S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const LIMITS = { maxPoints: 64, maxRateBps: 100_000n };

test('EX1: JPM trade Q=20 among the candidates, full candidate table', (t) => {
  const r = selectTrade(EX1_D, EX1_S, 0n, 0n);
  t.deepEqual(r.trade, { q: 20n, rMmBps: 140n, rRmBps: 450n, rBdX2: 590n, spreadBps: 310n, jointProfit: 6200n });
  t.deepEqual(
    r.candidates.map((c) => [c.q, c.rMmBps, c.rRmBps, c.spreadBps, c.jointProfit, c.feasible]),
    [[10n, 100n, 500n, 400n, 4000n, true], [20n, 140n, 450n, 310n, 6200n, true], [30n, 200n, 400n, 200n, 6000n, true], [40n, 260n, 350n, 90n, 3600n, true], [50n, 300n, 300n, 0n, 0n, false]],
  );
  t.is(r.hurdleBps, 0n);
});

test('EX2: the hurdle binds (H = max(50, 350)) and selects Q=10', (t) => {
  const r = selectTrade(EX1_D, EX1_S, 50n, 350n);
  t.deepEqual(r.trade, { q: 10n, rMmBps: 100n, rRmBps: 500n, rBdX2: 600n, spreadBps: 400n, jointProfit: 4000n });
  t.is(r.hurdleBps, 350n);
  t.deepEqual(r.candidates.map((c) => c.feasible), [true, false, false, false, false]);
});

test('EX2b: a hurdle equal to the spread passes (>=)', (t) => {
  t.is(selectTrade(EX1_D, EX1_S, 400n, 0n).trade?.q, 10n);
  t.is(selectTrade(EX1_D, EX1_S, 0n, 310n).trade?.q, 20n);
});

test('EX3: an impossible hurdle gives NO_TRADE', (t) => {
  const r = selectTrade(EX1_D, EX1_S, 0n, 450n);
  t.is(r.trade, null);
  t.is(r.candidates.length, 5);
  t.true(r.candidates.every((c) => !c.feasible));
});

test('EX4: a joint-profit tie goes to the larger quantity', (t) => {
  const d = pts([[100, 10], [150, 20], [200, 30], [250, 40], [300, 50]]);
  const r = selectTrade(d, EX1_S, 0n, 0n);
  t.deepEqual(r.trade, { q: 30n, rMmBps: 200n, rRmBps: 400n, rBdX2: 600n, spreadBps: 200n, jointProfit: 6000n });
  t.is(r.candidates[1]!.jointProfit, 6000n);
});

test('EX5: linear schedules select Q=15 at 150/450', (t) => {
  const d: SchedulePoint[] = [];
  const s: SchedulePoint[] = [];
  for (let q = 1; q <= 60; q++) {
    d.push({ rateBps: BigInt(10 * q), qty: BigInt(q) });
    if (600 - 10 * q >= 0) s.push({ rateBps: BigInt(600 - 10 * q), qty: BigInt(q) });
  }
  t.is(checkSchedule(d, 'mm', LIMITS), null);
  t.is(checkSchedule(s, 'rm', LIMITS), null);
  t.deepEqual(selectTrade(d, s, 0n, 0n).trade, { q: 15n, rMmBps: 150n, rRmBps: 450n, rBdX2: 600n, spreadBps: 300n, jointProfit: 4500n });
});

test('EX6: the half-bp inter-dealer rate is exact (rBdX2 = 551)', (t) => {
  const r = selectTrade(pts([[101, 10]]), pts([[450, 10]]), 0n, 0n);
  t.deepEqual(r.trade, { q: 10n, rMmBps: 101n, rRmBps: 450n, rBdX2: 551n, spreadBps: 349n, jointProfit: 3490n });
  t.is(r.trade!.jointProfit / 2n, 1745n);
});

test('candidates stop at the shorter schedule and merge both breakpoint sets', (t) => {
  const r = selectTrade(pts([[100, 5], [200, 15], [300, 100]]), pts([[900, 10], [800, 20]]), 0n, 0n);
  t.deepEqual(r.candidates.map((c) => [c.q, c.rMmBps, c.rRmBps]), [[5n, 100n, 900n], [10n, 200n, 900n], [15n, 200n, 800n], [20n, 300n, 800n]]);
  t.is(r.trade!.q, 20n); // 500 * 20 = 10000 beats 600 * 15 = 9000
});

test('checkSchedule: each §4.1 negative case has its own kind', (t) => {
  const kind = (p: SchedulePoint[], side: 'mm' | 'rm', l = LIMITS) => checkSchedule(p, side, l)?.kind ?? null;
  t.is(kind(pts([[100, 10], [90, 20]]), 'mm'), 'mm_rate_not_increasing');
  t.is(kind(pts([[100, 10], [100, 20]]), 'mm'), 'mm_rate_not_increasing');
  t.is(kind(pts([[100, 10], [110, 20]]), 'rm'), 'rm_rate_not_decreasing');
  t.is(kind(pts([[100, 10], [110, 10]]), 'mm'), 'qty_duplicate');
  t.is(kind(pts([[100, 20], [110, 10]]), 'mm'), 'qty_not_ascending');
  t.is(kind(pts([[100, 0]]), 'mm'), 'qty_not_positive');
  t.is(kind(pts([[100, 1], [101, 2], [102, 3]]), 'mm', { maxPoints: 2, maxRateBps: 100_000n }), 'too_many_points');
  t.is(kind(pts([[100_001, 1]]), 'rm'), 'rate_out_of_bounds');
  t.is(kind([{ rateBps: -1n, qty: 1n }], 'rm'), 'rate_out_of_bounds');
  t.is(kind([], 'rm'), 'empty');
  t.is(kind(EX1_D, 'mm'), null);
  t.is(kind(EX1_S, 'rm'), null);
});

// Random canonical schedules: strictly increasing qty, rates strictly increasing (mm) / decreasing (rm).
const schedule = (side: 'mm' | 'rm') =>
  fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 12 }).chain((steps) =>
    fc.integer({ min: 0, max: 2000 }).map((base) => {
      let q = 0;
      let r = side === 'mm' ? base : base + steps.reduce((a, [, dr]) => a + dr, 0);
      return steps.map(([dq, dr]) => {
        q += dq;
        r = side === 'mm' ? r + dr : r - dr;
        return { rateBps: BigInt(r), qty: BigInt(q) };
      });
    }),
  );

test('property: the selection is the brute-force JPM, never beaten, and an equilibrium of the reported game', (t) => {
  fc.assert(
    fc.property(schedule('mm'), schedule('rm'), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (d, s, hm, hr) => {
      if (checkSchedule(d, 'mm', LIMITS) || checkSchedule(s, 'rm', LIMITS)) return false;
      const H = BigInt(Math.max(hm, hr));
      const res = selectTrade(d, s, BigInt(hm), BigInt(hr));
      // Brute force over every integer volume (independent of the breakpoint merge).
      const qMax = Math.min(Number(d[d.length - 1]!.qty), Number(s[s.length - 1]!.qty));
      let bestP = -1n;
      let bestQ = 0n;
      for (let q = 1n; q <= BigInt(qMax); q++) {
        const sp = rateAt(s, q)! - rateAt(d, q)!;
        if (sp <= 0n || sp < H) continue;
        if (sp * q > bestP || (sp * q === bestP && q > bestQ)) [bestP, bestQ] = [sp * q, q];
      }
      if (bestP < 0n) return res.trade === null;
      const tr = res.trade;
      if (!tr || tr.jointProfit !== bestP || tr.q !== bestQ) return false;
      if (tr.rBdX2 !== tr.rMmBps + tr.rRmBps || tr.spreadBps < H || tr.spreadBps <= 0n) return false;
      for (const c of res.candidates) {
        if (c.feasible !== (c.spreadBps > 0n && c.spreadBps >= H)) return false;
        if (c.feasible && (c.jointProfit > tr.jointProfit || (c.jointProfit === tr.jointProfit && c.q > tr.q))) return false;
      }
      // No profitable downward deviation: BDmm cutting r_mm to a D point below Q (RM's rate fixed),
      // or BDrm raising r_rm to an S point below Q (MM's rate fixed), earns at most the contract's Π.
      for (const p of d) if (p.qty < tr.q && (tr.rRmBps - p.rateBps) * p.qty > tr.jointProfit) return false;
      for (const p of s) if (p.qty < tr.q && (p.rateBps - tr.rMmBps) * p.qty > tr.jointProfit) return false;
      return true;
    }),
    { numRuns: 400, seed: 20260419 },
  );
  t.pass();
});
