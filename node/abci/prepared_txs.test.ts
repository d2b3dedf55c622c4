// ChainAbciApp's map hash → PreparedTx: a hit returns the value admission made, a miss prepares anew
// (not kept), and the map never holds more than its bounds in entries and in tx bytes. An envelope's
// inner txs are kept with it.
import test from 'ava';
import { createMarketApp } from '../app_factory.js';
import { jitSetup } from '../../modules/amm/testing/jit_envelope.js';
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

test('[abci/prepared-txs]: an admitted envelope keeps its inner txs with it: a proposal\'s bytes find the envelope\'s own prepared txs, none prepared again; dropping it drops them, not a tx of the same bytes kept on its own', async (t) => {
  const { c, add, swap, rm, envelope } = await jitSetup();
  let prepared = 0;
  const map = new PreparedTxs((bytes, hash) => (prepared++, c.app.prepareTx(bytes, hash)), 100);
  const ownSwap = map.get(swap);
  map.keep(ownSwap); // the swap's own CheckTx came first
  const env = map.get(await envelope([add, swap, rm]));
  t.is(c.app.checkTx(env).result.code, 0);
  map.keep(env);
  t.is(map.size, 4);
  prepared = 0;
  const block = map.getAll([env.bytes, add, swap, rm].map((b) => b.slice()));
  t.is(prepared, 0, 'nothing prepared again');
  t.is(block[0], env);
  t.deepEqual(block.slice(1), env.envelope!.txs, 'the inner txs right after the envelope are its own');
  t.is(map.get(swap), ownSwap, 'the swap kept on its own stays the one found by hash');
  map.drop(env);
  t.is(map.size, 1);
  t.is(map.get(swap), ownSwap);
});
