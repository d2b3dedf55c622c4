// The event index entries of a block (db_layout.ts: one key per attribute value and block, listing the
// txs that carry it), read from the block's packed results (results_layout.ts): attributes are grouped by
// their string indexes, and the `type.key` + 0x00 + value string of the index key is built once a group
// instead of once an attribute.

import { ATTRIBUTE, EVENT_HEAD, TX, type PackedTxResults } from './results_layout.js';

/**
 * Indexed attributes (index flag set, key not empty) as `type.key` + "\u0000" + value, each with the
 * ascending indexes of the txs that carry it, in order of first appearance. Attributes whose type and
 * key give the same `type.key` (e.g. "a.b"/"c" and "a"/"b.c") share one entry, as their index key does.
 */
export function eventGroups(packed: PackedTxResults): Map<string, number[]> {
  const { strings, nums } = packed;
  // (type id, key id) → index of its `type.key` string; equal strings share an index.
  const pairs = new Map<number, Map<number, number>>();
  const compositeIds = new Map<string, number>();
  const composites: string[] = [];
  const composite = (type: number, key: number): number => {
    let byKey = pairs.get(type);
    if (!byKey) pairs.set(type, (byKey = new Map()));
    let c = byKey.get(key);
    if (c === undefined) {
      const s = `${strings[type]}.${strings[key]}`;
      c = compositeIds.get(s);
      if (c === undefined) {
        c = composites.length;
        composites.push(s);
        compositeIds.set(s, c);
      }
      byKey.set(key, c);
    }
    return c;
  };
  // composite index × number of strings + value id → tx indexes (exact while that product stays below
  // 2^53: for any block that fits in memory).
  const groups = new Map<number, number[]>();
  const width = strings.length;
  for (let o = 0, tx = 0; o < nums.length; tx++) {
    const events = nums[o + TX.events]!;
    o += TX.head;
    for (let e = 0; e < events; e++) {
      const type = nums[o]!;
      const attributes = nums[o + 1]!;
      o += EVENT_HEAD;
      for (let k = 0; k < attributes; k++, o += ATTRIBUTE) {
        const key = nums[o]!;
        if (nums[o + 2] !== 1 || strings[key] === '') continue;
        const g = composite(type, key) * width + nums[o + 1]!;
        const txs = groups.get(g);
        if (!txs) groups.set(g, [tx]);
        else if (txs[txs.length - 1] !== tx) txs.push(tx);
      }
    }
  }
  const out = new Map<string, number[]>();
  for (const [g, txs] of groups) out.set(`${composites[Math.floor(g / width)]}\u0000${strings[g % width]}`, txs);
  return out;
}
