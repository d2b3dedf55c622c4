// Shared by the zk tests: schedules, a seeded generator of canonical report pairs, and an
// "unsatisfiable" assertion over the circuits' witness generator.
import type { ExecutionContext } from 'ava';
import type { SchedulePoint } from '../../modules/repo/math/schedule.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CIRCUITS_DIR, type CircuitName, checkWitness } from '../../zk/index.js';
import type { CircuitInput } from '../../zk/prove.js';
import { mulberry32 } from '../helpers/rng.js';

export const pts = (xs: [number, number][]): SchedulePoint[] => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));

/** Template name -> the source lines of the circuits' own files (not circomlib's). */
const SOURCES = (() => {
  const m = new Map<string, string[]>();
  for (const f of ['seal.circom', 'select.circom', 'lib/util.circom', 'lib/poseidon_cipher.circom']) {
    const text = readFileSync(join(CIRCUITS_DIR, f), 'utf8');
    const lines = text.split('\n');
    for (const x of text.matchAll(/^template (\w+)\(/gm)) m.set(x[1]!, lines);
  }
  return m;
})();

/** The source lines of the failing constraint and its callers, innermost first, as "Template:line: text". */
export function failedAt(message: string): string[] {
  const out: string[] = [];
  for (const x of message.matchAll(/Error in template (\w+)_\d+ line: (\d+)/g)) {
    const lines = SOURCES.get(x[1]!);
    out.push(`${x[1]}:${x[2]}: ${lines ? lines[Number(x[2]) - 1]!.trim() : '(library)'}`);
  }
  return out;
}

/**
 * The witness generator evaluates every constraint of the circuit (`===` and the `<==` ones) and
 * stops at the first one violated; every intermediate signal here is a function of the inputs
 * (hints like bit decompositions are constrained), so a failure means no witness exists for them.
 * `at` is a piece of the circuit source line (of the failing constraint or one of its callers) that
 * must be the reason, so a case cannot pass by failing somewhere else.
 */
export async function assertUnsatisfiable(t: ExecutionContext, circuit: CircuitName, input: CircuitInput, why: string, at: string): Promise<void> {
  const err = await t.throwsAsync(checkWitness(circuit, input), undefined, why);
  const msg = err?.message ?? '';
  t.regex(msg, /Assert Failed\. Error in template/, `${why}: ${msg}`);
  const frames = failedAt(msg);
  t.true(frames.some((f) => f.includes(at)), `${why}: expected to fail at "${at}", failed at\n  ${frames.join('\n  ')}`);
}

/** A seeded generator for reproducible random reports. */
export const rng = mulberry32;

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
