// gRPC-style queries (/marketchain.amm.v1.Query/<Method>); request and response are proto bytes.
import type { QueryHandler } from '../../chain/module.js';
import { marketchain } from '../../proto/amm.js';
import { sdkErrors } from '../../chain/errors.js';
import { ErrInvalidPositionId, ErrPositionNotFound } from './errors.js';
import { allPools, getParams, getPosition, positionsByOwner } from './keeper.js';
import { formatPriceX96, formatRatio } from './math/price.js';
import { accruedFees, burnAmountsDown } from './math/pool_math.js';
import { checkAddress, checkPoolId, parseAmount, parseSqrtPriceLimit } from './msgs.js';
import { mustGetPool, quoteSwap } from './ops/pool.js';
import { poolToProto, positionState, positionToProto, type Pool } from './types.js';

const pb = marketchain.amm.v1;
const Q = '/marketchain.amm.v1.Query/';

export function poolView(p: Pool) {
  return { pool: poolToProto(p), price: formatPriceX96(p.sqrtPriceX96), priceLower: formatPriceX96(p.sqrtLowerX96), priceUpper: formatPriceX96(p.sqrtUpperX96) };
}

function invalid(e: unknown): never {
  throw sdkErrors.InvalidRequest((e as Error).message);
}

export const ammQueries: Record<string, QueryHandler> = {
  [Q + 'Params']: (ctx) => pb.QueryParamsResponse.encode({ params: getParams(ctx) }).finish(),
  [Q + 'Pool']: (ctx, data) => {
    const req = pb.QueryPoolRequest.decode(data);
    checkPoolId(req.poolId);
    return pb.QueryPoolResponse.encode({ pool: poolView(mustGetPool(ctx, req.poolId)) }).finish();
  },
  [Q + 'Pools']: (ctx) => pb.QueryPoolsResponse.encode({ pools: allPools(ctx).map(poolView) }).finish(),
  [Q + 'Position']: (ctx, data) => {
    const req = pb.QueryPositionRequest.decode(data);
    if (!/^[0-9a-f]{64}$/.test(req.positionId)) throw ErrInvalidPositionId(`position id ${JSON.stringify(req.positionId)} must be 64 lowercase hex digits`);
    const pos = getPosition(ctx, req.positionId);
    if (!pos) throw ErrPositionNotFound(`position ${req.positionId}`);
    const pool = mustGetPool(ctx, pos.poolId);
    const a = burnAmountsDown(pool, pos.liquidity);
    const f = accruedFees(pool, positionState(pos));
    return pb.QueryPositionResponse.encode({
      position: positionToProto(pos), amount0: a.amount0.toString(), amount1: a.amount1.toString(), fees0: f.fees0.toString(), fees1: f.fees1.toString(), longTerm: pos.commitmentBlocks > 0,
    }).finish();
  },
  [Q + 'PositionsByOwner']: (ctx, data) => {
    const req = pb.QueryPositionsByOwnerRequest.decode(data);
    checkAddress(req.owner, 'owner');
    return pb.QueryPositionsByOwnerResponse.encode({ positions: positionsByOwner(ctx, req.owner).map(positionToProto) }).finish();
  },
  [Q + 'SimulateSwap']: (ctx, data) => {
    const req = pb.QuerySimulateSwapRequest.decode(data);
    checkPoolId(req.poolId);
    let amount: bigint;
    try { amount = parseAmount(req.amount, 'amount'); } catch (e) { invalid(e); }
    const limit = parseSqrtPriceLimit(req.sqrtPriceLimitX96);
    const pool = mustGetPool(ctx, req.poolId);
    const r = quoteSwap(pool, req.denomIn, amount, req.exactOut, limit);
    const zeroForOne = req.denomIn === pool.denom0;
    const exec = zeroForOne ? formatRatio(r.amountOut, r.amountIn) : formatRatio(r.amountIn, r.amountOut);
    const s0 = pool.sqrtPriceX96 * pool.sqrtPriceX96, s1 = r.pool.sqrtPriceX96 * r.pool.sqrtPriceX96;
    return pb.QuerySimulateSwapResponse.encode({
      amountIn: r.amountIn.toString(), amountOut: r.amountOut.toString(), fee: r.fee.toString(), executionPrice: exec,
      priceBefore: formatPriceX96(pool.sqrtPriceX96), priceAfter: formatPriceX96(r.pool.sqrtPriceX96),
      priceImpact: formatRatio(s1 > s0 ? s1 - s0 : s0 - s1, s0), sqrtPriceAfterX96: r.pool.sqrtPriceX96.toString(),
    }).finish();
  },
};
