// The only code that reads or writes bank keys. Amounts are decimal strings of base units in the store.
import { concat, fromUtf8, utf8 } from '../../chain/codec/bytes.js';
import { MAX_UINT256 } from '../../chain/codec/decimal.js';
import type { Coin } from '../../chain/coins.js';
import { coinsToString } from '../../chain/coins.js';
import type { Ctx, ReadCtx } from '../../chain/context.js';
import { fromBech32, toBech32 } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';
import { makeEvent } from '../../chain/events.js';
import type { BankKeeper } from '../../chain/expected_keepers.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { ensureAccount } from '../auth/keeper.js';
import { addressBalancesPrefix, BALANCES_PREFIX, balanceKey, METADATA_PREFIX, metadataKey, parseBalanceKey, parseSupplyKey, SUPPLY_PREFIX, supplyKey } from './keys.js';

const kv = (ctx: ReadCtx) => ctx.kv(STORE_BYTES.bank);

function readAmount(v: Uint8Array | undefined): bigint {
  return v ? BigInt(fromUtf8(v)) : 0n;
}

export function getBalance(ctx: ReadCtx, address: string, denom: string): bigint {
  return readAmount(kv(ctx).get(balanceKey(fromBech32(address), denom)));
}

export function getAllBalances(ctx: ReadCtx, address: string): Coin[] {
  const out: Coin[] = [];
  for (const [k, v] of kv(ctx).iterate(addressBalancesPrefix(fromBech32(address)))) {
    out.push({ denom: parseBalanceKey(k).denom, amount: readAmount(v) });
  }
  return out;
}

function setBalance(ctx: ReadCtx, addr: Uint8Array, denom: string, amount: bigint): void {
  if (amount < 0n) throw sdkErrors.Logic('negative balance');
  if (amount > MAX_UINT256) throw sdkErrors.InvalidCoins(`balance of ${toBech32(addr)} would be ${amount}${denom}, above 2^256-1`);
  const key = balanceKey(addr, denom);
  if (amount === 0n) kv(ctx).delete(key);
  else kv(ctx).set(key, utf8(amount.toString()));
}

export function getSupply(ctx: ReadCtx, denom: string): bigint {
  return readAmount(kv(ctx).get(supplyKey(denom)));
}

export function getTotalSupply(ctx: ReadCtx): Coin[] {
  const out: Coin[] = [];
  for (const [k, v] of kv(ctx).iterate(SUPPLY_PREFIX)) out.push({ denom: parseSupplyKey(k), amount: readAmount(v) });
  return out;
}

/** A denom's client metadata (cosmos.bank.v1beta1.Metadata bytes), set at genesis. */
export function getDenomMetadata(ctx: ReadCtx, denom: string): Uint8Array | undefined {
  return kv(ctx).get(metadataKey(denom));
}

export function setDenomMetadata(ctx: ReadCtx, denom: string, metadata: Uint8Array): void {
  kv(ctx).set(metadataKey(denom), metadata);
}

/** Every denom's metadata in denom order (key: the denom's bytes) from `from` on, for paginated queries. */
export function* denomMetadataEntries(ctx: ReadCtx, from: Uint8Array | undefined, reverse: boolean): Generator<[Uint8Array, Uint8Array]> {
  const opts = !from ? { reverse } : reverse ? { end: concat(METADATA_PREFIX, from, Uint8Array.of(0)), reverse } : { start: concat(METADATA_PREFIX, from) };
  for (const [k, v] of kv(ctx).iterate(METADATA_PREFIX, opts)) yield [k.subarray(METADATA_PREFIX.length), v];
}

function setSupply(ctx: ReadCtx, denom: string, amount: bigint): void {
  if (amount > MAX_UINT256) throw sdkErrors.InvalidCoins(`total supply of ${denom} would be ${amount}, above 2^256-1`);
  if (amount === 0n) kv(ctx).delete(supplyKey(denom));
  else kv(ctx).set(supplyKey(denom), utf8(amount.toString()));
}

/** Subtracts coins; throws sdk/5 "spendable balance 10umkt is smaller than 2000umkt: insufficient funds". */
export function subtractCoins(ctx: ReadCtx, address: string, coins: Coin[]): void {
  const addr = fromBech32(address);
  for (const c of coins) {
    const bal = getBalance(ctx, address, c.denom);
    if (bal < c.amount) {
      throw sdkErrors.InsufficientFunds(`spendable balance ${bal}${c.denom} is smaller than ${c.amount}${c.denom}`);
    }
    setBalance(ctx, addr, c.denom, bal - c.amount);
  }
}

export function addCoins(ctx: ReadCtx, address: string, coins: Coin[]): void {
  const addr = fromBech32(address);
  for (const c of coins) setBalance(ctx, addr, c.denom, getBalance(ctx, address, c.denom) + c.amount);
}

/** Moves coins and emits coin_spent, coin_received and transfer events; creates the recipient account on first receipt. */
export function sendCoins(ctx: Ctx, from: string, to: string, coins: Coin[]): void {
  const nonZero = coins.filter((c) => c.amount > 0n);
  if (nonZero.length === 0) return;
  subtractCoins(ctx, from, nonZero);
  ensureAccount(ctx, to);
  addCoins(ctx, to, nonZero);
  if (!ctx.events.enabled) return;
  const amount = coinsToString(nonZero);
  ctx.events.emit(makeEvent('coin_spent', [['spender', from], ['amount', amount]]));
  ctx.events.emit(makeEvent('coin_received', [['receiver', to], ['amount', amount]]));
  ctx.events.emit(makeEvent('transfer', [['recipient', to], ['sender', from], ['amount', amount]]));
}

/** Creates coins (genesis and tests only; no message mints); refused (sdk/10) when a supply would pass 2^256-1. */
export function mintCoins(ctx: Ctx, to: string, coins: Coin[]): void {
  for (const c of coins) setSupply(ctx, c.denom, getSupply(ctx, c.denom) + c.amount);
  ensureAccount(ctx, to);
  addCoins(ctx, to, coins);
}

/** Sum of all balances per denom (for the supply invariant). */
export function sumBalances(ctx: ReadCtx): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const [k, v] of kv(ctx).iterate(BALANCES_PREFIX)) {
    const { denom } = parseBalanceKey(k);
    sums.set(denom, (sums.get(denom) ?? 0n) + readAmount(v));
  }
  return sums;
}

/** All (address, coins) pairs in key order (for genesis export). */
export function allBalances(ctx: ReadCtx): { address: string; coins: Coin[] }[] {
  const out: { address: string; coins: Coin[] }[] = [];
  for (const [k, v] of kv(ctx).iterate(BALANCES_PREFIX)) {
    const { addr, denom } = parseBalanceKey(k);
    const address = toBech32(addr);
    const last = out[out.length - 1];
    const coin = { denom, amount: readAmount(v) };
    if (last && last.address === address) last.coins.push(coin);
    else out.push({ address, coins: [coin] });
  }
  return out;
}

/** The keeper other modules are given (chain/expected_keepers.ts), wired in node/app_factory.ts. */
export const bankKeeper: BankKeeper = { getBalance, getAllBalances, sendCoins };
