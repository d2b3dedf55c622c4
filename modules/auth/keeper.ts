// The only code that reads or writes auth keys.
import { concat, readU64BE, u64BE } from '../../chain/codec/bytes.js';
import type { ReadCtx } from '../../chain/context.js';
import { fromBech32, toBech32 } from '../../chain/crypto.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { accountKey, ACCOUNT_PREFIX, NEXT_ACCOUNT_NUMBER_KEY } from './keys.js';
import { decodeAccount, encodeAccount, type Account } from './account_codec.js';

export { decodeAccount, encodeAccount, SECP256K1_PUBKEY_TYPE, type Account } from './account_codec.js';

const kv = (ctx: ReadCtx) => ctx.kv(STORE_BYTES.auth);

export function getAccount(ctx: ReadCtx, address: string): Account | undefined {
  const v = kv(ctx).get(accountKey(fromBech32(address)));
  return v ? decodeAccount(v) : undefined;
}

/** Raw encoded BaseAccount (for the Account query). */
export function getAccountBytes(ctx: ReadCtx, address: string): Uint8Array | undefined {
  return kv(ctx).get(accountKey(fromBech32(address)));
}

export function setAccount(ctx: ReadCtx, a: Account): void {
  kv(ctx).set(accountKey(fromBech32(a.address)), encodeAccount(a));
}

export function nextAccountNumber(ctx: ReadCtx): bigint {
  const v = kv(ctx).get(NEXT_ACCOUNT_NUMBER_KEY);
  const n = v ? readU64BE(v) : 0n;
  kv(ctx).set(NEXT_ACCOUNT_NUMBER_KEY, u64BE(n + 1n));
  return n;
}

export function peekNextAccountNumber(ctx: ReadCtx): bigint {
  const v = kv(ctx).get(NEXT_ACCOUNT_NUMBER_KEY);
  return v ? readU64BE(v) : 0n;
}

export function setNextAccountNumber(ctx: ReadCtx, n: bigint): void {
  kv(ctx).set(NEXT_ACCOUNT_NUMBER_KEY, u64BE(n));
}

/**
 * Creates the account with the next account number if it does not exist (first receipt). The check is
 * the same store read as getAccount (same gas), without decoding an account nobody uses.
 */
export function ensureAccount(ctx: ReadCtx, address: string): void {
  const key = accountKey(fromBech32(address));
  if (kv(ctx).get(key) !== undefined) return;
  setAccount(ctx, { address, accountNumber: nextAccountNumber(ctx), sequence: 0n });
}

export function* iterateAccounts(ctx: ReadCtx): Generator<Account> {
  for (const [, v] of kv(ctx).iterate(ACCOUNT_PREFIX)) yield decodeAccount(v);
}

/** Raw accounts (key: the 20 address bytes) in address order from `from` on, for paginated queries. */
export function* accountEntries(ctx: ReadCtx, from: Uint8Array | undefined, reverse: boolean): Generator<[Uint8Array, Uint8Array]> {
  const opts = !from ? { reverse } : reverse ? { end: concat(accountKey(from), Uint8Array.of(0)), reverse } : { start: accountKey(from) };
  for (const [k, v] of kv(ctx).iterate(ACCOUNT_PREFIX, opts)) yield [k.subarray(ACCOUNT_PREFIX.length), v];
}

export function addressOf(bytes: Uint8Array): string {
  return toBech32(bytes);
}
