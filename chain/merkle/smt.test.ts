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
