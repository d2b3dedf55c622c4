// A past version rebuilt from the latest state and the blocks' diff records equals that version as it
// was, for point reads and for iteration in both directions and within bounds; pruning options as
// the SDK's.
import test from 'ava';
import fc from 'fast-check';
import { CommitStore, type WriteSet } from '../chain/store/commit_store.js';
import { historyWrite, readDiff } from './history_write.js';
import { VersionView } from './history_view.js';
import { pruningOptions } from './pruning.js';

const STORES = [
  { name: 'a', byte: 1 },
  { name: 'b', byte: 2 },
];

/** Keys in two stores with a short alphabet, so blocks overwrite and delete the same keys. */
const keyArb = fc.tuple(fc.constantFrom(1, 2), fc.string({ unit: fc.constantFrom('x', 'y', 'z', '\u0000', '\u00ff'), minLength: 0, maxLength: 3 })).map(([b, s]) => String.fromCharCode(b) + s);
const blockArb = fc.dictionary(keyArb, fc.option(fc.uint8Array({ minLength: 0, maxLength: 4 }), { nil: null }), { maxKeys: 6 });

function snapshot(s: CommitStore): [string, string][] {
  return [...s.iterateRaw('', undefined, false)].map(([k, v]) => [k, Buffer.from(v).toString('hex')]);
}

test('a version rebuilt from the diff records reads and iterates as that version did', (t) => {
  fc.assert(
    fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), fc.nat(), (blocks, pick) => {
      const store = new CommitStore(STORES);
      const versions: [string, string][][] = [snapshot(store)];
      const diffs: Uint8Array[] = [];
      for (const b of blocks) {
        const ws: WriteSet = Object.entries(b).sort(([x], [y]) => (x < y ? -1 : 1)) as WriteSet;
        diffs.push(historyWrite(store, ws, 't', []).diff);
        store.apply(ws);
        versions.push(snapshot(store));
      }
      const h = pick % versions.length;
      const view = new VersionView(store, new Map());
      for (let x = h; x < diffs.length; x++) readDiff(diffs[x]!, 0, (k, prior) => view.addPrior(k, prior));
      const want = versions[h]!;
      const got = [...view.iterateRaw('', undefined, false)].map(([k, v]) => [k, Buffer.from(v).toString('hex')]);
      t.deepEqual(got, want);
      t.deepEqual([...view.iterateRaw('', undefined, true)].map(([k]) => k), want.map(([k]) => k).reverse());
      const inB = want.filter(([k]) => k >= '\u0002' && k < '\u0002y');
      t.deepEqual([...view.iterate(Uint8Array.of(2), { end: Uint8Array.of(2, 0x79) })].map(([k]) => Buffer.from(k).toString('latin1')), inB.map(([k]) => k));
      for (const [k, v] of want) t.is(Buffer.from(view.getRaw(k)!).toString('hex'), v);
      for (const b of blocks) for (const k of Object.keys(b)) if (!want.some(([w]) => w === k)) t.is(view.getRaw(k), undefined);
    }),
    { numRuns: 150 },
  );
});

test('a view is read-only', (t) => {
  const view = new VersionView(new CommitStore(STORES), new Map());
  t.throws(() => view.set(), { message: 'store is read-only' });
  t.throws(() => view.delete(), { message: 'store is read-only' });
});

test('a truncated diff record is refused, not misread', (t) => {
  const store = new CommitStore(STORES);
  store.apply([['\u0001k', Uint8Array.of(1, 2, 3)]]);
  const d = historyWrite(store, [['\u0001k', Uint8Array.of(9)]], 't', []).diff;
  t.notThrows(() => readDiff(d, 0, () => {}));
  t.throws(() => readDiff(d.subarray(0, d.length - 1), 0, () => {}), { message: 'history diff record: truncated' });
});

test('pruning strategies: the SDK numbers and refusals', (t) => {
  t.deepEqual(pruningOptions('default'), { strategy: 'default', keepRecent: 362, interval: 10 });
  t.deepEqual(pruningOptions('nothing'), { strategy: 'nothing', keepRecent: 0, interval: 0 });
  t.deepEqual(pruningOptions('everything'), { strategy: 'everything', keepRecent: 2, interval: 10 });
  t.deepEqual(pruningOptions('custom', '100', '10'), { strategy: 'custom', keepRecent: 100, interval: 10 });
  t.throws(() => pruningOptions('custom', 100, 0), { message: 'invalid custom pruning options: pruning interval must not be zero' });
  t.throws(() => pruningOptions('custom', 100, 9), { message: 'invalid custom pruning options: pruning interval must not be set to less than 10' });
  t.throws(() => pruningOptions('custom', 1, 10), { message: 'invalid custom pruning options: pruning keep recent must not be set to less than 2' });
  t.throws(() => pruningOptions('custom', '-3', 10), { message: 'invalid --pruning-keep-recent "-3": a whole number ≥ 0' });
  t.throws(() => pruningOptions('weekly'), { message: 'unknown pruning strategy weekly (use one of default, nothing, everything, custom)' });
});
