// ChainAbciApp's map hash → PreparedTx: a hit returns the value admission made, a miss prepares anew
// (kept only when asked), and the map never holds more than its bound.
import test from 'ava';
import { createMarketApp } from '../app_factory.js';
import { PreparedTxs } from './prepared_txs.js';

test('[abci/prepared-txs]: found by hash (an equal copy of the bytes finds it), kept on request, dropped, bounded oldest-first', (t) => {
  const app = createMarketApp();
  let prepared = 0;
  const map = new PreparedTxs((bytes, hash) => (prepared++, app.prepareTx(bytes, hash)), 2);
  const a = map.get(Uint8Array.of(1), true);
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
  map.clear();
  t.is(map.size, 0);
});
