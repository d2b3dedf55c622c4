// The round record (proto Round), its phases and pure helpers over it.
import { parseCoins, type Coin } from '../../chain/coins.js';
import { marketchain } from '../../proto/repo.js';

export type Round = marketchain.repo.v1.Round;

export const PHASES = {
  /** Waiting for both dealers' commitments (bonds escrowed on commit). */
  COMMIT: 'COMMIT',
  /** Both committed; waiting for both reveals. */
  REVEAL: 'REVEAL',
  /** Sealed mode: both reports sealed; waiting for the agent's selection (by reveal_deadline, the select deadline). */
  SEALED: 'SEALED',
  /** A trade was selected; waiting for MM to accept leg C (cash into escrow). */
  MATCHED: 'MATCHED',
  /** MM accepted; waiting for RM to accept leg A (collateral into escrow, cash out to RM). */
  MM_ACCEPTED: 'MM_ACCEPTED',
  /** Both legs done; the repo runs until RM repurchases (maturity .. maturity + grace). */
  ACTIVE: 'ACTIVE',
  CANCELLED: 'CANCELLED',
  NO_TRADE: 'NO_TRADE',
  ABORTED: 'ABORTED',
  FAILED: 'FAILED',
  SETTLED: 'SETTLED',
  DEFAULTED: 'DEFAULTED',
} as const;
export type Phase = (typeof PHASES)[keyof typeof PHASES];

export const OPEN_PHASES: readonly string[] = [PHASES.COMMIT, PHASES.REVEAL, PHASES.SEALED, PHASES.MATCHED, PHASES.MM_ACCEPTED, PHASES.ACTIVE];
export const ALL_PHASES: readonly string[] = Object.values(PHASES);

export function isOpen(r: Round): boolean {
  return OPEN_PHASES.includes(r.phase);
}

/** The last height at which the current phase's action is allowed; the round expires after it. */
export function currentDeadline(r: Round): bigint | null {
  switch (r.phase) {
    case PHASES.COMMIT: return BigInt(r.commitDeadline);
    case PHASES.REVEAL:
    case PHASES.SEALED: return BigInt(r.revealDeadline);
    case PHASES.MATCHED: return BigInt(r.acceptDeadline);
    case PHASES.MM_ACCEPTED: return BigInt(r.rmAcceptDeadline);
    case PHASES.ACTIVE: return BigInt(r.graceDeadline);
    default: return null;
  }
}

export function bondCoin(r: Round): Coin {
  return parseCoins(r.bond)[0]!;
}

/** Cash principal = collateral amount = Q × lot size (zero haircut). */
export function principal(r: Round): bigint {
  return BigInt(r.selection?.q ?? 0) * BigInt(r.lotSize);
}

/** What the round holds in escrow, per denom. */
export function escrowOf(r: Round): Coin[] {
  const out: Coin[] = [];
  const bond = bondCoin(r);
  const bonds = (r.bondMmHeld ? 1n : 0n) + (r.bondRmHeld ? 1n : 0n);
  if (bonds > 0n) out.push({ denom: bond.denom, amount: bond.amount * bonds });
  if (r.cashHeld && BigInt(r.cashHeld) > 0n) out.push({ denom: r.cashDenom, amount: BigInt(r.cashHeld) });
  if (r.collateralHeld && BigInt(r.collateralHeld) > 0n) out.push({ denom: r.collateralDenom, amount: BigInt(r.collateralHeld) });
  return out;
}

export const PRIVACY_PUBLIC = 0;
export const PRIVACY_SEALED = 1;

export function isSealed(r: Round): boolean {
  return r.privacy === PRIVACY_SEALED;
}

export function roleOf(r: Round, dealer: string): 'mm' | 'rm' | null {
  return dealer === r.bdMm ? 'mm' : dealer === r.bdRm ? 'rm' : null;
}
