// The machine's bound: secp256k1 verifications per second with node:crypto (OpenSSL) on all cores, one
// worker_thread per os.availableParallelism(), each verifying for a fixed duration over a set of keys.
// The same measurement with the node's own verifier (chain/secp256k1.ts: libsecp256k1 where its binding
// loads) is reported next to it, so the figures can be read against both.
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SECP256K1_BACKEND, verifySecp256k1 } from '../chain/secp256k1.js';
import { benchAccount, signLowS } from './accounts.js';

/** 'node:crypto' is the bound; 'node' is whatever chain/secp256k1.ts verifies with. */
export type BoundVerifier = 'node:crypto' | 'node';

interface Job {
  durationMs: number;
  verifier: BoundVerifier;
  cases: { spki: Buffer; compressed: Uint8Array; msg: Buffer; sig: Buffer }[];
}

function makeCases(n: number): Job['cases'] {
  return Array.from({ length: n }, (_, i) => {
    const acc = benchAccount('bound', i);
    const msg = randomBytes(220); // about the size of a bank-send SignDoc
    const sig = Buffer.from(signLowS(acc.key, msg)); // the chain rejects high S; OpenSSL signs either
    return { spki: createPublicKey(acc.key).export({ format: 'der', type: 'spki' }) as Buffer, compressed: acc.pubkey, msg, sig };
  });
}

function runJob(job: Job): number {
  if (job.verifier === 'node') return runNodeVerifier(job);
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

function runNodeVerifier(job: Job): number {
  const end = performance.now() + job.durationMs;
  let n = 0;
  while (performance.now() < end) {
    for (const c of job.cases) {
      if (!verifySecp256k1(c.msg, c.sig, c.compressed)) throw new Error('bound: verification failed');
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
  /** node:crypto, or the node's own backend (libsecp256k1 or node:crypto). */
  verifier: string;
}

export async function measureBound(durationMs = 2000, threads = availableParallelism(), verifier: BoundVerifier = 'node:crypto'): Promise<BoundResult> {
  const job: Job = { durationMs, verifier, cases: makeCases(16) };
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
  const name = verifier === 'node' ? SECP256K1_BACKEND : 'node:crypto';
  return { threads, seconds, verifications: total, verifies_per_second: Math.round(total / (durationMs / 1000)), per_thread: counts, verifier: name };
}

if (!isMainThread && workerData && (workerData as Job).cases) {
  parentPort!.postMessage(runJob(workerData as Job));
}
