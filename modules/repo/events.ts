// repo event types (module.snake_action) and builders. Amounts are decimal strings of base units.
import type { Coin } from '../../chain/coins.js';
import { coinToString } from '../../chain/coins.js';
import type { Ctx } from '../../chain/context.js';
import { emitEvent, type EventAttr } from '../../chain/events.js';

export const EVENT_TYPES = {
  roundOpened: 'repo.round_opened',
  reportCommitted: 'repo.report_committed',
  reportRevealed: 'repo.report_revealed',
  tradeSelected: 'repo.trade_selected',
  noTrade: 'repo.no_trade',
  legAccepted: 'repo.leg_accepted',
  roundStarted: 'repo.round_started',
  repurchased: 'repo.repurchased',
  bondReturned: 'repo.bond_returned',
  bondForfeited: 'repo.bond_forfeited',
  collateralSeized: 'repo.collateral_seized',
  roundClosed: 'repo.round_closed',
  agentRegistered: 'repo.agent_registered',
  agentBondWithdrawn: 'repo.agent_bond_withdrawn',
  reportSealed: 'repo.report_sealed',
  agentBondReleased: 'repo.agent_bond_released',
  agentBondForfeited: 'repo.agent_bond_forfeited',
} as const;

/** Agent events name the agent first (they belong to no round). */
export function emitAgentEvent(ctx: Ctx, type: string, agent: string, attrs: EventAttr[]): void {
  if (ctx.events.enabled) emitEvent(ctx, type, [['agent', agent], ...attrs]);
}

/** Every repo event names its round first. */
export function emitRoundEvent(ctx: Ctx, type: string, roundId: bigint | number, attrs: EventAttr[]): void {
  if (ctx.events.enabled) emitEvent(ctx, type, [['round_id', roundId], ...attrs]);
}

export function emitBondReturned(ctx: Ctx, roundId: bigint | number, dealer: string, bond: Coin): void {
  emitRoundEvent(ctx, EVENT_TYPES.bondReturned, roundId, [['dealer', dealer], ['amount', coinToString(bond)]]);
}

export function emitBondForfeited(ctx: Ctx, roundId: bigint | number, dealer: string, recipient: string, bond: Coin): void {
  emitRoundEvent(ctx, EVENT_TYPES.bondForfeited, roundId, [['dealer', dealer], ['recipient', recipient], ['amount', coinToString(bond)]]);
}
