// Proof B's circuit (circuits/select.circom): its public outcome is selectTrade's on EX1-EX6 and on
// 200 seeded random report pairs, and no witness exists for a wrong outcome (a non-optimal trade,
// the smaller Q of a tie, a trade under the hurdle, NO_TRADE when a trade is feasible, a trade when
// none is) or for lying index witnesses.
import test from 'ava';
import type { SchedulePoint } from '../../modules/repo/math/schedule.js';
import { selectTrade } from '../../modules/repo/math/selection.js';
import { SEALED_MAX_POINTS, selectPublicSignals } from '../../modules/repo/math/sealed.js';
import { checkWitness, commitReport, releaseZk, selectWitness } from '../../zk/index.js';
import { type CircuitInput, assertUnsatisfiable, pts, randomSchedule, rng } from './helpers.js';

const N = SEALED_MAX_POINTS;
const ROUND = 9n;
const EX1_D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const EX1_S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const EX4_D = pts([[100, 10], [150, 20], [200, 30], [250, 40], [300, 50]]);
// EX5's linear schedules, cut to the sealed mode's 16 points (the JPM Q = 15 lies inside).
const EX5_D = Array.from({ length: 16 }, (_, i) => ({ qty: BigInt(i + 1), rateBps: BigInt(10 * (i + 1)) }));
const EX5_S = Array.from({ length: 16 }, (_, i) => ({ qty: BigInt(i + 1), rateBps: BigInt(600 - 10 * (i + 1)) }));

test.after.always(releaseZk);

function req(d: SchedulePoint[], s: SchedulePoint[], hMm = 0n, hRm = 0n) {
  return { roundId: ROUND, mm: { report: { hurdleBps: hMm, points: d }, salt: 1111n }, rm: { report: { hurdleBps: hRm, points: s }, salt: 2222n } };
}

/** Proves satisfiability and returns the circuit's public outcome next to selectTrade's. */
async function outcome(d: SchedulePoint[], s: SchedulePoint[], hMm = 0n, hRm = 0n) {
  const w = selectWitness(req(d, s, hMm, hRm));
  const pub = await checkWitness('select', w.input);
  const expected = selectTrade(d, s, hMm, hRm).trade;
  return { pub, want: selectPublicSignals({ roundId: ROUND, commitmentMm: w.commitmentMm, commitmentRm: w.commitmentRm, trade: expected }), w };
}

const EXAMPLES: [string, SchedulePoint[], SchedulePoint[], bigint, bigint, [bigint, bigint, bigint] | null][] = [
  ['EX1 (JPM Q=20)', EX1_D, EX1_S, 0n, 0n, [20n, 140n, 450n]],
  ['EX2 (hurdle 350 binds: Q=10)', EX1_D, EX1_S, 50n, 350n, [10n, 100n, 500n]],
  ['EX2b (hurdle equal to the spread passes)', EX1_D, EX1_S, 0n, 310n, [20n, 140n, 450n]],
  ['EX3 (hurdle 450 cannot be met: NO_TRADE)', EX1_D, EX1_S, 0n, 450n, null],
  ['EX4 (tie 6000 at Q=20 and Q=30 goes to Q=30)', EX4_D, EX1_S, 0n, 0n, [30n, 200n, 400n]],
  ['EX5 (linear, 16 points: Q=15)', EX5_D, EX5_S, 0n, 0n, [15n, 150n, 450n]],
  ['EX6 (odd spread: 101/450)', pts([[101, 10]]), pts([[450, 10]]), 0n, 0n, [10n, 101n, 450n]],
  ['merged breakpoints (Q from D beyond an S point)', pts([[100, 5], [200, 15], [300, 100]]), pts([[900, 10], [800, 20]]), 0n, 0n, [20n, 300n, 800n]],
  ['spread zero everywhere: NO_TRADE', pts([[300, 10]]), pts([[300, 10]]), 0n, 0n, null],
  ['one D point above all of S: candidates stop at S\'s max', pts([[100, 50]]), pts([[500, 10], [400, 20]]), 0n, 0n, [20n, 100n, 400n]],
  ['S\'s first point above D\'s max: one candidate', pts([[100, 5]]), pts([[300, 8], [200, 9]]), 0n, 0n, [5n, 100n, 300n]],
];
for (const [name, d, s, hMm, hRm, want] of EXAMPLES) {
  test(`proof B outcome = selectTrade: ${name}`, async (t) => {
    const o = await outcome(d, s, hMm, hRm);
    t.deepEqual(o.pub, o.want);
    t.deepEqual(o.pub.slice(3), want ? [1n, ...want] : [0n, 0n, 0n, 0n]);
  });
}

test('proof B outcome = selectTrade on 200 seeded random report pairs', async (t) => {
  const r = rng(20261207);
  let trades = 0;
  for (let k = 0; k < 200; k++) {
    const d = randomSchedule(r, 'mm');
    const s = randomSchedule(r, 'rm');
    const hMm = r() < 0.5 ? 0n : BigInt(Math.floor(r() * 400));
    const hRm = r() < 0.5 ? 0n : BigInt(Math.floor(r() * 400));
    const o = await outcome(d, s, hMm, hRm);
    t.deepEqual(o.pub, o.want, `pair ${k}`);
    if (o.pub[3] === 1n) trades++;
  }
  // Both outcomes occur often enough for the comparison to mean something.
  t.true(trades > 40 && trades < 190, `${trades} trades`);
});

/** The honest input with the public outcome replaced by slot `c`'s (or NO_TRADE for null). */
function claim(input: CircuitInput, c: number | null, q = 0n, a = 0n, b = 0n): CircuitInput {
  const pick = new Array<bigint>(2 * N).fill(0n);
  if (c !== null) pick[c] = 1n;
  return { ...input, pick, traded: c === null ? 0n : 1n, q, r_mm_bps: a, r_rm_bps: b };
}

test('proof B: no witness for a wrong outcome', async (t) => {
  const ex1 = selectWitness(req(EX1_D, EX1_S)).input;
  await checkWitness('select', claim(ex1, 1, 20n, 140n, 450n)); // the honest one, through claim()
  await assertUnsatisfiable(t, 'select', claim(ex1, 2, 30n, 200n, 400n), 'a feasible but non-optimal trade (Q=30, P=6000 < 6200)', 'InRange(192)(gap[c])');
  await assertUnsatisfiable(t, 'select', claim(ex1, 0, 10n, 100n, 500n), 'a feasible but non-optimal trade (Q=10)', 'InRange(192)(gap[c])');
  await assertUnsatisfiable(t, 'select', claim(ex1, null), 'NO_TRADE when a trade is feasible', 'feasible[c] * (1 - traded) === 0');
  await assertUnsatisfiable(t, 'select', claim(ex1, 1, 20n, 140n, 451n), 'the right slot with a wrong rate', 'r_rm_bps === sb');
  await assertUnsatisfiable(t, 'select', claim(ex1, 1, 21n, 140n, 450n), 'the right slot with a wrong Q', 'q === sq');
  await assertUnsatisfiable(t, 'select', { ...claim(ex1, 1, 20n, 140n, 450n), pick: [...(claim(ex1, 1).pick as bigint[])].map((_, i) => (i === 1 || i === N + 1 ? 1n : 0n)) }, 'two slots picked', 'npick === traded');

  const ex4 = selectWitness(req(EX4_D, EX1_S)).input;
  await checkWitness('select', claim(ex4, 2, 30n, 200n, 400n));
  await assertUnsatisfiable(t, 'select', claim(ex4, 1, 20n, 150n, 450n), 'the smaller Q of a tie', 'InRange(192)(gap[c])');

  const ex2 = selectWitness(req(EX1_D, EX1_S, 50n, 350n)).input;
  await checkWitness('select', claim(ex2, 0, 10n, 100n, 500n));
  await assertUnsatisfiable(t, 'select', claim(ex2, 1, 20n, 140n, 450n), 'a trade under the hurdle (spread 310 < 350)', 'pick[c] * (feasible[c] - pick[c]) === 0');

  const ex3 = selectWitness(req(EX1_D, EX1_S, 0n, 450n)).input;
  await checkWitness('select', claim(ex3, null));
  await assertUnsatisfiable(t, 'select', { ...claim(ex3, null), q: 10n }, 'the NO_TRADE flag with a nonzero Q', 'q === sq');
  await assertUnsatisfiable(t, 'select', claim(ex3, 4, 50n, 300n, 300n), 'a zero-spread trade', 'pick[c] * (feasible[c] - pick[c]) === 0');
  await assertUnsatisfiable(t, 'select', claim(ex3, 0, 10n, 100n, 500n), 'a trade when none is feasible', 'pick[c] * (feasible[c] - pick[c]) === 0');
  // A trade beyond min(max qty): D ends at 10, S at 20; Q=20 would pay more but is not a candidate.
  const short = selectWitness(req(pts([[100, 10]]), pts([[500, 10], [490, 20]]))).input;
  await checkWitness('select', claim(short, 0, 10n, 100n, 500n));
  await assertUnsatisfiable(t, 'select', claim(short, N + 1, 20n, 0n, 490n), 'a trade above the shorter schedule', 'pick[c] * (feasible[c] - pick[c]) === 0');
});

test('proof B: no witness for lying index witnesses or other reports', async (t) => {
  const w = selectWitness(req(EX1_D, EX1_S));
  const dHit = w.input.d_hit as bigint[][];
  const row = (k: number | null) => Array.from({ length: N }, (_, i) => (i === k ? 1n : 0n));
  const withD = (i: number, r: bigint[]) => ({ ...w.input, d_hit: dHit.map((x, j) => (j === i ? r : x)) });
  await assertUnsatisfiable(t, 'select', withD(1, row(2)), 'D point 1 names an S point past the first with qty >= 20', 'InRange(64)(prevChk[i])');
  await assertUnsatisfiable(t, 'select', withD(1, row(0)), 'D point 1 names an S point below 20', 'InRange(64)(upChk[i])');
  await assertUnsatisfiable(t, 'select', withD(1, row(null)), 'D point 1 (20 <= qMax) claimed out of range', 'valid[i] * (1 - valid[i - 1]) === 0');
  await assertUnsatisfiable(t, 'select', withD(4, row(null)), 'D point 4 (50 = qMax) claimed out of range', 'InRange(64)(outChk)');
  await assertUnsatisfiable(t, 'select', withD(5, row(4)), 'a hit for an inactive D point', 'valid[i] * (1 - own_active[i]) === 0');
  await assertUnsatisfiable(t, 'select', withD(0, row(7)), 'a hit naming an inactive S point', 'hit[i][k] * (other_active[k] - hit[i][k]) === 0');
  await assertUnsatisfiable(t, 'select', withD(0, [1n, 1n, ...row(null).slice(2)]), 'two hits', 'valid[i] * (valid[i] - 1) === 0');
  // Hiding the best slots (D 1 and S 1, both Q=20) to make Q=30 look optimal.
  const sHit = w.input.s_hit as bigint[][];
  const hidden = { ...withD(1, row(null)), s_hit: sHit.map((x, j) => (j === 1 ? row(null) : x)) };
  await assertUnsatisfiable(t, 'select', claim(hidden, 2, 30n, 200n, 400n), 'the best candidate hidden', 'valid[i] * (1 - valid[i - 1]) === 0');
  await assertUnsatisfiable(t, 'select', { ...w.input, commitment_mm: (w.input.commitment_mm as bigint) + 1n }, 'another mm commitment', 'cm === commitment_mm');
  await assertUnsatisfiable(t, 'select', { ...w.input, rm_salt: 2223n }, 'rm report under another salt', 'cr === commitment_rm');
  await assertUnsatisfiable(t, 'select', { ...w.input, round_id: ROUND + 1n }, 'commitments of another round', 'cm === commitment_mm');
  // Roles are fixed: the mm report committed under role 2 does not open commitment_mm.
  await assertUnsatisfiable(t, 'select', { ...w.input, commitment_mm: commitReport(ROUND, 2n, { hurdleBps: 0n, points: EX1_D }, 1111n) }, 'mm report committed as rm', 'cm === commitment_mm');
});
