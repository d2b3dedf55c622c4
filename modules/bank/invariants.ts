import type { Invariant } from '../../chain/module.js';
import { getTotalSupply, sumBalances } from './keeper.js';

/** Total supply of every denom equals the sum of all balances of it. */
export const totalSupplyInvariant: Invariant = {
  name: 'bank/total-supply',
  check(ctx) {
    const sums = sumBalances(ctx);
    const supply = getTotalSupply(ctx);
    const problems: string[] = [];
    for (const c of supply) {
      if ((sums.get(c.denom) ?? 0n) !== c.amount) problems.push(`${c.denom}: supply ${c.amount}, balances ${sums.get(c.denom) ?? 0n}`);
      sums.delete(c.denom);
    }
    for (const [d, v] of sums) problems.push(`${d}: no supply entry, balances ${v}`);
    return { broken: problems.length > 0, message: problems.join('; ') || 'total supply equals the sum of balances' };
  },
};
