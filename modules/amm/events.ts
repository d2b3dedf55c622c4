// amm event types and builders. Amounts are decimal strings of base units.
import { makeEvent, type Event } from '../../chain/events.js';

export const EVENT_TYPES = {
  createPool: 'amm.create_pool',
  setPoolParams: 'amm.set_pool_params',
  addLiquidity: 'amm.add_liquidity',
  removeLiquidity: 'amm.remove_liquidity',
  swap: 'amm.swap',
} as const;

export const tierName = (long: boolean) => (long ? 'long' : 'short');

export function event(type: string, attrs: Record<string, string | bigint | number | boolean>): Event {
  return makeEvent(type, Object.entries(attrs));
}
