// Issue 21 item 16 (bank side): a supply and every balance are SDK Ints, at most 2^256 − 1.
import test from 'ava';
import { utf8 } from '../../chain/codec/bytes.js';
import { Ctx } from '../../chain/context.js';
import { sha256, toBech32 } from '../../chain/crypto.js';
import { toChainError } from '../../chain/errors.js';
import { EventManager } from '../../chain/events.js';
import { GasMeter, INFINITE_GAS } from '../../chain/gas.js';
import { CacheStore } from '../../chain/store/cache_store.js';
import { MemoryStore } from '../../chain/store/memory_store.js';
import { createMarketApp } from '../../node/app_factory.js';
import { bankGenesis } from './genesis.js';
import { getBalance, getSupply, mintCoins, sendCoins } from './keeper.js';

const MAX = (1n << 256n) - 1n;
const addr = (name: string) => toBech32(sha256(utf8('bank-bound-' + name)).subarray(0, 20));
const [A, B] = [addr('a'), addr('b')];
const big = (amount: bigint) => [{ denom: 'ubig', amount: amount.toString() }];

function ctxOver(store: MemoryStore): { ctx: Ctx; cache: CacheStore } {
  const cache = new CacheStore(store);
  return { ctx: new Ctx({ height: 1, time: '2026-01-01T00:00:00Z', chainId: 'bank-test' }, cache, new EventManager(), new GasMeter(INFINITE_GAS), 'deliver'), cache };
}

test('[bank/bound]: genesis refuses a total supply above 2^256-1 (two accounts of 2^256-1 each), accepts one at the bound', (t) => {
  const g = { balances: [{ address: A, coins: big(MAX) }, { address: B, coins: big(MAX) }], supply: [] };
  const expected = `bank genesis: total supply of ubig is ${2n * MAX}, above the maximum 2^256-1 (${MAX})`;
  t.is(t.throws(() => bankGenesis.validateGenesis(g))!.message, expected);
  // The whole app refuses it at init as well.
  t.is(t.throws(() => createMarketApp().initChain('bank-test', '2026-01-01T00:00:00Z', { bank: g }))!.message, expected);
  t.notThrows(() => bankGenesis.validateGenesis({ balances: [{ address: A, coins: big(MAX - 1n) }, { address: B, coins: big(1n) }], supply: [] }));
});

test('[bank/bound]: a mint past 2^256-1 is refused with sdk/10; a send of the whole supply works', (t) => {
  const store = new MemoryStore();
  let { ctx, cache } = ctxOver(store);
  mintCoins(ctx, A, [{ denom: 'ubig', amount: MAX }]);
  cache.write();
  ({ ctx, cache } = ctxOver(store));
  const e = toChainError(t.throws(() => mintCoins(ctx, B, [{ denom: 'ubig', amount: 1n }])));
  t.deepEqual([e.codespace, e.code, e.message], ['sdk', 10, `total supply of ubig would be ${MAX + 1n}, above 2^256-1: invalid coins`]);
  ({ ctx, cache } = ctxOver(store));
  sendCoins(ctx, A, B, [{ denom: 'ubig', amount: MAX }]);
  cache.write();
  ({ ctx } = ctxOver(store));
  t.deepEqual([getBalance(ctx, A, 'ubig'), getBalance(ctx, B, 'ubig'), getSupply(ctx, 'ubig')], [0n, MAX, MAX]);
});
