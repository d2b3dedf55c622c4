// The Allium JIT rule over a block's events: add and remove of one position by one sender on one pool
// with a swap on that pool between them.
import test from 'ava';
import { detectJit } from './jit_events.js';
import type { BlockTx } from './chain.js';

const tx = (hash: string, ...events: [string, Record<string, string>][]): BlockTx => ({ hash, code: 0, codespace: '', log: '', events: events.map(([type, attrs]) => ({ type, attrs })) });
const add = (owner: string, pool: string, id: string): [string, Record<string, string>] => ['amm.add_liquidity', { owner, pool_id: pool, position_id: id, tier: 'short', liquidity: '9', amount0: '5', amount1: '7' }];
const rm = (owner: string, pool: string, id: string): [string, Record<string, string>] => ['amm.remove_liquidity', { owner, pool_id: pool, position_id: id, tier: 'short', amount0: '4', amount1: '9', fees0: '0', fees1: '3' }];
const swap = (pool: string): [string, Record<string, string>] => ['amm.swap', { pool_id: pool, sender: 'u', denom_in: 'uusdc', amount_in: '100' }];

test('[lab/jit-events]: add → swap → remove by one sender on one pool is a JIT event with its txs, amounts and fees', (t) => {
  const ev = detectJit(7, [tx('A', add('s', '1', 'p')), tx('B', swap('1')), tx('C', rm('s', '1', 'p'))]);
  t.deepEqual(ev, [{ height: 7, pool_id: '1', sender: 's', position_id: 'p', tier: 'short', liquidity: '9', mint_tx: 'A', burn_tx: 'C', swap_txs: ['B'], amount0_in: '5', amount1_in: '7', amount0_out: '4', amount1_out: '9', fees0: '0', fees1: '3' }]);
  // one multi-message tx counts too
  t.is(detectJit(7, [tx('M', add('s', '1', 'p'), swap('1'), rm('s', '1', 'p'))]).length, 1);
});

test('[lab/jit-events]: no swap between, a swap on another pool, a swap after the removal, a failed swap tx, or no removal in the block: no event', (t) => {
  t.deepEqual(detectJit(1, [tx('A', add('s', '1', 'p')), tx('C', rm('s', '1', 'p'))]), []);
  t.deepEqual(detectJit(1, [tx('A', add('s', '1', 'p')), tx('B', swap('2')), tx('C', rm('s', '1', 'p'))]), []);
  t.deepEqual(detectJit(1, [tx('A', add('s', '1', 'p')), tx('C', rm('s', '1', 'p')), tx('B', swap('1'))]), []);
  t.deepEqual(detectJit(1, [tx('A', add('s', '1', 'p')), { ...tx('B', swap('1')), code: 5 }, tx('C', rm('s', '1', 'p'))]), []);
  t.deepEqual(detectJit(1, [tx('A', add('s', '1', 'p')), tx('B', swap('1'))]), []);
});
