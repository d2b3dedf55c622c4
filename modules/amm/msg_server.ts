// One thin handler per message: check → pool_ops (keeper + math + bank) → response.
import type { Ctx } from '../../chain/context.js';
import type { MsgRoute } from '../../chain/module.js';
import { marketchain } from '../../proto/amm.js';
import type { AmmBankDeps } from './deps.js';
import { ErrNotPositionOwner, ErrPositionLocked, ErrPositionNotFound, ErrSlippage, ErrUnauthorized } from './errors.js';
import { event, EVENT_TYPES } from './events.js';
import { getNextPoolId, getParams, getPosition, deletePosition, setNextPoolId, setPool } from './keeper.js';
import { formatPriceX96 } from './math/price.js';
import * as V from './msgs.js';
import { addLiquidity, executeSwap, mustGetPool, quoteSwap, removeLiquidity } from './pool_ops.js';

const pb = marketchain.amm.v1;

function route<T>(typeUrl: string, codec: { decode(b: Uint8Array): T }, validate: (m: T) => void, handle: (ctx: Ctx, m: T) => Uint8Array): MsgRoute<T> {
  return { typeUrl, decode: (b) => codec.decode(b), validateBasic: validate, signers: (m: any) => [m.sender], handle };
}

export function createMsgRoutes(bank: AmmBankDeps): MsgRoute[] {
  const createPool = route(V.TYPE_URLS.createPool, pb.MsgCreatePool, (m) => void V.validateMsgCreatePool(m), (ctx, m) => {
    const prices = V.validateMsgCreatePool(m);
    const id = getNextPoolId(ctx);
    setNextPoolId(ctx, id + 1);
    setPool(ctx, {
      id, denom0: m.denom0, denom1: m.denom1, ...prices, feePips: BigInt(m.feePips), betaPpm: BigInt(m.betaPpm), minLongCommitmentBlocks: 0,
      liquidityLong: 0n, liquidityShort: 0n, reserve0: 0n, reserve1: 0n, feeVault0: 0n, feeVault1: 0n, feeGrowthLong0X128: 0n,
      feeGrowthLong1X128: 0n, feeGrowthShort0X128: 0n, feeGrowthShort1X128: 0n, orphanFees0: 0n, orphanFees1: 0n,
    });
    ctx.events.emit(event(EVENT_TYPES.createPool, {
      pool_id: id, creator: m.sender, denom0: m.denom0, denom1: m.denom1, sqrt_price_x96: prices.sqrtPriceX96,
      price: formatPriceX96(prices.sqrtPriceX96), fee_pips: m.feePips, beta_ppm: m.betaPpm,
    }));
    return pb.MsgCreatePoolResponse.encode({ poolId: id }).finish();
  });

  const setPoolParams = route(V.TYPE_URLS.setPoolParams, pb.MsgSetPoolParams, V.validateMsgSetPoolParams, (ctx, m) => {
    const authority = getParams(ctx).authority;
    if (m.sender !== authority) throw ErrUnauthorized(`${m.sender} is not ${authority}`);
    const pool = mustGetPool(ctx, m.poolId);
    setPool(ctx, { ...pool, feePips: BigInt(m.feePips), betaPpm: BigInt(m.betaPpm), minLongCommitmentBlocks: m.minLongCommitmentBlocks });
    ctx.events.emit(event(EVENT_TYPES.setPoolParams, { pool_id: m.poolId, fee_pips: m.feePips, beta_ppm: m.betaPpm, min_long_commitment_blocks: m.minLongCommitmentBlocks }));
    return pb.MsgSetPoolParamsResponse.encode({}).finish();
  });

  const add = route(V.TYPE_URLS.addLiquidity, pb.MsgAddLiquidity, V.validateMsgAddLiquidity, (ctx, m) => {
    const positionId = ctx.tx ? V.positionIdFromTxHash(m.sender, ctx.tx.hash, ctx.tx.msgIndex) : V.positionIdFromTxHash(m.sender, new Uint8Array(32), 0);
    const p = addLiquidity(ctx, bank, {
      owner: m.sender, poolId: m.poolId, amount0Max: BigInt(m.amount0Max), amount1Max: BigInt(m.amount1Max), commitmentBlocks: m.commitmentBlocks, positionId,
      amount0Min: V.parseMinAmount(m.amount0Min, 'amount0_min'), amount1Min: V.parseMinAmount(m.amount1Min, 'amount1_min'),
    });
    return pb.MsgAddLiquidityResponse.encode({
      positionId, liquidity: p.liquidity.toString(), amount0: p.amount0.toString(), amount1: p.amount1.toString(), unlockHeight: p.unlockHeight,
    }).finish();
  });

  const remove = route(V.TYPE_URLS.removeLiquidity, pb.MsgRemoveLiquidity, V.validateMsgRemoveLiquidity, (ctx, m) => {
    const pos = getPosition(ctx, m.positionId);
    if (!pos) throw ErrPositionNotFound(`position ${m.positionId}`);
    if (pos.owner !== m.sender) throw ErrNotPositionOwner(`position ${m.positionId} belongs to ${pos.owner}, not ${m.sender}`);
    if (ctx.block.height < pos.unlockHeight) {
      throw ErrPositionLocked(`position ${m.positionId} (minted at ${pos.mintHeight}, commitment ${pos.commitmentBlocks}) unlocks at height ${pos.unlockHeight}, now ${ctx.block.height}`);
    }
    const r = removeLiquidity(ctx, bank, pos);
    deletePosition(ctx, pos);
    return pb.MsgRemoveLiquidityResponse.encode({ amount0: r.amount0.toString(), amount1: r.amount1.toString(), fees0: r.fees0.toString(), fees1: r.fees1.toString() }).finish();
  });

  const swapIn = route(V.TYPE_URLS.swapExactIn, pb.MsgSwapExactIn, V.validateMsgSwapExactIn, (ctx, m) => {
    const pool = mustGetPool(ctx, m.poolId);
    const r = quoteSwap(pool, m.denomIn, BigInt(m.amountIn), false, V.parseSqrtPriceLimit(m.sqrtPriceLimitX96));
    if (r.amountOut < BigInt(m.minAmountOut)) throw ErrSlippage(`amount out ${r.amountOut} is below min_amount_out ${m.minAmountOut}`);
    executeSwap(ctx, bank, pool, m.sender, m.denomIn, r);
    return pb.MsgSwapExactInResponse.encode({ amountOut: r.amountOut.toString(), fee: r.fee.toString(), amountIn: r.amountIn.toString() }).finish();
  });

  const swapOut = route(V.TYPE_URLS.swapExactOut, pb.MsgSwapExactOut, V.validateMsgSwapExactOut, (ctx, m) => {
    const pool = mustGetPool(ctx, m.poolId);
    const r = quoteSwap(pool, m.denomIn, BigInt(m.amountOut), true, V.parseSqrtPriceLimit(m.sqrtPriceLimitX96));
    if (r.amountIn > BigInt(m.maxAmountIn)) throw ErrSlippage(`amount in ${r.amountIn} exceeds max_amount_in ${m.maxAmountIn}`);
    executeSwap(ctx, bank, pool, m.sender, m.denomIn, r);
    return pb.MsgSwapExactOutResponse.encode({ amountIn: r.amountIn.toString(), fee: r.fee.toString() }).finish();
  });

  return [createPool, setPoolParams, add, remove, swapIn, swapOut];
}
