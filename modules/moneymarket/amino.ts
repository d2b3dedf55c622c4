// Amino JSON names and shapes of the moneymarket messages (SIGN_MODE_LEGACY_AMINO_JSON): `mkt/mm/MsgX`
// (ARCHITECTURE §2), fields as in tx.proto (amino_test checks them against it).
import { aminoMsgs, type AminoFields } from '../../chain/codec/amino_json.js';
import { TYPE_PREFIX } from './msgs.js';

const s = 'string' as const;
const AMOUNT: AminoFields = [['sender', s], ['denom', s], ['amount', s]];
const RATE_MODEL = {
  message: [['kind', s], ['base_rate', s], ['slope', s], ['spread_bps', 'uint32'], ['fixed_supply_rate', s], ['fixed_borrow_rate', s]],
} as const;

export const MONEYMARKET_AMINO = aminoMsgs('mkt/mm/', TYPE_PREFIX, {
  MsgSupply: AMOUNT,
  MsgWithdraw: AMOUNT,
  MsgBorrow: AMOUNT,
  MsgRepay: AMOUNT,
  MsgLiquidate: [['sender', s], ['borrower', s], ['borrow_denom', s], ['collateral_denom', s], ['amount', s]],
  MsgSetAssetPrice: [['sender', s], ['denom', s], ['price', s]],
  MsgSupportMarket: [['sender', s], ['denom', s], ['interest_rate_model', RATE_MODEL]],
  MsgSuspendMarket: [['sender', s], ['denom', s]],
  MsgSetInterestRateModel: [['sender', s], ['denom', s], ['interest_rate_model', RATE_MODEL]],
  MsgSetRiskParameters: [['sender', s], ['collateral_ratio', s], ['liquidation_ratio', s], ['liquidation_discount', s]],
  MsgSetOriginationFee: [['sender', s], ['origination_fee', s]],
  MsgSetOracle: [['sender', s], ['oracle', s]],
  MsgSetPendingAdmin: [['sender', s], ['pending_admin', s]],
  MsgAcceptAdmin: [['sender', s]],
  MsgWithdrawEquity: AMOUNT,
  MsgSetPaused: [['sender', s], ['paused', 'bool']],
  MsgAddReserves: AMOUNT,
});
