// Bundle envelopes: a tx whose one message (e.g. the AMM's MsgBundle) names its signer as the searcher
// and carries a bundle's ordered inner txs, its fee being the searcher's bid. A block holds the
// envelope immediately followed by its inner txs, so a bundle's boundaries travel in the block itself
// and CometBFT, which knows only txs, carries them. Here: CheckTx of an envelope, the stateless opening
// that the builder (PrepareProposal) and ProcessProposal share, and FinalizeBlock's atomic execution.
// What an envelope's message is and which rules its txs keep come from the chain's EnvelopeRules.
import type { BlockExecution } from './block_exec.js';
import type { BlockInfo } from './context.js';
import { equalBytes } from './codec/bytes.js';
import { ChainError, toChainError, type ErrorDef } from './errors.js';
import type { BundleShape } from './proposal.js';
import type { TxResult } from './results.js';
import { CacheStore, type WritableRaw } from './store/cache_store.js';
import type { DecodedTx } from './tx/decode.js';
import { prepareTx, type EnvelopeOpener, type PreparedEnvelope, type PreparedTx } from './tx/prepared_tx.js';
import { runTx, statelessChecks, type RunTxOutput, type TxEnv } from './tx/run_tx.js';

/** An inner tx as the envelope's order check sees it. */
export interface EnvelopeInner extends BundleShape {
  sequences: bigint[];
}

/** What a chain's envelope is (for marketchain, modules/amm/bundle_envelope.ts). */
export interface EnvelopeRules extends EnvelopeOpener {
  /** Checks the inner txs against the searcher's envelope sequence and the bundle rules; returns the wrapped tx's index. */
  checkInner(searcher: string, envelopeSequence: bigint, inner: EnvelopeInner[]): { wrapped: number | undefined };
  /** The chain's errors for a malformed envelope, an invalid inner tx, reordered or split txs, a reverted bundle. */
  errors: { invalid: ErrorDef; invalidTx: ErrorDef; order: ErrorDef; split: ErrorDef; reverted: ErrorDef };
}

/** An opened envelope: the bundle a block holds at one place (the envelope first), with its score. */
export interface EnvelopeBundle {
  searcher: string;
  /** The envelope, then its inner txs in order, as the envelope's preparation made them. */
  txs: PreparedTx[];
  hashes: string[];
  /** One per tx of `txs` (the envelope's first). */
  shapes: BundleShape[];
  /** The searcher's fees (the bid and its own inner txs; never the wrapped tx's) and their gas. */
  fee: bigint;
  gas: number;
  gasTotal: number;
  bytes: number;
  /** Index in `txs` of the wrapped tx of another party, if any. */
  wrapped: number | undefined;
}

/** True when one of the tx's messages is an envelope. */
export function isEnvelope(rules: EnvelopeRules | undefined, tx: DecodedTx | undefined): boolean {
  if (!rules || !tx) return false;
  for (const m of tx.body.messages) if (m.typeUrl === rules.typeUrl) return true;
  return false;
}

function feeIn(fee: { denom: string; amount: bigint }[], denom: string): bigint {
  return fee.find((c) => c.denom === denom)?.amount ?? 0n;
}

/**
 * Opens an envelope and checks it from its bytes alone: the envelope passes the ante's stateless
 * steps and carries exactly one message; every inner tx decodes and passes them too; the searcher's
 * inner txs carry the sequences right after the envelope's, in order; the bundle rules hold; all its
 * txs together ask for no more gas than one tx may. Throws the rules' ChainError (or the ante's, for
 * the envelope itself).
 */
export function openEnvelope(env: TxEnv, rules: EnvelopeRules, envelope: PreparedTx, block: { height: number; time: string }, feeDenom: string): EnvelopeBundle {
  const { decoded, sl } = statelessChecks(env, envelope, block, 'deliver');
  const n = decoded.body.messages.length;
  if (n !== 1) throw rules.errors.invalid(`a bundle envelope carries exactly one message, got ${n}`);
  const { searcher, txs } = envelope.envelope ?? prepareInner(env, rules, sl.msgs[0]!.msg);
  const inner = txs.map((t, i) => {
    try {
      const x = statelessChecks(env, t, block, 'deliver');
      return { signers: x.sl.signers, typeUrls: x.decoded.body.messages.map((m) => m.typeUrl), sequences: x.decoded.authInfo.signerInfos.map((s) => s.sequence), fee: feeIn(x.sl.fee, feeDenom), gas: x.sl.gasLimit };
    } catch (e) {
      const ce = toChainError(e);
      throw rules.errors.invalidTx(`bundle tx #${i} (${t.hashHex}) fails before execution: ${ce.codespace}/${ce.code} ${ce.message}`);
    }
  });
  const { wrapped } = rules.checkInner(searcher, decoded.authInfo.signerInfos[0]!.sequence, inner);
  let fee = feeIn(sl.fee, feeDenom);
  let gas = sl.gasLimit;
  let gasTotal = sl.gasLimit;
  let size = envelope.bytes.length;
  inner.forEach((t, i) => {
    gasTotal += t.gas;
    size += txs[i]!.bytes.length;
    if (i !== wrapped) {
      fee += t.fee;
      gas += t.gas;
    }
  });
  // One envelope's CheckTx runs every tx of it unpaid when it is refused: in all they may ask for no
  // more gas than one tx may.
  if (gasTotal > env.limits.maxTxGas) throw rules.errors.invalid(`the bundle's txs ask for ${gasTotal} gas in all, above the ${env.limits.maxTxGas} one tx may`);
  return {
    searcher,
    txs: [envelope, ...txs],
    hashes: [envelope.hashHex, ...txs.map((t) => t.hashHex)],
    shapes: [{ signers: sl.signers, typeUrls: [rules.typeUrl] }, ...inner.map((t) => ({ signers: t.signers, typeUrls: t.typeUrls }))],
    fee,
    gas,
    gasTotal,
    bytes: size,
    wrapped: wrapped === undefined ? undefined : wrapped + 1,
  };
}

/**
 * An envelope's contents prepared now: for a prepared tx made without the envelope rules (an envelope
 * that was itself an inner tx), whose own preparation opened nothing.
 */
function prepareInner(env: TxEnv, rules: EnvelopeRules, msg: unknown): PreparedEnvelope {
  const { searcher, txs } = rules.open(msg);
  const inner = { routes: env.routes, limits: env.limits };
  return { searcher, txs: txs.map((t) => prepareTx(inner, t)) };
}

const bundleTxName = (b: EnvelopeBundle, k: number) => (k === 0 ? `the bundle envelope (${b.hashes[0]})` : `bundle tx #${k - 1} (${b.hashes[k]})`);

/**
 * CheckTx of an envelope: the envelope's own ante on the check state; the envelope opened and checked
 * (openEnvelope); then the whole bundle run as a block would run it, on a branch of the committed
 * state, each tx under every CheckTx rule (the minimum gas prices included), all of which must
 * succeed. The committed state, not the check state: the wrapped tx usually waits in the mempool, so
 * the check state has already taken its sequence. Last, the searcher's own inner txs take their
 * sequences (and fees) in the check state, so the searcher's next tx follows the bundle. A refusal
 * leaves the check state as it was.
 */
export function checkEnvelopeTx(
  env: TxEnv,
  rules: EnvelopeRules,
  feeDenom: string,
  state: { check: WritableRaw; committed: WritableRaw },
  block: BlockInfo,
  envelope: PreparedTx,
  mode: 'check' | 'recheck',
): RunTxOutput & { bundle?: EnvelopeBundle } {
  const branch = new CacheStore(state.check);
  const out = runTx(env, branch, block, envelope, mode, false);
  if (out.result.code !== 0) return out;
  try {
    const b = openEnvelope(env, rules, envelope, block, feeDenom);
    const dry = new CacheStore(state.committed);
    b.txs.forEach((t, k) => {
      const r = runTx(env, dry, block, t, 'deliver', false, true).result;
      if (r.code !== 0) throw new ChainError(r.codespace, r.code, `${bundleTxName(b, k)} failed: ${r.log}`);
    });
    b.txs.forEach((t, k) => {
      if (k === 0 || k === b.wrapped) return;
      const r = runTx(env, branch, block, t, mode, false).result;
      if (r.code !== 0) throw new ChainError(r.codespace, r.code, `${bundleTxName(b, k)} failed after the mempool's pending txs: ${r.log}`);
    });
    branch.write();
    return { ...out, bundle: b };
  } catch (e) {
    const ce = toChainError(e);
    const result: TxResult = { code: ce.code, codespace: ce.codespace, log: ce.message, data: new Uint8Array(), gasWanted: out.result.gasWanted, gasUsed: out.result.gasUsed, events: [] };
    return { result, anteFailed: true, sender: out.info?.signers[0] };
  }
}

/** True when `block[at…]` holds exactly `txs`, in order (the same prepared txs, or the same bytes). */
function holdsAt(block: readonly PreparedTx[], at: number, txs: PreparedTx[]): boolean {
  if (at + txs.length > block.length) return false;
  for (let k = 0; k < txs.length; k++) if (block[at + k] !== txs[k] && !equalBytes(block[at + k]!.bytes, txs[k]!.bytes)) return false;
  return true;
}

/**
 * ProcessProposal's envelope check, from the block's txs alone: every envelope opens and checks
 * (openEnvelope) and sits immediately before its inner txs, in its order; no inner tx appears again
 * elsewhere in the block. Returns why the block is rejected, or undefined.
 */
export function envelopeFault(env: TxEnv, rules: EnvelopeRules | undefined, feeDenom: string, block: { height: number; time: string }, txs: readonly PreparedTx[]): string | undefined {
  if (!rules) return undefined;
  /** Block index → the envelope index whose bundle holds it. */
  const held = new Map<number, number>();
  const bundles: { at: number; b: EnvelopeBundle }[] = [];
  for (let i = 0; i < txs.length; i++) {
    if (!isEnvelope(rules, txs[i]!.decoded)) continue;
    let b: EnvelopeBundle;
    try {
      b = openEnvelope(env, rules, txs[i]!, block, feeDenom);
    } catch (e) {
      return `tx #${i} is a bundle envelope that is refused: ${(e as Error).message}`;
    }
    if (!holdsAt(txs, i, b.txs)) {
      const next = txs.slice(i + 1, i + b.txs.length).map((t) => t.hashHex).sort().join();
      const inner = b.hashes.slice(1).sort().join();
      const what = next === inner ? `reordered: the ${b.txs.length - 1} txs after it are its txs in another order` : `split: the ${b.txs.length - 1} txs after it are not its txs`;
      return `the bundle of the envelope at tx #${i} (${b.hashes[0]}) is ${what}`;
    }
    for (let k = 0; k < b.txs.length; k++) held.set(i + k, i);
    bundles.push({ at: i, b });
    i += b.txs.length - 1;
  }
  if (bundles.length === 0) return undefined;
  const where = new Map<string, number[]>();
  txs.forEach((t, i) => {
    const h = t.hashHex;
    where.set(h, [...(where.get(h) ?? []), i]);
  });
  for (const { at, b } of bundles) {
    for (let k = 1; k < b.txs.length; k++) {
      const again = where.get(b.hashes[k]!)!.find((j) => held.get(j) !== at);
      if (again !== undefined) return `the bundle of the envelope at tx #${at} is split: its tx #${k - 1} (${b.hashes[k]}) is also at tx #${again}`;
    }
  }
  return undefined;
}

function failed(e: ChainError, gasWanted = 0): TxResult {
  return { code: e.code, codespace: e.codespace, log: e.message, data: new Uint8Array(), gasWanted, gasUsed: 0, events: [] };
}

/**
 * FinalizeBlock's txs in block order, each envelope with its inner txs as one unit: if any of them
 * fails, every write of the unit is reverted and each of its txs is recorded with the rules'
 * `reverted` error naming the failing tx. An envelope that does not open or is not followed by its
 * txs is recorded with its error and changes nothing. (A proposal that ProcessProposal accepted holds
 * neither, and a proposer's own bundles succeeded when it built the block on the same state.)
 * `from`/`to`: the units that start in `txs[from…to)` (replay delivers a block a part at a time); the
 * last may end past `to`. Returns the index after the last tx delivered.
 */
export function deliverBlockTxs(exec: BlockExecution, txs: readonly PreparedTx[], env: TxEnv, rules: EnvelopeRules | undefined, feeDenom: string, from = 0, to = txs.length): number {
  let i = from;
  while (i < to) {
    const tx = txs[i]!;
    if (!rules || !isEnvelope(rules, tx.decoded)) {
      exec.deliverTx(tx);
      i++;
      continue;
    }
    let b: EnvelopeBundle;
    try {
      b = openEnvelope(env, rules, tx, exec.block, feeDenom);
    } catch (e) {
      exec.recordResult(tx, failed(toChainError(e)));
      i++;
      continue;
    }
    if (!holdsAt(txs, i, b.txs)) {
      exec.recordResult(tx, failed(rules.errors.split(`the bundle envelope at tx #${i} is not followed by its ${b.txs.length - 1} txs in order`)));
      i++;
      continue;
    }
    // The envelope's own prepared inner txs (the same bytes): their signatures were verified with it.
    deliverAtomically(exec, b.txs, b, rules);
    i += b.txs.length;
  }
  return i;
}

function deliverAtomically(exec: BlockExecution, txs: readonly PreparedTx[], b: EnvelopeBundle, rules: EnvelopeRules): void {
  const mark = exec.checkpoint();
  const outs: RunTxOutput[] = [];
  for (const t of txs) {
    const o = exec.deliverTx(t, false);
    outs.push(o);
    if (o.result.code !== 0) break;
  }
  const last = outs[outs.length - 1]!.result;
  if (last.code === 0) {
    exec.acceptCheckpoint();
    return;
  }
  exec.revertCheckpoint(mark);
  const why = rules.errors.reverted(`${bundleTxName(b, outs.length - 1)} failed: ${last.codespace}/${last.code} ${last.log}`);
  txs.forEach((t, k) => exec.recordResult(t, failed(why, outs[k]?.result.gasWanted ?? 0)));
}
