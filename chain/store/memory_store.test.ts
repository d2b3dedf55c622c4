import test from 'ava';
import fc from 'fast-check';
import { toHex } from '../codec/bytes.js';
import { MemoryStore } from './memory_store.js';

const B = (...x: number[]) => Uint8Array.from(x);
const keys = (it: Iterable<[Uint8Array, Uint8Array]>) => [...it].map(([k]) => toHex(k));

test('[memory_store]: get/has/set/delete and size', (t) => {
  const s = new MemoryStore();
  t.is(s.get(B(1)), undefined);
  s.set(B(1), B(10));
  s.set(B(1), B(11));
  t.deepEqual(s.get(B(1)), B(11));
  t.true(s.has(B(1)));
  t.is(s.size, 1);
  s.delete(B(1));
  s.delete(B(1));
  t.false(s.has(B(1)));
  t.is(s.size, 0);
});

test('[memory_store]: iteration is in byte order, forward and reverse, within the prefix', (t) => {
  const s = new MemoryStore();
  for (const k of [[2], [1, 0xff], [1], [1, 0x80], [1, 2, 3], [0xff], [0xff, 0xff], [0, 9]]) s.set(B(...k), B(0));
  t.deepEqual(keys(s.iterate(B(1))), ['01', '010203', '0180', '01ff']);
  t.deepEqual(keys(s.iterate(B(1), { reverse: true })), ['01ff', '0180', '010203', '01']);
  t.deepEqual(keys(s.iterate(B())), ['0009', '01', '010203', '0180', '01ff', '02', 'ff', 'ffff']);
  // a 0xff prefix has no prefix end: the range is unbounded above
  t.deepEqual(keys(s.iterate(B(0xff))), ['ff', 'ffff']);
  t.deepEqual(keys(s.iterate(B(0xff, 0xff), { reverse: true })), ['ffff']);
});

test('[memory_store]: start is inclusive, end exclusive, both clipped to the prefix range', (t) => {
  const s = new MemoryStore();
  for (let i = 0; i < 6; i++) s.set(B(7, i), B(i));
  s.set(B(6, 9), B(0));
  s.set(B(8), B(0));
  t.deepEqual(keys(s.iterate(B(7), { start: B(7, 2), end: B(7, 4) })), ['0702', '0703']);
  t.deepEqual(keys(s.iterate(B(7), { start: B(7, 2), end: B(7, 4), reverse: true })), ['0703', '0702']);
  t.deepEqual(keys(s.iterate(B(7), { start: B(0), end: B(9) })), ['0700', '0701', '0702', '0703', '0704', '0705']);
  t.deepEqual(keys(s.iterate(B(7), { start: B(7, 5, 0) })), []);
  t.deepEqual(keys(s.iterate(B(7), { end: B(7, 0) })), []);
});

test('[memory_store]: deletes and re-inserts between scans are reflected', (t) => {
  const s = new MemoryStore();
  s.set(B(1), B(1));
  s.set(B(2), B(2));
  s.set(B(3), B(3));
  t.deepEqual(keys(s.iterate(B())), ['01', '02', '03']);
  s.delete(B(2));
  s.set(B(0), B(0));
  t.deepEqual(keys(s.iterate(B())), ['00', '01', '03']);
  s.set(B(2), B(22));
  s.delete(B(0));
  s.set(B(0), B(5));
  s.delete(B(3));
  t.deepEqual([...s.iterate(B())].map(([k, v]) => toHex(k) + ':' + toHex(v)), ['00:05', '01:01', '02:16']);
});

type Op = { kind: 'set'; key: number[]; val: number } | { kind: 'del'; key: number[] } | { kind: 'scan'; prefix: number[]; start?: number[]; end?: number[]; reverse: boolean };
const byteArb = fc.constantFrom(0, 1, 2, 0x7f, 0x80, 0xfe, 0xff);
const keyArb = fc.array(byteArb, { minLength: 1, maxLength: 3 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keyArb, val: fc.nat(255) }),
  fc.record({ kind: fc.constant('del' as const), key: keyArb }),
  fc.record(
    { kind: fc.constant('scan' as const), prefix: fc.array(byteArb, { maxLength: 2 }), start: keyArb, end: keyArb, reverse: fc.boolean() },
    { requiredKeys: ['kind', 'prefix', 'reverse'] },
  ),
);

/** The model: a plain Map, sorted and filtered at scan time. */
function modelScan(m: Map<string, number>, prefix: number[], start?: number[], end?: number[], reverse = false): string[] {
  const p = toHex(Uint8Array.from(prefix));
  const s = start && toHex(Uint8Array.from(start));
  const e = end && toHex(Uint8Array.from(end));
  const out = [...m.keys()].filter((k) => k.startsWith(p) && (s === undefined || k >= s) && (e === undefined || k < e)).sort();
  if (reverse) out.reverse();
  return out.map((k) => `${k}:${m.get(k)}`);
}

test('[memory_store]: property: behaves as a sorted Map under random set/delete/scan', (t) => {
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
      const s = new MemoryStore();
      const m = new Map<string, number>();
      for (const op of ops) {
        if (op.kind === 'set') {
          s.set(Uint8Array.from(op.key), Uint8Array.of(op.val));
          m.set(toHex(Uint8Array.from(op.key)), op.val);
        } else if (op.kind === 'del') {
          s.delete(Uint8Array.from(op.key));
          m.delete(toHex(Uint8Array.from(op.key)));
        } else {
          const got = [...s.iterate(Uint8Array.from(op.prefix), { start: op.start && Uint8Array.from(op.start), end: op.end && Uint8Array.from(op.end), reverse: op.reverse })].map(
            ([k, v]) => `${toHex(k)}:${v[0]}`,
          );
          if (JSON.stringify(got) !== JSON.stringify(modelScan(m, op.prefix, op.start, op.end, op.reverse))) return false;
        }
        if (s.size !== m.size) return false;
      }
      for (const [k, v] of m) if (s.get(Uint8Array.from(Buffer.from(k, 'hex')))?.[0] !== v) return false;
      return true;
    }),
    { numRuns: 300, seed: 7 },
  );
  t.pass();
});

test('[memory_store]: keys set in ascending order, with deletes and re-inserts, scan the same as keys set in random order', (t) => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(5000), { maxLength: 60 }), fc.array(fc.nat(5000), { maxLength: 20 }), (ks, dels) => {
      const asc = [...ks].sort((a, b) => a - b);
      const key = (n: number) => Uint8Array.of(n >> 8, n & 255);
      const a = new MemoryStore();
      const b = new MemoryStore();
      for (const n of asc) a.set(key(n), Uint8Array.of(n & 255));
      for (const n of ks) b.set(key(n), Uint8Array.of(n & 255));
      for (const n of dels) {
        a.delete(key(n));
        b.delete(key(n));
      }
      for (const n of dels.slice(0, 5)) {
        a.set(key(n), Uint8Array.of(1));
        b.set(key(n), Uint8Array.of(1));
      }
      const scan = (s: MemoryStore) => [...s.iterate(new Uint8Array())].map(([k, v]) => toHex(k) + ':' + toHex(v)).join();
      return scan(a) === scan(b) && a.size === b.size;
    }),
    { numRuns: 200, seed: 9 },
  );
  t.pass();
});
