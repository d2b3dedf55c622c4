// A block's tx results packed for the hop to the database thread: each distinct string once, in a
// table, and every number, string reference and count in one Float64Array that is transferred, not
// copied. JSON.stringify of a full block's results and the copy of that string into the message would
// cost the block-executing thread several times more (a bank send's results are ~2 KB of JSON, mostly
// the same addresses, amounts and keys again). Numbers are whole and below 2^53 (codes, gas), so a float holds
// them exactly. The database thread unpacks them into the same objects, keys in the same order.
import type { Event } from '../chain/events.js';
import type { StoredTxResult } from './block_types.js';
import type { TxResult } from '../chain/results.js';
import { toBase64 } from '../chain/codec/bytes.js';

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

/**
 * Packs tx results one at a time, as a block executes them (ChainNode hands it each recorded result):
 * a block's thousands of event and attribute objects then die young instead of all living until the
 * block ends, which keeps the node's peak RSS down under load (BENCHMARKS.md).
 * `truncate` forgets the txs of a reverted checkpoint.
 */
export class TxResultsPacker {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  private nums = new Float64Array(4096);
  private len = 0;
  /** Per packed tx: where its numbers start, and how many strings the table held before it. */
  private readonly starts: number[] = [];
  private readonly stringMarks: number[] = [];

  get count(): number {
    return this.starts.length;
  }

  add(t: StoredTxResult): void {
    let n = TX.head;
    for (const e of t.events) n += EVENT_HEAD + ATTRIBUTE * e.attributes.length;
    if (this.len + n > this.nums.length) {
      const grown = new Float64Array(Math.max(2 * this.nums.length, this.len + n));
      grown.set(this.nums.subarray(0, this.len));
      this.nums = grown;
    }
    this.starts.push(this.len);
    this.stringMarks.push(this.strings.length);
    const nums = this.nums;
    let o = this.len;
    nums[o++] = t.code;
    nums[o++] = this.id(t.codespace);
    nums[o++] = this.id(t.log);
    nums[o++] = this.id(t.data);
    nums[o++] = t.gas_wanted;
    nums[o++] = t.gas_used;
    nums[o++] = t.events.length;
    for (const e of t.events) {
      nums[o++] = this.id(e.type);
      nums[o++] = e.attributes.length;
      for (const a of e.attributes) {
        nums[o++] = this.id(a.key);
        nums[o++] = this.id(a.value);
        nums[o++] = a.index ? 1 : 0;
      }
    }
    this.len = o;
  }

  /** Keeps the first `count` txs. */
  truncate(count: number): void {
    if (count >= this.count) return;
    const mark = this.stringMarks[count]!;
    for (let i = mark; i < this.strings.length; i++) this.ids.delete(this.strings[i]!);
    this.strings.length = mark;
    this.len = this.starts[count]!;
    this.starts.length = count;
    this.stringMarks.length = count;
  }

  /** The packed results, in an array of exactly their length (it is moved to the database thread). */
  finish(): PackedTxResults {
    return { strings: this.strings, nums: this.nums.slice(0, this.len) };
  }

  private id(s: string): number {
    let k = this.ids.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, k);
    }
    return k;
  }
}

/** A tx result as it is stored (data in base64, gas in the RPC's names). */
export function storedTxResult(r: TxResult): StoredTxResult {
  return { code: r.code, codespace: r.codespace, log: r.log, data: toBase64(r.data), gas_wanted: r.gasWanted, gas_used: r.gasUsed, events: r.events };
}

export function packTxResults(txs: StoredTxResult[]): PackedTxResults {
  const p = new TxResultsPacker();
  for (const t of txs) p.add(t);
  return p.finish();
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
