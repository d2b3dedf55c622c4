// moneymarket errors: codespace "moneymarket". Names follow Compound v1's Error enum (spec §2) plus
// the spec's new ★ names. Codes are never renumbered.
import { registerError } from '../../chain/errors.js';

const cs = 'moneymarket';
export const ErrContractPaused = registerError(cs, 2, 'CONTRACT_PAUSED: the money market is paused');
export const ErrMarketNotSupported = registerError(cs, 3, 'MARKET_NOT_SUPPORTED: market is not supported');
export const ErrTokenInsufficientBalance = registerError(cs, 4, 'TOKEN_INSUFFICIENT_BALANCE: wallet balance too low');
export const ErrTokenInsufficientCash = registerError(cs, 5, 'TOKEN_INSUFFICIENT_CASH: market cash too low');
export const ErrInsufficientBalance = registerError(cs, 6, 'INSUFFICIENT_BALANCE: supply balance too low');
export const ErrInsufficientLiquidity = registerError(cs, 7, 'INSUFFICIENT_LIQUIDITY: account liquidity too low');
export const ErrMissingAssetPrice = registerError(cs, 8, 'MISSING_ASSET_PRICE: asset has no price');
export const ErrRepayExceedsBorrow = registerError(cs, 9, 'INTEGER_UNDERFLOW: repay amount exceeds the borrow balance');
export const ErrLiquidatorIsBorrower = registerError(cs, 10, 'LIQUIDATOR_IS_BORROWER: an account cannot liquidate itself');
export const ErrInvalidCloseAmount = registerError(cs, 11, 'INVALID_CLOSE_AMOUNT_REQUESTED: close amount is zero or above the maximum');
export const ErrUnauthorized = registerError(cs, 12, 'UNAUTHORIZED: sender may not do this');
export const ErrAssetNotPriced = registerError(cs, 13, 'ASSET_NOT_PRICED: set a price before supporting the market');
export const ErrInvalidCollateralRatio = registerError(cs, 14, 'INVALID_COLLATERAL_RATIO: collateral ratio must be at least 1.1');
export const ErrInvalidLiquidationDiscount = registerError(cs, 15, 'INVALID_LIQUIDATION_DISCOUNT: liquidation discount must be at most 0.1');
export const ErrInvalidCombinedRiskParameters = registerError(cs, 16, 'INVALID_COMBINED_RISK_PARAMETERS: collateral ratio must exceed 1 + liquidation discount');
export const ErrInvalidLiquidationRatio = registerError(cs, 17, 'INVALID_LIQUIDATION_RATIO: need 1 + discount < liquidation ratio <= collateral ratio');
export const ErrEquityInsufficientBalance = registerError(cs, 18, 'EQUITY_INSUFFICIENT_BALANCE: amount exceeds the market equity');
export const ErrBadInput = registerError(cs, 19, 'BAD_INPUT: invalid message field');
export const ErrTooManyMarkets = registerError(cs, 20, 'TOO_MANY_MARKETS: the market limit is reached');
export const ErrPriceMoveTooLarge = registerError(cs, 21, 'PRICE_MOVE_TOO_LARGE: price change exceeds the maximum move per update');
export const ErrRateTooHigh = registerError(cs, 22, 'BORROW_RATE_TOO_HIGH: the model can exceed the maximum borrow rate per block');
export const ErrIntegerOverflow = registerError(cs, 23, 'INTEGER_OVERFLOW: an amount, total or index would exceed 2^256-1');
