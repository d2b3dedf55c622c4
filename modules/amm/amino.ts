// Amino JSON names and shapes of the amm messages (SIGN_MODE_LEGACY_AMINO_JSON): `mkt/amm/MsgX`
// (ARCHITECTURE §2), fields as in tx.proto (amino_test checks them against it).
import { aminoMsgs } from '../../chain/codec/amino_json.js';

const s = 'string' as const;
const u32 = 'uint32' as const;
const u64 = 'uint64' as const;

export const AMM_AMINO = aminoMsgs('mkt/amm/', '/marketchain.amm.v1.', {
  MsgCreatePool: [['sender', s], ['denom0', s], ['denom1', s], ['price', s], ['price_lower', s], ['price_upper', s], ['fee_pips', u32], ['beta_ppm', u32]],
  MsgSetPoolParams: [['sender', s], ['pool_id', u64], ['fee_pips', u32], ['beta_ppm', u32], ['min_long_commitment_blocks', u64]],
  MsgAddLiquidity: [['sender', s], ['pool_id', u64], ['amount0_max', s], ['amount1_max', s], ['commitment_blocks', u64], ['amount0_min', s], ['amount1_min', s]],
  MsgRemoveLiquidity: [['sender', s], ['position_id', s]],
  MsgSwapExactIn: [['sender', s], ['pool_id', u64], ['denom_in', s], ['amount_in', s], ['min_amount_out', s], ['sqrt_price_limit_x96', s]],
  MsgSwapExactOut: [['sender', s], ['pool_id', u64], ['denom_in', s], ['amount_out', s], ['max_amount_in', s], ['sqrt_price_limit_x96', s]],
  MsgBundle: [['sender', s], ['txs', 'repeated_bytes']],
});
