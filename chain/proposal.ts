// PrepareProposal's block builder and ProcessProposal's check. The builder fills a block from candidates
// in the order given (the mempool's: score, arrival, hash; each sender's sequences in order); a bundle
// is all-or-nothing at its place. The check is deterministic over the proposal alone: every tx decodes,
// every bundle sits whole and in order, and keeps the bundle rules.
import type { BlockExecution } from './block_exec.js';
import { envelopeFault, type EnvelopeRules } from './bundle_envelope.js';
import { statelessChecks, type TxEnv } from './tx/run_tx.js';
import type { PreparedTx } from './tx/prepared_tx.js';

/** A bundle tx as the bundle rules see it: its signers and message type URLs. */
export interface BundleShape {
  signers: string[];
  typeUrls: string[];
}

/** What a chain's bundles must keep (for marketchain, modules/amm/bundle_rules.ts); throws when broken. */
export interface ProposalRules {
  checkBundle(shapes: BundleShape[], searcher: string): void;
  /** The denom candidate scores are counted in (names in the drop reasons). */
  feeDenom: string;
  /** The chain's bundle envelope tx (chain/bundle_envelope.ts), if it has one. */
  envelope?: EnvelopeRules;
}

export interface CandidateTx {
  prepared: PreparedTx;
  hash: string; // upper hex
  sender: string;
  gasWanted: number;
  /** Gas price (in feeDenom). */
  fee: bigint;
}

export interface CandidateBundle {
  id: string;
  txs: PreparedTx[];
  hashes: string[];
  searcher: string;
  shapes: BundleShape[];
  /** The searcher's own fees and gas (the score); gasTotal and bytes are the whole bundle's. */
  fee: bigint;
  gas: number;
  gasTotal: number;
  bytes: number;
}

export type ProposalCandidate = { kind: 'tx'; tx: CandidateTx } | { kind: 'bundle'; bundle: CandidateBundle };

/** A bundle in a proposal: its txs' hashes (upper hex), which the block holds in this order, together. */
export interface ProposalBundle {
  searcher: string;
  hashes: string[];
}

export interface BuildHooks {
  /** A tx left out because its ante failed (the mempool drops it). */
  onDrop?: (hash: string, reason: string) => void;
  /** A bundle the builder took (it lands or is in droppedBundles): the mempool forgets it. */
  onBundleTaken?: (id: string) => void;
  /** Lets the driver serve other work while a block is built (called every yieldEvery candidates). */
  yieldTurn?: () => Promise<void>;
  yieldEvery?: number;
}

export interface BuiltProposal {
  bundles: ProposalBundle[];
  included: Set<string>;
  dropped: string[];
  droppedBundles: { id: string; reason: string }[];
}

const bundleName = (b: CandidateBundle, denom: string) => `bundle ${b.id} (score ${b.fee}${denom}/${b.gas} gas)`;

/**
 * Fills a block on `exec` from the candidates; bundles are all-or-nothing. Every bundle taken either
 * lands or is returned in `droppedBundles` with why (outbid, no room, a failing tx, or the bundle rules).
 */
export async function buildProposal(
  exec: BlockExecution,
  candidates: Iterable<ProposalCandidate>,
  limits: { max_bytes: number; max_gas: number },
  rules: ProposalRules,
  hooks: BuildHooks = {},
): Promise<BuiltProposal> {
  const included = new Set<string>();
  /** What put a tx into the block (to name the winner when a bundle is outbid). */
  const includedBy = new Map<string, CandidateBundle | CandidateTx>();
  const bundles: ProposalBundle[] = [];
  const dropped: string[] = [];
  const droppedBundles: { id: string; reason: string }[] = [];
  const yieldEvery = hooks.yieldEvery ?? Infinity;
  let bytes = 0;
  let gas = 0;
  // A sender whose tx did not go into this block (no room, or invalid) gets none of its later
  // sequences in this block either: they would fail on the sequence gap and be lost.
  const stopped = new Set<string>();
  let sinceYield = 0;
  for (const c of candidates) {
    if (hooks.yieldTurn && ++sinceYield > yieldEvery) {
      sinceYield = 1;
      await hooks.yieldTurn();
    }
    if (c.kind === 'tx') {
      const t = c.tx;
      if (included.has(t.hash) || stopped.has(t.sender)) continue;
      if (bytes + t.prepared.bytes.length > limits.max_bytes || gas + t.gasWanted > limits.max_gas) {
        stopped.add(t.sender);
        continue;
      }
      const out = exec.deliverTx(t.prepared, true);
      if (out.anteFailed) {
        dropped.push(t.hash);
        stopped.add(t.sender);
        hooks.onDrop?.(t.hash, out.result.log);
        continue;
      }
      included.add(t.hash);
      includedBy.set(t.hash, t);
      bytes += t.prepared.bytes.length;
      gas += t.gasWanted;
    } else {
      const b = c.bundle;
      hooks.onBundleTaken?.(b.id);
      const why = bundleUnfit(b, rules, included, includedBy, limits, bytes, gas);
      if (why !== undefined) {
        droppedBundles.push({ id: b.id, reason: why });
        continue;
      }
      const mark = exec.checkpoint();
      let failed: string | undefined;
      for (let i = 0; i < b.txs.length && failed === undefined; i++) {
        const out = exec.deliverTx(b.txs[i]!, false);
        if (out.anteFailed || out.result.code !== 0) failed = `its tx #${i} (${b.hashes[i]}) failed: ${out.result.codespace}/${out.result.code} ${out.result.log}`;
      }
      if (failed === undefined) {
        exec.acceptCheckpoint();
        for (const h of b.hashes) {
          included.add(h);
          includedBy.set(h, b);
        }
        bundles.push({ searcher: b.searcher, hashes: b.hashes });
        bytes += b.bytes;
        gas += b.gasTotal;
      } else {
        exec.revertCheckpoint(mark);
        droppedBundles.push({ id: b.id, reason: failed });
      }
    }
  }
  return { bundles, included, dropped, droppedBundles };
}

/** Why a bundle cannot run at this point of the block, or undefined when it can. */
function bundleUnfit(
  b: CandidateBundle,
  rules: ProposalRules,
  included: Set<string>,
  includedBy: Map<string, CandidateBundle | CandidateTx>,
  limits: { max_bytes: number; max_gas: number },
  bytes: number,
  gas: number,
): string | undefined {
  const taken = b.hashes.find((h) => included.has(h));
  if (taken !== undefined) {
    const by = includedBy.get(taken);
    const winner = by && 'id' in by ? bundleName(by, rules.feeDenom) : by ? `tx ${taken} on its own (score ${by.fee}${rules.feeDenom}/${by.gasWanted} gas)` : `tx ${taken} on its own`;
    return `outbid: its tx ${taken} is already in the block through ${winner}, which ranked first`;
  }
  if (bytes + b.bytes > limits.max_bytes || gas + b.gasTotal > limits.max_gas) {
    return `no room: ${b.bytes} bytes and ${b.gasTotal} gas do not fit after ${bytes} bytes and ${gas} gas (limits ${limits.max_bytes} and ${limits.max_gas})`;
  }
  try {
    if (b.shapes.length !== b.txs.length) return `its shapes list ${b.shapes.length} txs, not ${b.txs.length}`;
    rules.checkBundle(b.shapes, b.searcher);
  } catch (e) {
    return `breaks the bundle rules: ${(e as Error).message}`;
  }
  return undefined;
}

/**
 * ProcessProposal's verdict on a proposal, from its contents alone (no state is read, so every
 * validator reaches the same one): undefined to accept, else why it is rejected. Bundles arrive as
 * envelopes in the txs (chain/bundle_envelope.ts) or, from the embedded builder, as `bundles`.
 */
export function proposalFault(env: TxEnv, rules: ProposalRules | undefined, block: { height: number; time: string }, txs: readonly PreparedTx[], bundles: ProposalBundle[]): string | undefined {
  for (let i = 0; i < txs.length; i++) {
    const e = txs[i]!.decodeError;
    if (e) return `tx #${i} does not decode: ${e.message}`;
  }
  const envelopeWhy = envelopeFault(env, rules?.envelope, rules?.feeDenom ?? '', block, txs);
  if (envelopeWhy !== undefined) return envelopeWhy;
  if (bundles.length === 0) return undefined;
  if (!rules) return 'this chain has no bundles';
  const at = new Map<string, number>();
  txs.forEach((t, i) => at.set(t.hashHex, i));
  const inBundle = new Set<number>();
  for (const [n, b] of bundles.entries()) {
    if (b.hashes.length === 0) return `bundle #${n} is empty`;
    const first = at.get(b.hashes[0]!);
    if (first === undefined) return `bundle #${n}'s tx ${b.hashes[0]} is not in the block`;
    const shapes: BundleShape[] = [];
    for (let k = 0; k < b.hashes.length; k++) {
      const i = at.get(b.hashes[k]!);
      if (i === undefined) return `bundle #${n} is split: its tx #${k} (${b.hashes[k]}) is not in the block`;
      if (i !== first + k) return `bundle #${n} is split: its tx #${k} (${b.hashes[k]}) is at block index ${i}, not ${first + k}`;
      if (inBundle.has(i)) return `bundle #${n}'s tx ${b.hashes[k]} is in another bundle too`;
      inBundle.add(i);
      try {
        const { decoded, sl } = statelessChecks(env, txs[i]!, block, 'deliver');
        shapes.push({ signers: sl.signers, typeUrls: decoded.body.messages.map((m) => m.typeUrl) });
      } catch (e) {
        return `bundle #${n}'s tx #${k} is invalid: ${(e as Error).message}`;
      }
    }
    try {
      rules.checkBundle(shapes, b.searcher);
    } catch (e) {
      return `bundle #${n} breaks the bundle rules: ${(e as Error).message}`;
    }
  }
  return undefined;
}
