// A worker_threads pool that verifies signatures off the main thread, so CheckTx signature checks of
// concurrent broadcasts run in parallel with block execution and RPC (ARCHITECTURE §8).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SigJob } from '../chain/app.js';

export class SigPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (ok: boolean[]) => void>();
  private next = 0;
  private ids = 0;

  constructor(size = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./sig_worker.js', import.meta.url));
      w.on('message', (m: { id: number; ok: boolean[] }) => {
        this.pending.get(m.id)?.(m.ok);
        this.pending.delete(m.id);
      });
      w.unref();
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  verify(jobs: SigJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    const id = this.ids++;
    const w = this.workers[this.next++ % this.workers.length]!;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      w.postMessage({ id, jobs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
