// The ante handler: ordered small steps, as the SDK's NewAnteHandler. It runs on a gas-metered
// store; its writes (fee, sequence, pubkey) persist even when a message later fails.
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { coinsToString, validateProtoCoins, type Coin } from '../coins.js';
import type { Ctx } from '../context.js';
import { pubkeyAddress } from '../crypto.js';
import { isValidCompressedPubkey } from '../secp256k1.js';
import { ChainError, sdkErrors } from '../errors.js';
import { makeEvent } from '../events.js';
import { GAS_SCHEDULE } from '../gas.js';
import type { MsgRoute } from '../module.js';
import { equalBytes, toBase64 } from '../codec/bytes.js';
import { decodePubKey } from '../codec/cosmos_proto.js';
import type { DecodedTx } from './decode.js';
import { makeSignBytes } from './sign_doc.js';
import { aminoSignBytes, SIGN_MODE_AMINO_JSON } from './amino_sign_doc.js';
import type { PreparedTx } from './prepared_tx.js';
import { compareTimestamps, formatTimestamp, parseRfc3339, type Timestamp } from '../codec/timestamp.js';

/** What the ante needs from auth and bank, wired by the app. */
export interface AnteDeps {
  getAccount(ctx: Ctx, address: string): { accountNumber: bigint; sequence: bigint; pubKey?: Uint8Array } | undefined;
  setAccount(ctx: Ctx, a: { address: string; accountNumber: bigint; sequence: bigint; pubKey?: Uint8Array }): void;
  deductFee(ctx: Ctx, payer: string, fee: Coin[]): void;
  verifySignature(signBytes: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean;
  /** A nominal fee deducted in simulate mode (gas estimation only; simulations never commit). */
  simulatedFee?: Coin;
}

export interface AnteLimits {
  maxTxBytes: number;
  maxMemoChars: number;
  maxTxGas: number;
  maxSignatures: number;
}

export interface DecodedMsg {
  route: MsgRoute;
  moduleName: string;
  msg: unknown;
  signers: string[];
}

export interface StatelessResult {
  msgs: DecodedMsg[];
  signers: string[];
  fee: Coin[];
  gasLimit: number;
}

export type AnteMode = 'check' | 'recheck' | 'simulate' | 'deliver';

/** Steps that need no state: size, timeout, then the block-independent ones (anteStatic). */
export function anteStateless(
  tx: DecodedTx,
  routes: Map<string, { route: MsgRoute; moduleName: string }>,
  limits: AnteLimits,
  block: { height: number; time: string },
  mode: AnteMode,
): StatelessResult {
  anteBlockChecks(tx, limits, block);
  return anteStatic(tx, routes, limits, mode);
}

/** The stateless steps that depend on the block (after the size check, which comes first as in the SDK). */
export function anteBlockChecks(tx: DecodedTx, limits: AnteLimits, block: { height: number; time: string }): void {
  if (tx.bytes.length > limits.maxTxBytes) throw sdkErrors.TxTooLarge(`tx size ${tx.bytes.length} bytes exceeds the maximum ${limits.maxTxBytes}`);
  const { height } = block;
  const { timeoutHeight } = tx.body;
  if (timeoutHeight > 0n && BigInt(height) > timeoutHeight) {
    throw sdkErrors.TxTimeoutHeight(`block height: ${height}, timeout height: ${timeoutHeight}`);
  }
  checkTimeoutTimestamp(tx.body.timeoutTimestamp, block.time);
}

/**
 * The stateless steps that depend on no block: memo, messages and their validateBasic, signer set,
 * signature count and lengths, fee shape and gas limit. Their outcome is the same in every mode but
 * simulate, so a prepared tx keeps it (prepared_tx.ts).
 */
export function anteStatic(
  tx: DecodedTx,
  routes: Map<string, { route: MsgRoute; moduleName: string }>,
  limits: AnteLimits,
  mode: AnteMode,
): StatelessResult {
  const { body, authInfo } = tx;
  if (body.unordered) throw sdkErrors.NotSupported('unordered transactions are not supported');
  if (authInfo.tip) throw sdkErrors.NotSupported('tips are not supported');
  // The SDK measures the memo with Go's len(): UTF-8 bytes, despite the word "characters" in its message.
  const memoLen = Buffer.byteLength(body.memo, 'utf8');
  if (memoLen > limits.maxMemoChars) throw sdkErrors.MemoTooLarge(`maximum number of characters is ${limits.maxMemoChars} but received ${memoLen} characters`);
  if (body.messages.length === 0) throw sdkErrors.InvalidRequest('must contain at least one message');
  const msgs: DecodedMsg[] = [];
  const signers: string[] = [];
  for (const any of body.messages) {
    const r = routes.get(any.typeUrl);
    if (!r) throw sdkErrors.UnknownRequest(`unrecognized message type: ${any.typeUrl}`);
    let msg: unknown;
    try {
      msg = r.route.decode(any.value);
    } catch (e) {
      throw sdkErrors.TxDecode(`failed to decode ${any.typeUrl}: ${(e as Error).message}`);
    }
    r.route.validateBasic(msg);
    const s = r.route.signers(msg);
    for (const a of s) if (!signers.includes(a)) signers.push(a);
    msgs.push({ route: r.route, moduleName: r.moduleName, msg, signers: s });
  }
  if (signers.length > limits.maxSignatures) throw sdkErrors.TooManySignatures(`signatures: ${signers.length}, limit: ${limits.maxSignatures}`);
  if (tx.raw.signatures.length === 0 && mode !== 'simulate') throw sdkErrors.NoSignatures('no signatures supplied');
  if (authInfo.signerInfos.length !== signers.length) {
    throw sdkErrors.Unauthorized(`wrong number of signers; expected ${signers.length}, got ${authInfo.signerInfos.length}`);
  }
  if (tx.raw.signatures.length !== signers.length) {
    throw sdkErrors.Unauthorized(`invalid number of signatures; expected: ${signers.length}, got ${tx.raw.signatures.length}`);
  }
  if (mode !== 'simulate') checkSignatureLengths(tx.raw.signatures);
  const feeProto = authInfo.fee;
  let fee: Coin[] = [];
  // Zero-amount fee coins (e.g. cosmjs calculateFee with a 0 gas price) are accepted and dropped.
  const feeCoins = feeProto?.amount.filter((c) => c.amount !== '0') ?? [];
  if (feeCoins.length > 0) {
    try {
      fee = validateProtoCoins(feeCoins, 'fee');
    } catch (e) {
      throw sdkErrors.InvalidCoins((e as Error).message);
    }
  }
  if (feeProto?.payer || feeProto?.granter) throw sdkErrors.NotSupported('fee payer and fee granter are not supported');
  let gasLimit = limits.maxTxGas;
  if (mode !== 'simulate') {
    const g = feeProto?.gasLimit ?? 0n;
    if (g === 0n || g > BigInt(limits.maxTxGas)) throw sdkErrors.InvalidGasLimit(`gas limit ${g} must be between 1 and ${limits.maxTxGas}`);
    gasLimit = Number(g);
  }
  return { msgs, signers, fee, gasLimit };
}

/**
 * As the SDK's TxTimeoutHeightDecorator: a tx whose timeout_timestamp (unset or the epoch: none) is
 * before the block time is refused (sdk/42). CheckTx compares with the last block's time.
 */
function checkTimeoutTimestamp(timeout: Timestamp | undefined, blockTime: string): void {
  if (!timeout || (timeout.seconds === 0n && timeout.nanos === 0)) return;
  const now = parseRfc3339(blockTime);
  if (compareTimestamps(timeout, now) < 0) throw sdkErrors.TxTimeout(`block time: ${formatTimestamp(now)}, timeout timestamp: ${formatTimestamp(timeout)}`);
}

/** The only signature this chain verifies: secp256k1 r||s. */
export const SECP256K1_SIGNATURE_BYTES = 64;

/**
 * A signature of any other length can never verify: it is refused (sdk/4, as the SDK's failed
 * verification) before anything else looks at it, so no such bytes reach a verifier or the worker
 * pool. Simulations carry empty signatures and skip this.
 */
export function checkSignatureLengths(signatures: Uint8Array[]): void {
  signatures.forEach((s, i) => {
    if (s.length !== SECP256K1_SIGNATURE_BYTES) throw sdkErrors.Unauthorized(`signature ${i} is ${s.length} bytes; a secp256k1 signature is ${SECP256K1_SIGNATURE_BYTES}`);
  });
}

/** Minimum gas prices, as integer amounts scaled by 10^18 per unit of gas. */
export interface MinGasPrice {
  denom: string;
  priceE18: bigint;
}

export function requiredFees(prices: MinGasPrice[], gasLimit: number): Coin[] {
  const E18 = 10n ** 18n;
  return prices
    .filter((p) => p.priceE18 > 0n)
    .map((p) => ({ denom: p.denom, amount: (p.priceE18 * BigInt(gasLimit) + E18 - 1n) / E18 }));
}

/** Validator-local fee floor, checked in CheckTx only (as the SDK does): the fee must cover one of the prices. */
export function checkMinFee(fee: Coin[], prices: MinGasPrice[], gasLimit: number): void {
  const req = requiredFees(prices, gasLimit);
  if (req.length === 0) return;
  const ok = req.some((r) => (fee.find((f) => f.denom === r.denom)?.amount ?? 0n) >= r.amount);
  if (!ok) throw sdkErrors.InsufficientFee(`insufficient fees; got: ${coinsToString(fee) || '0'} required: ${coinsToString(req)}`);
}

/** sdk/32 with both sequences as fields: the node holds back a tx a few sequences ahead of its sender. */
export class WrongSequenceError extends ChainError {
  constructor(
    readonly expected: bigint,
    readonly got: bigint,
  ) {
    const e = sdkErrors.WrongSequence(`account sequence mismatch, expected ${expected}, got ${got}`);
    super(e.codespace, e.code, e.message);
  }
}

/** Stateful steps: accounts, pubkeys, sequences, signatures, fee deduction, sequence increment. */
export function anteStateful(ctx: Ctx, prepared: PreparedTx, tx: DecodedTx, sl: StatelessResult, deps: AnteDeps, mode: AnteMode): void {
  ctx.gas.consume(GAS_SCHEDULE.txSizeCostPerByte * tx.bytes.length, 'txSize');
  const accounts = sl.signers.map((address, i) => {
    const acc = deps.getAccount(ctx, address);
    if (!acc) throw sdkErrors.UnknownAddress(`account ${address} not found`);
    const info = tx.authInfo.signerInfos[i]!;
    let pubKey = acc.pubKey;
    if (info.publicKey) {
      if (info.publicKey.typeUrl !== '/cosmos.crypto.secp256k1.PubKey') throw sdkErrors.InvalidPubKey(`unsupported pubkey type ${info.publicKey.typeUrl}`);
      let key: Uint8Array;
      try {
        key = decodePubKey(info.publicKey.value).key;
      } catch {
        throw sdkErrors.InvalidPubKey('malformed secp256k1 pubkey');
      }
      // A key equal to the one already on the account was validated and matched when it was set.
      if (!(pubKey && equalBytes(pubKey, key))) {
        if (!isValidCompressedPubkey(key)) throw sdkErrors.InvalidPubKey('invalid secp256k1 pubkey');
        if (pubkeyAddress(key) !== address) {
          throw sdkErrors.InvalidPubKey(`pubKey does not match signer address ${address} with signer index: ${i}`);
        }
        pubKey = key;
      }
    }
    if (!pubKey) throw sdkErrors.InvalidPubKey(`pubkey on account ${address} is not set`);
    if (info.sequence !== acc.sequence) {
      throw new WrongSequenceError(acc.sequence, info.sequence);
    }
    if (mode !== 'simulate') {
      const sm = info.modeInfo?.single?.mode;
      if (sm !== SignMode.SIGN_MODE_DIRECT && sm !== SIGN_MODE_AMINO_JSON) {
        throw sdkErrors.Unauthorized(`signature mode ${sm ?? 'multi'} is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
      }
      ctx.gas.consume(GAS_SCHEDULE.sigVerifyCostSecp256k1, 'ante verify: secp256k1');
      // A signature is verified once per tx: the prepared tx keeps the result for its sign doc (the
      // worker pool's answer, or this verification, which CheckTx, the block and replay then share).
      // An amino sign doc also holds the sequence, which was checked against the account just above.
      const { chainId } = ctx.block;
      let ok = prepared.knownSignature(i, chainId, acc.accountNumber, pubKey);
      if (ok === undefined) {
        const signBytes = sm === SIGN_MODE_AMINO_JSON ? aminoSignBytes(tx, sl.msgs, chainId, acc.accountNumber, acc.sequence) : makeSignBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, chainId, acc.accountNumber);
        ok = deps.verifySignature(signBytes, tx.raw.signatures[i]!, pubKey);
        prepared.recordSignature(i, { chainId, accountNumber: acc.accountNumber, pubKey, ok });
      }
      if (!ok) {
        throw sdkErrors.Unauthorized(
          `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${ctx.block.chainId})`,
        );
      }
    } else {
      ctx.gas.consume(GAS_SCHEDULE.sigVerifyCostSecp256k1, 'ante verify: secp256k1');
    }
    return { address, accountNumber: acc.accountNumber, sequence: acc.sequence, pubKey };
  });
  const payer = sl.signers[0]!;
  if (sl.fee.length > 0) deps.deductFee(ctx, payer, sl.fee);
  const events = ctx.events.enabled;
  if (events) ctx.events.emit(makeEvent('tx', [['fee', coinsToString(sl.fee)], ['fee_payer', payer]]));
  for (const a of accounts) {
    deps.setAccount(ctx, { ...a, sequence: a.sequence + 1n });
    if (events) ctx.events.emit(makeEvent('tx', [['acc_seq', `${a.address}/${a.sequence}`]]));
  }
  if (events) for (const s of tx.raw.signatures) ctx.events.emit(makeEvent('tx', [['signature', toBase64(s)]]));
}
