// A worker_threads pool that verifies signatures off the main thread, so CheckTx signature checks of
// concurrent broadcasts run in parallel with block execution and RPC (ARCHITECTURE §8).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SigJob } from '../chain/app.js';

export class SigPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (ok: boolean[]) => void>();
  /** Jobs in flight per worker: a busy worker keeps the process alive, an idle one does not. */
  private readonly inFlight: number[] = [];
  private next = 0;
  private ids = 0;

  constructor(size = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./sig_worker.js', import.meta.url));
      const index = this.workers.length;
      w.on('message', (m: { id: number; ok: boolean[] }) => {
        this.pending.get(m.id)?.(m.ok);
        this.pending.delete(m.id);
        if (--this.inFlight[index]! === 0) w.unref();
      });
      w.unref();
      this.workers.push(w);
      this.inFlight.push(0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  verify(jobs: SigJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    const id = this.ids++;
    const index = this.next++ % this.workers.length;
    const w = this.workers[index]!;
    if (this.inFlight[index]!++ === 0) w.ref();
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      w.postMessage({ id, jobs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
