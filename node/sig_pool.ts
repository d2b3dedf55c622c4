// A worker_threads pool that verifies signatures off the main thread, in parallel with block execution
// and RPC (ARCHITECTURE §8). Requests made in the same turn of the event loop are sent together: the
// turn's jobs are split evenly over as many workers as get at least MIN_JOBS_PER_POST each (a large
// request is spread over all workers), one message per worker, instead of one message per request.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SigJob } from '../chain/app.js';
import { packJobs } from './sig_batch.js';

interface Request {
  jobs: SigJob[];
  ok: boolean[];
  /** Jobs not answered yet. */
  left: number;
  resolve: (ok: boolean[]) => void;
}

/** Jobs [from, to) of one request. */
interface Segment {
  req: Request;
  from: number;
  to: number;
}

/** A round of fewer jobs than this per worker goes to fewer workers. */
export const MIN_JOBS_PER_POST = 32;

export class SigPool {
  private readonly workers: Worker[] = [];
  /** One per worker: resolved when it has loaded its modules and can verify. */
  private readonly loaded: Promise<void>[] = [];
  /** For each batch in flight: the request segments it answers, in job order. */
  private readonly pending = new Map<number, Segment[]>();
  /** Batches in flight per worker: a busy worker keeps the process alive, an idle one does not. */
  private readonly inFlight: number[] = [];
  private queue: Request[] = [];
  private queuedJobs = 0;
  private flushScheduled = false;
  private next = 0;
  private ids = 0;

  constructor(size = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./sig_worker.js', import.meta.url));
      const index = this.workers.length;
      let loaded!: () => void;
      let failed!: (e: Error) => void;
      const started = new Promise<void>((res, rej) => ((loaded = res), (failed = rej)));
      started.catch(() => undefined); // only ready() reports it: a pool closed before its workers started is not an error
      this.loaded.push(started);
      w.once('error', (e) => failed(e));
      w.once('exit', (code) => failed(new Error(`signature worker exited (code ${code}) before it started`)));
      w.on('message', (m: { id: number; ok: boolean[] } | { ready: true }) => {
        if ('ready' in m) return loaded();
        let at = 0;
        for (const { req, from, to } of this.pending.get(m.id) ?? []) {
          for (let j = from; j < to; j++) req.ok[j] = m.ok[at++] === true;
          req.left -= to - from;
          if (req.left === 0) req.resolve(req.ok);
        }
        this.pending.delete(m.id);
        if (--this.inFlight[index]! === 0) w.unref();
      });
      w.unref();
      this.workers.push(w);
      this.inFlight.push(0);
    }
  }

  /** Resolves when every worker has started (jobs sent before then wait in its queue). */
  async ready(): Promise<void> {
    // Idle workers are unref'd; while waiting for them they must keep the process alive.
    for (const w of this.workers) w.ref();
    try {
      await Promise.all(this.loaded);
    } finally {
      this.workers.forEach((w, i) => this.inFlight[i] === 0 && w.unref());
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Resolves with one result per job, in order. */
  verify(jobs: SigJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      this.queue.push({ jobs, ok: new Array<boolean>(jobs.length), left: jobs.length, resolve });
      this.queuedJobs += jobs.length;
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Sends the queued jobs as one batch per worker, each of about the same size. */
  private flush(): void {
    this.flushScheduled = false;
    const queue = this.queue;
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
    const id = this.ids++;
    const index = this.next++ % this.workers.length;
    const w = this.workers[index]!;
    if (this.inFlight[index]!++ === 0) w.ref();
    this.pending.set(id, batch);
    const one = batch.length === 1 && batch[0]!.from === 0 && batch[0]!.to === batch[0]!.req.jobs.length;
    const jobs = packJobs(one ? batch[0]!.req.jobs : batch.flatMap((g) => g.req.jobs.slice(g.from, g.to)));
    w.postMessage({ id, jobs }, [jobs.buffer as ArrayBuffer]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
