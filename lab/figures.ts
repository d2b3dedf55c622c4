// The run's figures: Vega-Lite specs rendered to SVG by Vega in Node (no browser) and to PNG by resvg.
// Each figure draws the chain's measurements as points and the §4.2 closed form as a line on the same axes.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { Resvg } from '@resvg/resvg-js';
import { alphaBar, equilibrium, informed, revenueRatio, welfare, zetaHat, type Market } from './closed_forms.js';
import { predict } from './agents.js';
import { feeOnTop } from './closed_forms.js';
import type { Scenario } from './scenario.js';
import type { RunResult, WorldSummary } from './run.js';

export interface Figure {
  name: string;
  title: string;
  svg: string;
  png: Uint8Array;
}

type Point = Record<string, number | string>;

const grid = (lo: number, hi: number, n = 41) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

async function render(name: string, title: string, spec: vl.TopLevelSpec): Promise<Figure> {
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, { background: 'white', font: { loadSystemFonts: true } }).render().asPng();
  return { name, title, svg, png };
}

/** Measured points (mark point, colour = series) over closed-form lines (dashed), one x/y pair. */
function layered(title: string, x: string, y: string, measured: Point[], predicted: Point[], extra: any[] = []): vl.TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: 420,
    height: 260,
    layer: [
      { data: { values: predicted }, mark: { type: 'line', strokeDash: [6, 3] }, encoding: { x: { field: 'x', type: 'quantitative', title: x }, y: { field: 'y', type: 'quantitative', title: y }, color: { field: 'series', type: 'nominal', title: '' } } },
      { data: { values: measured }, mark: { type: 'point', filled: true, size: 70 }, encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color: { field: 'series', type: 'nominal' }, shape: { field: 'series', type: 'nominal', title: '' } } },
      ...extra,
    ],
  } as vl.TopLevelSpec;
}

const marketOf = (s: Scenario, w: WorldSummary['world']): Market => ({ f: feeOnTop(s.feePips), beta: w.beta, pi: w.jit ? w.pi : 0, zeta: w.zeta });

/** The figures this run's sweep supports (a figure needs at least two sweep points on its x axis). */
export async function figures(s: Scenario, run: RunResult): Promise<Figure[]> {
  const out: Figure[] = [];
  const allJit = run.worlds.filter((w) => w.world.jit);
  const first = allJit[0]?.world ?? run.worlds[0]!.world;
  // A figure over one parameter shows the worlds that share the first world's other parameters.
  const sameBut = (k: 'beta' | 'zeta' | 'pi' | 'alpha') => (w: WorldSummary) => (['beta', 'zeta', 'pi', 'alpha'] as const).every((q) => q === k || (q === 'beta' && !w.world.jit) || (q === 'pi' && !w.world.jit) || w.world[q] === first[q]);
  let jitWorlds = allJit.filter(sameBut('beta'));
  const f = feeOnTop(s.feePips);
  const { C } = informed(s.delta, f);
  const base = first;
  const setupL = Number(run.rows.find((r) => r.type === 'setup')?.passive_L ?? 0);
  const twin = (w: WorldSummary) => run.worlds.find((x) => !x.world.jit && x.world.zeta === w.world.zeta && x.world.alpha === w.world.alpha);

  if (new Set(jitWorlds.map((w) => w.world.beta)).size >= 2) {
    const pred = grid(0, 1).flatMap((beta) => {
      const m = { ...marketOf(s, base), beta };
      const eq = predict(s, m, setupL), eq0 = predict(s, { ...m, pi: 0 }, setupL);
      return [
        { x: beta, y: eq.R, series: 'with JIT' },
        { x: beta, y: eq0.R, series: 'without JIT' },
      ];
    });
    const meas = run.worlds.filter(sameBut('beta')).flatMap((w) => (w.world.jit ? [{ x: w.world.beta, y: w.measured.R, series: 'with JIT' }] : jitWorlds.map((j) => ({ x: j.world.beta, y: w.measured.R, series: 'without JIT' }))));
    out.push(await render('fees_vs_beta', 'Passive fee income per unit vs β', layered(`Passive per-unit fee revenue R vs β (ζ=${base.zeta}, π=${base.pi})`, 'β (share the JIT keeps)', 'R per s0·L_P', meas, pred)));
    const predP = grid(0, 1).flatMap((beta) => {
      const m = { ...marketOf(s, base), beta };
      return [{ x: beta, y: (1 - base.alpha) * predict(s, m, setupL).R - base.alpha * C, series: 'with JIT' }, { x: beta, y: (1 - base.alpha) * predict(s, { ...m, pi: 0 }, setupL).R - base.alpha * C, series: 'without JIT' }];
    });
    const measP = run.worlds.filter(sameBut('beta')).flatMap((w) => (w.world.jit ? [{ x: w.world.beta, y: w.measured.passivePnlPerUnit, series: 'with JIT' }] : jitWorlds.map((j) => ({ x: j.world.beta, y: w.measured.passivePnlPerUnit, series: 'without JIT' }))));
    out.push(await render('pnl_vs_beta', 'Passive P&L per unit vs β', layered('Passive per-unit P&L per round vs β (prediction: (1−α)R − αC, fee-free arbitrage)', 'β', 'P&L per s0·L_P per round', measP, predP)));
    const predW = grid(0, 1).flatMap((beta) => {
      const m = { ...marketOf(s, base), beta };
      return [{ x: beta, y: equilibrium(m).surplus, series: 'trader surplus' }, { x: beta, y: welfare(m, base.alpha, s.delta), series: 'welfare' }];
    });
    const measW = jitWorlds.flatMap((w) => [{ x: w.world.beta, y: w.measured.traderSurplus, series: 'trader surplus' }, { x: w.world.beta, y: w.measured.welfare, series: 'welfare' }]);
    out.push(await render('welfare_vs_beta', 'Trader surplus and welfare vs β', layered('Uninformed trader surplus and welfare vs β', 'β', 'per s0·L_P per round', measW, predW)));
  }

  jitWorlds = allJit.filter((w) => w.world.beta === first.beta && w.world.alpha === first.alpha);
  const zetas = [...new Set(jitWorlds.map((w) => w.world.zeta))];
  if (zetas.length >= 2) {
    const pis = [...new Set(jitWorlds.map((w) => w.world.pi))];
    const zmax = Math.max(...zetas) * 1.1;
    const pred = pis.flatMap((pi) => grid(0.006, zmax, 60).map((zeta) => ({ x: zeta, y: revenueRatio({ ...marketOf(s, base), pi, zeta }), series: `π=${pi}` })));
    const meas = jitWorlds.filter((w) => twin(w)).map((w) => ({ x: w.world.zeta, y: w.measured.R / twin(w)!.measured.R, series: `π=${w.world.pi}` }));
    const hats = pis.map((pi) => ({ x: zetaHat({ f, beta: base.beta, pi }) ?? NaN, series: `π=${pi}` })).filter((h) => Number.isFinite(h.x));
    out.push(await render('ratio_vs_zeta', 'R(π)/R(0) vs ζ with ζ̂', layered('R(π)/R(0) vs ζ: crowd out below 1, complement above (dotted: threshold zeta-hat)', 'ζ (uninformed valuation shock)', 'R(π)/R(0)', meas, pred, [
      { data: { values: hats }, mark: { type: 'rule', strokeDash: [2, 2] }, encoding: { x: { field: 'x', type: 'quantitative' }, color: { field: 'series', type: 'nominal' } } },
      { data: { values: [{ y: 1 }] }, mark: { type: 'rule', color: 'gray' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
    ])));
  }

  const alphas = [...new Set(run.worlds.map((w) => w.world.alpha))];
  if (alphas.length >= 2) {
    const series = (w: WorldSummary['world']) => (w.jit ? `β=${w.beta}` : 'no JIT');
    const keys = [...new Map(run.worlds.map((w) => [series(w.world), w.world])).values()];
    const amax = Math.max(...alphas) * 1.2;
    const pred = keys.flatMap((w) => {
      const ab = alphaBar(equilibrium(marketOf(s, w)).R, C);
      return grid(0, amax, 121).map((alpha) => ({ x: alpha, y: alpha <= ab ? 1 : 0, series: series(w) }));
    });
    const meas = run.worlds.map((w) => {
      const start = Number(run.rows.find((r) => r.world === w.world.index && r.type === 'setup')?.passive_L ?? 1);
      return { x: w.world.alpha, y: Number(w.measured.finalPassiveL) / start, series: series(w.world) };
    });
    out.push(await render('freeze_band', 'The freeze band in α', layered('Passive liquidity kept (end / start) vs α; prediction: stays iff α ≤ ᾱ(β)', 'α (probability the trader is informed)', 'passive L kept', meas, pred)));
  }

  // Passive liquidity over time, every world (with and without JIT), beside the ᾱ rule's prediction.
  const rounds = run.rows.filter((r) => r.passive_L_after !== undefined || r.type === 'setup');
  const label = (i: number) => run.worlds[i]!.world.label;
  const meas = rounds.map((r) => ({ x: Number(r.round), y: Number(r.passive_L_after ?? r.passive_L), series: label(Number(r.world)) }));
  const pred = s.passiveRule === 'alphabar'
    ? run.worlds.flatMap((w) => {
        const L0 = Number(run.rows.find((r) => r.world === w.world.index && r.type === 'setup')?.passive_L ?? 0);
        const stays = w.world.alpha <= alphaBar(equilibrium(marketOf(s, w.world)).R, C);
        return Array.from({ length: s.rounds + 1 }, (_, r) => ({ x: r, y: stays || r < s.decideEvery ? L0 : 0, series: w.world.label }));
      })
    : [];
  out.push(await render('liquidity_over_time', 'Passive liquidity over time', layered('Passive (long-tier) liquidity after each round, with and without JIT', 'round', 'L_P', meas, pred)));
  return out;
}
