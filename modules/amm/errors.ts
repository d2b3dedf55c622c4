// amm errors: codespace "amm", codes from 2, never renumbered.
import { registerError } from '../../chain/errors.js';

export const ErrPoolNotFound = registerError('amm', 2, 'pool not found');
export const ErrPositionNotFound = registerError('amm', 3, 'position not found');
export const ErrInvalidPrice = registerError('amm', 4, 'invalid price or range');
export const ErrInvalidFee = registerError('amm', 5, 'invalid fee');
export const ErrInvalidBeta = registerError('amm', 6, 'invalid beta');
export const ErrInvalidAmount = registerError('amm', 7, 'invalid amount');
export const ErrInvalidDenom = registerError('amm', 8, 'invalid denom');
export const ErrInvalidCommitment = registerError('amm', 9, 'invalid commitment');
export const ErrInvalidPositionId = registerError('amm', 10, 'invalid position id');
export const ErrUnauthorized = registerError('amm', 11, 'sender is not the module authority');
export const ErrNotPositionOwner = registerError('amm', 12, 'sender does not own the position');
export const ErrPositionLocked = registerError('amm', 13, 'position is locked');
export const ErrSlippage = registerError('amm', 14, 'slippage limit exceeded');
export const ErrSwapOutOfRange = registerError('amm', 15, 'swap would reach or leave the pool range');
export const ErrNoLiquidity = registerError('amm', 16, 'pool has no liquidity');
export const ErrZeroLiquidity = registerError('amm', 17, 'deposit too small for any liquidity');
export const ErrZeroOutput = registerError('amm', 18, 'swap too small');
export const ErrPositionExists = registerError('amm', 19, 'position already exists');
export const ErrAmountTooLarge = registerError('amm', 20, 'amount too large');
export const ErrInsufficientReserve = registerError('amm', 21, 'pool reserves cannot cover the payout');
export const ErrInvalidPoolId = registerError('amm', 22, 'invalid pool id');
export const ErrBundleWrapsMany = registerError('amm', 23, 'bundle wraps more than one tx of another party');
export const ErrBundleFrontRun = registerError('amm', 24, "only liquidity additions may come before a bundle's wrapped tx");
export const ErrInvalidPriceLimit = registerError('amm', 25, 'invalid sqrt price limit');
export const ErrCommitmentTooShort = registerError('amm', 26, "commitment below the pool's minimum for long-term positions");
export const ErrPoolUnfundable = registerError('amm', 27, 'no deposit can fund the pool');
