import test from 'ava';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { EMPTY_HASH, SparseMerkleTree } from './smt.js';

// Independent reference hashes (node:crypto directly, not the module's helpers).
const h = (...parts: Uint8Array[]) => {
  const x = createHash('sha256');
  for (const p of parts) x.update(p);
  return new Uint8Array(x.digest());
};
const b = (s: string) => new TextEncoder().encode(s);
const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');
const leaf = (k: Uint8Array, v: Uint8Array) => h(Uint8Array.of(0), h(k), h(v));
const inner = (l: Uint8Array, r: Uint8Array) => h(Uint8Array.of(1), l, r);
const bitAt = (p: Uint8Array, d: number) => (p[d >> 3]! >> (7 - (d & 7))) & 1;

function build(pairs: [Uint8Array, Uint8Array][]): SparseMerkleTree {
  const t = new SparseMerkleTree();
  for (const [k, v] of pairs) t.set(k, v);
  return t;
}

test('[smt]: the empty tree root is 32 zero bytes', (t) => {
  const tree = new SparseMerkleTree();
  t.is(hex(tree.rootHash()), '00'.repeat(32));
  t.is(hex(EMPTY_HASH), '00'.repeat(32));
  t.is(tree.size, 0);
});

test('[smt]: one leaf is sha256(0x00 || sha256(key) || sha256(value)) at the root', (t) => {
  const tree = build([[b('alice'), b('100')]]);
  t.is(hex(tree.rootHash()), hex(leaf(b('alice'), b('100'))));
  t.is(tree.size, 1);
});

test('[smt]: two leaves sit below their first differing bit, with empty siblings on the shared path', (t) => {
  const ka = b('a');
  const kb = b('b');
  const pa = h(ka);
  const pb = h(kb);
  let d = 0;
  while (bitAt(pa, d) === bitAt(pb, d)) d++;
  const la = leaf(ka, b('1'));
  const lb = leaf(kb, b('2'));
  let node = bitAt(pa, d) === 0 ? inner(la, lb) : inner(lb, la);
  for (let i = d - 1; i >= 0; i--) node = bitAt(pa, i) === 0 ? inner(node, EMPTY_HASH) : inner(EMPTY_HASH, node);
  t.is(hex(build([[ka, b('1')], [kb, b('2')]]).rootHash()), hex(node));
  t.is(hex(build([[kb, b('2')], [ka, b('1')]]).rootHash()), hex(node));
});

test('[smt]: update changes the root and updating back restores it; size counts keys', (t) => {
  const tree = build([[b('x'), b('1')], [b('y'), b('2')], [b('z'), b('3')]]);
  const r0 = hex(tree.rootHash());
  tree.set(b('y'), b('22'));
  t.is(tree.size, 3);
  const r1 = hex(tree.rootHash());
  t.not(r1, r0);
  t.is(r1, hex(build([[b('x'), b('1')], [b('y'), b('22')], [b('z'), b('3')]]).rootHash()));
  tree.set(b('y'), b('2'));
  t.is(hex(tree.rootHash()), r0);
});

test('[smt]: insert then delete returns to the earlier root; deleting a missing key is a no-op', (t) => {
  const tree = build([[b('k1'), b('v1')], [b('k2'), b('v2')]]);
  const r0 = hex(tree.rootHash());
  tree.set(b('k3'), b('v3'));
  t.not(hex(tree.rootHash()), r0);
  tree.delete(b('k3'));
  t.is(hex(tree.rootHash()), r0);
  t.is(tree.size, 2);
  tree.delete(b('missing'));
  t.is(hex(tree.rootHash()), r0);
  t.is(tree.size, 2);
  tree.delete(b('k1'));
  t.is(hex(tree.rootHash()), hex(leaf(b('k2'), b('v2'))));
  tree.delete(b('k2'));
  t.is(hex(tree.rootHash()), '00'.repeat(32));
  t.is(tree.size, 0);
});

test('[smt]: the root depends on the value bytes and on the key', (t) => {
  t.not(hex(build([[b('k'), b('v')]]).rootHash()), hex(build([[b('k'), b('w')]]).rootHash()));
  t.not(hex(build([[b('k'), b('v')]]).rootHash()), hex(build([[b('j'), b('v')]]).rootHash()));
  t.not(hex(build([[b('k'), b('')]]).rootHash()), hex(new SparseMerkleTree().rootHash()));
});

test('[smt]: root after many deletes equals the root of the survivors built fresh', (t) => {
  const tree = new SparseMerkleTree();
  for (let i = 0; i < 300; i++) tree.set(b(`key-${i}`), b(`val-${i}`));
  for (let i = 0; i < 300; i += 3) tree.delete(b(`key-${i}`));
  const fresh = new SparseMerkleTree();
  for (let i = 299; i >= 0; i--) if (i % 3 !== 0) fresh.set(b(`key-${i}`), b(`val-${i}`));
  t.is(hex(tree.rootHash()), hex(fresh.rootHash()));
  t.is(tree.size, 200);
});

const pairsArb = fc.uniqueArray(
  fc.tuple(fc.uint8Array({ minLength: 0, maxLength: 6 }), fc.uint8Array({ minLength: 0, maxLength: 6 })),
  { maxLength: 40, selector: ([k]) => hex(k) },
);

test('[smt]: property: any permutation of the same key/value set gives the same root; deleting all gives the empty root', (t) => {
  fc.assert(
    fc.property(pairsArb, fc.infiniteStream(fc.nat()), fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 10 }), (pairs, rnd, noise) => {
      const a = build(pairs);
      const shuffled = [...pairs];
      const it = rnd[Symbol.iterator]();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (it.next().value as number) % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      // A different history: noise keys inserted then deleted, and every value first written wrong.
      const bt = new SparseMerkleTree();
      for (const n of noise) if (!pairs.some(([k]) => hex(k) === hex(n))) bt.set(n, Uint8Array.of(9));
      for (const [k, v] of shuffled) bt.set(k, Uint8Array.of(...v, 1));
      for (const n of noise) if (!pairs.some(([k]) => hex(k) === hex(n))) bt.delete(n);
      for (const [k, v] of shuffled) bt.set(k, v);
      if (hex(a.rootHash()) !== hex(bt.rootHash())) return false;
      if (a.size !== pairs.length || bt.size !== pairs.length) return false;
      for (const [k] of shuffled) bt.delete(k);
      return bt.size === 0 && hex(bt.rootHash()) === '00'.repeat(32);
    }),
    { numRuns: 200, seed: 42 },
  );
  t.pass();
});

// The definition, written directly: root(S, d) = empty if S = ∅, the leaf if |S| = 1, else
// inner(root(S with bit d = 0), root(S with bit d = 1)). No incremental structure at all.
function referenceRoot(pairs: Map<string, Uint8Array>): Uint8Array {
  const leaves = [...pairs.entries()].map(([k, v]) => {
    const key = Buffer.from(k, 'hex');
    return { path: h(key), hash: leaf(key, v) };
  });
  const rec = (set: typeof leaves, d: number): Uint8Array => {
    if (set.length === 0) return EMPTY_HASH;
    if (set.length === 1) return set[0]!.hash;
    return inner(rec(set.filter((x) => bitAt(x.path, d) === 0), d + 1), rec(set.filter((x) => bitAt(x.path, d) === 1), d + 1));
  };
  return rec(leaves, 0);
}

const opArb = fc.oneof(
  fc.record({ del: fc.constant(false), k: fc.uint8Array({ maxLength: 3 }), v: fc.uint8Array({ maxLength: 8 }) }),
  fc.record({ del: fc.constant(true), k: fc.uint8Array({ maxLength: 3 }), v: fc.constant(new Uint8Array()) }),
);

test('[smt]: property: after any sequence of sets and deletes the root equals the reference definition over the surviving set', (t) => {
  fc.assert(
    fc.property(fc.array(fc.array(opArb, { maxLength: 30 }), { minLength: 1, maxLength: 8 }), (batches) => {
      const tree = new SparseMerkleTree();
      const model = new Map<string, Uint8Array>();
      for (const batch of batches) {
        for (const op of batch) {
          if (op.del) {
            tree.delete(op.k);
            model.delete(hex(op.k));
          } else {
            tree.set(op.k, op.v);
            model.set(hex(op.k), op.v);
          }
        }
        // roots are read between batches, as the store does once per block
        if (hex(tree.rootHash()) !== hex(referenceRoot(model)) || tree.size !== model.size) return false;
      }
      return true;
    }),
    { numRuns: 300, seed: 7 },
  );
  t.pass();
});

test('[smt]: property: random 32-byte keys in bulk match the reference; node slots are reused after deletes', (t) => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 1, maxLength: 300, selector: hex }), (keys) => {
      const tree = new SparseMerkleTree();
      const model = new Map<string, Uint8Array>();
      keys.forEach((k, i) => {
        tree.set(k, Uint8Array.of(i & 255));
        model.set(hex(k), Uint8Array.of(i & 255));
      });
      if (hex(tree.rootHash()) !== hex(referenceRoot(model))) return false;
      const full = tree.nodeCounts;
      if (full.leaves !== keys.length || full.inner < keys.length - 1) return false;
      for (const k of keys) tree.delete(k);
      if (tree.nodeCounts.leaves !== 0 || tree.nodeCounts.inner !== 0 || hex(tree.rootHash()) !== '00'.repeat(32)) return false;
      keys.forEach((k, i) => tree.set(k, Uint8Array.of(i & 255)));
      return hex(tree.rootHash()) === hex(referenceRoot(model)) && tree.nodeCounts.inner === full.inner;
    }),
    { numRuns: 60, seed: 11 },
  );
  t.pass();
});

test('[smt]: a known root over 10,000 keys (pinned from the object-per-node implementation)', (t) => {
  const tree = new SparseMerkleTree();
  for (let i = 0; i < 10_000; i++) tree.set(b(`account-${i}`), b(`${i * 7}`));
  for (let i = 0; i < 10_000; i += 5) tree.delete(b(`account-${i}`));
  for (let i = 1; i < 10_000; i += 5) tree.set(b(`account-${i}`), b('updated'));
  t.is(tree.size, 8000);
  t.is(hex(tree.rootHash()), PINNED_10K);
});

const PINNED_10K = '34ed61854654bc686e326c8a7edff3d93cdd52d295a75b94cce51ab61ceba0e9';
