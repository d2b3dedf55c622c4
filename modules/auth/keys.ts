// auth store layout (store byte 0x01).
import { concat } from '../../chain/codec/bytes.js';

export const ACCOUNT_PREFIX = Uint8Array.of(0x01);
export const NEXT_ACCOUNT_NUMBER_KEY = Uint8Array.of(0x02);

export function accountKey(addr: Uint8Array): Uint8Array {
  return concat(ACCOUNT_PREFIX, addr);
}

export function parseAccountKey(key: Uint8Array): Uint8Array {
  if (key[0] !== 0x01) throw new Error('not an account key');
  return key.subarray(1);
}
