// Worker thread: verifies batches of secp256k1 signatures with the chain's verifier (chain/secp256k1.ts:
// libsecp256k1 where its binding loads, node:crypto otherwise).
import { parentPort, workerData } from 'node:worker_threads';
import { verifySecp256k1 } from '../chain/secp256k1.js';

import { unpackJobs } from './sig_batch.js';
import { lowerThreadPriority } from './thread_priority.js';

lowerThreadPriority((workerData as { nice?: number } | undefined)?.nice ?? 0);

export interface SigJobMsg {
  id: number;
  /** The batch's jobs, packed (sig_batch.ts). */
  jobs: Uint8Array;
}

// A batch that cannot be read is answered with an error (the pool rejects its requests), never thrown:
// an exception here would end the thread.
parentPort!.on('message', (m: SigJobMsg) => {
  const id = typeof m?.id === 'number' ? m.id : -1;
  let ok: boolean[];
  try {
    if (!(m.jobs instanceof Uint8Array)) throw new TypeError('jobs must be a packed byte array');
    ok = unpackJobs(m.jobs).map((j) => verifySecp256k1(j.msg, j.sig, j.pk));
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message ?? String(e) });
    return;
  }
  parentPort!.postMessage({ id, ok });
});
// Loaded (the verifier's binding included): SigPool.ready() resolves once every worker said so.
parentPort!.postMessage({ ready: true });
