// fast-check properties of spec §5 (P1-P7, P12, P13) on random pools and operation sequences.
import test from 'ava';
import fc from 'fast-check';
import { accruedFees, burn, mint, PoolMathError, swapExactIn, swapExactOut, type PoolState, type PositionState } from './pool_math.js';
import { amount0DeltaDown, amount1DeltaDown, Q96 } from './sqrt_price_math.js';
import { emptyPool } from './pool_fixture.js';

const poolArb = fc.record({
  lo: fc.bigInt({ min: 2n ** 80n, max: 2n ** 100n }),
  w1: fc.bigInt({ min: 1n, max: 2n ** 96n }),
  w2: fc.bigInt({ min: 1n, max: 2n ** 96n }),
  feePips: fc.bigInt({ min: 0n, max: 100_000n }),
  betaPpm: fc.oneof(fc.constantFrom(0n, 500_000n, 1_000_000n), fc.bigInt({ min: 0n, max: 1_000_000n })),
}).map(({ lo, w1, w2, feePips, betaPpm }) => emptyPool({ sqrtLowerX96: lo, sqrtPriceX96: lo + w1, sqrtUpperX96: lo + w1 + w2, feePips, betaPpm }));

type Op =
  | { k: 'mint'; l: bigint; long: boolean }
  | { k: 'in' | 'out'; zeroForOne: boolean; amount: bigint }
  | { k: 'burn'; idx: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('mint' as const), l: fc.bigInt({ min: 1n, max: 10n ** 24n }), long: fc.boolean() }),
  fc.record({ k: fc.constantFrom('in' as const, 'out' as const), zeroForOne: fc.boolean(), amount: fc.bigInt({ min: 1n, max: 10n ** 22n }) }),
  fc.record({ k: fc.constant('burn' as const), idx: fc.nat(20) }),
);

/** reserve·den − L·num ≥ 0 for token1 (surplus over the exact rational requirement), as a fraction. */
function surplus1(p: PoolState): [bigint, bigint] {
  const L = p.liquidityLong + p.liquidityShort;
  return [p.reserve1 * Q96 - L * (p.sqrtPriceX96 - p.sqrtLowerX96), Q96];
}
function surplus0(p: PoolState): [bigint, bigint] {
  const L = p.liquidityLong + p.liquidityShort;
  const den = p.sqrtPriceX96 * p.sqrtUpperX96;
  return [p.reserve0 * den - L * Q96 * (p.sqrtUpperX96 - p.sqrtPriceX96), den];
}
const geq = (a: [bigint, bigint], b: [bigint, bigint]) => a[0] * b[1] >= b[0] * a[1];

function checkState(p: PoolState, positions: PositionState[]): void {
  const L = p.liquidityLong + p.liquidityShort;
  if (p.sqrtPriceX96 < p.sqrtLowerX96 || p.sqrtPriceX96 > p.sqrtUpperX96) throw new Error('P1 price out of range');
  for (const v of [p.reserve0, p.reserve1, p.feeVault0, p.feeVault1]) if (v < 0n) throw new Error('P2 negative');
  if (p.reserve0 < amount0DeltaDown(p.sqrtPriceX96, p.sqrtUpperX96, L) || p.reserve1 < amount1DeltaDown(p.sqrtLowerX96, p.sqrtPriceX96, L)) throw new Error('P3 insolvent');
  const lhs = (p.reserve0 * p.sqrtUpperX96 + L * Q96) * (p.reserve1 * Q96 + L * p.sqrtLowerX96);
  if (lhs < L * L * p.sqrtUpperX96 * Q96) throw new Error('P4 below curve');
  let owed0 = 0n, owed1 = 0n, ll = 0n, ls = 0n;
  for (const pos of positions) {
    const f = accruedFees(p, pos);
    owed0 += f.fees0; owed1 += f.fees1;
    if (pos.longTerm) ll += pos.liquidity; else ls += pos.liquidity;
  }
  if (ll !== p.liquidityLong || ls !== p.liquidityShort) throw new Error('tier liquidity mismatch');
  if (owed0 > p.feeVault0 || owed1 > p.feeVault1) throw new Error('P6 fee vault short');
}

test('[amm/props]: P1-P6, P13 hold after every operation; fees are conserved exactly per swap', (t) => {
  fc.assert(
    fc.property(poolArb, fc.array(opArb, { minLength: 1, maxLength: 30 }), (p0, ops) => {
      let p = p0;
      let positions: PositionState[] = [];
      let paidFees0 = 0n, paidFees1 = 0n, charged0 = 0n, charged1 = 0n, orphan0 = 0n, orphan1 = 0n;
      for (const op of ops) {
        try {
          if (op.k === 'mint') {
            const r = mint(p, op.l, op.long);
            p = r.pool; positions.push(r.position);
          } else if (op.k === 'burn') {
            if (positions.length === 0) continue;
            const pos = positions[op.idx % positions.length]!;
            const r = burn(p, pos);
            p = r.pool; paidFees0 += r.fees0; paidFees1 += r.fees1;
            positions = positions.filter((x) => x !== pos);
          } else {
            const before = p;
            const r = op.k === 'in' ? swapExactIn(p, op.zeroForOne, op.amount) : swapExactOut(p, op.zeroForOne, op.amount);
            const s = r.split;
            if (s.shortKept + s.longTotal !== r.fee || s.shortKept + s.transfer !== s.shortProRata) throw new Error('P6 split');
            if (before.betaPpm === 0n && s.shortKept !== 0n) throw new Error('β=0 short keeps something');
            if (op.k === 'out' && r.amountOut !== op.amount) throw new Error('exact out missed');
            if (!geq(surplus0(r.pool), surplus0(before)) || !geq(surplus1(r.pool), surplus1(before))) throw new Error('P5 surplus fell');
            for (const k of ['feeGrowthLong0X128', 'feeGrowthLong1X128', 'feeGrowthShort0X128', 'feeGrowthShort1X128'] as const) if (r.pool[k] < before[k]) throw new Error('P13');
            if (op.zeroForOne) { charged0 += r.fee; orphan0 += s.orphan; } else { charged1 += r.fee; orphan1 += s.orphan; }
            p = r.pool;
          }
        } catch (e) {
          if (!(e instanceof PoolMathError) || e.kind === 'insufficient_reserve') throw e;
        }
        checkState(p, positions);
      }
      // global fee conservation: vault + paid + orphans == every fee charged, exactly
      if (p.feeVault0 + paidFees0 + orphan0 !== charged0 || p.feeVault1 + paidFees1 + orphan1 !== charged1) throw new Error('fees not conserved');
      if (p.orphanFees0 !== orphan0 || p.orphanFees1 !== orphan1) throw new Error('orphan totals');
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('[amm/props]: P7 deposit then withdraw with no swap returns at most what was put in, and 0 fees', (t) => {
  fc.assert(
    fc.property(poolArb, fc.bigInt({ min: 1n, max: 10n ** 24n }), fc.bigInt({ min: 1n, max: 10n ** 24n }), fc.boolean(), (p0, other, l, long) => {
      const base = mint(p0, other, true).pool;
      const m = mint(base, l, long);
      const b = burn(m.pool, m.position);
      return b.amount0 <= m.amount0 && b.amount1 <= m.amount1 && b.fees0 === 0n && b.fees1 === 0n
        && m.amount0 - b.amount0 <= 1n && m.amount1 - b.amount1 <= 1n;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('[amm/props]: P12 splitting a swap into two never yields more output', (t) => {
  fc.assert(
    fc.property(poolArb, fc.bigInt({ min: 10n ** 15n, max: 10n ** 24n }), fc.boolean(), fc.bigInt({ min: 2n, max: 10n ** 18n }), fc.bigInt({ min: 1n, max: 99n }), (p0, l, zfo, amount, pct) => {
      const p = mint(p0, l, true).pool;
      const a1 = (amount * pct) / 100n, a2 = amount - a1;
      let single: bigint;
      try { single = swapExactIn(p, zfo, amount).amountOut; } catch { return true; }
      try {
        const r1 = swapExactIn(p, zfo, a1);
        return r1.amountOut + swapExactIn(r1.pool, zfo, a2).amountOut <= single;
      } catch { return true; }
    }),
    { numRuns: 300 },
  );
  t.pass();
});
