// Every LevelDB key range the node uses (ARCHITECTURE §5, style-anchors §5.8).
import { concat, u64BE, utf8 } from '../chain/codec/bytes.js';

/** Metadata: last committed {height, appHash, time} and the chain id. */
export const META_KEY = Uint8Array.of(0x01);
/** The store format (u32 BE) of the records below, written with the genesis state; see STORE_FORMAT. */
export const FORMAT_KEY = Uint8Array.of(0x02);
/**
 * The layout this node reads and writes: binary results records (results_layout.ts) and the grouped
 * event index (0x24). A database of any other format is refused at open (store_db.ts).
 */
export const STORE_FORMAT = 2;
/** The oldest version of the state whose history is kept (u64 BE): heights below it are pruned (history_store.ts). */
export const HISTORY_FLOOR_KEY = Uint8Array.of(0x03);
export const BLOCK_PREFIX = 0x20; // 0x20|height → block JSON
export const RESULTS_PREFIX = 0x21; // 0x21|height → block results record (results_layout.ts)
export const TX_HASH_PREFIX = 0x22; // 0x22|sha256 → height u64 | index u32
export const EVENT_INDEX_PREFIX = 0x24; // 0x24|"type.key"|0x00|value|0x00|height → the block's tx indexes with that attribute (u32 BE each)
export const STATE_PREFIX = 0x40; // 0x40|storeByte|key → value
export const HISTORY_DIFF_PREFIX = 0x41; // 0x41|height → the values before block height of the keys it wrote (history_write.ts)
export const HISTORY_VERSION_PREFIX = 0x42; // 0x42|height → JSON {time, roots{store: hex}} of the state after block height

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

/**
 * The index key of an attribute (`type.key` + 0x00 + value, as one string) in block `height`, or
 * undefined when it is too long to index. One key per attribute value and block, whatever the number
 * of its txs that carry it: its value lists them (eventIndexValue).
 */
export function eventIndexKey(attribute: string, height: number): Uint8Array | undefined {
  const head = attribute + '\u0000';
  const headBytes = Buffer.byteLength(head, 'utf8');
  if (headBytes - 1 > MAX_INDEXED_ATTRIBUTE_BYTES) return undefined;
  // Encoded in place into a key of the exact size (no pooled Buffer and no copy).
  const key = new Uint8Array(1 + headBytes + 8);
  key[0] = EVENT_INDEX_PREFIX;
  Buffer.from(key.buffer, 1, headBytes).write(head, 'utf8');
  const dv = new DataView(key.buffer);
  dv.setUint32(1 + headBytes, Math.floor(height / 2 ** 32));
  dv.setUint32(1 + headBytes + 4, height >>> 0);
  return key;
}

/** Tx indexes (ascending) as the value of an event index key. */
export function eventIndexValue(indexes: number[]): Uint8Array {
  const out = new Uint8Array(4 * indexes.length);
  const dv = new DataView(out.buffer);
  indexes.forEach((x, i) => dv.setUint32(4 * i, x));
  return out;
}

/** The tx indexes an event index value lists. */
export function parseEventIndexValue(v: Uint8Array): number[] {
  const dv = new DataView(v.buffer, v.byteOffset, v.byteLength);
  const out: number[] = [];
  for (let at = 0; at + 4 <= v.length; at += 4) out.push(dv.getUint32(at));
  return out;
}
