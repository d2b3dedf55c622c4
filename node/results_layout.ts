// A block's tx results in their one packed form, and the results record (LevelDB 0x21|height) that
// stores it as it is.
//
// Packed: each distinct string once, in a table, and every number, string reference and count in one
// Float64Array (TX, EVENT_HEAD, ATTRIBUTE below give the layout). A block's results are packed as the
// block executes them (TxResultsPacker) and cross to the database thread in this form, transferred, not
// copied: a bank send's results as JSON are ~2 KB, mostly the same addresses, amounts and keys again.
// Numbers are whole and below 2^53 (codes, gas), so a float holds them exactly. Every reader walks
// this layout: the record's summary, the event index (event_groups.ts), `block_results` JSON
// (rpc/results_json.ts), and unpackTxResults, which gives the StoredTxResult objects.
//
// Record: 0x01 | uvarint n | n bytes: head JSON | uvarint n | n bytes: JSON array of the strings |
// uvarint count | count uvarints: the packed numbers. head = every field of StoredResults but
// txs_results. Replay reads a block's codes and gas from it without building any event.
import type { Event } from '../chain/events.js';
import type { StoredResults, StoredTxResult } from './block_types.js';
import type { TxResult } from '../chain/results.js';
import { toBase64 } from '../chain/codec/bytes.js';
import { writeVarint } from '../chain/codec/proto_wire.js';

export interface PackedTxResults {
  strings: string[];
  nums: Float64Array;
}

/**
 * Offsets in a tx's numbers: code, codespace, log, data, gas_wanted, gas_used, #events; then per event
 * type and #attributes (EVENT_HEAD), then per attribute key, value and index 1/0 (ATTRIBUTE). Strings
 * are indexes into `strings`.
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

export const RESULTS_RECORD_V1 = 0x01;

export type ResultsHead = Omit<StoredResults, 'txs_results'>;

/** What replay checks of a block's results: the hashes, the store roots and each tx's code and gas used. */
export interface ResultsSummary {
  app_hash: string;
  results_hash: string;
  store_roots: StoredResults['store_roots'];
  codes: number[];
  gasUsed: number[];
}

const TWO_32 = 2 ** 32;

/** Writes a varint of a whole number in [0, 2^53) at `at`; returns the next offset. */
function writeUvarint(out: Uint8Array, at: number, n: number): number {
  if (!(n >= 0 && Number.isSafeInteger(n))) throw new RangeError(`results record: ${n} is not a whole number in [0, 2^53)`);
  while (n >= TWO_32) {
    out[at++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  return writeVarint(out, at, n);
}

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  uvarint(): number {
    const b = this.bytes;
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= b.length) throw new RangeError('results record: truncated varint');
      const byte = b[this.at++]!;
      n += (byte & 0x7f) * scale;
      if (byte < 0x80) return n;
      scale *= 128;
      if (scale > 2 ** 56) throw new RangeError('results record: varint too long');
    }
  }

  json<T>(): T {
    const n = this.uvarint();
    if (this.at + n > this.bytes.length) throw new RangeError('results record: truncated');
    const s = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.at, n).toString('utf8');
    this.at += n;
    return JSON.parse(s) as T;
  }
}

/** The record of a block's results: its head and its packed tx results. */
export function encodeResultsRecord(head: ResultsHead, packed: PackedTxResults): Uint8Array {
  const headJson = JSON.stringify(head);
  const stringsJson = JSON.stringify(packed.strings);
  const headBytes = Buffer.byteLength(headJson, 'utf8');
  const stringsBytes = Buffer.byteLength(stringsJson, 'utf8');
  const nums = packed.nums;
  // An upper bound: 8 bytes hold any varint below 2^56; the excess is not copied by the caller's put.
  const out = Buffer.allocUnsafeSlow(1 + 3 * 8 + headBytes + stringsBytes + 8 * nums.length);
  out[0] = RESULTS_RECORD_V1;
  let at = writeUvarint(out, 1, headBytes);
  at += out.write(headJson, at, 'utf8');
  at = writeUvarint(out, at, stringsBytes);
  at += out.write(stringsJson, at, 'utf8');
  at = writeUvarint(out, at, nums.length);
  for (let i = 0; i < nums.length; i++) at = writeUvarint(out, at, nums[i]!);
  return new Uint8Array(out.buffer, 0, at);
}

/** A record's head and its packed tx results (what `block_results` is rendered from). */
export function readResultsRecord(bytes: Uint8Array): { head: ResultsHead; packed: PackedTxResults } {
  if (bytes[0] !== RESULTS_RECORD_V1) throw new RangeError(`results record: unknown format byte ${bytes[0]}`);
  const r = new Reader(bytes);
  r.at = 1;
  const head = r.json<ResultsHead>();
  const strings = r.json<string[]>();
  const nums = new Float64Array(r.uvarint());
  for (let i = 0; i < nums.length; i++) nums[i] = r.uvarint();
  if (r.at !== bytes.length) throw new RangeError('results record: trailing bytes');
  return { head, packed: { strings, nums } };
}

/** The stored results; keys in StoredResults order. */
export function decodeResultsRecord(bytes: Uint8Array): StoredResults {
  const { head, packed } = readResultsRecord(bytes);
  return {
    height: head.height,
    app_hash: head.app_hash,
    results_hash: head.results_hash,
    store_roots: head.store_roots,
    txs_results: unpackTxResults(packed),
    finalize_block_events: head.finalize_block_events,
    commit: head.commit,
  };
}

/** The hashes, roots, codes and gas of a results record, without building its events. */
export function resultsSummary(bytes: Uint8Array): ResultsSummary {
  const { head, packed } = readResultsRecord(bytes);
  const codes: number[] = [];
  const gasUsed: number[] = [];
  const nums = packed.nums;
  for (let o = 0; o < nums.length; o = skipTx(nums, o)) {
    codes.push(nums[o + TX.code]!);
    gasUsed.push(nums[o + TX.gasUsed]!);
  }
  return { app_hash: head.app_hash, results_hash: head.results_hash, store_roots: head.store_roots, codes, gasUsed };
}
