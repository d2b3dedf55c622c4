// Module invariants (spec §4.3): I1 exactly per market, custody covers cash, non-negative totals, indices ≥ 1.
import type { Invariant } from '../../chain/module.js';
import type { QueryCtx } from '../../chain/context.js';
import type { BankDeps } from './deps.js';
import { allMarkets } from './keeper.js';
import { MODULE_ADDRESS } from './ops/market.js';
import { E } from './math/fixed.js';

export function balanceSheetProblems(ctx: QueryCtx): string[] {
  const out: string[] = [];
  for (const m of allMarkets(ctx)) {
    if (m.cash + m.totalBorrows !== m.totalSupply + m.equity) out.push(`${m.denom}: cash ${m.cash} + borrows ${m.totalBorrows} != supply ${m.totalSupply} + equity ${m.equity}`);
    if (m.cash < 0n || m.totalBorrows < 0n || m.totalSupply < 0n) out.push(`${m.denom}: negative total`);
    if (m.supplyIndex < E || m.borrowIndex < E) out.push(`${m.denom}: index below 1`);
  }
  return out;
}

export function custodyProblems(ctx: QueryCtx, bank: BankDeps): string[] {
  const out: string[] = [];
  for (const m of allMarkets(ctx)) {
    const held = bank.getBalance(ctx, MODULE_ADDRESS, m.denom);
    if (m.cash > held) out.push(`${m.denom}: cash ${m.cash} exceeds the module account balance ${held}`);
  }
  return out;
}

export function createInvariants(bank: BankDeps): Invariant[] {
  const inv = (name: string, f: (ctx: QueryCtx) => string[], ok: string): Invariant => ({
    name,
    check(ctx) {
      const p = f(ctx);
      return { broken: p.length > 0, message: p.join('; ') || ok };
    },
  });
  return [
    inv('moneymarket/balance-sheet', balanceSheetProblems, 'cash + borrows = supply + equity in every market'),
    inv('moneymarket/custody', (ctx) => custodyProblems(ctx, bank), 'the module account holds every market cash'),
  ];
}
