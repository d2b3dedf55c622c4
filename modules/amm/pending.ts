// Decodes a pending (mempool) tx into the swaps it carries: what a JIT searcher or
// `marketchain query amm pending-swaps` needs. Pure; no state.
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { sha256 } from '../../chain/crypto.js';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { formatRatio } from './math/price.js';
import { marketchain } from '../../proto/amm.js';

const pb = marketchain.amm.v1;

export interface PendingSwap {
  /** Uppercase hex sha256 of the TxRaw bytes. */
  hash: string;
  sender: string;
  poolId: number;
  denomIn: string;
  exactOut: boolean;
  /** amount_in (exact in) or amount_out (exact out). */
  amount: bigint;
  /** min_amount_out (exact in) or max_amount_in (exact out). */
  limit: bigint;
  msgIndex: number;
  gasLimit: bigint;
  fee: { denom: string; amount: string }[];
  /** Fee amount of the first fee coin per unit of gas, decimal string (18 digits, truncated). */
  gasPrice: string;
}

/** Every MsgSwapExactIn / MsgSwapExactOut in the tx; [] when it carries none or does not decode. */
export function decodePendingSwap(txBytes: Uint8Array): PendingSwap[] {
  let body: TxBody, auth: AuthInfo;
  try {
    const raw = TxRaw.decode(txBytes);
    body = TxBody.decode(raw.bodyBytes);
    auth = AuthInfo.decode(raw.authInfoBytes);
  } catch {
    return [];
  }
  const hash = toHexUpper(sha256(txBytes));
  const gasLimit = auth.fee?.gasLimit ?? 0n;
  const fee = (auth.fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount }));
  const feeAmount = /^[0-9]+$/.test(fee[0]?.amount ?? '') ? BigInt(fee[0]!.amount) : 0n;
  const gasPrice = formatRatio(feeAmount, gasLimit);
  const out: PendingSwap[] = [];
  body.messages.forEach((any, msgIndex) => {
    try {
      if (any.typeUrl === '/marketchain.amm.v1.MsgSwapExactIn') {
        const m = pb.MsgSwapExactIn.decode(any.value);
        out.push({ hash, sender: m.sender, poolId: m.poolId, denomIn: m.denomIn, exactOut: false, amount: BigInt(m.amountIn || '0'), limit: BigInt(m.minAmountOut || '0'), msgIndex, gasLimit, fee, gasPrice });
      } else if (any.typeUrl === '/marketchain.amm.v1.MsgSwapExactOut') {
        const m = pb.MsgSwapExactOut.decode(any.value);
        out.push({ hash, sender: m.sender, poolId: m.poolId, denomIn: m.denomIn, exactOut: true, amount: BigInt(m.amountOut || '0'), limit: BigInt(m.maxAmountIn || '0'), msgIndex, gasLimit, fee, gasPrice });
      }
    } catch {
      // a malformed message is not a pending swap
    }
  });
  return out;
}
