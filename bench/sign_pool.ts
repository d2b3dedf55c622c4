// Signs a workload's tx descriptions in a worker_threads pool (one worker per core). Workers re-derive
// the account keys from the seed, so only plain data crosses threads. Runs before timing starts.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { benchAccount, signTx, type BenchAccount, type TxOpts } from './accounts.js';

/** One tx to sign: the signer's account index plus the body and auth info fields. */
export interface TxSpec extends TxOpts {
  from: number;
  msgs: EncodeObject[];
}

interface Job {
  seed: string;
  specs: TxSpec[];
}

function signAll(job: Job, onProgress?: (n: number) => void): Uint8Array[] {
  const keys = new Map<number, BenchAccount>();
  return job.specs.map((s, i) => {
    let a = keys.get(s.from);
    if (!a) keys.set(s.from, (a = benchAccount(job.seed, s.from)));
    if (i % 250 === 249) onProgress?.(250);
    return signTx(a, s.msgs, s);
  });
}

export async function signParallel(seed: string, specs: TxSpec[], progress?: (done: number, total: number) => void, threads = availableParallelism()): Promise<Uint8Array[]> {
  const per = Math.ceil(specs.length / threads);
  let done = 0;
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const job: Job = { seed, specs: specs.slice(t * per, (t + 1) * per) };
      return new Promise<Uint8Array[]>((resolve, reject) => {
        const w = new Worker(new URL(import.meta.url), { workerData: job });
        w.on('message', (m: { progress?: number; txs?: Uint8Array[] }) => {
          if (m.progress) progress?.((done += m.progress), specs.length);
          if (m.txs) resolve(m.txs);
        });
        w.once('error', reject);
      });
    }),
  );
  progress?.(specs.length, specs.length);
  return parts.flat();
}

if (!isMainThread && workerData && Array.isArray((workerData as Job).specs)) {
  const txs = signAll(workerData as Job, (n) => parentPort!.postMessage({ progress: n }));
  parentPort!.postMessage({ txs });
}
