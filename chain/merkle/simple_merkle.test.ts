import test from 'ava';
import { createHash } from 'node:crypto';
import { encodeKVPair, hashFromByteSlices, multistoreRoot } from './simple_merkle.js';

const h = (...parts: Uint8Array[]) => {
  const x = createHash('sha256');
  for (const p of parts) x.update(p);
  return new Uint8Array(x.digest());
};
const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');
const L = (x: Uint8Array) => h(Uint8Array.of(0), x);
const I = (a: Uint8Array, b: Uint8Array) => h(Uint8Array.of(1), a, b);
const items = [1, 2, 3, 4, 5, 6, 7].map((i) => Uint8Array.of(i, i * 2));

test('[simple_merkle]: empty list hashes to sha256("")', (t) => {
  t.is(hex(hashFromByteSlices([])), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('[simple_merkle]: one leaf is sha256(0x00 || x); two leaves are sha256(0x01 || L || R) (RFC-6962 prefixes)', (t) => {
  t.is(hex(hashFromByteSlices([items[0]!])), hex(L(items[0]!)));
  // sha256(0x00) for an empty leaf: a fixed vector
  t.is(hex(hashFromByteSlices([new Uint8Array()])), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
  t.is(hex(hashFromByteSlices([items[1]!, items[0]!])), hex(I(L(items[1]!), L(items[0]!))));
});

test('[simple_merkle]: 2, 3, 4, 5 and 7 leaves split at the largest power of two below n', (t) => {
  const [a, b, c, d, e, f, g] = items.map(L) as Uint8Array[];
  t.is(hex(hashFromByteSlices(items.slice(0, 2))), hex(I(a!, b!)));
  // 3 leaves: split at 2 -> ((a b) c)
  t.is(hex(hashFromByteSlices(items.slice(0, 3))), hex(I(I(a!, b!), c!)));
  t.is(hex(hashFromByteSlices(items.slice(0, 4))), hex(I(I(a!, b!), I(c!, d!))));
  // 5 leaves: split at 4 -> (((a b)(c d)) e)
  t.is(hex(hashFromByteSlices(items.slice(0, 5))), hex(I(I(I(a!, b!), I(c!, d!)), e!)));
  // 7 leaves: split at 4 -> (((a b)(c d)) ((e f) g))
  t.is(hex(hashFromByteSlices(items)), hex(I(I(I(a!, b!), I(c!, d!)), I(I(e!, f!), g!))));
});

test('[simple_merkle]: order matters', (t) => {
  t.not(hex(hashFromByteSlices([items[0]!, items[1]!])), hex(hashFromByteSlices([items[1]!, items[0]!])));
});

test('[simple_merkle]: encodeKVPair is uvarint(len) key uvarint(len) value', (t) => {
  t.is(hex(encodeKVPair(Uint8Array.of(0xaa), Uint8Array.of(0xbb, 0xcc))), '01aa02bbcc');
  const big = new Uint8Array(300).fill(7);
  const enc = encodeKVPair(new Uint8Array(), big);
  t.is(hex(enc.subarray(0, 3)), '00ac02'); // 300 = 0xac 0x02
  t.is(enc.length, 303);
});

test('[simple_merkle]: multistoreRoot hashes KVPair(name, sha256(root)) sorted by name, independent of input order', (t) => {
  const r1 = new Uint8Array(32).fill(1);
  const r2 = new Uint8Array(32).fill(2);
  const enc = (s: string) => new TextEncoder().encode(s);
  const expected = I(L(encodeKVPair(enc('auth'), h(r1))), L(encodeKVPair(enc('bank'), h(r2))));
  t.is(hex(multistoreRoot([{ name: 'bank', root: r2 }, { name: 'auth', root: r1 }])), hex(expected));
  t.is(hex(multistoreRoot([{ name: 'auth', root: r1 }, { name: 'bank', root: r2 }])), hex(expected));
});

test('[simple_merkle]: 1 to 70 leaves of mixed sizes (empty, short, longer than an inner node) match the recursive definition', (t) => {
  const ref = (xs: Uint8Array[]): Uint8Array => {
    if (xs.length === 1) return L(xs[0]!);
    let k = 1;
    while (k * 2 < xs.length) k *= 2;
    return I(ref(xs.slice(0, k)), ref(xs.slice(k)));
  };
  const leaves = Array.from({ length: 70 }, (_, i) => Uint8Array.from({ length: (i * 37) % 150 }, (_, j) => (i + j * 13) & 0xff));
  for (let n = 1; n <= leaves.length; n++) {
    const got = hashFromByteSlices(leaves.slice(0, n));
    t.is(hex(got), hex(ref(leaves.slice(0, n))), `${n} leaves`);
    t.is(got.constructor, Uint8Array);
  }
});
