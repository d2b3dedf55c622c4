// The machine's bound: secp256k1 verifications per second with node:crypto (OpenSSL) on all cores, one
// worker_thread per os.availableParallelism(), each verifying for a fixed duration over a set of keys.
import { createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

interface Job {
  durationMs: number;
  cases: { spki: Buffer; msg: Buffer; sig: Buffer }[];
}

function makeCases(n: number): Job['cases'] {
  return Array.from({ length: n }, () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    const msg = randomBytes(220); // about the size of a bank-send SignDoc
    const sig = sign('sha256', msg, { key: privateKey, dsaEncoding: 'ieee-p1363' });
    return { spki: publicKey.export({ format: 'der', type: 'spki' }) as Buffer, msg, sig };
  });
}

function runJob(job: Job): number {
  const keys: KeyObject[] = job.cases.map((c) => createPublicKey({ key: c.spki, format: 'der', type: 'spki' }));
  const end = performance.now() + job.durationMs;
  let n = 0;
  while (performance.now() < end) {
    for (let i = 0; i < keys.length; i++) {
      const c = job.cases[i]!;
      if (!verify('sha256', c.msg, { key: keys[i]!, dsaEncoding: 'ieee-p1363' }, c.sig)) throw new Error('bound: verification failed');
      n++;
    }
  }
  return n;
}

export interface BoundResult {
  threads: number;
  seconds: number;
  verifications: number;
  verifies_per_second: number;
  per_thread: number[];
}

export async function measureBound(durationMs = 2000, threads = availableParallelism()): Promise<BoundResult> {
  const job: Job = { durationMs, cases: makeCases(16) };
  const t0 = performance.now();
  const counts = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: job });
          w.once('message', (n: number) => resolve(n));
          w.once('error', reject);
        }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const total = counts.reduce((a, b) => a + b, 0);
  // Each worker ran for durationMs; spawn overhead is not counted against the bound.
  return { threads, seconds, verifications: total, verifies_per_second: Math.round(total / (durationMs / 1000)), per_thread: counts };
}

if (!isMainThread && workerData && (workerData as Job).cases) {
  parentPort!.postMessage(runJob(workerData as Job));
}
