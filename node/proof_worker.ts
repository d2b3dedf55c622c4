// The proof thread: rebuilds a store's sparse Merkle tree of one version (chain/merkle/smt_proof.ts,
// ~4 hashes per entry) and answers proofs from it, so the thread that builds blocks only copies the
// entries out. Trees are kept by id until the main thread drops them (proof_trees.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { ics23 } from '@confio/ics23';
import { ProvableTree } from '../chain/merkle/smt_proof.js';
import { lowerThreadPriority } from './thread_priority.js';
import { unpackEntries, type ProofRequest } from './proof_trees.js';

const port = parentPort!;
lowerThreadPriority((workerData as { nice?: number } | undefined)?.nice ?? 0);
const trees = new Map<number, ProvableTree>();

port.on('message', (m: ProofRequest) => {
  try {
    if (m.op === 'build') {
      const t = new ProvableTree(unpackEntries(m.data));
      trees.set(m.tree, t);
      port.postMessage({ req: m.req, root: t.root, size: t.size });
    } else if (m.op === 'prove') {
      const t = trees.get(m.tree);
      if (!t) throw new Error(`no tree ${m.tree}`);
      const data = ics23.CommitmentProof.encode(t.prove(m.key) as ics23.ICommitmentProof).finish();
      port.postMessage({ req: m.req, data }, [data.buffer as ArrayBuffer]);
    } else if (m.op === 'drop') trees.delete(m.tree);
  } catch (e) {
    port.postMessage({ req: m.req, error: (e as Error).message });
  }
});
