// A worker_threads pool that verifies signatures off the main thread, in parallel with block execution
// and RPC (ARCHITECTURE §8). Requests made in the same turn of the event loop are sent together: the
// turn's jobs are split evenly over as many workers as get at least MIN_JOBS_PER_POST each (a large
// request is spread over all workers), one message per worker, instead of one message per request.
// A worker that exits (it failed to load, crashed, or was killed) is dropped: the batches it held are
// verified on the calling thread, and so is everything once no worker is left, so a request is never
// left unanswered (CheckTx runs in arrival order: one lost answer would stall every later tx).
// Jobs come from the network: a job that cannot be a secp256k1 check (a signature not of 64 bytes, a key
// not of 33) is answered false without being sent, a job that is not byte arrays rejects its request,
// and a failure while sending or a worker's error reply rejects the requests of that batch: no input
// makes a callback of the pool throw.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SigJob } from '../chain/app.js';
import { verifySecp256k1 } from '../chain/secp256k1.js';
import { packJobs } from './sig_batch.js';
import { HELPER_NICE } from './thread_priority.js';

interface Request {
  jobs: SigJob[];
  ok: boolean[];
  /** Jobs not answered yet. */
  left: number;
  resolve: (ok: boolean[]) => void;
  reject: (e: Error) => void;
}

/** Jobs [from, to) of one request. */
interface Segment {
  req: Request;
  from: number;
  to: number;
}

/** A round of fewer jobs than this per worker goes to fewer workers. */
export const MIN_JOBS_PER_POST = 32;

/** How long close() waits for workers still loading before it terminates them anyway. */
const CLOSE_LOAD_WAIT_MS = 5_000;

export class SigPool {
  private readonly workers: Worker[] = [];
  /** One per worker: resolved when it has loaded its modules and can verify. */
  private readonly loaded: Promise<void>[] = [];
  /** For each batch in flight: the worker it went to and the request segments it answers, in job order. */
  private readonly pending = new Map<number, { worker: number; segments: Segment[] }>();
  /** False once a worker has exited. */
  private readonly alive: boolean[] = [];
  private closing = false;
  /** Batches in flight per worker: a busy worker keeps the process alive, an idle one does not. */
  private readonly inFlight: number[] = [];
  private queue: Request[] = [];
  private queuedJobs = 0;
  private flushScheduled = false;
  private next = 0;
  private ids = 0;

  /**
   * `onWorkerLost` is told when a worker exits before close() (the pool carries on without it); `nice`:
   * the workers' scheduling priority below the calling thread (thread_priority.ts).
   */
  constructor(size = Math.max(1, availableParallelism()), private readonly onWorkerLost?: (message: string) => void, nice = HELPER_NICE) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./sig_worker.js', import.meta.url), { workerData: { nice } });
      const index = this.workers.length;
      let loaded!: () => void;
      let failed!: (e: Error) => void;
      const started = new Promise<void>((res, rej) => ((loaded = res), (failed = rej)));
      started.catch(() => undefined); // a worker that never started is reported by lost(), not as a rejection
      this.loaded.push(started);
      let error: Error | undefined;
      w.once('error', (e) => {
        error = e;
        failed(e);
      });
      w.once('exit', (code) => {
        failed(new Error(`signature worker exited (code ${code}) before it started`));
        this.lost(index, `signature worker ${index} exited (code ${code})${error ? `: ${error.message}` : ''}`);
      });
      w.on('message', (m: { id: number; ok: boolean[] } | { id: number; error: string } | { ready: true }) => {
        if (!m || typeof m !== 'object') return;
        if ('ready' in m) return loaded();
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (--this.inFlight[index]! === 0) w.unref();
        if ('ok' in m && Array.isArray(m.ok)) answer(p.segments, m.ok);
        else fail(p.segments, new Error(`signature worker ${index}: ${'error' in m ? m.error : 'malformed reply'}`));
      });
      w.unref();
      this.workers.push(w);
      this.inFlight.push(0);
      this.alive.push(true);
    }
  }

  /** A worker exited: its batches are verified here, and it gets no more. */
  private lost(index: number, message: string): void {
    if (!this.alive[index]) return;
    this.alive[index] = false;
    if (this.closing) return;
    this.onWorkerLost?.(`${message}; ${this.alive.filter(Boolean).length} left, the rest is verified on the main thread`);
    for (const [id, p] of this.pending) {
      if (p.worker !== index) continue;
      this.pending.delete(id);
      answerHere(p.segments);
    }
  }

  /** Workers still running. */
  get running(): number {
    return this.alive.filter(Boolean).length;
  }

  /**
   * Resolves when every worker has either started (jobs sent before then wait in its queue) or exited,
   * with the number running; a worker that could not start is reported to `onWorkerLost`.
   */
  async ready(): Promise<number> {
    // Idle workers are unref'd; while waiting for them they must keep the process alive.
    for (const w of this.workers) w.ref();
    try {
      await Promise.all(this.loaded.map((p) => p.catch(() => undefined)));
    } finally {
      this.workers.forEach((w, i) => this.inFlight[i] === 0 && w.unref());
    }
    return this.running;
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Resolves with one result per job, in order; rejects (and sends nothing) when a job is not three
   * byte arrays. A job of the wrong shape is answered false without being sent.
   */
  verify(jobs: SigJob[]): Promise<boolean[]> {
    if (!Array.isArray(jobs)) return Promise.reject(new TypeError('signature jobs must be an array'));
    const bad = jobs.findIndex((j) => !isByteJob(j));
    if (bad >= 0) return Promise.reject(new TypeError(`signature job ${bad} is not {msg, sig, pk} byte arrays`));
    if (jobs.every(wellShaped)) return this.enqueue(jobs);
    const sent = jobs.filter(wellShaped);
    return this.enqueue(sent).then((ok) => {
      let k = 0;
      return jobs.map((j) => (wellShaped(j) ? ok[k++]! : false));
    });
  }

  private enqueue(jobs: SigJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ jobs, ok: new Array<boolean>(jobs.length), left: jobs.length, resolve, reject });
      this.queuedJobs += jobs.length;
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Sends the queued jobs as one batch per worker; a failure rejects the requests not yet answered. */
  private flush(): void {
    this.flushScheduled = false;
    const queue = this.queue;
    try {
      this.send(queue);
    } catch (e) {
      for (const req of queue) if (req.left > 0) settleRejected(req, e);
    }
  }

  /** Sends `queue` as one batch per worker, each of about the same size. */
  private send(queue: Request[]): void {
    // Small rounds go to fewer workers (at least MIN_JOBS_PER_POST each): a message wakes a thread, and
    // on a machine with as many cores as busy threads each wake-up costs the sender its core for a while.
    const workers = Math.max(1, Math.min(this.workers.length, Math.floor(this.queuedJobs / MIN_JOBS_PER_POST)));
    const perWorker = Math.ceil(this.queuedJobs / workers);
    this.queue = [];
    this.queuedJobs = 0;
    let batch: Segment[] = [];
    let size = 0;
    for (const req of queue) {
      let from = 0;
      while (from < req.jobs.length) {
        const to = Math.min(req.jobs.length, from + perWorker - size);
        batch.push({ req, from, to });
        size += to - from;
        from = to;
        if (size === perWorker) {
          this.post(batch);
          batch = [];
          size = 0;
        }
      }
    }
    if (batch.length > 0) this.post(batch);
  }

  private post(batch: Segment[]): void {
    let index = -1;
    for (let k = 0; k < this.workers.length && index < 0; k++) {
      const i = this.next++ % this.workers.length;
      if (this.alive[i]) index = i;
    }
    if (index < 0) return answerHere(batch);
    let jobs: Uint8Array;
    try {
      const one = batch.length === 1 && batch[0]!.from === 0 && batch[0]!.to === batch[0]!.req.jobs.length;
      jobs = packJobs(one ? batch[0]!.req.jobs : batch.flatMap((g) => g.req.jobs.slice(g.from, g.to)));
    } catch (e) {
      return fail(batch, e);
    }
    const id = this.ids++;
    const w = this.workers[index]!;
    if (this.inFlight[index]!++ === 0) w.ref();
    this.pending.set(id, { worker: index, segments: batch });
    try {
      w.postMessage({ id, jobs }, [jobs.buffer as ArrayBuffer]);
    } catch (e) {
      this.pending.delete(id);
      if (--this.inFlight[index]! === 0) w.unref();
      fail(batch, e);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    // A worker terminated while it is still loading the native secp256k1 binding can abort the whole
    // process (node-addon-api throws across the teardown), so each one first finishes loading or fails;
    // the wait is bounded so that a worker stuck in loading cannot hold up shutdown.
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((res) => (timer = setTimeout(res, CLOSE_LOAD_WAIT_MS)));
    await Promise.race([Promise.all(this.loaded.map((p) => p.catch(() => undefined))), bound]);
    clearTimeout(timer);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Fills in the results of a batch's segments (`ok` in job order) and resolves the completed requests. */
function answer(segments: Segment[], ok: boolean[]): void {
  let at = 0;
  for (const { req, from, to } of segments) {
    if (req.left === 0) {
      at += to - from; // already rejected
      continue;
    }
    for (let j = from; j < to; j++) req.ok[j] = ok[at++] === true;
    req.left -= to - from;
    if (req.left === 0) req.resolve(req.ok);
  }
}

/** Rejects the requests of a batch's segments (each once). */
function fail(segments: Segment[], e: unknown): void {
  for (const { req } of segments) if (req.left > 0) settleRejected(req, e);
}

function settleRejected(req: Request, e: unknown): void {
  req.left = 0;
  req.reject(e instanceof Error ? e : new Error(String(e)));
}

/** Verifies a batch on this thread and answers it; a failure rejects its requests. */
function answerHere(segments: Segment[]): void {
  let ok: boolean[];
  try {
    ok = verifyHere(segments);
  } catch (e) {
    return fail(segments, e);
  }
  answer(segments, ok);
}

const isBytes = (b: unknown): b is Uint8Array => b instanceof Uint8Array;

function isByteJob(j: unknown): j is SigJob {
  return !!j && typeof j === 'object' && isBytes((j as SigJob).msg) && isBytes((j as SigJob).sig) && isBytes((j as SigJob).pk);
}

/** A job that can be a secp256k1 check at all (the only ones packed: sig_batch.ts stores lengths in a byte). */
function wellShaped(j: SigJob): boolean {
  return j.sig.length === 64 && j.pk.length === 33;
}

/** The batch verified on this thread, in job order. */
function verifyHere(segments: Segment[]): boolean[] {
  const ok: boolean[] = [];
  for (const { req, from, to } of segments) for (let j = from; j < to; j++) ok.push(verifySecp256k1(req.jobs[j]!.msg, req.jobs[j]!.sig, req.jobs[j]!.pk));
  return ok;
}
