// amm event types, emitted with chain/events.ts emitEvent. Amounts are decimal strings of base units.

export const EVENT_TYPES = {
  createPool: 'amm.create_pool',
  setPoolParams: 'amm.set_pool_params',
  addLiquidity: 'amm.add_liquidity',
  removeLiquidity: 'amm.remove_liquidity',
  swap: 'amm.swap',
} as const;

export const tierName = (long: boolean) => (long ? 'long' : 'short');
