// repo invariants: the module account holds exactly what open rounds hold in escrow; every open round
// has exactly one deadline-queue entry and closed rounds none. They walk the open rounds only (through
// the phase index), so their cost does not grow with the history of closed rounds; a closed round can
// hold nothing, which saveRound enforces when it stores one.
import type { ReadCtx } from '../../chain/context.js';
import type { Invariant } from '../../chain/module.js';
import type { BankDeps } from './deps.js';
import { getRound, queueEntries, REPO_MODULE_ADDRESS, roundIdsInPhase } from './keeper.js';
import { bondCoin, currentDeadline, escrowOf, OPEN_PHASES, type Round } from './round.js';

/** Open rounds, phase by phase; a phase-index entry whose round is in another phase is reported. */
function openRounds(ctx: ReadCtx, problems: string[]): Round[] {
  const out: Round[] = [];
  for (const phase of OPEN_PHASES) {
    for (const id of roundIdsInPhase(ctx, phase)) {
      const r = getRound(ctx, id);
      if (r.phase !== phase) problems.push(`phase index lists round ${id} under ${phase}, the round is ${r.phase}`);
      else out.push(r);
    }
  }
  return out;
}

/** Sum of escrow over the open rounds, per denom (every denom an open round uses appears, possibly with 0). */
export function expectedEscrow(rounds: Round[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const r of rounds) {
    for (const d of [r.cashDenom, r.collateralDenom, bondCoin(r).denom]) if (!sums.has(d)) sums.set(d, 0n);
    for (const c of escrowOf(r)) sums.set(c.denom, sums.get(c.denom)! + c.amount);
  }
  return sums;
}

export function escrowProblems(ctx: ReadCtx, bank: BankDeps): string[] {
  const problems: string[] = [];
  const want = expectedEscrow(openRounds(ctx, problems));
  for (const c of bank.getAllBalances(ctx, REPO_MODULE_ADDRESS)) if (!want.has(c.denom)) want.set(c.denom, 0n);
  for (const [denom, w] of want) {
    const have = bank.getBalance(ctx, REPO_MODULE_ADDRESS, denom);
    if (have !== w) problems.push(`${denom}: module account holds ${have}, open rounds hold ${w}`);
  }
  return problems;
}

export function createInvariants(bank: BankDeps): Invariant[] {
  return [
    {
      name: 'repo/escrow',
      check(ctx) {
        const problems = escrowProblems(ctx, bank);
        return { broken: problems.length > 0, message: problems.join('; ') || 'module account balance equals the escrow of open rounds' };
      },
    },
    {
      name: 'repo/deadline-queue',
      check(ctx) {
        const queued = new Map(queueEntries(ctx).map((e) => [e.id, e.height]));
        const problems: string[] = [];
        for (const r of openRounds(ctx, problems)) {
          const d = currentDeadline(r);
          const q = queued.get(BigInt(r.id)) ?? null;
          if (d !== q) problems.push(`round ${r.id} (${r.phase}): deadline ${d}, queued ${q}`);
          queued.delete(BigInt(r.id));
        }
        for (const [id] of queued) problems.push(`queue entry for round ${id}, which is not open`);
        return { broken: problems.length > 0, message: problems.join('; ') || 'every open round is queued once at its deadline' };
      },
    },
  ];
}
