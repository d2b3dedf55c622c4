// One route per message: decode, stateless check, call the operation, encode the response.
import type { Ctx } from '../../chain/context.js';
import { bySender, msgRoute, type MsgRoute, type ProtoDecoder, type ProtoEncoder } from '../../chain/module.js';
import { marketchain } from '../../proto/moneymarket.js';
import type { BankDeps } from './deps.js';
import { parseAmount, parseModel, parsePrice, parseRatio, typeUrl, validateMsg, type MsgFields, type MsgName } from './msgs.js';
import * as admin from './ops/admin.js';
import { liquidate } from './ops/liquidate.js';
import { borrow, repay, supply, withdraw } from './ops/user.js';

const pb = marketchain.moneymarket.v1;

function route<M extends MsgFields & { sender: string }, R>(name: MsgName, msg: ProtoDecoder<M>, response: ProtoEncoder<R>, handle: (ctx: Ctx, m: M) => R): MsgRoute<M> {
  return msgRoute({ typeUrl: typeUrl(name), msg, response, validateBasic: (m) => validateMsg(name, m), signer: bySender, handle });
}

const none = {};

/** In MSG_NAMES order. */
export function createMsgRoutes(bank: BankDeps): MsgRoute[] {
  return [
    route('MsgSupply', pb.MsgSupply, pb.MsgSupplyResponse, (ctx, m) => {
      const r = supply(ctx, bank, m.sender, m.denom, parseAmount(m.amount, false));
      return { amount: r.amount.toString(), newBalance: r.newBalance.toString() };
    }),
    route('MsgWithdraw', pb.MsgWithdraw, pb.MsgWithdrawResponse, (ctx, m) => {
      const r = withdraw(ctx, bank, m.sender, m.denom, parseAmount(m.amount, true));
      return { amount: r.amount.toString(), newBalance: r.newBalance.toString() };
    }),
    route('MsgBorrow', pb.MsgBorrow, pb.MsgBorrowResponse, (ctx, m) => {
      const r = borrow(ctx, bank, m.sender, m.denom, parseAmount(m.amount, false));
      return { amount: r.amount.toString(), amountWithFee: r.withFee.toString(), newBalance: r.newBalance.toString() };
    }),
    route('MsgRepay', pb.MsgRepay, pb.MsgRepayResponse, (ctx, m) => {
      const r = repay(ctx, bank, m.sender, m.denom, parseAmount(m.amount, true));
      return { amount: r.amount.toString(), newBalance: r.newBalance.toString() };
    }),
    route('MsgLiquidate', pb.MsgLiquidate, pb.MsgLiquidateResponse, (ctx, m) => {
      const r = liquidate(ctx, bank, m.sender, m.borrower, m.borrowDenom, m.collateralDenom, parseAmount(m.amount, true));
      return { amountRepaid: r.close.toString(), amountSeized: r.seize.toString() };
    }),
    route('MsgSetAssetPrice', pb.MsgSetAssetPrice, pb.MsgSetAssetPriceResponse, (ctx, m) => (admin.setAssetPrice(ctx, m.sender, m.denom, parsePrice(m.price)), none)),
    route('MsgSupportMarket', pb.MsgSupportMarket, pb.MsgSupportMarketResponse, (ctx, m) => (admin.supportMarket(ctx, m.sender, m.denom, parseModel(m.interestRateModel)), none)),
    route('MsgSuspendMarket', pb.MsgSuspendMarket, pb.MsgSuspendMarketResponse, (ctx, m) => (admin.suspendMarket(ctx, m.sender, m.denom), none)),
    route('MsgSetInterestRateModel', pb.MsgSetInterestRateModel, pb.MsgSetInterestRateModelResponse, (ctx, m) => (admin.setInterestRateModel(ctx, m.sender, m.denom, parseModel(m.interestRateModel)), none)),
    route('MsgSetRiskParameters', pb.MsgSetRiskParameters, pb.MsgSetRiskParametersResponse, (ctx, m) => (
      admin.setRiskParameters(ctx, m.sender, parseRatio(m.collateralRatio, 'collateral ratio'), parseRatio(m.liquidationRatio, 'liquidation ratio'), parseRatio(m.liquidationDiscount, 'liquidation discount')), none
    )),
    route('MsgSetOriginationFee', pb.MsgSetOriginationFee, pb.MsgSetOriginationFeeResponse, (ctx, m) => (admin.setOriginationFee(ctx, m.sender, parseRatio(m.originationFee, 'origination fee')), none)),
    route('MsgSetOracle', pb.MsgSetOracle, pb.MsgSetOracleResponse, (ctx, m) => (admin.setOracle(ctx, m.sender, m.oracle), none)),
    route('MsgSetPendingAdmin', pb.MsgSetPendingAdmin, pb.MsgSetPendingAdminResponse, (ctx, m) => (admin.setPendingAdmin(ctx, m.sender, m.pendingAdmin), none)),
    route('MsgAcceptAdmin', pb.MsgAcceptAdmin, pb.MsgAcceptAdminResponse, (ctx, m) => (admin.acceptAdmin(ctx, m.sender), none)),
    route('MsgWithdrawEquity', pb.MsgWithdrawEquity, pb.MsgWithdrawEquityResponse, (ctx, m) => ({ amount: admin.withdrawEquity(ctx, bank, m.sender, m.denom, parseAmount(m.amount, true)).toString() })),
    route('MsgSetPaused', pb.MsgSetPaused, pb.MsgSetPausedResponse, (ctx, m) => (admin.setPaused(ctx, m.sender, m.paused === true), none)),
    route('MsgAddReserves', pb.MsgAddReserves, pb.MsgAddReservesResponse, (ctx, m) => (admin.addReserves(ctx, bank, m.sender, m.denom, parseAmount(m.amount, false)), none)),
  ];
}
