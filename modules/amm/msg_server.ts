// One thin handler per message: check → ops/pool (keeper + math + bank) → response.
import { bySender, msgRoute, type MsgRoute } from '../../chain/module.js';
import { marketchain } from '../../proto/amm.js';
import type { BankDeps } from './deps.js';
import { ErrNotPositionOwner, ErrPositionLocked, ErrPositionNotFound, ErrSlippage } from './errors.js';
import { getPosition, deletePosition } from './keeper.js';
import * as V from './msgs.js';
import { validateMsgBundle } from './bundle_envelope.js';
import { addLiquidity, createPool, executeSwap, mustGetPool, quoteSwap, removeLiquidity, setPoolParams } from './ops/pool.js';

const pb = marketchain.amm.v1;

export function createMsgRoutes(bank: BankDeps): MsgRoute[] {
  return [
    msgRoute({ typeUrl: V.TYPE_URLS.createPool, msg: pb.MsgCreatePool, response: pb.MsgCreatePoolResponse, validateBasic: (m) => void V.validateMsgCreatePool(m), signer: bySender, handle: (ctx, m) => ({ poolId: createPool(ctx, m) }) }),

    msgRoute({ typeUrl: V.TYPE_URLS.setPoolParams, msg: pb.MsgSetPoolParams, response: pb.MsgSetPoolParamsResponse, validateBasic: V.validateMsgSetPoolParams, signer: bySender, handle: (ctx, m) => (setPoolParams(ctx, m), {}) }),

    msgRoute({
      typeUrl: V.TYPE_URLS.addLiquidity, msg: pb.MsgAddLiquidity, response: pb.MsgAddLiquidityResponse, validateBasic: V.validateMsgAddLiquidity, signer: bySender,
      handle(ctx, m) {
        const positionId = ctx.tx ? V.positionIdFromTxHash(m.sender, ctx.tx.hash, ctx.tx.msgIndex) : V.positionIdFromTxHash(m.sender, new Uint8Array(32), 0);
        const p = addLiquidity(ctx, bank, {
          owner: m.sender, poolId: m.poolId, amount0Max: BigInt(m.amount0Max), amount1Max: BigInt(m.amount1Max), commitmentBlocks: m.commitmentBlocks, positionId,
          amount0Min: V.parseMinAmount(m.amount0Min, 'amount0_min'), amount1Min: V.parseMinAmount(m.amount1Min, 'amount1_min'),
        });
        return { positionId, liquidity: p.liquidity.toString(), amount0: p.amount0.toString(), amount1: p.amount1.toString(), unlockHeight: p.unlockHeight };
      },
    }),

    msgRoute({
      typeUrl: V.TYPE_URLS.removeLiquidity, msg: pb.MsgRemoveLiquidity, response: pb.MsgRemoveLiquidityResponse, validateBasic: V.validateMsgRemoveLiquidity, signer: bySender,
      handle(ctx, m) {
        const pos = getPosition(ctx, m.positionId);
        if (!pos) throw ErrPositionNotFound(`position ${m.positionId}`);
        if (pos.owner !== m.sender) throw ErrNotPositionOwner(`position ${m.positionId} belongs to ${pos.owner}, not ${m.sender}`);
        if (ctx.block.height < pos.unlockHeight) {
          throw ErrPositionLocked(`position ${m.positionId} (minted at ${pos.mintHeight}, commitment ${pos.commitmentBlocks}) unlocks at height ${pos.unlockHeight}, now ${ctx.block.height}`);
        }
        const r = removeLiquidity(ctx, bank, pos);
        deletePosition(ctx, pos);
        return { amount0: r.amount0.toString(), amount1: r.amount1.toString(), fees0: r.fees0.toString(), fees1: r.fees1.toString() };
      },
    }),

    msgRoute({
      typeUrl: V.TYPE_URLS.swapExactIn, msg: pb.MsgSwapExactIn, response: pb.MsgSwapExactInResponse, validateBasic: V.validateMsgSwapExactIn, signer: bySender,
      handle(ctx, m) {
        const pool = mustGetPool(ctx, m.poolId);
        const r = quoteSwap(pool, m.denomIn, BigInt(m.amountIn), false, V.parseSqrtPriceLimit(m.sqrtPriceLimitX96));
        if (r.amountOut < BigInt(m.minAmountOut)) throw ErrSlippage(`amount out ${r.amountOut} is below min_amount_out ${m.minAmountOut}`);
        executeSwap(ctx, bank, pool, m.sender, m.denomIn, r);
        return { amountOut: r.amountOut.toString(), fee: r.fee.toString(), amountIn: r.amountIn.toString() };
      },
    }),

    msgRoute({
      typeUrl: V.TYPE_URLS.swapExactOut, msg: pb.MsgSwapExactOut, response: pb.MsgSwapExactOutResponse, validateBasic: V.validateMsgSwapExactOut, signer: bySender,
      handle(ctx, m) {
        const pool = mustGetPool(ctx, m.poolId);
        const r = quoteSwap(pool, m.denomIn, BigInt(m.amountOut), true, V.parseSqrtPriceLimit(m.sqrtPriceLimitX96));
        if (r.amountIn > BigInt(m.maxAmountIn)) throw ErrSlippage(`amount in ${r.amountIn} exceeds max_amount_in ${m.maxAmountIn}`);
        executeSwap(ctx, bank, pool, m.sender, m.denomIn, r);
        return { amountIn: r.amountIn.toString(), fee: r.fee.toString() };
      },
    }),

    // The envelope's own execution changes nothing: its fee (the bid) and sequence are the ante's, and
    // its inner txs run as the block's next txs (chain/bundle_envelope.ts), atomically with it.
    msgRoute({ typeUrl: V.TYPE_URLS.bundle, msg: pb.MsgBundle, response: pb.MsgBundleResponse, validateBasic: validateMsgBundle, signer: bySender, handle: () => ({}) }),
  ];
}
