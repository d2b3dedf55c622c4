// Store trees rebuilt on the proof thread answer the same roots and proof bytes as those rebuilt in
// this thread; after the thread is closed, rebuilds happen here.
import test from 'ava';
import { SparseMerkleTree } from '../chain/merkle/smt.js';
import { ProofTrees } from './proof_trees.js';

const entries: [string, Uint8Array][] = Array.from({ length: 600 }, (_, i) => [`key-${i}`, new TextEncoder().encode(`value-${i}`)]);
const enc = (s: string) => new TextEncoder().encode(s);

test('the proof thread rebuilds the same tree and proofs as the main thread', async (t) => {
  const threaded = new ProofTrees(1);
  const inline = new ProofTrees(1_000_000);
  t.teardown(() => Promise.all([threaded.close(), inline.close()]));
  const smt = new SparseMerkleTree();
  for (const [k, v] of entries) smt.set(enc(k), v);
  const a = await threaded.build(entries);
  const b = await inline.build(entries);
  t.deepEqual(new Uint8Array(a.root), smt.rootHash());
  t.deepEqual(new Uint8Array(b.root), smt.rootHash());
  t.is(a.size, 600);
  for (const k of ['key-0', 'key-599', 'missing', 'key-1234']) t.deepEqual(new Uint8Array(await a.prove(enc(k))), new Uint8Array(await b.prove(enc(k))), k);
  a.drop();
  await t.throwsAsync(() => a.prove(enc('key-1')), { message: /^no tree \d+$/ });
  await threaded.close();
  const c = await threaded.build(entries);
  t.deepEqual(new Uint8Array(c.root), smt.rootHash());
  t.deepEqual(new Uint8Array(await c.prove(enc('key-3'))), new Uint8Array(await b.prove(enc('key-3'))));
});
