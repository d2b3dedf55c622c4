import test from 'ava';
import { ChainError } from './errors.js';
import { GAS_SCHEDULE, GasMeter, INFINITE_GAS } from './gas.js';
import { GasStore } from './store/gas_store.js';
import { MemoryStore } from './store/memory_store.js';

const b = (s: string) => new TextEncoder().encode(s);

test('[gas]: the schedule is the SDK KVGasConfig plus tx size and secp256k1 costs', (t) => {
  t.deepEqual({ ...GAS_SCHEDULE }, {
    hasCost: 1000, deleteCost: 1000, readCostFlat: 1000, readCostPerByte: 3, writeCostFlat: 2000,
    writeCostPerByte: 30, iterNextCostFlat: 30, txSizeCostPerByte: 10, sigVerifyCostSecp256k1: 1000,
  });
  t.is(INFINITE_GAS, Number.MAX_SAFE_INTEGER);
});

test('[gas]: the meter accumulates up to its limit inclusive', (t) => {
  const m = new GasMeter(100);
  m.consume(60, 'a');
  m.consume(40, 'b');
  t.is(m.consumed(), 100);
  t.is(m.consumedToLimit(), 100);
});

test('[gas]: going over the limit throws sdk/11 naming the descriptor; consumedToLimit caps the report', (t) => {
  const m = new GasMeter(100);
  m.consume(90, 'a');
  const e = t.throws(() => m.consume(11, 'WritePerByte'), { instanceOf: ChainError });
  t.is(e!.codespace, 'sdk');
  t.is(e!.code, 11);
  t.is(e!.message, 'out of gas in location: WritePerByte; gasWanted: 100, gasUsed: 101: out of gas');
  t.is(m.consumed(), 101);
  t.is(m.consumedToLimit(), 100);
});

test('[gas]: a zero limit fails on the first positive charge', (t) => {
  const m = new GasMeter(0);
  m.consume(0, 'free');
  t.throws(() => m.consume(1, 'x'), { message: 'out of gas in location: x; gasWanted: 0, gasUsed: 1: out of gas' });
});

test('[gas]: GasStore charges the SDK schedule exactly for set, get, has, delete and iteration', (t) => {
  const m = new GasMeter(INFINITE_GAS);
  const parent = new MemoryStore();
  const s = new GasStore(parent, m);
  s.set(b('abcde'), b('0123456789')); // 5-byte key, 10-byte value
  t.is(m.consumed(), 2000 + 30 * 15);
  let before = m.consumed();
  t.deepEqual(s.get(b('abcde')), b('0123456789'));
  t.is(m.consumed() - before, 1000 + 3 * 15);
  before = m.consumed();
  t.is(s.get(b('zz')), undefined); // a miss pays for the key only
  t.is(m.consumed() - before, 1000 + 3 * 2);
  before = m.consumed();
  t.true(s.has(b('abcde')));
  t.is(m.consumed() - before, 1000);
  before = m.consumed();
  s.set(b('abcdf'), b('xy'));
  t.is(m.consumed() - before, 2000 + 30 * 7);
  before = m.consumed();
  const seen = [...s.iterate(b('abcd'))].map(([k]) => new TextDecoder().decode(k));
  t.deepEqual(seen, ['abcde', 'abcdf']);
  t.is(m.consumed() - before, 30 + 3 * 15 + 30 + 3 * 7);
  before = m.consumed();
  s.delete(b('abcde'));
  t.is(m.consumed() - before, 1000);
  t.false(parent.has(b('abcde')));
  t.true(parent.has(b('abcdf')));
});

test('[gas]: a GasStore write that runs out of gas does not reach the parent', (t) => {
  const parent = new MemoryStore();
  const m = new GasMeter(2000 + 30 * 15 - 1);
  const s = new GasStore(parent, m);
  const e = t.throws(() => s.set(b('abcde'), b('0123456789')), { instanceOf: ChainError });
  t.is(e!.code, 11);
  t.is(e!.message, 'out of gas in location: WritePerByte; gasWanted: 2449, gasUsed: 2450: out of gas');
  t.is(parent.get(b('abcde')), undefined);
});

test('[gas]: an iteration stopped early pays only for the items read', (t) => {
  const parent = new MemoryStore();
  for (const k of ['k1', 'k2', 'k3']) parent.set(b(k), b('v'));
  const m = new GasMeter(INFINITE_GAS);
  const s = new GasStore(parent, m);
  for (const _ of s.iterate(b('k'))) break;
  t.is(m.consumed(), 30 + 3 * 3);
});
