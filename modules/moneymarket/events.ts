// Event types of the money market (spec §2 event names, snake_case attributes), emitted with
// chain/events.ts emitEvent.

export const EVENT_TYPES = {
  supplyReceived: 'moneymarket.supply_received',
  supplyWithdrawn: 'moneymarket.supply_withdrawn',
  borrowTaken: 'moneymarket.borrow_taken',
  borrowRepaid: 'moneymarket.borrow_repaid',
  borrowLiquidated: 'moneymarket.borrow_liquidated',
  interestAccrued: 'moneymarket.interest_accrued',
  interestNotAccrued: 'moneymarket.interest_not_accrued',
  priceSet: 'moneymarket.price_set',
  supportedMarket: 'moneymarket.supported_market',
  suspendedMarket: 'moneymarket.suspended_market',
  setInterestRateModel: 'moneymarket.set_market_interest_rate_model',
  newRiskParameters: 'moneymarket.new_risk_parameters',
  newOriginationFee: 'moneymarket.new_origination_fee',
  newOracle: 'moneymarket.new_oracle',
  newPendingAdmin: 'moneymarket.new_pending_admin',
  newAdmin: 'moneymarket.new_admin',
  equityWithdrawn: 'moneymarket.equity_withdrawn',
  setPaused: 'moneymarket.set_paused',
  reservesAdded: 'moneymarket.reserves_added',
} as const;
