import test from 'ava';
import { Lru } from './lru.js';

test('[node/lru]: least recently used entries go first, by count', (t) => {
  const l = new Lru<string>(2);
  l.set(1, 'a');
  l.set(2, 'b');
  t.is(l.get(1), 'a'); // 1 is now the most recent
  l.set(3, 'c');
  t.is(l.get(2), undefined);
  t.is(l.get(1), 'a');
  t.is(l.get(3), 'c');
  t.is(l.size, 2);
});

test('[node/lru]: a weight bound evicts old entries but always keeps the newest; replacing a key replaces its weight', (t) => {
  const l = new Lru<number>(32, 10, (v) => v);
  l.set(1, 4);
  l.set(2, 4);
  l.set(3, 4); // 12 > 10: height 1 goes
  t.deepEqual([l.get(1), l.get(2), l.get(3)], [undefined, 4, 4]);
  l.set(2, 1); // 4 + 1 = 5
  l.set(4, 5); // 10: all stay
  t.is(l.size, 3);
  l.set(5, 50); // heavier than the bound alone: only it stays
  t.is(l.size, 1);
  t.is(l.get(5), 50);
  l.set(6, 1); // 51 > 10: 5 goes, 6 stays
  t.deepEqual([l.get(5), l.get(6)], [undefined, 1]);
});
