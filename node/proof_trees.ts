// Store trees of past versions for proofs (history.ts), rebuilt on the proof thread (proof_worker.ts)
// so that the main thread only copies a store's entries into one buffer. A store under INLINE_ENTRIES
// is rebuilt in this thread (a thread round trip costs more than its hashes). A thread that fails or
// ends is replaced by in-thread rebuilds: every request still gets its answer.
import { Worker } from 'node:worker_threads';
import { ics23 } from '@confio/ics23';
import { ProvableTree } from '../chain/merkle/smt_proof.js';
import { HELPER_NICE } from './thread_priority.js';

export type ProofRequest =
  | { op: 'build'; req: number; tree: number; data: Uint8Array }
  | { op: 'prove'; req: number; tree: number; key: Uint8Array }
  | { op: 'drop'; req: number; tree: number };

/** Entries (store-local keys as binary strings, values) packed: u32 count, then per entry u32 length and bytes of key, then of value. */
export function packEntries(entries: [string, Uint8Array][]): Uint8Array {
  let size = 4;
  for (const [k, v] of entries) size += 8 + k.length + v.length;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  const buf = Buffer.from(out.buffer);
  dv.setUint32(0, entries.length);
  let o = 4;
  for (const [k, v] of entries) {
    dv.setUint32(o, k.length);
    o += 4;
    o += buf.write(k, o, 'latin1');
    dv.setUint32(o, v.length);
    o += 4;
    out.set(v, o);
    o += v.length;
  }
  return out;
}

export function* unpackEntries(b: Uint8Array): Generator<[Uint8Array, Uint8Array]> {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = dv.getUint32(0);
  let o = 4;
  for (let i = 0; i < n; i++) {
    const kl = dv.getUint32(o);
    const key = b.subarray(o + 4, o + 4 + kl);
    o += 4 + kl;
    const vl = dv.getUint32(o);
    const value = b.subarray(o + 4, o + 4 + vl);
    o += 4 + vl;
    yield [key, value];
  }
}

/** A built tree: its root and size, and proofs from it (encoded CommitmentProofs). */
export interface TreeHandle {
  root: Uint8Array;
  size: number;
  prove(key: Uint8Array): Promise<Uint8Array>;
  drop(): void;
}

export class ProofTrees {
  private worker: Worker | undefined;
  private failed = false;
  private ids = 0;
  private readonly calls = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();

  constructor(
    /** Stores with fewer entries are rebuilt in this thread. */
    private readonly inlineEntries = 4096,
    private readonly nice = HELPER_NICE,
    private readonly log: (line: string) => void = () => {},
  ) {}

  private thread(): Worker | undefined {
    if (this.failed) return undefined;
    if (!this.worker) {
      const w = new Worker(new URL('./proof_worker.js', import.meta.url), { workerData: { nice: this.nice } });
      w.unref();
      w.on('message', (m: { req: number; error?: string }) => {
        const c = this.calls.get(m.req);
        if (!c) return;
        this.calls.delete(m.req);
        if (m.error !== undefined) c.reject(new Error(m.error));
        else c.resolve(m);
      });
      const lost = (why: string) => {
        if (this.worker !== w) return;
        this.worker = undefined;
        this.failed = true;
        this.log(`the proof thread stopped (${why}); store trees are rebuilt on the main thread from now on`);
        for (const c of this.calls.values()) c.reject(new Error(`the proof thread stopped: ${why}`));
        this.calls.clear();
      };
      w.on('error', (e) => lost(e.message));
      w.on('exit', (code) => lost(`exit code ${code}`));
      this.worker = w;
    }
    return this.worker;
  }

  private request<T>(w: Worker, m: ProofRequest, transfer: ArrayBuffer[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.calls.set(m.req, { resolve, reject });
      w.postMessage(m, transfer);
    });
  }

  /** Rebuilds a store's tree from its entries (store-local keys); taken over by the thread for large stores. */
  async build(entries: [string, Uint8Array][]): Promise<TreeHandle> {
    const w = entries.length >= this.inlineEntries ? this.thread() : undefined;
    if (w) {
      const tree = ++this.ids;
      const data = packEntries(entries);
      try {
        const r = await this.request<{ root: Uint8Array; size: number }>(w, { op: 'build', req: ++this.ids, tree, data }, [data.buffer as ArrayBuffer]);
        return {
          root: r.root,
          size: r.size,
          prove: async (key) => {
            const ww = this.worker;
            if (!ww) throw new Error('the proof thread stopped; ask again');
            return (await this.request<{ data: Uint8Array }>(ww, { op: 'prove', req: ++this.ids, tree, key })).data;
          },
          drop: () => this.worker?.postMessage({ op: 'drop', req: 0, tree } satisfies ProofRequest),
        };
      } catch (e) {
        if (!this.failed) throw e;
        // The thread ended under this request: rebuilt here.
      }
    }
    const t = new ProvableTree(entries.map(([k, v]) => [Buffer.from(k, 'latin1'), v] as [Uint8Array, Uint8Array]));
    return { root: t.root, size: t.size, prove: async (key) => ics23.CommitmentProof.encode(t.prove(key) as ics23.ICommitmentProof).finish(), drop: () => {} };
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.failed = true;
    if (w) await w.terminate();
  }
}
