// ChainAbciApp's map hash → PreparedTx: a hit returns the value admission made, a miss prepares anew
// (not kept), and the map never holds more than its bounds in entries and in tx bytes.
import test from 'ava';
import { createMarketApp } from '../app_factory.js';
import { PreparedTxs } from './prepared_txs.js';

const app = createMarketApp();

test('[abci/prepared-txs]: found by hash (an equal copy of the bytes finds it), kept when asked, dropped, bounded in entries oldest-first', (t) => {
  let prepared = 0;
  const map = new PreparedTxs((bytes, hash) => (prepared++, app.prepareTx(bytes, hash)), 2);
  const a = map.get(Uint8Array.of(1));
  map.keep(a);
  t.is(prepared, 1);
  t.is(map.get(Uint8Array.of(1)), a, 'equal bytes, another array: the kept value');
  t.is(prepared, 1);
  const b = map.get(Uint8Array.of(2));
  t.is(map.size, 1, 'not kept without keep');
  t.not(map.get(Uint8Array.of(2)), b, 'prepared anew');
  map.keep(b);
  map.keep(map.get(Uint8Array.of(3)));
  t.is(map.size, 2);
  t.not(map.get(Uint8Array.of(1)), a, 'the oldest went when a third was kept');
  t.is(map.get(Uint8Array.of(2)), b);
  map.drop(b);
  t.not(map.get(Uint8Array.of(2)), b);
  t.deepEqual([map.size, map.totalBytes], [1, 1]);
  map.clear();
  t.deepEqual([map.size, map.totalBytes], [0, 0]);
});

test('[abci/prepared-txs]: bounded in tx bytes: the oldest go until the kept bytes fit; a tx larger than the bound is not kept', (t) => {
  const map = new PreparedTxs((bytes, hash) => app.prepareTx(bytes, hash), 100, 10);
  const txs = [4, 4, 4].map((n, i) => map.get(new Uint8Array(n).fill(i + 1)));
  for (const p of txs) map.keep(p!);
  t.deepEqual([map.size, map.totalBytes], [2, 8], 'the first went when 12 bytes exceeded 10');
  t.not(map.get(txs[0]!.bytes), txs[0]);
  t.is(map.get(txs[2]!.bytes), txs[2]!);
  map.keep(map.get(new Uint8Array(11)));
  t.deepEqual([map.size, map.totalBytes], [2, 8]);
  map.keep(txs[2]!);
  t.deepEqual([map.size, map.totalBytes], [2, 8], 'keeping a kept tx again counts it once');
});
