// Spec amm-jit.md §4.3: the reconstructed closed forms reproduce the spec's table, thresholds and freeze band.
import test from 'ava';
import { alphaBar, equilibrium, feeOnTop, informed, jitDepth, revenueRatio, tradeSizeNoJit, welfare, zetaHat } from './closed_forms.js';

const f = 0.003;
const near = (t: any, got: number, want: number, tol: number, what: string) => t.true(Math.abs(got - want) <= tol, `${what}: ${got} vs ${want}`);

test('[lab/closed-forms]: §4.3 table at f = 0.3 %, π = 1 (d(π=0), d(π=1), ℓ*, R(1)/R(0) − 1)', (t) => {
  const rows: [number, number, number, number, number][] = [
    [0.005, 0.001, 0.0035, 13.1, -0.75],
    [0.01, 0.0035, 0.0085, 2.1, -0.21],
    [0.1, 0.0472, 0.0996, 1.12, -0.004],
    [0.2, 0.0938, 0.2033, 1.13, 0.016],
    [0.4, 0.1815, 0.4194, 1.21, 0.045],
  ];
  for (const [zeta, d0, d1, ell, dr] of rows) {
    near(t, equilibrium({ f, beta: 1, pi: 0, zeta }).d, d0, 1e-4, `d0 at ζ=${zeta}`);
    const e = equilibrium({ f, beta: 1, pi: 1, zeta });
    near(t, e.d, d1, 1e-4, `d1 at ζ=${zeta}`);
    near(t, e.ell, ell, 0.01 * ell, `ℓ* at ζ=${zeta}`);
    near(t, revenueRatio({ f, beta: 1, pi: 1, zeta }) - 1, dr, Math.max(0.005, Math.abs(dr) * 0.02), `R ratio at ζ=${zeta}`);
  }
});

test('[lab/closed-forms]: ζ̂ ≈ 0.116 at π = 1 and ≈ 0.085 at π = 0.5; the JIT crowds out below it and complements above', (t) => {
  const z1 = zetaHat({ f, beta: 1, pi: 1 })!, z5 = zetaHat({ f, beta: 1, pi: 0.5 })!;
  near(t, z1, 0.116, 0.001, 'ζ̂(1)');
  near(t, z5, 0.085, 0.001, 'ζ̂(0.5)');
  t.true(revenueRatio({ f, beta: 1, pi: 1, zeta: z1 - 0.01 }) < 1);
  t.true(revenueRatio({ f, beta: 1, pi: 1, zeta: z1 + 0.01 }) > 1);
});

test('[lab/closed-forms]: β sweep at ζ = 0.01 (ℓ* 2.10 → 1.00, d 0.0085 → 0.0070, R 0.79× → 2.0× of no-JIT) and the freeze band with δ = 2 %', (t) => {
  const R0 = equilibrium({ f, beta: 1, pi: 0, zeta: 0.01 }).R;
  const b1 = equilibrium({ f, beta: 1, pi: 1, zeta: 0.01 }), b0 = equilibrium({ f, beta: 0, pi: 1, zeta: 0.01 });
  near(t, b1.ell, 2.1, 0.01, 'ℓ*(β=1)');
  near(t, b0.ell, 1.0, 0.01, 'ℓ*(β=0)');
  near(t, b1.d, 0.0085, 1e-4, 'd(β=1)');
  near(t, b0.d, 0.007, 1e-4, 'd(β=0)');
  near(t, b1.R / R0, 0.79, 0.01, 'R(β=1)/R0');
  near(t, b0.R / R0, 2.0, 0.02, 'R(β=0)/R0');
  const { C } = informed(0.02, f);
  near(t, C, 7.14e-5, 0.01e-5, 'C');
  near(t, alphaBar(R0, C), 0.128, 0.001, 'ᾱ no JIT');
  near(t, alphaBar(b1.R, C), 0.103, 0.001, 'ᾱ β=1');
  near(t, alphaBar(equilibrium({ f, beta: 0.5, pi: 1, zeta: 0.01 }).R, C), 0.186, 0.001, 'ᾱ β=0.5');
  near(t, alphaBar(b0.R, C), 0.227, 0.001, 'ᾱ β=0');
  // inside the band (α = 0.115) welfare is 0 at β = 1 (passive LPs leave) and positive at β = 0
  t.is(welfare({ f, beta: 1, pi: 1, zeta: 0.01 }, 0.115, 0.02), 0);
  t.true(welfare({ f, beta: 0, pi: 1, zeta: 0.01 }, 0.115, 0.02) > 0);
});

test('[lab/closed-forms]: 𝓛* is infinite iff d ≤ βf; no-JIT size √((1+ζ)/(1+f)) − 1; fee_pips 3000 is f = 3000/997000', (t) => {
  t.is(jitDepth(0.003, 1, 0.003), Infinity);
  t.true(Number.isFinite(jitDepth(0.0031, 1, 0.003)));
  near(t, jitDepth(0.01, 0, 0.003), 1 + Math.sqrt(1.01), 1e-12, '𝓛*(β=0)');
  t.is(tradeSizeNoJit(0.002, 0.003), 0);
  near(t, tradeSizeNoJit(0.01, 0.003), Math.sqrt(1.01 / 1.003) - 1, 1e-15, 'd0');
  near(t, feeOnTop(3000), 3000 / 997000, 1e-18, 'f');
});
