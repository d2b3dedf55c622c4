// Runs one tx: ante on a tx branch, then all messages in a nested branch that is dropped on failure.
import { Ctx, type BlockInfo, type ExecMode } from '../context.js';
import { ChainError, sdkErrors, toChainError } from '../errors.js';
import { EventManager, makeEvent } from '../events.js';
import { GasMeter } from '../gas.js';
import type { TxResult } from '../results.js';
import { CacheStore, type WritableRaw } from '../store/cache_store.js';
import { GasStore } from '../store/gas_store.js';
import { anteBlockChecks, anteStateful, anteStateless, checkMinFee, WrongSequenceError, type AnteDeps, type AnteLimits, type AnteMode, type MinGasPrice, type StatelessResult } from './ante.js';
import type { DecodedTx } from './decode.js';
import type { EnvelopeOpener, PreparedTx } from './prepared_tx.js';
import { encodeTxMsgData } from './tx_msg_data.js';
import type { MsgRoute } from '../module.js';

export interface TxEnv {
  routes: Map<string, { route: MsgRoute; moduleName: string }>;
  limits: AnteLimits;
  deps: AnteDeps;
  minGasPrices: MinGasPrice[];
  /** The chain's bundle envelope: preparing an envelope prepares its inner txs too (prepared_tx.ts). */
  envelope?: EnvelopeOpener;
}

export interface RunTxOutput {
  result: TxResult;
  /** True when the ante failed: nothing was written, the tx would not be included by a proposer. */
  anteFailed: boolean;
  /** Fee and priority information for the mempool (when the ante passed). */
  info?: { signers: string[]; sequences: bigint[]; fee: StatelessResult['fee']; gasLimit: number };
  msgResponses?: { typeUrl: string; value: Uint8Array }[];
  /** The fee payer, once the messages decoded (also on a stateful ante failure). */
  sender?: string;
  /** On sdk/32: the sequence the account expected and the one the tx carried. */
  sequenceMismatch?: { expected: bigint; got: bigint };
}

function failure(e: unknown, gasWanted: number, gasUsed: number, events: EventManager, log?: string): TxResult {
  const ce: ChainError = toChainError(e);
  return { code: ce.code, codespace: ce.codespace, log: log ?? ce.message, data: new Uint8Array(), gasWanted, gasUsed, events: events.all() };
}

/**
 * The decoded tx and the ante's stateless steps (the fee floor is the caller's: CheckTx only): the
 * block's checks run here, the rest was run when the tx was prepared (a simulation, which skips the
 * signature checks, runs them all again).
 */
export function statelessChecks(env: TxEnv, tx: PreparedTx, block: { height: number; time: string }, mode: AnteMode): { decoded: DecodedTx; sl: StatelessResult } {
  const decoded = tx.decodedOrThrow();
  if (mode === 'simulate') return { decoded, sl: anteStateless(decoded, env.routes, env.limits, block, mode) };
  anteBlockChecks(decoded, env.limits, block);
  if (tx.stateless instanceof ChainError) throw tx.stateless;
  return { decoded, sl: tx.stateless };
}

/**
 * Executes `tx` over `parent`. On success the tx's writes are flushed into `parent`.
 * mode 'check' / 'recheck' stop after the ante; 'simulate' runs without signatures and fee floor.
 * `minFee`: apply the node's minimum gas prices (CheckTx does; a bundle's dry run, which executes
 * like a block but admits txs as CheckTx does, asks for it too).
 */
export function runTx(env: TxEnv, parent: WritableRaw, block: BlockInfo, tx: PreparedTx, mode: AnteMode, keepEvents = true, minFee = mode === 'check'): RunTxOutput {
  const events = new EventManager(keepEvents);
  let gasWanted = 0;
  let sl: StatelessResult;
  let decoded: DecodedTx;
  try {
    ({ decoded, sl } = statelessChecks(env, tx, block, mode));
    gasWanted = mode === 'simulate' ? 0 : sl.gasLimit;
    if (minFee) checkMinFee(sl.fee, env.minGasPrices, sl.gasLimit);
  } catch (e) {
    return { result: failure(e, gasWanted, 0, events), anteFailed: true };
  }
  const meter = new GasMeter(sl.gasLimit);
  const txStore = new CacheStore(parent);
  const execMode: ExecMode = mode === 'recheck' ? 'check' : mode;
  const txInfo = { hash: tx.hash, msgIndex: 0, signers: sl.signers };
  const ctx = new Ctx(block, new GasStore(txStore, meter), events, meter, execMode, txInfo);
  const sequences: bigint[] = [];
  try {
    for (let i = 0; i < sl.signers.length; i++) sequences.push(decoded.authInfo.signerInfos[i]!.sequence);
    anteStateful(ctx, tx, decoded, sl, env.deps, mode);
    if (mode === 'simulate' && sl.fee.length === 0) chargeSimulatedFee(env, ctx, txStore, meter, sl.signers[0]!);
  } catch (e) {
    const sequenceMismatch = e instanceof WrongSequenceError ? { expected: e.expected, got: e.got } : undefined;
    return { result: failure(e, gasWanted, meter.consumedToLimit(), events), anteFailed: true, sender: sl.signers[0], sequenceMismatch };
  }
  const info = { signers: sl.signers, sequences, fee: sl.fee, gasLimit: sl.gasLimit };
  if (mode === 'check' || mode === 'recheck') {
    try {
      // Messages with CheckTx work (e.g. a proof to verify) run it on a throwaway branch; a refusal
      // keeps the tx out of the mempool like a failed ante, leaving the check state as it was.
      sl.msgs.forEach((m, i) => m.route.checkTx?.(ctx.withStore(new GasStore(new CacheStore(txStore), meter)).withTx({ ...txInfo, msgIndex: i }), m.msg));
    } catch (e) {
      return { result: failure(e, gasWanted, meter.consumedToLimit(), events), anteFailed: true, sender: sl.signers[0] };
    }
    txStore.write();
    return { result: { code: 0, codespace: '', log: '', data: new Uint8Array(), gasWanted, gasUsed: meter.consumed(), events: events.all() }, anteFailed: false, info };
  }
  const mark = events.mark();
  const msgStore = new CacheStore(txStore);
  const msgCtx = ctx.withStore(new GasStore(msgStore, meter));
  const responses: { typeUrl: string; value: Uint8Array }[] = [];
  let index = 0;
  try {
    for (; index < sl.msgs.length; index++) {
      const m = sl.msgs[index]!;
      const out = m.route.handle(msgCtx.withTx({ ...txInfo, msgIndex: index }), m.msg);
      responses.push({ typeUrl: m.route.typeUrl + 'Response', value: out ?? new Uint8Array() });
      if (events.enabled) events.emit(makeEvent('message', [['action', m.route.typeUrl], ['sender', m.signers[0] ?? ''], ['module', m.moduleName], ['msg_index', index]]));
    }
  } catch (e) {
    events.revertTo(mark);
    txStore.write();
    const ce = toChainError(e);
    const log = `failed to execute message; message index: ${index}: ${ce.message}`;
    return { result: failure(ce, gasWanted, meter.consumedToLimit(), events, log), anteFailed: false, info };
  }
  msgStore.write();
  txStore.write();
  const data = encodeTxMsgData(responses);
  return {
    result: { code: 0, codespace: '', log: '', data, gasWanted, gasUsed: meter.consumed(), events: events.all() },
    anteFailed: false,
    info,
    msgResponses: responses,
  };
}

/**
 * Simulations arrive with an empty fee; a real tx pays one. Charge the gas of a real fee deduction on a
 * throwaway branch (state and events untouched) so that `gas: auto` estimates hold.
 */
function chargeSimulatedFee(env: TxEnv, ctx: Ctx, txStore: CacheStore, meter: GasMeter, payer: string): void {
  if (!env.deps.simulatedFee) return;
  const mark = ctx.events.mark();
  try {
    env.deps.deductFee(ctx.withStore(new GasStore(new CacheStore(txStore), meter)), payer, [env.deps.simulatedFee]);
  } catch (e) {
    if (!sdkErrors.InsufficientFunds.is(e)) throw e;
  }
  ctx.events.revertTo(mark);
}
