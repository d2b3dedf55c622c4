// Stateful pool operations: read via the keeper, compute with math/, move coins via bank, write, emit.
import type { Ctx } from '../../../chain/context.js';
import {
  ErrInsufficientReserve, ErrNoLiquidity, ErrPoolNotFound, ErrPositionExists, ErrSwapOutOfRange, ErrZeroLiquidity, ErrZeroOutput, ErrAmountTooLarge, ErrInvalidDenom,
  ErrInvalidPriceLimit, ErrSlippage, ErrCommitmentTooShort, ErrUnauthorized,
} from '../errors.js';
import { emitEvent } from '../../../chain/events.js';
import { EVENT_TYPES, tierName } from '../events.js';
import { AMM_MODULE_ADDRESS, getNextPoolId, getParams, getPool, getPosition, setNextPoolId, setPool, setPosition } from '../keeper.js';
import { formatPriceX96 } from '../math/price.js';
import { burn, mint, PoolMathError, swapExactIn, swapExactOut, type SwapResult } from '../math/pool_math.js';
import { liquidityForAmountsDown } from '../math/sqrt_price_math.js';
import type { BankDeps } from '../deps.js';
import { validateMsgCreatePool, type MsgCreatePool, type MsgSetPoolParams } from '../msgs.js';
import { positionState, type Pool, type Position } from '../types.js';

/** Maps a pure-math failure to the registered error. */
export function mathError(e: unknown, what: string): unknown {
  if (!(e instanceof PoolMathError)) return e;
  const detail = `${what}: ${e.message}`;
  switch (e.kind) {
    case 'no_liquidity': return ErrNoLiquidity(detail);
    case 'out_of_range': return ErrSwapOutOfRange(detail);
    case 'zero_output': case 'zero_input': return ErrZeroOutput(detail);
    case 'zero_liquidity': return ErrZeroLiquidity(detail);
    case 'too_large': return ErrAmountTooLarge(detail);
    case 'bad_limit': return ErrInvalidPriceLimit(detail);
    case 'past_limit': return ErrSlippage(detail);
    default: return ErrInsufficientReserve(detail);
  }
}

export function mustGetPool(ctx: Ctx | Parameters<typeof getPool>[0], id: number): Pool {
  const p = getPool(ctx, id);
  if (!p) throw ErrPoolNotFound(`pool ${id}`);
  return p;
}

/** Creates an empty pool at the message's price and range; returns its id. */
export function createPool(ctx: Ctx, m: MsgCreatePool): number {
  const prices = validateMsgCreatePool(m);
  const id = getNextPoolId(ctx);
  setNextPoolId(ctx, id + 1);
  setPool(ctx, {
    id, denom0: m.denom0, denom1: m.denom1, ...prices, feePips: BigInt(m.feePips), betaPpm: BigInt(m.betaPpm), minLongCommitmentBlocks: 0,
    liquidityLong: 0n, liquidityShort: 0n, reserve0: 0n, reserve1: 0n, feeVault0: 0n, feeVault1: 0n, feeGrowthLong0X128: 0n,
    feeGrowthLong1X128: 0n, feeGrowthShort0X128: 0n, feeGrowthShort1X128: 0n, orphanFees0: 0n, orphanFees1: 0n,
  });
  emitEvent(ctx, EVENT_TYPES.createPool, [
    ['pool_id', id], ['creator', m.sender], ['denom0', m.denom0], ['denom1', m.denom1],
    ['sqrt_price_x96', prices.sqrtPriceX96], ['price', formatPriceX96(prices.sqrtPriceX96)], ['fee_pips', m.feePips], ['beta_ppm', m.betaPpm],
  ]);
  return id;
}

/** The param authority sets a pool's fee, β and least long-term commitment. */
export function setPoolParams(ctx: Ctx, m: MsgSetPoolParams): void {
  const authority = getParams(ctx).authority;
  if (m.sender !== authority) throw ErrUnauthorized(`${m.sender} is not ${authority}`);
  const pool = mustGetPool(ctx, m.poolId);
  setPool(ctx, { ...pool, feePips: BigInt(m.feePips), betaPpm: BigInt(m.betaPpm), minLongCommitmentBlocks: m.minLongCommitmentBlocks });
  emitEvent(ctx, EVENT_TYPES.setPoolParams, [['pool_id', m.poolId], ['fee_pips', m.feePips], ['beta_ppm', m.betaPpm], ['min_long_commitment_blocks', m.minLongCommitmentBlocks]]);
}

export interface AddLiquidityIn {
  owner: string; poolId: number; amount0Max: bigint; amount1Max: bigint; commitmentBlocks: number; positionId: string;
  /** Least of each token the deposit must use (0 = no bound). */
  amount0Min?: bigint; amount1Min?: bigint;
}

/** Mints a new position at the current price: liquidity rounded down, owed amounts rounded up (≤ the maxima). */
export function addLiquidity(ctx: Ctx, bank: BankDeps, a: AddLiquidityIn): Position {
  const pool = mustGetPool(ctx, a.poolId);
  if (getPosition(ctx, a.positionId)) throw ErrPositionExists(`position ${a.positionId}`);
  // A one-block "long" position would earn the long tier's fees as a JIT and leave a block later: β
  // would not apply to it. The pool's minimum makes a long position a real commitment.
  if (a.commitmentBlocks > 0 && a.commitmentBlocks < pool.minLongCommitmentBlocks) {
    throw ErrCommitmentTooShort(`pool ${a.poolId} needs a long-term commitment of at least ${pool.minLongCommitmentBlocks} blocks, got ${a.commitmentBlocks} (0 = short-term)`);
  }
  const liquidity = liquidityForAmountsDown(pool.sqrtPriceX96, pool.sqrtLowerX96, pool.sqrtUpperX96, a.amount0Max, a.amount1Max);
  const longTerm = a.commitmentBlocks > 0;
  let r;
  try {
    r = mint(pool, liquidity, longTerm);
  } catch (e) {
    throw mathError(e, `pool ${a.poolId} deposit of ${a.amount0Max}${pool.denom0} / ${a.amount1Max}${pool.denom1}`);
  }
  if (r.amount0 < (a.amount0Min ?? 0n) || r.amount1 < (a.amount1Min ?? 0n)) {
    throw ErrSlippage(`pool ${a.poolId} deposit would use ${r.amount0}${pool.denom0} / ${r.amount1}${pool.denom1}, below amount0_min ${a.amount0Min ?? 0n} / amount1_min ${a.amount1Min ?? 0n}`);
  }
  bank.sendCoins(ctx, a.owner, AMM_MODULE_ADDRESS, [{ denom: pool.denom0, amount: r.amount0 }, { denom: pool.denom1, amount: r.amount1 }]);
  const h = ctx.block.height;
  const position: Position = {
    id: a.positionId, owner: a.owner, poolId: a.poolId, liquidity, commitmentBlocks: a.commitmentBlocks, mintHeight: h,
    unlockHeight: longTerm ? h + a.commitmentBlocks + 1 : h,
    feeGrowthLast0X128: r.position.feeGrowthLast0X128, feeGrowthLast1X128: r.position.feeGrowthLast1X128,
    amount0: r.amount0, amount1: r.amount1,
  };
  setPool(ctx, { ...pool, ...r.pool });
  setPosition(ctx, position);
  emitEvent(ctx, EVENT_TYPES.addLiquidity, [
    ['pool_id', a.poolId], ['position_id', a.positionId], ['owner', a.owner], ['tier', tierName(longTerm)],
    ['liquidity', liquidity], ['amount0', r.amount0], ['amount1', r.amount1], ['commitment_blocks', a.commitmentBlocks],
    ['unlock_height', position.unlockHeight],
  ]);
  return position;
}

/** Burns a whole position (the caller checked owner and unlock height) and pays principal + fees. */
export function removeLiquidity(ctx: Ctx, bank: BankDeps, pos: Position): { amount0: bigint; amount1: bigint; fees0: bigint; fees1: bigint } {
  const pool = mustGetPool(ctx, pos.poolId);
  let r;
  try {
    r = burn(pool, positionState(pos));
  } catch (e) {
    throw mathError(e, `position ${pos.id}`);
  }
  setPool(ctx, { ...pool, ...r.pool });
  bank.sendCoins(ctx, AMM_MODULE_ADDRESS, pos.owner, [{ denom: pool.denom0, amount: r.amount0 + r.fees0 }, { denom: pool.denom1, amount: r.amount1 + r.fees1 }]);
  emitEvent(ctx, EVENT_TYPES.removeLiquidity, [
    ['pool_id', pos.poolId], ['position_id', pos.id], ['owner', pos.owner], ['tier', tierName(pos.commitmentBlocks > 0)],
    ['liquidity', pos.liquidity], ['amount0', r.amount0], ['amount1', r.amount1], ['fees0', r.fees0],
    ['fees1', r.fees1],
  ]);
  return r;
}

/** Direction of a swap: zeroForOne when denom_in is denom0. */
export function swapDirection(pool: Pool, denomIn: string): boolean {
  if (denomIn === pool.denom0) return true;
  if (denomIn === pool.denom1) return false;
  throw ErrInvalidDenom(`denom_in ${denomIn} is not ${pool.denom0} or ${pool.denom1} of pool ${pool.id}`);
}

/** Pure quote (no writes): the swap result on the pool as it is now; `limit` is a sqrt price limit (0 = none). */
export function quoteSwap(pool: Pool, denomIn: string, amount: bigint, exactOut: boolean, limit = 0n): SwapResult {
  const zeroForOne = swapDirection(pool, denomIn);
  try {
    return exactOut ? swapExactOut(pool, zeroForOne, amount, limit) : swapExactIn(pool, zeroForOne, amount, limit);
  } catch (e) {
    throw mathError(e, `pool ${pool.id} swap of ${amount}${exactOut ? ' out' : denomIn}`);
  }
}

/** Executes a quoted swap: trader pays amountIn, receives amountOut; the orphan fee share goes to the treasury. */
export function executeSwap(ctx: Ctx, bank: BankDeps, pool: Pool, sender: string, denomIn: string, r: SwapResult): void {
  const zeroForOne = denomIn === pool.denom0;
  const denomOut = zeroForOne ? pool.denom1 : pool.denom0;
  bank.sendCoins(ctx, sender, AMM_MODULE_ADDRESS, [{ denom: denomIn, amount: r.amountIn }]);
  bank.sendCoins(ctx, AMM_MODULE_ADDRESS, sender, [{ denom: denomOut, amount: r.amountOut }]);
  if (r.split.orphan > 0n) bank.sendCoins(ctx, AMM_MODULE_ADDRESS, getParams(ctx).treasury, [{ denom: denomIn, amount: r.split.orphan }]);
  setPool(ctx, { ...pool, ...r.pool });
  emitEvent(ctx, EVENT_TYPES.swap, [
    ['pool_id', pool.id], ['sender', sender], ['denom_in', denomIn], ['denom_out', denomOut],
    ['amount_in', r.amountIn], ['amount_out', r.amountOut], ['fee', r.fee], ['fee_short', r.split.shortKept],
    ['fee_long', r.split.longTotal - r.split.orphan], ['fee_transfer', r.split.transfer], ['fee_treasury', r.split.orphan], ['sqrt_price_x96', r.pool.sqrtPriceX96],
    ['price', formatPriceX96(r.pool.sqrtPriceX96)],
  ]);
}
