import type { Invariant } from '../../chain/module.js';
import type { BankDeps } from './deps.js';
import { allPools, allPositions, AMM_MODULE_ADDRESS } from './keeper.js';
import { accruedFees, burnAmountsDown } from './math/pool_math.js';
import { positionState } from './types.js';

/** Every pool: price in range, tier liquidity = Σ positions, reserves cover every exit (P3), vault covers accrued fees. */
export const poolSolvencyInvariant: Invariant = {
  name: 'amm/pool-solvency',
  check(ctx) {
    const problems: string[] = [];
    const positions = allPositions(ctx);
    for (const p of allPools(ctx)) {
      if (p.sqrtPriceX96 < p.sqrtLowerX96 || p.sqrtPriceX96 > p.sqrtUpperX96) problems.push(`pool ${p.id}: price out of range`);
      let ll = 0n, ls = 0n, f0 = 0n, f1 = 0n;
      for (const pos of positions.filter((x) => x.poolId === p.id)) {
        if (pos.commitmentBlocks > 0) ll += pos.liquidity; else ls += pos.liquidity;
        const f = accruedFees(p, positionState(pos));
        f0 += f.fees0; f1 += f.fees1;
      }
      if (ll !== p.liquidityLong || ls !== p.liquidityShort) problems.push(`pool ${p.id}: tier liquidity ${p.liquidityLong}/${p.liquidityShort} != positions ${ll}/${ls}`);
      const need = burnAmountsDown(p, ll + ls);
      if (p.reserve0 < need.amount0 || p.reserve1 < need.amount1) problems.push(`pool ${p.id}: reserves ${p.reserve0}/${p.reserve1} below ${need.amount0}/${need.amount1}`);
      if (p.feeVault0 < f0 || p.feeVault1 < f1) problems.push(`pool ${p.id}: fee vault ${p.feeVault0}/${p.feeVault1} below accrued ${f0}/${f1}`);
    }
    return { broken: problems.length > 0, message: problems.join('; ') || 'every pool is solvent' };
  },
};

/** The module account holds at least every pool's reserves plus fee vaults, per denom. */
export function moduleBalanceInvariant(bank: BankDeps): Invariant {
  return {
    name: 'amm/module-balance',
    check(ctx) {
      const need = new Map<string, bigint>();
      for (const p of allPools(ctx)) {
        need.set(p.denom0, (need.get(p.denom0) ?? 0n) + p.reserve0 + p.feeVault0);
        need.set(p.denom1, (need.get(p.denom1) ?? 0n) + p.reserve1 + p.feeVault1);
      }
      const problems: string[] = [];
      for (const [d, v] of [...need].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const bal = bank.getBalance(ctx, AMM_MODULE_ADDRESS, d);
        if (bal < v) problems.push(`${d}: module holds ${bal}, pools need ${v}`);
      }
      return { broken: problems.length > 0, message: problems.join('; ') || 'module account covers every pool' };
    },
  };
}

export function createInvariants(bank: BankDeps): Invariant[] {
  return [poolSolvencyInvariant, moduleBalanceInvariant(bank)];
}
