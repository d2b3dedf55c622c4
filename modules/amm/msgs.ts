// Stateless checks of amm messages (also used by the CLI before signing), type URLs and the
// client-side position id.
import { isValidDenom } from '../../chain/coins.js';
import { parseUint } from '../../chain/codec/decimal.js';
import { u64BE } from '../../chain/codec/bytes.js';
import { fromBech32, isAddress, sha256, sha256Concat } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';
import { toHex } from '../../chain/codec/bytes.js';
import type { marketchain } from '../../proto/amm.js';
import {
  ErrAmountTooLarge, ErrInvalidAmount, ErrInvalidBeta, ErrInvalidCommitment, ErrInvalidDenom, ErrInvalidFee, ErrInvalidPoolId,
  ErrInvalidPositionId, ErrInvalidPrice, ErrInvalidPriceLimit, ErrPoolUnfundable,
} from './errors.js';
import { sqrtPriceX96FromDecimal } from './math/price.js';
import { liquidityForAmountsDown, MAX_AMOUNT, MAX_SQRT_PRICE_X96, MIN_SQRT_PRICE_X96 } from './math/sqrt_price_math.js';

export { decodePendingSwap, type PendingSwap } from './pending.js';

type M = typeof marketchain.amm.v1;
export type MsgCreatePool = InstanceType<M['MsgCreatePool']>;
export type MsgSetPoolParams = InstanceType<M['MsgSetPoolParams']>;
export type MsgAddLiquidity = InstanceType<M['MsgAddLiquidity']>;
export type MsgRemoveLiquidity = InstanceType<M['MsgRemoveLiquidity']>;
export type MsgSwapExactIn = InstanceType<M['MsgSwapExactIn']>;
export type MsgSwapExactOut = InstanceType<M['MsgSwapExactOut']>;

const P = '/marketchain.amm.v1.';
export const TYPE_URLS = {
  createPool: P + 'MsgCreatePool',
  setPoolParams: P + 'MsgSetPoolParams',
  addLiquidity: P + 'MsgAddLiquidity',
  removeLiquidity: P + 'MsgRemoveLiquidity',
  swapExactIn: P + 'MsgSwapExactIn',
  swapExactOut: P + 'MsgSwapExactOut',
  bundle: P + 'MsgBundle',
} as const;

/** Fee at most 10% (100,000 pips); β at most 1 (1,000,000 ppm); commitments at most 100,000,000 blocks. */
export const MAX_FEE_PIPS = 100_000;
export const MAX_BETA_PPM = 1_000_000;
export const MAX_COMMITMENT_BLOCKS = 100_000_000;

export function checkAddress(a: string, what = 'sender'): void {
  if (!isAddress(a)) throw sdkErrors.InvalidAddress(`invalid ${what} address ${JSON.stringify(a)}`);
}

export function checkPoolId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw ErrInvalidPoolId(`pool id ${id} must be a positive integer`);
}

export function checkFeeBeta(feePips: number, betaPpm: number): void {
  if (!Number.isSafeInteger(feePips) || feePips < 0 || feePips > MAX_FEE_PIPS) throw ErrInvalidFee(`fee_pips ${feePips} must be in [0, ${MAX_FEE_PIPS}]`);
  if (!Number.isSafeInteger(betaPpm) || betaPpm < 0 || betaPpm > MAX_BETA_PPM) throw ErrInvalidBeta(`beta_ppm ${betaPpm} must be in [0, ${MAX_BETA_PPM}]`);
}

/** Parses an amount string; `positive` rejects 0. */
export function parseAmount(s: string, what: string, positive = true): bigint {
  let v: bigint;
  try {
    v = parseUint(s, what);
  } catch (e) {
    throw ErrInvalidAmount((e as Error).message);
  }
  if (positive && v === 0n) throw ErrInvalidAmount(`${what} must be positive`);
  if (v > MAX_AMOUNT) throw ErrAmountTooLarge(`${what} ${s} exceeds 2^128-1`);
  return v;
}

/** Parses an optional Q64.96 sqrt price limit: "" or "0" = none (0n); else inside v3's sqrt price bounds. */
export function parseSqrtPriceLimit(s: string | undefined): bigint {
  if (s === undefined || s === '') return 0n;
  let v: bigint;
  try {
    v = parseUint(s, 'sqrt_price_limit_x96');
  } catch (e) {
    throw ErrInvalidPriceLimit((e as Error).message);
  }
  if (v !== 0n && (v < MIN_SQRT_PRICE_X96 || v >= MAX_SQRT_PRICE_X96)) throw ErrInvalidPriceLimit(`sqrt_price_limit_x96 ${s} is outside [${MIN_SQRT_PRICE_X96}, ${MAX_SQRT_PRICE_X96})`);
  return v;
}

/** Parses an optional minimum amount ("" = 0). */
export function parseMinAmount(s: string | undefined, what: string): bigint {
  return s === undefined || s === '' ? 0n : parseAmount(s, what, false);
}

function checkDenom(d: string, what: string): void {
  if (!isValidDenom(d)) throw ErrInvalidDenom(`${what} ${JSON.stringify(d)}`);
}

function sqrtOf(s: string, what: string): bigint {
  let v: bigint;
  try {
    v = sqrtPriceX96FromDecimal(s, what);
  } catch (e) {
    throw ErrInvalidPrice((e as Error).message);
  }
  if (v < MIN_SQRT_PRICE_X96 || v >= MAX_SQRT_PRICE_X96) throw ErrInvalidPrice(`${what} ${s} is outside the supported price range`);
  return v;
}

/** Validates a create-pool message and returns its sqrt prices (current, lower, upper). */
export function validateMsgCreatePool(m: MsgCreatePool): { sqrtPriceX96: bigint; sqrtLowerX96: bigint; sqrtUpperX96: bigint } {
  checkAddress(m.sender);
  checkDenom(m.denom0, 'denom0');
  checkDenom(m.denom1, 'denom1');
  if (m.denom0 === m.denom1) throw ErrInvalidDenom(`denom0 and denom1 are both ${m.denom0}`);
  checkFeeBeta(m.feePips, m.betaPpm);
  const s = sqrtOf(m.price, 'price'), sa = sqrtOf(m.priceLower, 'price_lower'), sb = sqrtOf(m.priceUpper, 'price_upper');
  if (sa >= sb) throw ErrInvalidPrice(`price_lower ${m.priceLower} must be below price_upper ${m.priceUpper}`);
  if (s < sa || s > sb) throw ErrInvalidPrice(`price ${m.price} must lie in [${m.priceLower}, ${m.priceUpper}]`);
  // A pool's price moves only through swaps, which need liquidity: if even the largest deposit
  // (2^128-1 of each token) buys no liquidity at the initial price, no deposit ever can. That happens
  // where the Q64.96 resolution runs out: token0 buys liquidity in steps of floor(s·s_b / 2^96), which
  // is 0 when p·p_b < 2^-192 (e.g. price 1e-36 in [1e-36, 1e-32]).
  if (liquidityForAmountsDown(s, sa, sb, MAX_AMOUNT, MAX_AMOUNT) === 0n) {
    throw ErrPoolUnfundable(`at price ${m.price} in [${m.priceLower}, ${m.priceUpper}] even a deposit of 2^128-1 of each token buys zero liquidity: the sqrt prices ${sa}..${sb} are below the Q64.96 resolution`);
  }
  return { sqrtPriceX96: s, sqrtLowerX96: sa, sqrtUpperX96: sb };
}

export function validateMsgSetPoolParams(m: MsgSetPoolParams): void {
  checkAddress(m.sender);
  checkPoolId(m.poolId);
  checkFeeBeta(m.feePips, m.betaPpm);
  checkMinLongCommitment(m.minLongCommitmentBlocks);
}

export function checkMinLongCommitment(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_COMMITMENT_BLOCKS) throw ErrInvalidCommitment(`min_long_commitment_blocks ${n} must be in [0, ${MAX_COMMITMENT_BLOCKS}]`);
}

export function validateMsgAddLiquidity(m: MsgAddLiquidity): void {
  checkAddress(m.sender);
  checkPoolId(m.poolId);
  const a0 = parseAmount(m.amount0Max, 'amount0_max', false), a1 = parseAmount(m.amount1Max, 'amount1_max', false);
  if (a0 === 0n && a1 === 0n) throw ErrInvalidAmount('amount0_max and amount1_max are both 0');
  const m0 = parseMinAmount(m.amount0Min, 'amount0_min'), m1 = parseMinAmount(m.amount1Min, 'amount1_min');
  if (m0 > a0) throw ErrInvalidAmount(`amount0_min ${m0} exceeds amount0_max ${a0}`);
  if (m1 > a1) throw ErrInvalidAmount(`amount1_min ${m1} exceeds amount1_max ${a1}`);
  if (!Number.isSafeInteger(m.commitmentBlocks) || m.commitmentBlocks < 0 || m.commitmentBlocks > MAX_COMMITMENT_BLOCKS) {
    throw ErrInvalidCommitment(`commitment_blocks ${m.commitmentBlocks} must be in [0, ${MAX_COMMITMENT_BLOCKS}]`);
  }
}

export function validateMsgRemoveLiquidity(m: MsgRemoveLiquidity): void {
  checkAddress(m.sender);
  if (typeof m.positionId !== 'string' || !/^[0-9a-f]{64}$/.test(m.positionId)) throw ErrInvalidPositionId(`position id ${JSON.stringify(m.positionId)} must be 64 lowercase hex digits`);
}

export function validateMsgSwapExactIn(m: MsgSwapExactIn): void {
  checkAddress(m.sender);
  checkPoolId(m.poolId);
  checkDenom(m.denomIn, 'denom_in');
  parseAmount(m.amountIn, 'amount_in');
  parseAmount(m.minAmountOut, 'min_amount_out', false);
  parseSqrtPriceLimit(m.sqrtPriceLimitX96);
}

export function validateMsgSwapExactOut(m: MsgSwapExactOut): void {
  checkAddress(m.sender);
  checkPoolId(m.poolId);
  checkDenom(m.denomIn, 'denom_in');
  parseAmount(m.amountOut, 'amount_out');
  parseAmount(m.maxAmountIn, 'max_amount_in');
  parseSqrtPriceLimit(m.sqrtPriceLimitX96);
}

/**
 * Position id of the MsgAddLiquidity at `msgIndex` in the tx with hash `txHash` (sha256 of TxRaw):
 * lowercase hex of sha256(owner address bytes ‖ txHash ‖ u64BE(msgIndex)).
 */
export function positionIdFromTxHash(owner: string, txHash: Uint8Array, msgIndex: number): string {
  return toHex(sha256Concat(fromBech32(owner), txHash, u64BE(msgIndex)));
}

/** The same id computed client-side from the add-liquidity tx's TxRaw bytes (before broadcasting it). */
export function positionIdFromTx(owner: string, txRawBytes: Uint8Array, msgIndex = 0): string {
  return positionIdFromTxHash(owner, sha256(txRawBytes), msgIndex);
}

// Pure helpers the CLI and the JIT bot use (cli/ may import only msgs.ts from a module).
export { amount0DeltaUp, amount1DeltaUp, liquidityForAmountsDown } from './math/sqrt_price_math.js';
export { formatPriceX96, formatRatio } from './math/price.js';
