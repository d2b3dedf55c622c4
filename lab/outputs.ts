// The run folder: rounds.csv (every round of every world), summary.json (scenario, per-world predictions
// beside measurements with their differences, fee reconciliation), the figures (SVG + PNG) and index.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from './scenario.js';
import type { RunResult, WorldSummary } from './run.js';
import type { Figure } from './figures.js';

/** Columns in first-seen order over all rows, so every row has every column. */
export function toCsv(rows: Record<string, string | number>[]): string {
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) seen.add(k), cols.push(k);
  const cell = (v: unknown) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

export interface DiffRow {
  world: string;
  quantity: string;
  predicted: number;
  measured: number;
  difference: number;
  relative: number | null;
}

/** Predictions beside measurements, per world. */
export function differences(run: RunResult): DiffRow[] {
  const out: DiffRow[] = [];
  const row = (w: WorldSummary, quantity: string, predicted: number, measured: number) =>
    out.push({ world: w.world.label, quantity, predicted, measured, difference: measured - predicted, relative: predicted !== 0 ? (measured - predicted) / Math.abs(predicted) : null });
  for (const w of run.worlds) {
    if (w.measured.uninformedRounds === 0) continue;
    row(w, 'd (uninformed size)', w.predicted.d, w.measured.d);
    if (w.world.jit && w.measured.bundled > 0) row(w, 'ℓ* (JIT multiple)', w.predicted.ell, w.measured.ell);
    row(w, 'R (passive fee per unit, uninformed rounds)', w.predicted.R, w.measured.R);
    row(w, 'trader surplus per unit', w.predicted.surplus, w.measured.traderSurplus);
    if (w.world.alpha > 0 || w.measured.rounds > 0) row(w, 'welfare per unit and round', w.predicted.welfare, w.measured.welfare);
  }
  return out;
}

export interface Reconciliation {
  world: string;
  /** Per denom [risky, stable]: fees traders and the arbitrageur paid. */
  feesPaid: [string, string];
  /** Fees the LPs took out on removal + treasury share + dust left in the pool's vault. */
  feesReceived: [string, string];
  balanced: boolean;
}

/** Fees paid = fees received by LPs + treasury + dust left in the vault, per denom, to the base unit. */
export function reconcile(run: RunResult): Reconciliation[] {
  return run.worlds.map((w) => {
    const paid = [0, 1].map((i) => BigInt(w.fees.traders[i]!) + BigInt(w.fees.arb[i]!));
    const got = [0, 1].map((i) => BigInt(w.fees.paidOutToLps[i]!) + BigInt(w.fees.toTreasury[i]!) + BigInt(w.fees.vaultLeft[i]!));
    return { world: w.world.label, feesPaid: [paid[0]!.toString(), paid[1]!.toString()], feesReceived: [got[0]!.toString(), got[1]!.toString()], balanced: paid[0] === got[0] && paid[1] === got[1] };
  });
}

export interface Summary {
  scenario: Scenario;
  node: string;
  heights: [number, number];
  seconds: number;
  roundsPerSecond: number;
  worlds: WorldSummary[];
  differences: DiffRow[];
  reconciliation: Reconciliation[];
  gaps: string[];
  figures: string[];
}

export function summary(s: Scenario, run: RunResult, node: string, figs: Figure[]): Summary {
  const missed = run.worlds.reduce((a, w) => a + w.measured.missedBundles, 0);
  const dust = run.worlds.map((w) => `${w.fees.vaultLeft.join('/')}`).join(', ');
  return {
    scenario: s,
    node,
    heights: [run.startHeight, run.endHeight],
    seconds: run.seconds,
    roundsPerSecond: s.rounds / run.seconds,
    worlds: run.worlds,
    differences: differences(run),
    reconciliation: reconcile(run),
    gaps: [
      `integer rounding: fee dust left in each pool's vault after every LP left (risky/stable base units per world): ${dust}; trade sizes are floored to base units (relative error < 1/amount)`,
      `finite rounds: ${s.rounds} rounds per world; measured means over the uninformed rounds only; with α > 0 or random directions their standard error falls as 1/√rounds`,
      `discrete agents: the chain's fee is taken from the gross input (f = φ/(1−φ) = ${(s.feePips / 1e6 / (1 - s.feePips / 1e6)).toPrecision(6)}); the arbitrageur pays the fee (the paper's is fee-free), so passive LPs also earn arbitrage fees (in P&L, not in R); ${missed} JIT bundle(s) missed their swap's block and the round ran without a JIT`,
    ],
    figures: figs.map((f) => f.name),
  };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const fmt = (x: number | null) => (x === null ? '' : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6 ? x.toPrecision(5) : x.toExponential(3));

export function indexHtml(sum: Summary, figs: Figure[]): string {
  const s = sum.scenario;
  const params = Object.entries(s).filter(([k]) => k !== 'description').map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(JSON.stringify(v))}</td></tr>`).join('');
  const diffs = sum.differences.map((d) => `<tr><td>${esc(d.world)}</td><td>${esc(d.quantity)}</td><td>${fmt(d.predicted)}</td><td>${fmt(d.measured)}</td><td>${fmt(d.difference)}</td><td>${d.relative === null ? '' : (100 * d.relative).toFixed(2) + ' %'}</td></tr>`).join('');
  const rec = sum.reconciliation.map((r) => `<tr><td>${esc(r.world)}</td><td>${r.feesPaid.join(' / ')}</td><td>${r.feesReceived.join(' / ')}</td><td>${r.balanced ? 'yes' : 'NO'}</td></tr>`).join('');
  const fig = figs.map((f) => `<figure id="${f.name}"><img src="${f.name}.svg" alt="${esc(f.title)}"><figcaption>${esc(f.title)} (<a href="${f.name}.png">PNG</a>)</figcaption></figure>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lab jit: ${esc(s.name)}</title>
<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;font-size:13px}figure{display:inline-block;margin:1em}</style></head>
<body>
<h1>JIT-liquidity lab: ${esc(s.name)}</h1>
<p>${esc(s.description)}</p>
<p>Node ${esc(sum.node)}, heights ${sum.heights[0]}–${sum.heights[1]}, ${sum.seconds.toFixed(1)} s, ${sum.roundsPerSecond.toFixed(2)} rounds/s. Data: <a href="rounds.csv">rounds.csv</a>, <a href="summary.json">summary.json</a>.</p>
<h2>Figures</h2>
${fig}
<h2>Predictions (spec §4.2 closed forms) beside measurements</h2>
<table><tr><th>world</th><th>quantity</th><th>predicted</th><th>measured</th><th>difference</th><th>relative</th></tr>${diffs}</table>
<ul>${sum.gaps.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>
<h2>Fee reconciliation (risky / stable base units)</h2>
<table><tr><th>world</th><th>fees paid by traders and arbitrageur</th><th>LP payouts + treasury + vault dust</th><th>equal</th></tr>${rec}</table>
<h2>Scenario</h2>
<table>${params}</table>
</body></html>
`;
}

export function writeRun(dir: string, run: RunResult, sum: Summary, figs: Figure[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rounds.csv'), toCsv(run.rows));
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(sum, null, 2) + '\n');
  for (const f of figs) {
    writeFileSync(join(dir, `${f.name}.svg`), f.svg);
    writeFileSync(join(dir, `${f.name}.png`), f.png);
  }
  writeFileSync(join(dir, 'index.html'), indexHtml(sum, figs));
}
