// The stored record of a block's results (LevelDB 0x21|height), in binary: the packed form the
// results cross to the database thread in (results_wire.ts) written as it is, instead of the JSON of
// every tx's events. As JSON, a bank send's results are mostly the same keys, addresses and amounts
// again; packed, each distinct string is stored once and every number is a varint (a fraction of the
// size: BENCHMARKS.md), so the database thread does not build, encode and write a second large
// document per block, and replay reads a block's codes and gas without parsing its events.
//
// Layout: 0x01 | uvarint n | n bytes: head JSON | uvarint n | n bytes: JSON array of the strings |
// uvarint count | count uvarints: results_wire's numbers (codes, gas, counts, string indexes, flags).
// head = every field of StoredResults but txs_results. A record that starts with "{" is the JSON of
// StoredResults, the other format the reader accepts.
import type { StoredResults } from './block_types.js';
import { skipTx, TX, unpackTxResults, type PackedTxResults } from './results_wire.js';
import { writeVarint } from '../chain/codec/proto_wire.js';

export const RESULTS_RECORD_V1 = 0x01;
const JSON_OPEN_BRACE = 0x7b;

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

function readPacked(bytes: Uint8Array): { head: ResultsHead; packed: PackedTxResults } {
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

/** The stored results, from either format; keys in StoredResults order. */
export function decodeResultsRecord(bytes: Uint8Array): StoredResults {
  if (bytes[0] === JSON_OPEN_BRACE) return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')) as StoredResults;
  const { head, packed } = readPacked(bytes);
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
  if (bytes[0] === JSON_OPEN_BRACE) {
    const r = decodeResultsRecord(bytes);
    return { app_hash: r.app_hash, results_hash: r.results_hash, store_roots: r.store_roots, codes: r.txs_results.map((t) => t.code), gasUsed: r.txs_results.map((t) => t.gas_used) };
  }
  const { head, packed } = readPacked(bytes);
  const codes: number[] = [];
  const gasUsed: number[] = [];
  const nums = packed.nums;
  for (let o = 0; o < nums.length; o = skipTx(nums, o)) {
    codes.push(nums[o + TX.code]!);
    gasUsed.push(nums[o + TX.gasUsed]!);
  }
  return { app_hash: head.app_hash, results_hash: head.results_hash, store_roots: head.store_roots, codes, gasUsed };
}
