// Block building: fills a block from the mempool in candidate order (score, arrival, hash; each
// sender's sequences in order); bundles are all-or-nothing at their place.
//
// The builder yields to the event loop every BUILD_YIELD_EVERY candidates, so RPC and CheckTx go on
// while a block is built, as CometBFT's mempool connection runs CheckTx during FinalizeBlock. That is
// safe because the block runs on its own branch of the committed state (the commit store changes
// only in finish()), CheckTx runs on the check state, and the candidates are the mempool as it was
// when building began: a tx admitted meanwhile waits for the next block and is re-checked after this
// one commits. Without it the RPC, the load and the signature workers wait for the whole block, and
// one of two cores idles for that time.
import type { App } from '../chain/app.js';
import { checkBundleRules } from '../modules/amm/index.js';
import { FEE_DENOM, type Bundle, type Mempool } from './mempool.js';

/** Candidates run between two yields to the event loop (a few milliseconds of bank sends). */
export const BUILD_YIELD_EVERY = 128;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const bundleName = (b: Bundle) => `bundle ${b.id} (score ${b.fee}${FEE_DENOM}/${b.gas} gas)`;

/**
 * Fills a block from the mempool in candidate order; bundles are all-or-nothing. Every bundle taken
 * from the mempool either lands or is returned in `droppedBundles` with why (outbid, no room, a
 * failing tx, or the bundle rules), for the node's log.
 */
export async function buildBlockBody(
  exec: ReturnType<App['beginBlock']>,
  mempool: Mempool,
  limits: { max_bytes: number; max_gas: number },
  onDrop?: (hash: string, reason: string) => void,
  yieldEvery = BUILD_YIELD_EVERY,
): Promise<{ included: Set<string>; dropped: string[]; droppedBundles: { id: string; reason: string }[] }> {
  const included = new Set<string>();
  /** The bundle that put a tx into the block (to name the winner when a bundle is outbid). */
  const includedBy = new Map<string, Bundle>();
  const dropped: string[] = [];
  const droppedBundles: { id: string; reason: string }[] = [];
  let bytes = 0;
  let gas = 0;
  // A sender whose tx did not go into this block (no room, or invalid) gets none of its later
  // sequences in this block either: they would fail on the sequence gap and be lost.
  const stopped = new Set<string>();
  let sinceYield = 0;
  for (const c of mempool.ordered()) {
    if (++sinceYield > yieldEvery) {
      sinceYield = 1;
      await nextTurn();
    }
    if (c.kind === 'tx') {
      const t = c.tx;
      if (included.has(t.hash) || stopped.has(t.sender)) continue;
      if (bytes + t.bytes.length > limits.max_bytes || gas + t.gasWanted > limits.max_gas) {
        stopped.add(t.sender);
        continue;
      }
      const out = exec.deliverTx(t.bytes, true);
      if (out.anteFailed) {
        dropped.push(t.hash);
        stopped.add(t.sender);
        onDrop?.(t.hash, out.result.log);
        continue;
      }
      included.add(t.hash);
      bytes += t.bytes.length;
      gas += t.gasWanted;
    } else {
      const b = c.bundle;
      mempool.removeBundle(b.id);
      const why = bundleUnfit(b, mempool, included, includedBy, limits, bytes, gas);
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
        bytes += b.bytes;
        gas += b.gasTotal;
      } else {
        exec.revertCheckpoint(mark);
        droppedBundles.push({ id: b.id, reason: failed });
      }
    }
  }
  return { included, dropped, droppedBundles };
}

/** Why a bundle cannot run at this point of the block, or undefined when it can. */
function bundleUnfit(b: Bundle, mempool: Mempool, included: Set<string>, includedBy: Map<string, Bundle>, limits: { max_bytes: number; max_gas: number }, bytes: number, gas: number): string | undefined {
  const taken = b.hashes.find((h) => included.has(h));
  if (taken !== undefined) {
    const by = includedBy.get(taken);
    const t = mempool.get(taken);
    const winner = by ? bundleName(by) : t ? `tx ${taken} on its own (score ${t.fee}${FEE_DENOM}/${t.gasWanted} gas)` : `tx ${taken} on its own`;
    return `outbid: its tx ${taken} is already in the block through ${winner}, which ranked first`;
  }
  if (bytes + b.bytes > limits.max_bytes || gas + b.gasTotal > limits.max_gas) {
    return `no room: ${b.bytes} bytes and ${b.gasTotal} gas do not fit after ${bytes} bytes and ${gas} gas (limits ${limits.max_bytes} and ${limits.max_gas})`;
  }
  try {
    if (b.shapes.length !== b.txs.length) return `its shapes list ${b.shapes.length} txs, not ${b.txs.length}`;
    checkBundleRules(b.shapes, b.searcher);
  } catch (e) {
    return `breaks the bundle rules: ${(e as Error).message}`;
  }
  return undefined;
}
