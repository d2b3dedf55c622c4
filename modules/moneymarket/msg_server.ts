// One route per message: decode, stateless check, call the operation, encode the response.
import type { Ctx } from '../../chain/context.js';
import type { MsgRoute } from '../../chain/module.js';
import { marketchain } from '../../proto/moneymarket.js';
import * as admin from './admin_ops.js';
import type { BankKeeper } from './deps.js';
import { liquidate } from './liquidate_op.js';
import { MSG_NAMES, parseAmount, parseModel, parsePrice, parseRatio, typeUrl, validateMsg, type MsgName } from './msgs.js';
import { borrow, repay, supply, withdraw } from './user_ops.js';

const pb = marketchain.moneymarket.v1 as any;
type Handler = (ctx: Ctx, bank: BankKeeper, m: any) => Record<string, unknown>;

const none = {};
const handlers: Record<MsgName, Handler> = {
  MsgSupply: (ctx, bank, m) => {
    const r = supply(ctx, bank, m.sender, m.denom, parseAmount(m.amount, false));
    return { amount: r.amount.toString(), newBalance: r.newBalance.toString() };
  },
  MsgWithdraw: (ctx, bank, m) => {
    const r = withdraw(ctx, bank, m.sender, m.denom, parseAmount(m.amount, true));
    return { amount: r.amount.toString(), newBalance: r.newBalance.toString() };
  },
  MsgBorrow: (ctx, bank, m) => {
    const r = borrow(ctx, bank, m.sender, m.denom, parseAmount(m.amount, false));
    return { amount: r.amount.toString(), amountWithFee: r.withFee.toString(), newBalance: r.newBalance.toString() };
  },
  MsgRepay: (ctx, bank, m) => {
    const r = repay(ctx, bank, m.sender, m.denom, parseAmount(m.amount, true));
    return { amount: r.amount.toString(), newBalance: r.newBalance.toString() };
  },
  MsgLiquidate: (ctx, bank, m) => {
    const r = liquidate(ctx, bank, m.sender, m.borrower, m.borrowDenom, m.collateralDenom, parseAmount(m.amount, true));
    return { amountRepaid: r.close.toString(), amountSeized: r.seize.toString() };
  },
  MsgSetAssetPrice: (ctx, _b, m) => (admin.setAssetPrice(ctx, m.sender, m.denom, parsePrice(m.price)), none),
  MsgSupportMarket: (ctx, _b, m) => (admin.supportMarket(ctx, m.sender, m.denom, parseModel(m.interestRateModel)), none),
  MsgSuspendMarket: (ctx, _b, m) => (admin.suspendMarket(ctx, m.sender, m.denom), none),
  MsgSetInterestRateModel: (ctx, _b, m) => (admin.setInterestRateModel(ctx, m.sender, m.denom, parseModel(m.interestRateModel)), none),
  MsgSetRiskParameters: (ctx, _b, m) => (
    admin.setRiskParameters(ctx, m.sender, parseRatio(m.collateralRatio, 'collateral ratio'), parseRatio(m.liquidationRatio, 'liquidation ratio'), parseRatio(m.liquidationDiscount, 'liquidation discount')), none
  ),
  MsgSetOriginationFee: (ctx, _b, m) => (admin.setOriginationFee(ctx, m.sender, parseRatio(m.originationFee, 'origination fee')), none),
  MsgSetOracle: (ctx, _b, m) => (admin.setOracle(ctx, m.sender, m.oracle), none),
  MsgSetPendingAdmin: (ctx, _b, m) => (admin.setPendingAdmin(ctx, m.sender, m.pendingAdmin), none),
  MsgAcceptAdmin: (ctx, _b, m) => (admin.acceptAdmin(ctx, m.sender), none),
  MsgWithdrawEquity: (ctx, bank, m) => ({ amount: admin.withdrawEquity(ctx, bank, m.sender, m.denom, parseAmount(m.amount, true)).toString() }),
  MsgSetPaused: (ctx, _b, m) => (admin.setPaused(ctx, m.sender, m.paused === true), none),
  MsgAddReserves: (ctx, bank, m) => (admin.addReserves(ctx, bank, m.sender, m.denom, parseAmount(m.amount, false)), none),
};

export function makeRoutes(bank: BankKeeper): MsgRoute[] {
  return MSG_NAMES.map((name) => ({
    typeUrl: typeUrl(name),
    decode: (b: Uint8Array) => pb[name].decode(b),
    validateBasic: (m: any) => validateMsg(name, m),
    signers: (m: any) => [m.sender],
    handle: (ctx: Ctx, m: any) => pb[name + 'Response'].encode(pb[name + 'Response'].fromObject(handlers[name](ctx, bank, m))).finish(),
  }));
}
