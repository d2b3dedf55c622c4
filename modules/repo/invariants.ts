// repo invariants: the module account holds exactly what open rounds hold in escrow; every open round
// has exactly one deadline-queue entry and closed rounds none.
import type { ReadCtx } from '../../chain/context.js';
import type { Invariant } from '../../chain/module.js';
import type { RepoBank } from './deps.js';
import { iterateRounds, queueEntries, REPO_MODULE_ADDRESS } from './keeper.js';
import { bondCoin, currentDeadline, escrowOf } from './round.js';

/** Sum of escrow over all rounds, per denom (every denom any round uses appears, possibly with 0). */
export function expectedEscrow(ctx: ReadCtx): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const r of iterateRounds(ctx)) {
    for (const d of [r.cashDenom, r.collateralDenom, bondCoin(r).denom]) if (!sums.has(d)) sums.set(d, 0n);
    for (const c of escrowOf(r)) sums.set(c.denom, sums.get(c.denom)! + c.amount);
  }
  return sums;
}

export function escrowProblems(ctx: ReadCtx, bank: RepoBank): string[] {
  const problems: string[] = [];
  for (const [denom, want] of expectedEscrow(ctx)) {
    const have = bank.getBalance(ctx, REPO_MODULE_ADDRESS, denom);
    if (have !== want) problems.push(`${denom}: module account holds ${have}, open rounds hold ${want}`);
  }
  return problems;
}

export function createRepoInvariants(bank: RepoBank): Invariant[] {
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
        for (const r of iterateRounds(ctx)) {
          const d = currentDeadline(r);
          const q = queued.get(BigInt(r.id)) ?? null;
          if (d !== q) problems.push(`round ${r.id} (${r.phase}): deadline ${d}, queued ${q}`);
          queued.delete(BigInt(r.id));
        }
        for (const [id] of queued) problems.push(`queue entry for unknown round ${id}`);
        return { broken: problems.length > 0, message: problems.join('; ') || 'every open round is queued once at its deadline' };
      },
    },
  ];
}
