// Worker thread: verifies batches of secp256k1 signatures with the chain's verifier (chain/secp256k1.ts:
// libsecp256k1 where its binding loads, node:crypto otherwise).
import { parentPort } from 'node:worker_threads';
import { verifySecp256k1 } from '../chain/secp256k1.js';

export interface SigJobMsg {
  id: number;
  jobs: { msg: Uint8Array; sig: Uint8Array; pk: Uint8Array }[];
}

parentPort!.on('message', (m: SigJobMsg) => {
  parentPort!.postMessage({ id: m.id, ok: m.jobs.map((j) => verifySecp256k1(j.msg, j.sig, j.pk)) });
});
