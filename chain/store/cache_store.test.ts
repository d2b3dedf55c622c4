import test from 'ava';
import fc from 'fast-check';
import { toHex } from '../codec/bytes.js';
import { CacheStore } from './cache_store.js';
import { MemoryStore } from './memory_store.js';

const B = (...x: number[]) => Uint8Array.from(x);
const kv = (it: Iterable<[Uint8Array, Uint8Array]>) => [...it].map(([k, v]) => `${toHex(k)}:${toHex(v)}`);

function base(): MemoryStore {
  const m = new MemoryStore();
  for (const k of [1, 3, 5, 7]) m.set(B(0xa, k), B(k));
  m.set(B(0xb), B(0xbb));
  return m;
}

test('[cache_store]: reads fall through; writes stay in the cache until write()', (t) => {
  const p = base();
  const c = new CacheStore(p);
  t.deepEqual(c.get(B(0xa, 3)), B(3));
  c.set(B(0xa, 3), B(33));
  c.set(B(0xa, 4), B(4));
  c.delete(B(0xa, 5));
  t.deepEqual(c.get(B(0xa, 3)), B(33));
  t.false(c.has(B(0xa, 5)));
  t.true(c.has(B(0xa, 4)));
  t.deepEqual(p.get(B(0xa, 3)), B(3), 'parent untouched before write');
  t.true(p.has(B(0xa, 5)));
  t.is(c.pending, 3);
  t.deepEqual(c.writeSet().map(([k, v]) => [toHex(Uint8Array.from(k, (ch) => ch.charCodeAt(0))), v && toHex(v)]), [
    ['0a03', '21'],
    ['0a04', '04'],
    ['0a05', null],
  ]);
  c.write();
  t.is(c.pending, 0);
  t.deepEqual(p.get(B(0xa, 3)), B(33));
  t.deepEqual(p.get(B(0xa, 4)), B(4));
  t.false(p.has(B(0xa, 5)));
  t.is(p.size, 5);
});

test('[cache_store]: discard drops every buffered write', (t) => {
  const p = base();
  const c = new CacheStore(p);
  c.set(B(0xa, 9), B(9));
  c.delete(B(0xa, 1));
  c.discard();
  t.is(c.pending, 0);
  t.false(c.has(B(0xa, 9)));
  t.true(c.has(B(0xa, 1)));
  c.write();
  t.deepEqual(kv(p.iterate(B(0xa))), ['0a01:01', '0a03:03', '0a05:05', '0a07:07']);
});

test('[cache_store]: nested branches: inner write lands in the outer cache only; inner discard reverts to the outer view', (t) => {
  const p = base();
  const outer = new CacheStore(p);
  outer.set(B(0xa, 2), B(2));
  const inner = new CacheStore(outer);
  inner.set(B(0xa, 2), B(22));
  inner.delete(B(0xa, 1));
  t.deepEqual(inner.get(B(0xa, 2)), B(22));
  t.deepEqual(outer.get(B(0xa, 2)), B(2));
  inner.write();
  t.deepEqual(outer.get(B(0xa, 2)), B(22));
  t.false(outer.has(B(0xa, 1)));
  t.true(p.has(B(0xa, 1)), 'base untouched until the outer writes');
  const inner2 = new CacheStore(outer);
  inner2.set(B(0xa, 8), B(8));
  inner2.discard();
  t.false(outer.has(B(0xa, 8)));
  outer.write();
  t.deepEqual(kv(p.iterate(B(0xa))), ['0a02:16', '0a03:03', '0a05:05', '0a07:07']);
});

test('[cache_store]: iteration merges parent and cache in order and in reverse, hiding deletes', (t) => {
  const c = new CacheStore(base());
  c.set(B(0xa, 0), B(0));
  c.set(B(0xa, 3), B(33));
  c.set(B(0xa, 6), B(6));
  c.delete(B(0xa, 5));
  c.delete(B(0xa, 9)); // delete of a key the parent lacks
  c.set(B(0xa, 8), B(8));
  t.deepEqual(kv(c.iterate(B(0xa))), ['0a00:00', '0a01:01', '0a03:21', '0a06:06', '0a07:07', '0a08:08']);
  t.deepEqual(kv(c.iterate(B(0xa), { reverse: true })), ['0a08:08', '0a07:07', '0a06:06', '0a03:21', '0a01:01', '0a00:00']);
  t.deepEqual(kv(c.iterate(B(0xa), { start: B(0xa, 3), end: B(0xa, 7) })), ['0a03:21', '0a06:06']);
  t.deepEqual(kv(c.iterate(B(0xa), { start: B(0xa, 3), end: B(0xa, 7), reverse: true })), ['0a06:06', '0a03:21']);
  t.deepEqual(kv(c.iterate(B(0xb))), ['0b:bb']);
  c.delete(B(0xb));
  t.deepEqual(kv(c.iterate(B(0xb))), []);
  t.deepEqual(kv(c.iterate(B(0xb), { reverse: true })), []);
});

test('[cache_store]: prefix bounds: cached keys just outside the prefix are not returned; 0xff prefixes are unbounded above', (t) => {
  const c = new CacheStore(new MemoryStore());
  c.set(B(0x0f, 0xff), B(1));
  c.set(B(0x10), B(2));
  c.set(B(0x10, 0x00), B(3));
  c.set(B(0x10, 0xff, 0xff), B(4));
  c.set(B(0x11), B(5));
  c.set(B(0xff), B(6));
  c.set(B(0xff, 0xff, 0xff), B(7));
  t.deepEqual(kv(c.iterate(B(0x10))), ['10:02', '1000:03', '10ffff:04']);
  t.deepEqual(kv(c.iterate(B(0x10), { reverse: true })), ['10ffff:04', '1000:03', '10:02']);
  t.deepEqual(kv(c.iterate(B(0xff))), ['ff:06', 'ffffff:07']);
});

// ---- model test: a stack of caches over a MemoryStore against a stack of plain Maps ----

type Op =
  | { kind: 'set'; key: number[]; val: number }
  | { kind: 'del'; key: number[] }
  | { kind: 'branch' }
  | { kind: 'write' }
  | { kind: 'discard' }
  | { kind: 'scan'; prefix: number[]; start?: number[]; end?: number[]; reverse: boolean };
const byteArb = fc.constantFrom(0, 1, 2, 0x7f, 0x80, 0xfe, 0xff);
const keyArb = fc.array(byteArb, { minLength: 1, maxLength: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, val: fc.nat(255) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('del' as const), key: keyArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('branch' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('write' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('discard' as const) }) },
  {
    weight: 3,
    arbitrary: fc.record(
      { kind: fc.constant('scan' as const), prefix: fc.array(byteArb, { maxLength: 2 }), start: keyArb, end: keyArb, reverse: fc.boolean() },
      { requiredKeys: ['kind', 'prefix', 'reverse'] },
    ),
  },
);

const hx = (a: number[]) => toHex(Uint8Array.from(a));

test('[cache_store]: property: nested caches behave as layered sorted Maps (branch/write/discard/scan)', (t) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(keyArb, fc.nat(255)), { maxLength: 15 }), fc.array(opArb, { maxLength: 100 }), (seed, ops) => {
      const baseStore = new MemoryStore();
      const baseModel = new Map<string, number>();
      for (const [k, v] of seed) {
        baseStore.set(Uint8Array.from(k), Uint8Array.of(v));
        baseModel.set(hx(k), v);
      }
      const stores: CacheStore[] = [new CacheStore(baseStore)];
      const layers: Map<string, number | null>[] = [new Map()];
      const view = () => {
        const m = new Map(baseModel);
        for (const l of layers) for (const [k, v] of l) v === null ? m.delete(k) : m.set(k, v);
        return m;
      };
      for (const op of ops) {
        const top = stores[stores.length - 1]!;
        const topModel = layers[layers.length - 1]!;
        switch (op.kind) {
          case 'set':
            top.set(Uint8Array.from(op.key), Uint8Array.of(op.val));
            topModel.set(hx(op.key), op.val);
            break;
          case 'del':
            top.delete(Uint8Array.from(op.key));
            topModel.set(hx(op.key), null);
            break;
          case 'branch':
            if (stores.length < 5) {
              stores.push(new CacheStore(top));
              layers.push(new Map());
            }
            break;
          case 'write':
            top.write();
            if (layers.length > 1) {
              layers.pop();
              stores.pop();
              for (const [k, v] of topModel) layers[layers.length - 1]!.set(k, v);
            } else {
              for (const [k, v] of topModel) v === null ? baseModel.delete(k) : baseModel.set(k, v);
              topModel.clear();
            }
            break;
          case 'discard':
            top.discard();
            topModel.clear();
            if (layers.length > 1) {
              layers.pop();
              stores.pop();
            }
            break;
          case 'scan': {
            const opts = { start: op.start && Uint8Array.from(op.start), end: op.end && Uint8Array.from(op.end), reverse: op.reverse };
            const got = [...top.iterate(Uint8Array.from(op.prefix), opts)].map(([k, v]) => `${toHex(k)}:${v[0]}`);
            const m = view();
            const p = hx(op.prefix);
            const s = op.start && hx(op.start);
            const e = op.end && hx(op.end);
            const want = [...m.keys()].filter((k) => k.startsWith(p) && (s === undefined || k >= s) && (e === undefined || k < e)).sort();
            if (op.reverse) want.reverse();
            if (JSON.stringify(got) !== JSON.stringify(want.map((k) => `${k}:${m.get(k)}`))) return false;
          }
        }
        // point reads through the top agree with the model for every key ever touched
        const m = view();
        for (const [k] of seed) if (stores[stores.length - 1]!.get(Uint8Array.from(k))?.[0] !== m.get(hx(k))) return false;
        if ('key' in op && stores[stores.length - 1]!.get(Uint8Array.from(op.key))?.[0] !== m.get(hx(op.key))) return false;
      }
      // flush everything: the base equals the model view
      const final = view();
      for (let i = stores.length - 1; i >= 0; i--) stores[i]!.write();
      const got = [...baseStore.iterate(new Uint8Array())].map(([k, v]) => `${toHex(k)}:${v[0]}`);
      const want = [...final.keys()].sort().map((k) => `${k}:${final.get(k)}`);
      return JSON.stringify(got) === JSON.stringify(want) && baseStore.size === final.size;
    }),
    { numRuns: 300, seed: 11 },
  );
  t.pass();
});
