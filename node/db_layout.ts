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

/** Longest `type.key` + 0x00 + value (UTF-8 bytes) that is indexed; longer attributes are not searchable. */
export const MAX_INDEXED_ATTRIBUTE_BYTES = 1024;

/** The index key of one attribute of tx (height, index), or undefined when it is too long to index. */
export function eventIndexKey(compositeKey: string, value: string, height: number, index: number): Uint8Array | undefined {
  const head = compositeKey + '\u0000' + value + '\u0000';
  const headBytes = Buffer.byteLength(head, 'utf8');
  if (headBytes - 1 > MAX_INDEXED_ATTRIBUTE_BYTES) return undefined;
  // Encoded in place into a key of the exact size (no pooled Buffer and no copy).
  const key = new Uint8Array(1 + headBytes + 12);
  key[0] = EVENT_INDEX_PREFIX;
  Buffer.from(key.buffer, 1, headBytes).write(head, 'utf8');
  const dv = new DataView(key.buffer);
  const at = 1 + headBytes;
  dv.setUint32(at, Math.floor(height / 2 ** 32));
  dv.setUint32(at + 4, height >>> 0);
  dv.setUint32(at + 8, index);
  return key;
}
