// Stateless checks of moneymarket messages (also used by the CLI before signing).
import { isValidDenom } from '../../chain/coins.js';
import { isAddress } from '../../chain/crypto.js';
import { marketchain } from '../../proto/moneymarket.js';
import { ErrBadInput } from './errors.js';
import { MAX } from './math/fixed.js';
import type { RateModel } from './math/interest.js';
import { modelFromJson, parseDec, parseInt_, type ModelFields } from './params.js';

export const TYPE_PREFIX = '/marketchain.moneymarket.v1.';
export const MSG_NAMES = [
  'MsgSupply', 'MsgWithdraw', 'MsgBorrow', 'MsgRepay', 'MsgLiquidate', 'MsgSetAssetPrice',
  'MsgSupportMarket', 'MsgSuspendMarket', 'MsgSetInterestRateModel', 'MsgSetRiskParameters', 'MsgSetOriginationFee',
  'MsgSetOracle', 'MsgSetPendingAdmin', 'MsgAcceptAdmin', 'MsgWithdrawEquity', 'MsgSetPaused', 'MsgAddReserves',
] as const;
export type MsgName = (typeof MSG_NAMES)[number];
export const typeUrl = (name: MsgName) => TYPE_PREFIX + name;

export function checkAddress(a: unknown, what: string): string {
  if (typeof a !== 'string' || !isAddress(a)) throw ErrBadInput(`${what} ${JSON.stringify(a)} is not a valid mkt address`);
  return a;
}

export function checkDenom(d: unknown, what = 'denom'): string {
  if (typeof d !== 'string' || !isValidDenom(d)) throw ErrBadInput(`${what} ${JSON.stringify(d)} is not a valid denom`);
  return d;
}

/** An amount of base units, or the literal "max" (= 2^256 − 1) when `allowMax`. */
export function parseAmount(s: unknown, allowMax: boolean): bigint {
  if (s === 'max') {
    if (!allowMax) throw ErrBadInput('"max" is not allowed for this amount');
    return MAX;
  }
  return parseInt_(s, 'amount');
}

export function parseModel(m: ModelFields | null | undefined): RateModel {
  return modelFromJson(m);
}

export const parsePrice = (s: unknown) => parseDec(s, 'price');
export const parseRatio = (s: unknown, what: string) => parseDec(s, what);

/** The fields of any moneymarket message as `validateMsg` reads them: a decoded message or a CLI object. */
export interface MsgFields {
  sender?: unknown; denom?: unknown; amount?: unknown; borrower?: unknown; borrowDenom?: unknown; collateralDenom?: unknown;
  price?: unknown; interestRateModel?: ModelFields | null; collateralRatio?: unknown; liquidationRatio?: unknown;
  liquidationDiscount?: unknown; originationFee?: unknown; oracle?: unknown; pendingAdmin?: unknown;
}

/** Fields each message carries beyond `sender`, checked statelessly. */
export function validateMsg(name: MsgName, m: MsgFields): void {
  checkAddress(m.sender, 'sender');
  switch (name) {
    case 'MsgSupply': case 'MsgBorrow':
      checkDenom(m.denom); parseAmount(m.amount, false); return;
    case 'MsgWithdraw': case 'MsgRepay': case 'MsgWithdrawEquity':
      checkDenom(m.denom); parseAmount(m.amount, true); return;
    case 'MsgAddReserves':
      checkDenom(m.denom); parseAmount(m.amount, false); return;
    case 'MsgLiquidate':
      checkAddress(m.borrower, 'borrower'); checkDenom(m.borrowDenom, 'borrow denom'); checkDenom(m.collateralDenom, 'collateral denom');
      parseAmount(m.amount, true); return;
    case 'MsgSetAssetPrice':
      checkDenom(m.denom); parsePrice(m.price); return;
    case 'MsgSupportMarket': case 'MsgSetInterestRateModel':
      checkDenom(m.denom); parseModel(m.interestRateModel); return;
    case 'MsgSuspendMarket':
      checkDenom(m.denom); return;
    case 'MsgSetRiskParameters':
      parseRatio(m.collateralRatio, 'collateral ratio'); parseRatio(m.liquidationRatio, 'liquidation ratio'); parseRatio(m.liquidationDiscount, 'liquidation discount'); return;
    case 'MsgSetOriginationFee':
      parseRatio(m.originationFee, 'origination fee'); return;
    case 'MsgSetOracle':
      checkAddress(m.oracle, 'oracle'); return;
    case 'MsgSetPendingAdmin':
      checkAddress(m.pendingAdmin, 'pending admin'); return;
    case 'MsgAcceptAdmin': case 'MsgSetPaused':
      return;
  }
}

/** [typeUrl, generated type] pairs for a cosmjs Registry (CLI, e2e, integration tests). */
export function moneymarketRegistryTypes(): [string, any][] {
  const pb = marketchain.moneymarket.v1 as any;
  return MSG_NAMES.map((n) => [typeUrl(n), pb[n]]);
}
