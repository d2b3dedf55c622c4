// A block's tx results packed for the hop to the database thread: each distinct string once, in a
// table, and every number, string reference and count in one Float64Array that is transferred, not
// copied. JSON.stringify of a full block's results and the copy of that string into the message cost the
// block-executing thread several times more (a bank send's results are ~2 KB of JSON, mostly the same
// addresses, amounts and keys again). Numbers are whole and below 2^53 (codes, gas), so a float holds
// them exactly. The database thread unpacks them into the same objects, keys in the same order.
import type { Event } from '../chain/events.js';
import type { StoredTxResult } from './block_types.js';

export interface PackedTxResults {
  strings: string[];
  nums: Float64Array;
}

/**
 * Offsets in a tx's numbers: code, codespace, log, data, gas_wanted, gas_used, #events; then per event
 * type and #attributes (EVENT_HEAD), then per attribute key, value and index 1/0 (ATTRIBUTE). Strings
 * are indexes into `strings`. Every reader of packed results (unpack, the results record's summary,
 * block_results JSON, the event index) walks this layout.
 */
export const TX = { code: 0, codespace: 1, log: 2, data: 3, gasWanted: 4, gasUsed: 5, events: 6, head: 7 } as const;
export const EVENT_HEAD = 2;
export const ATTRIBUTE = 3;

/** The offset of the tx after the one at `o`. */
export function skipTx(nums: Float64Array, o: number): number {
  const events = nums[o + TX.events]!;
  o += TX.head;
  for (let e = 0; e < events; e++) o += EVENT_HEAD + ATTRIBUTE * nums[o + 1]!;
  return o;
}

export function packTxResults(txs: StoredTxResult[]): PackedTxResults {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const id = (s: string): number => {
    let k = ids.get(s);
    if (k === undefined) {
      k = strings.length;
      strings.push(s);
      ids.set(s, k);
    }
    return k;
  };
  let n = 0;
  for (const t of txs) {
    n += 7;
    for (const e of t.events) n += 2 + 3 * e.attributes.length;
  }
  const nums = new Float64Array(n);
  let o = 0;
  for (const t of txs) {
    nums[o++] = t.code;
    nums[o++] = id(t.codespace);
    nums[o++] = id(t.log);
    nums[o++] = id(t.data);
    nums[o++] = t.gas_wanted;
    nums[o++] = t.gas_used;
    nums[o++] = t.events.length;
    for (const e of t.events) {
      nums[o++] = id(e.type);
      nums[o++] = e.attributes.length;
      for (const a of e.attributes) {
        nums[o++] = id(a.key);
        nums[o++] = id(a.value);
        nums[o++] = a.index ? 1 : 0;
      }
    }
  }
  return { strings, nums };
}

export function unpackTxResults(p: PackedTxResults): StoredTxResult[] {
  const { strings, nums } = p;
  const out: StoredTxResult[] = [];
  let o = 0;
  const str = () => strings[nums[o++]!]!;
  while (o < nums.length) {
    const code = nums[o++]!;
    const codespace = str();
    const log = str();
    const data = str();
    const gas_wanted = nums[o++]!;
    const gas_used = nums[o++]!;
    const events: Event[] = new Array(nums[o++]!);
    for (let e = 0; e < events.length; e++) {
      const type = str();
      const attributes: Event['attributes'] = new Array(nums[o++]!);
      for (let a = 0; a < attributes.length; a++) {
        const key = str();
        const value = str();
        attributes[a] = { key, value, index: nums[o++] === 1 };
      }
      events[e] = { type, attributes };
    }
    out.push({ code, codespace, log, data, gas_wanted, gas_used, events });
  }
  return out;
}
