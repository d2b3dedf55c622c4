// Shared by the zk tests: schedules, a seeded generator of canonical report pairs, and an
// "unsatisfiable" assertion over the circuits' witness generator.
import type { ExecutionContext } from 'ava';
import type { SchedulePoint } from '../../modules/repo/math/schedule.js';
import { type CircuitName, checkWitness } from '../../zk/index.js';
import type { CircuitInput } from '../../zk/prove.js';

export const pts = (xs: [number, number][]): SchedulePoint[] => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));

/**
 * The witness generator evaluates every constraint of the circuit (`===` and the `<==` ones) and
 * stops at the first one violated; every intermediate signal here is a function of the inputs
 * (hints like bit decompositions are constrained), so a failure means no witness exists for them.
 */
export async function assertUnsatisfiable(t: ExecutionContext, circuit: CircuitName, input: CircuitInput, why: string): Promise<void> {
  const err = await t.throwsAsync(checkWitness(circuit, input), undefined, why);
  t.regex(err?.message ?? '', /Assert Failed\. Error in template/, `${why}: ${err?.message}`);
}

/** mulberry32: a small seeded generator for reproducible random reports. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A canonical schedule of 1..16 points: qty strictly increasing, rate strictly monotone for the side. */
export function randomSchedule(r: () => number, side: 'mm' | 'rm'): SchedulePoint[] {
  const n = 1 + Math.floor(r() * 16);
  const out: SchedulePoint[] = [];
  let q = 0;
  let rate = side === 'mm' ? Math.floor(r() * 300) : 400 + Math.floor(r() * 400);
  for (let i = 0; i < n; i++) {
    q += 1 + Math.floor(r() * (r() < 0.3 ? 3 : 40));
    out.push({ qty: BigInt(q), rateBps: BigInt(rate) });
    const step = 1 + Math.floor(r() * 60);
    rate = side === 'mm' ? rate + step : Math.max(0, rate - step);
    if (side === 'rm' && rate === 0 && i + 1 < n) break;
  }
  return out;
}

export const BOUNDS = { maxQty: 1_000_000n, maxRateBps: 100_000n, maxHurdleBps: 10_000n };

export type { CircuitInput };
