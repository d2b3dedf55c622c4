// repo invariants: the module account holds exactly what open rounds hold in escrow; every open round
// has exactly one deadline-queue entry and closed rounds none; an open sealed round's accepted proofs
// and commitments are in the accepted-proof index. They walk the open rounds only (through
// the phase index), so their cost does not grow with the history of closed rounds; a closed round can
// hold nothing, which saveRound enforces when it stores one.
import type { ReadCtx } from '../../chain/context.js';
import type { Invariant } from '../../chain/module.js';
import type { BankDeps } from './deps.js';
import { findCommitmentUse, findProofUse, getRound, iterateAgents, queueEntries, REPO_MODULE_ADDRESS, roundIdsInPhase, type ProofUseEntry } from './keeper.js';
import { toHex } from '../../chain/codec/bytes.js';
import { parseCoins } from '../../chain/coins.js';
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

/**
 * Agents' standing bonds (held by the module account, reservations included) added to `want`; each
 * agent's reservations must equal what its open sealed rounds reserve, and never exceed its bond.
 */
function addAgentBonds(ctx: ReadCtx, rounds: Round[], want: Map<string, bigint>, problems: string[]): void {
  const reservedBy = new Map<string, Map<string, bigint>>();
  const count = new Map<string, number>();
  for (const r of rounds) {
    if (!r.agentBondHeld) continue;
    const c = parseCoins(r.agentBond)[0]!;
    const m = reservedBy.get(r.agent) ?? new Map<string, bigint>();
    m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount);
    reservedBy.set(r.agent, m);
    count.set(r.agent, (count.get(r.agent) ?? 0) + 1);
  }
  for (const a of iterateAgents(ctx)) {
    const bond = parseCoins(a.bond);
    for (const c of bond) want.set(c.denom, (want.get(c.denom) ?? 0n) + c.amount);
    const reserved = parseCoins(a.reserved);
    const expect = reservedBy.get(a.address) ?? new Map<string, bigint>();
    for (const c of reserved) {
      if ((bond.find((b) => b.denom === c.denom)?.amount ?? 0n) < c.amount) problems.push(`agent ${a.address} reserves ${c.amount}${c.denom}, more than its bond ${a.bond}`);
    }
    const denoms = new Set([...reserved.map((c) => c.denom), ...expect.keys()]);
    for (const d of denoms) {
      const have = reserved.find((c) => c.denom === d)?.amount ?? 0n;
      if (have !== (expect.get(d) ?? 0n)) problems.push(`agent ${a.address} reserves ${have}${d}, its open rounds ${expect.get(d) ?? 0n}${d}`);
    }
    if (a.openRounds !== (count.get(a.address) ?? 0)) problems.push(`agent ${a.address} counts ${a.openRounds} open rounds, ${count.get(a.address) ?? 0} reserve it`);
    reservedBy.delete(a.address);
  }
  for (const [agent] of reservedBy) problems.push(`open rounds reserve the bond of ${agent}, which is not registered`);
}

export function escrowProblems(ctx: ReadCtx, bank: BankDeps): string[] {
  const problems: string[] = [];
  const rounds = openRounds(ctx, problems);
  const want = expectedEscrow(rounds);
  addAgentBonds(ctx, rounds, want, problems);
  for (const c of bank.getAllBalances(ctx, REPO_MODULE_ADDRESS)) if (!want.has(c.denom)) want.set(c.denom, 0n);
  for (const [denom, w] of want) {
    const have = bank.getBalance(ctx, REPO_MODULE_ADDRESS, denom);
    if (have !== w) problems.push(`${denom}: module account holds ${have}, open rounds hold ${w}`);
  }
  return problems;
}

/** Every proof and commitment an open sealed round accepted is in the accepted-proof index, under that round and use. */
function proofIndexProblems(ctx: ReadCtx): string[] {
  const problems: string[] = [];
  const expect = (what: string, key: Uint8Array, got: ProofUseEntry | undefined, r: Round, use: ProofUseEntry['use']) => {
    if (!got || got.roundId !== BigInt(r.id) || got.use !== use) problems.push(`round ${r.id}'s ${use} ${what} ${toHex(key)} is indexed as ${got ? `round ${got.roundId} ${got.use}` : 'nothing'}`);
  };
  for (const r of openRounds(ctx, problems)) {
    if (r.privacy !== 1) continue;
    for (const [use, sealed, commitment] of [['mm', r.sealedMm, r.commitmentMm], ['rm', r.sealedRm, r.commitmentRm]] as const) {
      if (!sealed?.proofHash?.length) continue;
      expect('proof', sealed.proofHash, findProofUse(ctx, sealed.proofHash), r, use);
      expect('commitment', commitment, findCommitmentUse(ctx, commitment), r, use);
    }
  }
  return problems;
}

export function createInvariants(bank: BankDeps): Invariant[] {
  return [
    {
      name: 'repo/escrow',
      check(ctx) {
        const problems = escrowProblems(ctx, bank);
        return { broken: problems.length > 0, message: problems.join('; ') || 'module account balance equals the escrow of open rounds plus the agents\' standing bonds' };
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
    {
      name: 'repo/proof-index',
      check(ctx) {
        const problems = proofIndexProblems(ctx);
        return { broken: problems.length > 0, message: problems.join('; ') || "every open sealed round's accepted proofs and commitments are indexed to it" };
      },
    },
  ];
}
