// bank store layout (store byte 0x02), as the SDK's x/bank: supply 0x00|denom, balances 0x02|len|addr|denom.
import { concat, fromUtf8, lengthPrefixed, utf8 } from '../../chain/codec/bytes.js';

export const SUPPLY_PREFIX = Uint8Array.of(0x00);
export const BALANCES_PREFIX = Uint8Array.of(0x02);

export function supplyKey(denom: string): Uint8Array {
  return concat(SUPPLY_PREFIX, utf8(denom));
}

export function parseSupplyKey(key: Uint8Array): string {
  return fromUtf8(key.subarray(1));
}

export function addressBalancesPrefix(addr: Uint8Array): Uint8Array {
  return concat(BALANCES_PREFIX, lengthPrefixed(addr));
}

export function balanceKey(addr: Uint8Array, denom: string): Uint8Array {
  return concat(addressBalancesPrefix(addr), utf8(denom));
}

export function parseBalanceKey(key: Uint8Array): { addr: Uint8Array; denom: string } {
  if (key[0] !== 0x02) throw new Error('not a balance key');
  const len = key[1]!;
  return { addr: key.subarray(2, 2 + len), denom: fromUtf8(key.subarray(2 + len)) };
}
