// bank store layout (store byte 0x02), as the SDK's x/bank: supply 0x00|denom, denom metadata 0x01|denom,
// balances 0x02|len|addr|denom.
import { concat, fromUtf8, internedUtf8, lengthPrefixed, utf8 } from '../../chain/codec/bytes.js';

export const SUPPLY_PREFIX = Uint8Array.of(0x00);
export const BALANCES_PREFIX = Uint8Array.of(0x02);
/** Client denom metadata (the SDK's DenomMetadataPrefix): 0x01|denom -> cosmos.bank.v1beta1.Metadata bytes. */
export const METADATA_PREFIX = Uint8Array.of(0x01);

export function metadataKey(denom: string): Uint8Array {
  return concat(METADATA_PREFIX, utf8(denom));
}

export function supplyKey(denom: string): Uint8Array {
  return concat(SUPPLY_PREFIX, utf8(denom));
}

export function parseSupplyKey(key: Uint8Array): string {
  return fromUtf8(key.subarray(1));
}

export function addressBalancesPrefix(addr: Uint8Array): Uint8Array {
  return concat(BALANCES_PREFIX, lengthPrefixed(addr));
}

/** 0x02|len|addr|denom, built in one array (it is made several times per transfer). */
export function balanceKey(addr: Uint8Array, denom: string): Uint8Array {
  if (addr.length > 255) throw new RangeError('length-prefixed value longer than 255 bytes');
  const d = internedUtf8(denom);
  const key = new Uint8Array(2 + addr.length + d.length);
  key[0] = BALANCES_PREFIX[0]!;
  key[1] = addr.length;
  key.set(addr, 2);
  key.set(d, 2 + addr.length);
  return key;
}

export function parseBalanceKey(key: Uint8Array): { addr: Uint8Array; denom: string } {
  if (key[0] !== 0x02) throw new Error('not a balance key');
  const len = key[1]!;
  return { addr: key.subarray(2, 2 + len), denom: fromUtf8(key.subarray(2 + len)) };
}
