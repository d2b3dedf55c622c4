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

parentPort!.on('message', (m: SigJobMsg) => {
  parentPort!.postMessage({ id: m.id, ok: unpackJobs(m.jobs).map((j) => verifySecp256k1(j.msg, j.sig, j.pk)) });
});
// Loaded (the verifier's binding included): SigPool.ready() resolves once every worker said so.
parentPort!.postMessage({ ready: true });
