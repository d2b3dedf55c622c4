import test from 'ava';
import { rotateTxCaches, sharedTxCache, TwoGenerationCache } from './tx_cache.js';

test('[tx_cache]: an entry lives through one rotation, and a second drops it unless it was used in between', (t) => {
  const c = new TwoGenerationCache<object, number>(100);
  const a = {};
  const b = {};
  c.set(a, 1);
  c.set(b, 2);
  c.rotate();
  t.is(c.get(a), 1, 'found in the old generation (and moved to the young one)');
  c.rotate();
  t.is(c.get(a), 1, 'used since the last rotation: still here');
  t.is(c.get(b), undefined, 'unused for two rotations: dropped');
  t.is(c.get({}), undefined, 'keys are compared by identity');
});

test('[tx_cache]: a generation rotates at its size cap, so the cache never holds more than two caps', (t) => {
  const c = new TwoGenerationCache<object, number>(3);
  const keys = Array.from({ length: 10 }, () => ({}));
  keys.forEach((k, i) => c.set(k, i));
  t.true(c.size <= 6);
  t.is(c.get(keys[9]!), 9);
  t.is(c.get(keys[0]!), undefined);
});

test('[tx_cache]: rotateTxCaches rotates every shared cache', (t) => {
  const c = sharedTxCache<object, string>();
  const k = {};
  c.set(k, 'x');
  rotateTxCaches();
  rotateTxCaches();
  t.is(c.get(k), undefined);
});
