// Scenario checks (every field bounded, unknown fields refused) and the sweep's worlds; CSV and fee
// reconciliation of the outputs.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeScenario, worlds } from './scenario.js';
import { reconcile, toCsv } from './outputs.js';
import { Rng } from './rng.js';
import type { RunResult } from './run.js';

const SCENARIOS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lab', 'scenarios');

test('[lab/scenario]: a sweep makes one world per point and one no-JIT twin per (ζ, α)', (t) => {
  const s = makeScenario({ sweep: { beta: [1, 0], zeta: [0.01, 0.4] } });
  t.deepEqual(worlds(s).map((w) => w.label), ['β=1 ζ=0.01 π=1 α=0', 'β=1 ζ=0.4 π=1 α=0', 'β=0 ζ=0.01 π=1 α=0', 'β=0 ζ=0.4 π=1 α=0', 'no JIT ζ=0.01 α=0', 'no JIT ζ=0.4 α=0']);
  t.deepEqual(worlds({ ...s, withoutJitTwin: false }).length, 4);
});

test('[lab/scenario]: bad scenarios are refused with the field named', (t) => {
  t.throws(() => makeScenario({ betaa: 1 } as any), { message: /^unknown scenario field "betaa"/ });
  t.throws(() => makeScenario({ beta: 1.5 }), { message: 'beta 1.5 must be in [0, 1]' });
  t.throws(() => makeScenario({ sweep: { gamma: [1] } as any }), { message: 'unknown sweep "gamma" (beta, zeta, pi, alpha)' });
  t.throws(() => makeScenario({ rounds: 0 }), { message: 'rounds must be 1 to 100000' });
  t.throws(() => makeScenario({ price: '5000' }), { message: 'need lower < price < upper' });
  t.throws(() => makeScenario({ fixedTrade: '-1' }), { message: 'fixedTrade must be "" or a positive integer string' });
  t.throws(() => makeScenario({ sweep: { beta: [1, 0.5, 0], alpha: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] } }), { message: 'the sweep makes 32 worlds; at most 24 run on one node' });
});

test('[lab/scenario]: every shipped scenario is valid', (t) => {
  const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json'));
  t.deepEqual(files.sort(), ['beta_sweep.json', 'empirical_large_swaps.json', 'freeze_band.json', 'worked_example.json', 'zeta_sweep.json']);
  for (const f of files) t.true(worlds(makeScenario(JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')))).length >= 2, f);
});

test('[lab/outputs]: CSV has every column of every row, quotes what needs it', (t) => {
  t.is(toCsv([{ a: 1, b: 'x' }, { a: 2, c: 'y,z' }]), 'a,b,c\n1,x,\n2,,"y,z"\n');
});

test('[lab/outputs]: fee reconciliation is exact per denom', (t) => {
  const w = (paid: string, lp: string, vault: string) => ({ world: { label: 'w' }, fees: { traders: ['0', paid], arb: ['0', '0'], toLong: ['0', '0'], toShort: ['0', '0'], toTreasury: ['0', '0'], paidOutToLps: ['0', lp], vaultLeft: ['0', vault] } });
  const r = reconcile({ worlds: [w('150', '148', '2'), w('150', '148', '1')] } as unknown as RunResult);
  t.deepEqual(r.map((x) => x.balanced), [true, false]);
});

test('[lab/rng]: the same seed gives the same draws; forks are independent of each other', (t) => {
  const a = new Rng(7), b = new Rng(7);
  t.deepEqual([a.next(), a.next()], [b.next(), b.next()]);
  const f1 = new Rng(7).fork(0).next(), f2 = new Rng(7).fork(1).next();
  t.not(f1, f2);
  t.true(f1 >= 0 && f1 < 1);
});
