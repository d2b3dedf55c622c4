// Every LevelDB key range the node uses (ARCHITECTURE §5, style-anchors §5.8).
import { concat, u64BE, utf8 } from '../chain/codec/bytes.js';

/** Metadata: last committed {height, appHash, time} and the chain id. */
export const META_KEY = Uint8Array.of(0x01);
export const BLOCK_PREFIX = 0x20; // 0x20|height → block JSON
export const RESULTS_PREFIX = 0x21; // 0x21|height → block results JSON
export const TX_HASH_PREFIX = 0x22; // 0x22|sha256 → height u64 | index u32
export const EVENT_INDEX_PREFIX = 0x23; // 0x23|"type.key"|0x00|value|0x00|height|index → empty
export const STATE_PREFIX = 0x40; // 0x40|storeByte|key → value

export const blockKey = (h: number) => concat(Uint8Array.of(BLOCK_PREFIX), u64BE(h));
export const resultsKey = (h: number) => concat(Uint8Array.of(RESULTS_PREFIX), u64BE(h));
export const txHashKey = (hash: Uint8Array) => concat(Uint8Array.of(TX_HASH_PREFIX), hash);

export function u32BE(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
}

export function eventIndexPrefix(compositeKey: string, value: string): Uint8Array {
  return concat(Uint8Array.of(EVENT_INDEX_PREFIX), utf8(compositeKey), Uint8Array.of(0), utf8(value), Uint8Array.of(0));
}

export function eventIndexKey(compositeKey: string, value: string, height: number, index: number): Uint8Array {
  return concat(eventIndexPrefix(compositeKey, value), u64BE(height), u32BE(index));
}
