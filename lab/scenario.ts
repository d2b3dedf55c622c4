// A lab scenario: the pool, the agents and the sweep. A JSON file (lab/scenarios/) or flags give it; every
// point of the sweep (β × ζ × π × α) is one "world": its own pool and agents on the same node, run in
// lockstep, one round = two blocks.

export type PassiveRule = 'stay' | 'alphabar' | 'pnl';

export interface Scenario {
  name: string;
  description: string;
  /** Pool: price = denom1 base units per denom0 base unit; range; fee in pips. */
  price: string;
  lower: string;
  upper: string;
  feePips: number;
  /** Passive LPs: how many, the risky amount each deposits, the rule, K (rounds between decisions). */
  passiveCount: number;
  passiveAmount0: string;
  passiveRule: PassiveRule;
  decideEvery: number;
  /** Uninformed valuation shock ζ, informed shock δ, probability of an informed trader α. */
  zeta: number;
  delta: number;
  alpha: number;
  /** Probability a JIT arrives (π) and its share β; `jitMultiple` > 0 fixes L_J = multiple × L_P instead of 𝓛*. */
  pi: number;
  beta: number;
  jitMultiple: number;
  /** Cap on ℓ* when d ≤ βf (the JIT's optimum is then unbounded). */
  jitMaxMultiple: number;
  /** Fixed uninformed trade (base units of the stable coin, buys only) instead of the §4.2 size; "" for none. */
  fixedTrade: string;
  /** "buy", "sell" or "random" (each with probability 1/2). */
  direction: 'buy' | 'sell' | 'random';
  /** Arbitrageur moves the pool to the oracle price in each round's second block. */
  arbitrage: boolean;
  /** Each sweep point also runs a twin without a JIT (π = 0). */
  withoutJitTwin: boolean;
  rounds: number;
  seed: number;
  sweep: { beta?: number[]; zeta?: number[]; pi?: number[]; alpha?: number[] };
}

export const DEFAULT_SCENARIO: Scenario = {
  name: 'custom',
  description: '',
  price: '2000',
  lower: '1000',
  upper: '4000',
  feePips: 3000,
  passiveCount: 2,
  passiveAmount0: '100000000',
  passiveRule: 'stay',
  decideEvery: 2,
  zeta: 0.01,
  delta: 0.02,
  alpha: 0,
  pi: 1,
  beta: 1,
  jitMultiple: 0,
  jitMaxMultiple: 50,
  fixedTrade: '',
  direction: 'random',
  arbitrage: true,
  withoutJitTwin: true,
  rounds: 10,
  seed: 1,
  sweep: {},
};

const NUM_KEYS = ['feePips', 'passiveCount', 'decideEvery', 'zeta', 'delta', 'alpha', 'pi', 'beta', 'jitMultiple', 'jitMaxMultiple', 'rounds', 'seed'] as const;

export class ScenarioError extends Error {}

/** Merges a partial scenario over the defaults and checks every field (bounds keep a run finite). */
export function makeScenario(over: Partial<Scenario> & Record<string, unknown>): Scenario {
  const known = new Set(Object.keys(DEFAULT_SCENARIO));
  for (const k of Object.keys(over)) if (!known.has(k)) throw new ScenarioError(`unknown scenario field ${JSON.stringify(k)} (known: ${[...known].join(', ')})`);
  const s = { ...DEFAULT_SCENARIO, ...over, sweep: { ...(over.sweep ?? {}) } } as Scenario;
  for (const k of NUM_KEYS) if (typeof s[k] !== 'number' || !Number.isFinite(s[k])) throw new ScenarioError(`${k} must be a number`);
  const unit = (k: 'zeta' | 'delta' | 'alpha' | 'pi' | 'beta', v: number) => {
    if (!(v >= 0 && v <= 1)) throw new ScenarioError(`${k} ${v} must be in [0, 1]`);
  };
  for (const k of ['zeta', 'delta', 'alpha', 'pi', 'beta'] as const) unit(k, s[k]);
  for (const [k, vs] of Object.entries(s.sweep)) {
    if (!['beta', 'zeta', 'pi', 'alpha'].includes(k)) throw new ScenarioError(`unknown sweep ${JSON.stringify(k)} (beta, zeta, pi, alpha)`);
    if (!Array.isArray(vs) || vs.length === 0 || vs.length > 16) throw new ScenarioError(`sweep.${k} must list 1 to 16 values`);
    for (const v of vs) unit(k as 'beta', v);
  }
  if (!Number.isInteger(s.feePips) || s.feePips < 0 || s.feePips > 100_000) throw new ScenarioError('feePips must be an integer in [0, 100000]');
  if (!Number.isInteger(s.passiveCount) || s.passiveCount < 1 || s.passiveCount > 8) throw new ScenarioError('passiveCount must be 1 to 8');
  if (!Number.isInteger(s.decideEvery) || s.decideEvery < 1) throw new ScenarioError('decideEvery must be a positive integer');
  if (!Number.isInteger(s.rounds) || s.rounds < 1 || s.rounds > 100_000) throw new ScenarioError('rounds must be 1 to 100000');
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > 0xffffffff) throw new ScenarioError('seed must be an integer in [0, 2^32)');
  if (!(s.jitMultiple >= 0 && s.jitMultiple <= 1000) || !Number.isInteger(s.jitMultiple)) throw new ScenarioError('jitMultiple must be an integer in [0, 1000]');
  if (!(s.jitMaxMultiple >= 1 && s.jitMaxMultiple <= 1000)) throw new ScenarioError('jitMaxMultiple must be in [1, 1000]');
  if (!/^[1-9][0-9]{0,30}$/.test(s.passiveAmount0)) throw new ScenarioError('passiveAmount0 must be a positive integer string');
  if (s.fixedTrade !== '' && !/^[1-9][0-9]{0,30}$/.test(s.fixedTrade)) throw new ScenarioError('fixedTrade must be "" or a positive integer string');
  if (!['buy', 'sell', 'random'].includes(s.direction)) throw new ScenarioError('direction must be buy, sell or random');
  if (!['stay', 'alphabar', 'pnl'].includes(s.passiveRule)) throw new ScenarioError('passiveRule must be stay, alphabar or pnl');
  for (const k of ['price', 'lower', 'upper'] as const) if (!/^[0-9]+(\.[0-9]+)?$/.test(s[k])) throw new ScenarioError(`${k} must be a decimal`);
  if (!(Number(s.lower) < Number(s.price) && Number(s.price) < Number(s.upper))) throw new ScenarioError('need lower < price < upper');
  if (worlds(s).length > 24) throw new ScenarioError(`the sweep makes ${worlds(s).length} worlds; at most 24 run on one node`);
  return s;
}

export interface World {
  index: number;
  label: string;
  beta: number;
  zeta: number;
  pi: number;
  alpha: number;
  /** False for the no-JIT twin. */
  jit: boolean;
}

/** Every sweep point, then its no-JIT twin when asked (the twin is the same world with π = 0). */
export function worlds(s: Scenario): World[] {
  const out: World[] = [];
  for (const beta of s.sweep.beta ?? [s.beta])
    for (const zeta of s.sweep.zeta ?? [s.zeta])
      for (const pi of s.sweep.pi ?? [s.pi])
        for (const alpha of s.sweep.alpha ?? [s.alpha]) {
          const w = { beta, zeta, pi, alpha };
          out.push({ index: out.length, label: `β=${beta} ζ=${zeta} π=${pi} α=${alpha}`, ...w, jit: pi > 0 });
        }
  if (s.withoutJitTwin) {
    // One twin per (ζ, α): β does not matter without a JIT.
    const seen = new Set<string>();
    for (const w of out.slice()) {
      const key = `${w.zeta}/${w.alpha}`;
      if (seen.has(key) || !w.jit) continue;
      seen.add(key);
      out.push({ index: out.length, label: `no JIT ζ=${w.zeta} α=${w.alpha}`, beta: w.beta, zeta: w.zeta, pi: 0, alpha: w.alpha, jit: false });
    }
  }
  return out;
}
