// Round transitions after the selection: sequential acceptances, repurchase at maturity, and expiry
// (timeouts with bond forfeits, spec §5.1). Every coin moves through the module account.
import { coinToString } from '../../../chain/coins.js';
import type { Ctx } from '../../../chain/context.js';
import { marketchain } from '../../../proto/repo.js';
import type { BankDeps } from '../deps.js';
import * as E from '../errors.js';
import { emitRoundEvent, emitBondForfeited, emitBondReturned, EVENT_TYPES } from '../events.js';
import { getParams, getRound, REPO_MODULE_ADDRESS, saveRound } from '../keeper.js';
import { splitInterest } from '../math/interest.js';
import type { MsgAcceptLeg, MsgRepurchase } from '../msgs.js';
import { bondCoin, currentDeadline, isOpen, isSealed, PHASES, principal, type Round } from '../round.js';
import { expireSealWindow, expireSelectWindow } from './sealed.js';

const pay = (ctx: Ctx, bank: BankDeps, to: string, denom: string, amount: bigint) =>
  bank.sendCoins(ctx, REPO_MODULE_ADDRESS, to, [{ denom, amount }]);

/** Returns every bond the round still holds to its dealer. */
export function refundHeldBonds(ctx: Ctx, bank: BankDeps, r: Round): void {
  const bond = bondCoin(r);
  if (r.bondMmHeld) {
    pay(ctx, bank, r.bdMm, bond.denom, bond.amount);
    r.bondMmHeld = false;
    emitBondReturned(ctx, r.id, r.bdMm, bond);
  }
  if (r.bondRmHeld) {
    pay(ctx, bank, r.bdRm, bond.denom, bond.amount);
    r.bondRmHeld = false;
    emitBondReturned(ctx, r.id, r.bdRm, bond);
  }
}

function forfeitBond(ctx: Ctx, bank: BankDeps, r: Round, role: 'mm' | 'rm', recipient: string): void {
  const bond = bondCoin(r);
  pay(ctx, bank, recipient, bond.denom, bond.amount);
  if (role === 'mm') r.bondMmHeld = false;
  else r.bondRmHeld = false;
  emitBondForfeited(ctx, r.id, role === 'mm' ? r.bdMm : r.bdRm, recipient, bond);
}

function close(ctx: Ctx, r: Round, phase: string, outcome: string): void {
  r.phase = phase;
  r.outcome = outcome;
  r.closedHeight = ctx.block.height;
  emitRoundEvent(ctx, EVENT_TYPES.roundClosed, r.id, [['phase', phase], ['outcome', outcome]]);
}

/** MM accepts leg C first (its cash into escrow); then RM accepts leg A (collateral in, cash out). */
export function acceptLeg(ctx: Ctx, bank: BankDeps, m: MsgAcceptLeg): string {
  const r = getRound(ctx, BigInt(m.roundId));
  const h = ctx.block.height;
  if (r.phase !== PHASES.MATCHED && r.phase !== PHASES.MM_ACCEPTED) throw E.ErrWrongPhase(`round ${r.id} is ${r.phase}, not MATCHED or MM_ACCEPTED`);
  const waitingFor = r.phase === PHASES.MATCHED ? r.mmClient : r.rmClient;
  if (m.sender !== waitingFor) {
    const who = m.sender === r.rmClient ? 'rm_client must wait for mm_client' : m.sender === r.mmClient ? 'mm_client already accepted' : `${m.sender} is not the client whose turn it is`;
    throw E.ErrUnauthorized(`round ${r.id} (${r.phase}): ${who}`);
  }
  const deadline = r.phase === PHASES.MATCHED ? r.acceptDeadline : r.rmAcceptDeadline;
  if (h > deadline) throw E.ErrDeadlinePassed(`round ${r.id} ${r.phase === PHASES.MATCHED ? 'mm_client' : 'rm_client'} accept deadline was height ${deadline}, now ${h}`);
  const p = principal(r);
  if (r.phase === PHASES.MATCHED) {
    bank.sendCoins(ctx, m.sender, REPO_MODULE_ADDRESS, [{ denom: r.cashDenom, amount: p }]);
    r.cashHeld = p.toString();
    r.phase = PHASES.MM_ACCEPTED;
    // RM's window opens when MM's acceptance lands, whenever that is: with one shared deadline an MM
    // acceptance in its last block left RM no block to act in, and RM's dealer lost its bond for it.
    r.rmAcceptDeadline = h + r.acceptBlocks;
    emitRoundEvent(ctx, EVENT_TYPES.legAccepted, r.id, [['client', m.sender], ['leg', 'C'], ['escrowed', coinToString({ denom: r.cashDenom, amount: p })], ['rm_accept_deadline', r.rmAcceptDeadline]]);
  } else {
    bank.sendCoins(ctx, m.sender, REPO_MODULE_ADDRESS, [{ denom: r.collateralDenom, amount: p }]);
    r.collateralHeld = p.toString();
    pay(ctx, bank, r.rmClient, r.cashDenom, p);
    r.cashHeld = '0';
    emitRoundEvent(ctx, EVENT_TYPES.legAccepted, r.id, [['client', m.sender], ['leg', 'A'], ['escrowed', coinToString({ denom: r.collateralDenom, amount: p })]]);
    refundHeldBonds(ctx, bank, r);
    r.phase = PHASES.ACTIVE;
    r.startHeight = h;
    r.maturityHeight = h + r.tenorBlocks;
    r.graceDeadline = r.maturityHeight + getParams(ctx).graceBlocks;
    emitRoundEvent(ctx, EVENT_TYPES.roundStarted, r.id, [['start_height', h], ['maturity_height', r.maturityHeight], ['grace_deadline', r.graceDeadline], ['principal', p]]);
  }
  saveRound(ctx, r);
  return r.phase;
}

/** RM pays principal + interest at r_rm; MM gets principal + r_mm interest, the dealers their margins. */
export function repurchase(ctx: Ctx, bank: BankDeps, m: MsgRepurchase): void {
  const r = getRound(ctx, BigInt(m.roundId));
  const h = ctx.block.height;
  if (r.phase !== PHASES.ACTIVE) throw E.ErrWrongPhase(`round ${r.id} is ${r.phase}, not ACTIVE`);
  if (m.sender !== r.rmClient) throw E.ErrUnauthorized(`only rm_client ${r.rmClient} may repurchase round ${r.id}`);
  if (h < r.maturityHeight) throw E.ErrNotMatured(`round ${r.id} matures at height ${r.maturityHeight}, now ${h}`);
  if (h > r.graceDeadline) throw E.ErrDeadlinePassed(`round ${r.id} grace ended at height ${r.graceDeadline}, now ${h}`);
  const s = r.selection!;
  const p = principal(r);
  const split = splitInterest(p, BigInt(s.rMmBps ?? 0), BigInt(s.rRmBps ?? 0), BigInt(s.rBdX2 ?? 0), BigInt(r.tenorBlocks), BigInt(getParams(ctx).blocksPerYear));
  bank.sendCoins(ctx, m.sender, REPO_MODULE_ADDRESS, [{ denom: r.cashDenom, amount: p + split.interestRm }]);
  pay(ctx, bank, r.mmClient, r.cashDenom, p + split.interestMm);
  pay(ctx, bank, r.bdMm, r.cashDenom, split.marginBdMm);
  pay(ctx, bank, r.bdRm, r.cashDenom, split.marginBdRm);
  pay(ctx, bank, r.rmClient, r.collateralDenom, p);
  r.collateralHeld = '0';
  const interestOf: Record<string, bigint> = { A: split.interestRm, B: split.interestBd, C: split.interestMm };
  for (const leg of r.legs) leg.interest = (interestOf[leg.name ?? ""] ?? 0n).toString();
  r.settlement = marketchain.repo.v1.Settlement.create({
    principal: p.toString(), interestRm: split.interestRm.toString(), interestMm: split.interestMm.toString(),
    marginBdMm: split.marginBdMm.toString(), marginBdRm: split.marginBdRm.toString(), interestBd: split.interestBd.toString(), height: h,
  });
  emitRoundEvent(ctx, EVENT_TYPES.repurchased, r.id, [
    ['principal', p], ['interest_rm', split.interestRm], ['interest_mm', split.interestMm], ['interest_bd', split.interestBd],
    ['margin_bd_mm', split.marginBdMm], ['margin_bd_rm', split.marginBdRm],
  ]);
  close(ctx, r, PHASES.SETTLED, 'repurchased by rm_client');
  saveRound(ctx, r);
}

/** Pushes an expired round forward (end-block sweep or MsgExpireRound). Throws if not expired. */
export function expireRound(ctx: Ctx, bank: BankDeps, r: Round): string {
  const h = BigInt(ctx.block.height);
  const d = currentDeadline(r);
  if (!isOpen(r) || d === null) throw E.ErrWrongPhase(`round ${r.id} is ${r.phase}, which never expires`);
  if (h <= d) throw E.ErrNotExpired(`round ${r.id} (${r.phase}) may still act until height ${d}, now ${h}`);
  switch (r.phase) {
    case PHASES.COMMIT: {
      if (isSealed(r)) {
        close(ctx, r, PHASES.CANCELLED, expireSealWindow(ctx, bank, r));
        break;
      }
      const missing = [!r.bondMmHeld && 'bd_mm', !r.bondRmHeld && 'bd_rm'].filter(Boolean).join(' and ');
      refundHeldBonds(ctx, bank, r);
      close(ctx, r, PHASES.CANCELLED, `${missing} did not commit by height ${d}`);
      break;
    }
    case PHASES.REVEAL: {
      const mm = !!r.reportMm;
      const rm = !!r.reportRm;
      if (!mm && !rm) {
        const treasury = getParams(ctx).treasury;
        forfeitBond(ctx, bank, r, 'mm', treasury);
        forfeitBond(ctx, bank, r, 'rm', treasury);
        close(ctx, r, PHASES.ABORTED, `neither dealer revealed by height ${d}; both bonds to the treasury`);
      } else {
        forfeitBond(ctx, bank, r, mm ? 'rm' : 'mm', mm ? r.bdMm : r.bdRm);
        refundHeldBonds(ctx, bank, r);
        close(ctx, r, PHASES.ABORTED, `${mm ? 'bd_rm' : 'bd_mm'} did not reveal by height ${d}; its bond goes to ${mm ? 'bd_mm' : 'bd_rm'}`);
      }
      break;
    }
    case PHASES.SEALED:
      close(ctx, r, PHASES.CANCELLED, expireSelectWindow(ctx, bank, r));
      break;
    case PHASES.MATCHED:
      forfeitBond(ctx, bank, r, 'mm', r.bdRm);
      refundHeldBonds(ctx, bank, r);
      close(ctx, r, PHASES.FAILED, `mm_client did not accept by height ${d}; bd_mm's bond goes to bd_rm`);
      break;
    case PHASES.MM_ACCEPTED:
      pay(ctx, bank, r.mmClient, r.cashDenom, BigInt(r.cashHeld));
      r.cashHeld = '0';
      forfeitBond(ctx, bank, r, 'rm', r.bdMm);
      refundHeldBonds(ctx, bank, r);
      close(ctx, r, PHASES.FAILED, `rm_client did not accept by height ${d}; mm_client's cash returned, bd_rm's bond goes to bd_mm`);
      break;
    case PHASES.ACTIVE: {
      const c = BigInt(r.collateralHeld);
      pay(ctx, bank, r.mmClient, r.collateralDenom, c);
      r.collateralHeld = '0';
      emitRoundEvent(ctx, EVENT_TYPES.collateralSeized, r.id, [['recipient', r.mmClient], ['amount', coinToString({ denom: r.collateralDenom, amount: c })]]);
      close(ctx, r, PHASES.DEFAULTED, `rm_client did not repurchase by height ${d}; collateral goes to mm_client`);
      break;
    }
  }
  saveRound(ctx, r);
  return r.phase;
}
