// End-block sweep: expires at most params.maxExpiriesPerBlock rounds whose deadline is < this height
// (a deadline is inclusive: its parties may still act in the deadline block itself, so expireRound
// refuses h <= deadline), in (deadline, id) order; the rest wait for the next block (or a MsgExpireRound).
import type { Ctx } from '../../chain/context.js';
import type { BankDeps } from './deps.js';
import { expiredEntries, getParams, getRound } from './keeper.js';
import { expireRound } from './ops/settle.js';

export function sweepExpiredRounds(ctx: Ctx, bank: BankDeps): number {
  const entries = expiredEntries(ctx, BigInt(ctx.block.height) - 1n, getParams(ctx).maxExpiriesPerBlock);
  for (const e of entries) expireRound(ctx, bank, getRound(ctx, e.id));
  return entries.length;
}
