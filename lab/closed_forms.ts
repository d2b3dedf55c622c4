// The reconstructed closed forms of spec amm-jit.md §4.2 (buy side, normalized by s0 = √p0 and the
// passive liquidity L_P). Floats are fine here: these are the analytic curves the lab draws beside the
// chain's integer measurements, never consensus math.

export interface Market {
  /** Fee on top (the paper's f); the chain's fee_pips φ corresponds to f = φ/(1 − φ). */
  f: number;
  /** Share of its pro-rata fee a JIT keeps. */
  beta: number;
  /** Probability a JIT arrives. */
  pi: number;
  /** Uninformed trader's private valuation shock. */
  zeta: number;
}

/** The paper's fee-on-top rate for a chain fee in pips (fee taken out of the gross input). */
export function feeOnTop(feePips: number): number {
  const phi = feePips / 1e6;
  return phi / (1 - phi);
}

/** The JIT's best total depth 𝓛* = 1 + ℓ* against a trade of normalized size d; Infinity when d ≤ βf (no interior optimum). */
export function jitDepth(d: number, beta: number, f: number): number {
  const bf = beta * f;
  if (d <= bf) return Infinity;
  return (d * (1 + bf + Math.sqrt((1 + bf) * (1 + d)))) / (d - bf);
}

/** JIT utility per s0·L_P at depth 𝓛 (fees kept plus the price-impact gain). */
export function jitUtility(d: number, depth: number, beta: number, f: number): number {
  return (1 - 1 / depth) * (beta * f * d + (d * d) / (depth + d));
}

/** Uninformed buyer's expected utility per s0·L_P at size d. */
export function traderUtility(d: number, m: Market): number {
  const L = jitDepth(d, m.beta, m.f);
  const withJit = Number.isFinite(L) ? 1 / (1 + d / L) : 1;
  return d * ((1 + m.zeta) * ((1 - m.pi) / (1 + d) + m.pi * withJit) - (1 + m.f));
}

/** The trade size without a JIT: √((1+ζ)/(1+f)) − 1 (0 when ζ ≤ f). */
export function tradeSizeNoJit(zeta: number, f: number): number {
  return Math.max(0, Math.sqrt((1 + zeta) / (1 + f)) - 1);
}

/** The uninformed trader's optimal size d*(π): the closed form at π = 0, else a log grid then golden-section refinement over (βf, 4]. */
export function tradeSize(m: Market): number {
  if (m.pi === 0) return tradeSizeNoJit(m.zeta, m.f);
  const lo = m.beta * m.f * (1 + 1e-9) + 1e-12;
  let best = lo, bestU = -Infinity;
  const N = 2000;
  for (let i = 0; i <= N; i++) {
    const d = lo * Math.pow(4 / lo, i / N);
    const u = traderUtility(d, m);
    if (u > bestU) (bestU = u), (best = d);
  }
  let a = Math.max(lo, best / Math.pow(4 / lo, 1 / N)), b = Math.min(4, best * Math.pow(4 / lo, 1 / N));
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 100; i++) {
    const c = b - g * (b - a), e = a + g * (b - a);
    if (traderUtility(c, m) > traderUtility(e, m)) b = e;
    else a = c;
  }
  return (a + b) / 2;
}

export interface Equilibrium {
  /** Uninformed trade size (per s0·L_P). */
  d: number;
  /** JIT multiple ℓ* = 𝓛* − 1 against d (0 when π = 0). */
  ell: number;
  /** Passive per-unit fee revenue R(π, β) in the uninformed case. */
  R: number;
  /** Uninformed trader's expected utility at d. */
  surplus: number;
}

export function equilibrium(m: Market): Equilibrium {
  const d = tradeSize(m);
  const depth = m.pi === 0 ? 1 : jitDepth(d, m.beta, m.f);
  const ell = Number.isFinite(depth) ? depth - 1 : Infinity;
  const share = m.pi === 0 ? 1 : (1 + (1 - m.beta) * ell) / (1 + ell);
  const R = m.f * d * (1 - m.pi + m.pi * (Number.isFinite(ell) ? share : 1 - m.beta));
  return { d, ell: m.pi === 0 ? 0 : ell, R, surplus: traderUtility(d, m) };
}

/** Informed trade size and the passive LP's per-unit adverse-selection cost C = (1+f)·d_I². */
export function informed(delta: number, f: number): { dI: number; C: number } {
  const dI = tradeSizeNoJit(delta, f);
  return { dI, C: (1 + f) * dI * dI };
}

/** ᾱ = R/(R + C): passive LPs participate iff α ≤ ᾱ. */
export function alphaBar(R: number, C: number): number {
  return R / (R + C);
}

/** Expected welfare per s0·L_P: (1−α)·ζ·E[Δx_U]·s0/L_P when passive LPs participate, else 0. */
export function welfare(m: Market, alpha: number, delta: number): number {
  const eq = equilibrium(m);
  const { C } = informed(delta, m.f);
  if (alpha > alphaBar(eq.R, C)) return 0;
  const depth = m.pi === 0 ? 1 : 1 + eq.ell;
  const x = (1 - m.pi) * (eq.d / (1 + eq.d)) + m.pi * (Number.isFinite(depth) ? eq.d / (1 + eq.d / depth) : eq.d);
  return (1 - alpha) * m.zeta * x;
}

/** R(π)/R(0) at ζ. */
export function revenueRatio(m: Market): number {
  return equilibrium(m).R / equilibrium({ ...m, pi: 0 }).R;
}

/** The crowd-out/complement threshold ζ̂(π): the ζ where R(π) = R(0), by bisection in [lo, hi]; undefined when no sign change. */
export function zetaHat(m: Omit<Market, 'zeta'>, lo = 0.02, hi = 1): number | undefined {
  const g = (z: number) => revenueRatio({ ...m, zeta: z }) - 1;
  let a = lo, b = hi, ga = g(a);
  if (ga * g(b) > 0) return undefined;
  for (let i = 0; i < 60; i++) {
    const c = (a + b) / 2, gc = g(c);
    if (ga * gc <= 0) b = c;
    else (a = c), (ga = gc);
  }
  return (a + b) / 2;
}
