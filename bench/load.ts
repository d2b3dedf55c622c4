// The load generator, run as a separate process (forked by bench/run.ts with an IPC channel). It reads
// pre-signed txs from a file, submits them over RPC broadcast_tx_sync with bounded concurrency (and an
// optional target rate), watches committed blocks (block, then the codes of block_results) and measures, per tx, the time
// from its accepted submission to the moment its block was observed committed. Only txs found in a block
// with code 0 count as committed. Broadcasts made in the same event-loop turn share one JSON-RPC batch
// request of up to `batch` calls, as cosmjs's HttpBatchClient sends them (batch 1: one request per tx).
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { TxCodeScanner } from './tx_codes.js';

export interface LoadArgs {
  txFile: string;
  url: string;
  concurrency: number;
  /** Most broadcast_tx_sync calls per JSON-RPC batch request (1 = one HTTP request per tx). */
  batch: number;
  /** Target submission rate in tx/s; 0 = as fast as the node accepts. */
  rate: number;
  pollMs: number;
  stallMs: number;
  /** Optional JSON plan (see PlanItem): bundles and gated waves. Without it every tx is one free item. */
  planFile?: string;
}

/**
 * One unit of submission. `tx`: one tx by broadcast_tx_sync. `bundle`: tx indices submitted together by
 * broadcast_bundle, after `pending` (one of them, e.g. the user swap a JIT bundle wraps) was broadcast on
 * its own so it is waiting in the mempool. `wave` (≥ 1) gates an item: it is submitted only once every tx
 * of all lower waves was resolved (found in a block, or rejected at submission); items without a wave
 * are never held back, and a held item does not block the ones behind it. `s` (sender) keeps one
 * sender's txs in plan order: the next is sent once CheckTx answered the previous one, as a wallet does;
 * with `pipelined` it is sent right after the previous one was sent (a bot that tracks its own
 * sequences: the node holds a tx whose sequence is ahead until the missing one arrives, GAP_WAIT_MS in
 * node/chain_node.ts).
 */
export type PlanItem = { tx: number; wave?: number; s?: number; pipelined?: boolean } | { bundle: number[]; pending: number; wave?: number };

export interface BlockObs {
  height: number;
  observedMs: number; // relative to the first submission
  txs: number;
  ours_ok: number;
  ours_failed: number;
}

export interface LoadResult {
  submitted: number;
  accepted: number;
  rejected: Record<string, number>;
  backpressure_retries: number;
  /** Pipelined txs sent again after an sdk/32 answer (their predecessor had not been admitted yet). */
  sequence_retries: number;
  committed_ok: number;
  committed_failed: number;
  not_committed: number;
  submit_seconds: number;
  wall_seconds: number;
  window_seconds: number;
  committed_tps: number;
  submit_tps: number;
  /** CPU time of the load generator itself (user + system). */
  loadgen_cpu_seconds: number;
  latency_ms: { p50: number; p90: number; p99: number; max: number; mean: number };
  blocks: BlockObs[];
  bundles: { submitted: number; accepted: number };
}

export type LoadMessage = { type: 'progress'; submitted: number; committed: number; total: number } | { type: 'result'; result: LoadResult } | { type: 'error'; message: string };

export function readTxFile(path: string): Uint8Array[] {
  const buf = readFileSync(path);
  const out: Uint8Array[] = [];
  for (let o = 0; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    out.push(buf.subarray(o + 4, o + 4 + len));
    o += 4 + len;
  }
  return out;
}

export function encodeTxFile(txs: Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const t of txs) {
    const h = Buffer.alloc(4);
    h.writeUInt32BE(t.length);
    parts.push(h, Buffer.from(t));
  }
  return Buffer.concat(parts);
}

/** The error data of CometBFT's broadcast_tx_sync when its mempool is full (mempool.ErrMempoolIsFull). */
const COMET_MEMPOOL_FULL = /mempool is full/;

/** CometBFT's block_results for a height it has stored but not yet executed. */
const RESULTS_NOT_YET = /could not find results for height/;

/** Most unanswered broadcasts of one pipelined sender. */
const PIPELINE_DEPTH = 8;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function runLoad(a: LoadArgs, report: (m: LoadMessage) => void): Promise<LoadResult> {
  const txs = readTxFile(a.txFile);
  const b64 = txs.map((t) => Buffer.from(t).toString('base64'));
  // Our txs by their base64 (as blocks carry them): no decode and hash per tx of every block watched.
  const index = new Map(b64.map((t, i) => [t, i]));
  const agent = new Agent({ keepAlive: true, maxSockets: a.concurrency + 4 });
  const u = new URL(a.url);
  let rpcId = 0;
  // A request written on a kept-alive socket that the server closed as idle at that moment fails with
  // ECONNRESET before the server read it (Node's documented race): send it again on a fresh socket.
  // `onChunk` sees each chunk of the answer as it arrives; the chunks are also what it resolves with.
  const postChunks = (body: string, onChunk?: (c: Buffer) => void, attempt = 0): Promise<Buffer[]> =>
    new Promise((resolve, reject) => {
      const req = request(
        { host: u.hostname, port: u.port, method: 'POST', path: '/', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => {
            chunks.push(c);
            onChunk?.(c);
          });
          res.on('end', () => resolve(chunks));
          res.on('error', reject);
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (req.reusedSocket && e.code === 'ECONNRESET' && attempt < 3) postChunks(body, onChunk, attempt + 1).then(resolve, reject);
        else reject(e);
      });
      req.end(body);
    });
  const postText = async (body: string): Promise<string> => Buffer.concat(await postChunks(body)).toString('utf8');
  const post = async (body: string): Promise<any> => JSON.parse(await postText(body));
  const answer = (method: string, j: any) => {
    if (j?.error) throw new Error(`${method}: ${j.error.message}: ${j.error.data ?? ''}`);
    return j.result;
  };
  const rpcBody = (method: string, params: Record<string, unknown>) => JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params });
  const rpc = async (method: string, params: Record<string, unknown>): Promise<any> => answer(method, await post(rpcBody(method, params)));
  /** The codes of a block's tx results, scanned from the raw answer as it arrives (tx_codes.ts), parsed when the scan does not fit. */
  const blockCodes = async (height: number, txs: number): Promise<number[]> => {
    const scanner = new TxCodeScanner();
    const chunks = await postChunks(rpcBody('block_results', { height: String(height) }), (c) => scanner.push(c));
    return scanner.finish(txs) ?? (answer('block_results', JSON.parse(Buffer.concat(chunks).toString('utf8'))).txs_results ?? []).map((r: { code?: number }) => r.code ?? 0);
  };

  // broadcast_tx_sync calls queued in this turn; sent as one batch when `batch` are queued or the turn ends.
  let queued: { id: number; tx: string; resolve: (r: any) => void; reject: (e: Error) => void }[] = [];
  const sendQueued = () => {
    const part = queued;
    queued = [];
    if (part.length === 0) return;
    const body = JSON.stringify(part.map((q) => ({ jsonrpc: '2.0', id: q.id, method: 'broadcast_tx_sync', params: { tx: q.tx } })));
    post(body).then(
      (arr) => {
        if (!Array.isArray(arr)) {
          const e = new Error(`broadcast_tx_sync batch: ${arr?.error?.message ?? 'not a batch answer'}: ${arr?.error?.data ?? ''}`);
          for (const q of part) q.reject(e);
          return;
        }
        const byId = new Map(arr.map((j: any) => [j.id, j]));
        for (const q of part) {
          try {
            if (!byId.has(q.id)) throw new Error(`broadcast_tx_sync batch: no answer for id ${q.id}`);
            q.resolve(answer('broadcast_tx_sync', byId.get(q.id)));
          } catch (e) {
            q.reject(e as Error);
          }
        }
      },
      (e: Error) => part.forEach((q) => q.reject(e)),
    );
  };
  const broadcastSync = (tx: string): Promise<any> => {
    if (a.batch <= 1) return rpc('broadcast_tx_sync', { tx });
    return new Promise((resolve, reject) => {
      queued.push({ id: ++rpcId, tx, resolve, reject });
      if (queued.length >= a.batch) sendQueued();
      else if (queued.length === 1) setImmediate(sendQueued);
    });
  };

  const n = txs.length;
  const plan: PlanItem[] = a.planFile ? JSON.parse(readFileSync(a.planFile, 'utf8')) : txs.map((_, i) => ({ tx: i }));
  const submitAt = new Float64Array(n).fill(NaN); // accepted submission time
  const commitAt = new Float64Array(n).fill(NaN);
  const rejected: Record<string, number> = {};
  let accepted = 0;
  let retries = 0;
  let sequenceRetries = 0;
  let next = 0;
  let submittedDone = 0;
  let pausedUntil = 0;
  let committedOk = 0;
  let committedFailed = 0;
  let bundlesSubmitted = 0;
  let bundlesAccepted = 0;
  const blocks: BlockObs[] = [];

  // Waves: txWave[i] = wave of tx i (0 = free); a wave is done when all its txs are resolved.
  const txWave = new Int32Array(n);
  const resolved = new Uint8Array(n);
  const waveLeft = new Map<number, number>();
  for (const it of plan) {
    const w = it.wave ?? 0;
    for (const i of 'tx' in it ? [it.tx] : it.bundle) {
      txWave[i] = w;
      if (w > 0) waveLeft.set(w, (waveLeft.get(w) ?? 0) + 1);
    }
  }
  const resolve = (i: number) => {
    if (resolved[i]) return;
    resolved[i] = 1;
    const w = txWave[i]!;
    if (w > 0) waveLeft.set(w, waveLeft.get(w)! - 1);
  };
  const ready = (w: number) => {
    for (const [v, left] of waveLeft) if (v < w && left > 0) return false;
    return true;
  };
  const deferred: PlanItem[] = [];

  let startHeight = Number((await rpc('status', {})).sync_info.latest_block_height);
  const t0 = performance.now();
  const now = () => performance.now() - t0;

  /** broadcast_tx_sync with mempool-full back-off; true when accepted. */
  const submitTx = async (i: number, onSent?: () => void): Promise<boolean> => {
    for (let attempt = 0; ; attempt++) {
      const p = pausedUntil - now();
      if (p > 0) await sleep(p);
      const ts = now();
      const sent = broadcastSync(b64[i]!);
      if (attempt === 0) onSent?.();
      let r: any;
      try {
        r = await sent;
      } catch (e) {
        // CometBFT answers a full mempool with a JSON-RPC error instead of a CheckTx code.
        if (!COMET_MEMPOOL_FULL.test((e as Error).message)) throw e;
        r = { code: 20, codespace: 'sdk' };
      }
      if (r.code === 20 && r.codespace === 'sdk') {
        // mempool full: back off for everyone, then retry this tx
        retries++;
        pausedUntil = Math.max(pausedUntil, now() + 50);
        continue;
      }
      if (onSent && r.code === 32 && r.codespace === 'sdk' && attempt < 100) {
        // A pipelined tx whose predecessor is not admitted yet (it met a full mempool and is being sent
        // again, for longer than the node holds a tx that is ahead): send it again, as a bot would.
        sequenceRetries++;
        await sleep(50);
        continue;
      }
      if (r.code === 0) {
        submitAt[i] = ts;
        accepted++;
        return true;
      }
      const k = `${r.codespace}/${r.code}`;
      rejected[k] = (rejected[k] ?? 0) + 1;
      resolve(i);
      return false;
    }
  };

  // Txs of one sender (plan items with `s`) are submitted one after the other, in plan order, so
  // concurrent requests never reach the node with that sender's sequences out of order. A pipelined
  // sender has at most PIPELINE_DEPTH txs unanswered (the node holds a tx at most 16 sequences ahead).
  const senderChain = new Map<number, Promise<void>>();
  const unanswered = new Map<number, Promise<boolean>[]>();
  const submitItem = async (it: PlanItem) => {
    if ('tx' in it) {
      if (it.s === undefined) await submitTx(it.tx);
      else {
        const prev = senderChain.get(it.s);
        let release!: () => void;
        const mine = new Promise<void>((r) => (release = r));
        senderChain.set(it.s, mine);
        try {
          await prev;
          if (it.pipelined) {
            const q = unanswered.get(it.s) ?? [];
            unanswered.set(it.s, q);
            while (q.length >= PIPELINE_DEPTH) await q.shift();
            const answered = submitTx(it.tx, release);
            q.push(answered);
            await answered;
          } else await submitTx(it.tx);
        } finally {
          release();
          if (senderChain.get(it.s) === mine) senderChain.delete(it.s);
        }
      }
      submittedDone++;
      return;
    }
    const others = it.bundle.filter((i) => i !== it.pending);
    bundlesSubmitted++;
    if (await submitTx(it.pending)) {
      const ts = now();
      const r = await rpc('broadcast_bundle', { txs: it.bundle.map((i) => b64[i]) });
      if (r.code === 0) {
        bundlesAccepted++;
        for (const i of others) submitAt[i] = ts;
        accepted += others.length;
      } else {
        const k = `bundle ${r.codespace}/${r.code}`;
        rejected[k] = (rejected[k] ?? 0) + others.length;
        others.forEach(resolve);
      }
    } else {
      const k = 'bundle not sent (its pending tx was rejected)';
      rejected[k] = (rejected[k] ?? 0) + others.length;
      others.forEach(resolve);
    }
    submittedDone += it.bundle.length;
  };

  const worker = async () => {
    for (;;) {
      const d = deferred.findIndex((it) => ready(it.wave!));
      if (d >= 0) {
        await submitItem(deferred.splice(d, 1)[0]!);
        continue;
      }
      if (next >= plan.length) {
        if (deferred.length === 0) return;
        await sleep(20);
        continue;
      }
      const i = next++;
      const it = plan[i]!;
      if (it.wave && !ready(it.wave)) {
        deferred.push(it);
        continue;
      }
      if (a.rate > 0) {
        const due = (i / a.rate) * 1000;
        const wait = due - now();
        if (wait > 0) await sleep(wait);
      }
      await submitItem(it);
    }
  };

  let submitting = true;
  let lastSubmitMs = 0;
  const submitters = Promise.all(Array.from({ length: a.concurrency }, worker)).then(() => {
    submitting = false;
    lastSubmitMs = now();
  });

  const progressTimer = setInterval(() => report({ type: 'progress', submitted: submittedDone, committed: committedOk, total: n }), 200);

  // Block watcher.
  let lastProgress = now();
  let seen = startHeight;
  for (;;) {
    const h = Number((await rpc('status', {})).sync_info.latest_block_height);
    for (let height = seen + 1; height <= h; height++) {
      const observed = now();
      const b = await rpc('block', { height: String(height) });
      const btxs: string[] = b.block.data.txs ?? [];
      const codes = await blockCodes(height, btxs.length).catch((e: Error) => {
        // CometBFT stores a decided block before the app has executed it: its results come a moment later.
        if (RESULTS_NOT_YET.test(e.message)) return undefined;
        throw e;
      });
      if (codes === undefined) break;
      const obs: BlockObs = { height, observedMs: observed, txs: btxs.length, ours_ok: 0, ours_failed: 0 };
      btxs.forEach((t, j) => {
        const i = index.get(t);
        if (i === undefined || !Number.isNaN(commitAt[i]!)) return;
        resolve(i);
        const code = codes[j] ?? 0;
        if (code === 0) {
          commitAt[i] = observed;
          obs.ours_ok++;
          committedOk++;
        } else {
          obs.ours_failed++;
          committedFailed++;
        }
      });
      if (obs.ours_ok + obs.ours_failed > 0) {
        blocks.push(obs);
        lastProgress = observed;
      }
      seen = height;
    }
    if (!submitting) {
      if (committedOk + committedFailed >= accepted) break;
      if (now() - lastProgress > a.stallMs) {
        const pending = Number((await rpc('num_unconfirmed_txs', {})).n_txs ?? 0);
        if (pending === 0 || now() - lastProgress > 4 * a.stallMs) break;
      }
    } else if (deferred.length > 0 && now() - lastProgress > a.stallMs) {
      // A gated wave waits on txs that will never resolve (accepted, then dropped): release it.
      waveLeft.clear();
    } else if (now() - lastProgress > 10 * a.stallMs) {
      throw new Error(`no committed tx for ${(now() - lastProgress) / 1000}s while submitting`);
    }
    await sleep(a.pollMs);
  }
  await submitters;
  clearInterval(progressTimer);
  report({ type: 'progress', submitted: submittedDone, committed: committedOk, total: n });
  agent.destroy();

  const lat: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(commitAt[i]!) && !Number.isNaN(submitAt[i]!)) lat.push(commitAt[i]! - submitAt[i]!);
  lat.sort((x, y) => x - y);
  // Sustained rate: txs committed after the first block that carried ours, over the time from that
  // block's commit to the last one's (the first block's txs accumulated before the window opened).
  let windowS = 0;
  let tps = 0;
  if (blocks.length >= 2) {
    windowS = (blocks[blocks.length - 1]!.observedMs - blocks[0]!.observedMs) / 1000;
    tps = (committedOk - blocks[0]!.ours_ok) / windowS;
  } else if (blocks.length === 1) {
    windowS = blocks[0]!.observedMs / 1000;
    tps = committedOk / windowS;
  }
  const r2 = (x: number) => Math.round(x * 10) / 10;
  return {
    submitted: n,
    accepted,
    rejected,
    backpressure_retries: retries,
    sequence_retries: sequenceRetries,
    committed_ok: committedOk,
    committed_failed: committedFailed,
    not_committed: accepted - committedOk - committedFailed,
    submit_seconds: Math.round(lastSubmitMs) / 1000,
    wall_seconds: Math.round(now()) / 1000,
    window_seconds: Math.round(windowS * 1000) / 1000,
    committed_tps: r2(tps),
    submit_tps: r2(accepted / (lastSubmitMs / 1000)),
    loadgen_cpu_seconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e4) / 100,
    latency_ms: {
      p50: Math.round(percentile(lat, 50)),
      p90: Math.round(percentile(lat, 90)),
      p99: Math.round(percentile(lat, 99)),
      max: Math.round(lat[lat.length - 1] ?? NaN),
      mean: Math.round(lat.reduce((s, x) => s + x, 0) / Math.max(lat.length, 1)),
    },
    blocks,
    bundles: { submitted: bundlesSubmitted, accepted: bundlesAccepted },
  };
}

// Entry point when forked: args arrive as one JSON argv element.
if (process.send && process.argv[2]?.startsWith('{')) {
  const args = JSON.parse(process.argv[2]) as LoadArgs;
  const send = (m: LoadMessage) => process.send!(m);
  runLoad(args, send)
    .then((result) => {
      send({ type: 'result', result });
      process.disconnect();
    })
    .catch((e: Error) => {
      send({ type: 'error', message: e.stack ?? e.message });
      process.disconnect();
      process.exitCode = 1;
    });
}
