// amm store layout (store byte 0x11). Numbers in keys are u64BE; position ids are 32 raw bytes.
import { concat, fromHex, lengthPrefixed, readU64BE, toHex, u64BE } from '../../chain/codec/bytes.js';

export const PARAMS_KEY = Uint8Array.of(0x00);
export const NEXT_POOL_ID_KEY = Uint8Array.of(0x01);
export const POOL_PREFIX = Uint8Array.of(0x02);
export const POSITION_PREFIX = Uint8Array.of(0x03);
export const OWNER_POSITION_PREFIX = Uint8Array.of(0x04);

export function poolKey(id: number): Uint8Array {
  return concat(POOL_PREFIX, u64BE(id));
}

export function parsePoolKey(key: Uint8Array): number {
  if (key[0] !== 0x02 || key.length !== 9) throw new Error('not a pool key');
  return Number(readU64BE(key, 1));
}

export function positionKey(idHex: string): Uint8Array {
  return concat(POSITION_PREFIX, fromHex(idHex));
}

export function parsePositionKey(key: Uint8Array): string {
  if (key[0] !== 0x03 || key.length !== 33) throw new Error('not a position key');
  return toHex(key.subarray(1));
}

export function ownerPositionsPrefix(owner: Uint8Array): Uint8Array {
  return concat(OWNER_POSITION_PREFIX, lengthPrefixed(owner));
}

export function ownerPositionKey(owner: Uint8Array, idHex: string): Uint8Array {
  return concat(ownerPositionsPrefix(owner), fromHex(idHex));
}

export function parseOwnerPositionKey(key: Uint8Array): { owner: Uint8Array; id: string } {
  if (key[0] !== 0x04) throw new Error('not an owner-position key');
  const len = key[1]!;
  if (key.length !== 2 + len + 32) throw new Error('bad owner-position key length');
  return { owner: key.subarray(2, 2 + len), id: toHex(key.subarray(2 + len)) };
}
