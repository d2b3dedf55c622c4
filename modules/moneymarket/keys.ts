// moneymarket store layout (store byte 0x10). Denoms and addresses are length-prefixed so prefixes never collide.
import { concat, fromUtf8, lengthPrefixed, readU64BE, u64BE, utf8 } from '../../chain/codec/bytes.js';

export const PARAMS_KEY = Uint8Array.of(0x01);
export const MARKET_PREFIX = Uint8Array.of(0x02);
export const PRICE_PREFIX = Uint8Array.of(0x03);
export const SUPPLY_PREFIX = Uint8Array.of(0x04);
export const BORROW_PREFIX = Uint8Array.of(0x05);
export const LEDGER_PREFIX = Uint8Array.of(0x06);
export const RATES_PREFIX = Uint8Array.of(0x07);
export const LEDGER_COUNT_PREFIX = Uint8Array.of(0x08);
export const RATES_COUNT_PREFIX = Uint8Array.of(0x09);

export const marketKey = (denom: string) => concat(MARKET_PREFIX, utf8(denom));
export const priceKey = (denom: string) => concat(PRICE_PREFIX, utf8(denom));
export const denomFromKey = (key: Uint8Array) => fromUtf8(key.subarray(1));

export type Side = 'supply' | 'borrow';
const sidePrefix = (side: Side) => (side === 'supply' ? SUPPLY_PREFIX : BORROW_PREFIX);

export const accountPrefix = (side: Side, addr: Uint8Array) => concat(sidePrefix(side), lengthPrefixed(addr));
export const checkpointKey = (side: Side, addr: Uint8Array, denom: string) => concat(accountPrefix(side, addr), utf8(denom));
export const sidePrefixOf = sidePrefix;

export function parseCheckpointKey(key: Uint8Array): { addr: Uint8Array; denom: string } {
  const len = key[1]!;
  return { addr: key.subarray(2, 2 + len), denom: fromUtf8(key.subarray(2 + len)) };
}

export const journalPrefix = (kind: 'ledger' | 'rates', denom: string) => concat(kind === 'ledger' ? LEDGER_PREFIX : RATES_PREFIX, lengthPrefixed(utf8(denom)));
export const journalKey = (kind: 'ledger' | 'rates', denom: string, seq: bigint) => concat(journalPrefix(kind, denom), u64BE(seq));
export const journalCountKey = (kind: 'ledger' | 'rates', denom: string) => concat(kind === 'ledger' ? LEDGER_COUNT_PREFIX : RATES_COUNT_PREFIX, utf8(denom));
export const readCount = (v: Uint8Array | undefined) => (v ? readU64BE(v) : 0n);
