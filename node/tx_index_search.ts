// tx_search answered from the indexes alone (on the database thread): the locations of every tx that
// meets all conditions, counted before any tx is loaded, so the RPC loads and formats only one page.
// Every index entry read and every tx location taken costs one unit of a budget; a query that needs
// more is refused (QueryTooBroad) instead of holding an unbounded result in memory.
import type { ClassicLevel } from 'classic-level';
import { concat, prefixEnd, u64BE, utf8 } from '../chain/codec/bytes.js';
import { blockKey, EVENT_INDEX_PREFIX, eventIndexKey, parseEventIndexValue } from './db_layout.js';

/** One condition of a tx_search query (parsed in rpc/tx_search.ts). */
export interface Condition {
  key: string;
  op: '=' | '<' | '<=' | '>' | '>=' | 'CONTAINS' | 'EXISTS';
  value: string;
  numeric: boolean;
}

/** Whether an attribute's value meets a condition (numeric comparisons on integers only). */
export function compare(actual: string, c: Condition): boolean {
  switch (c.op) {
    case '=':
      return actual === c.value;
    case 'CONTAINS':
      return actual.includes(c.value);
    case 'EXISTS':
      return true;
    default: {
      if (!/^-?\d+$/.test(actual) || !/^-?\d+$/.test(c.value)) return false;
      const a = BigInt(actual);
      const b = BigInt(c.value);
      return c.op === '<' ? a < b : c.op === '<=' ? a <= b : c.op === '>' ? a > b : a >= b;
    }
  }
}

/** A location packed in one number: height · LOC_SCALE + index (heights below 2^32, indexes below 2^21). */
export const LOC_SCALE = 2 ** 21;

export class QueryTooBroad extends Error {
  constructor(readonly budget: number) {
    super(`query too broad: answering it examines more than ${budget} index entries and tx locations`);
  }
}

type Db = ClassicLevel<Uint8Array, Uint8Array>;

function pack(height: number, index: number): number {
  if (index >= LOC_SCALE) throw new RangeError(`tx index ${index} at height ${height} is beyond the searchable range`);
  return height * LOC_SCALE + index;
}

function heightOf(key: Uint8Array): number {
  const dv = new DataView(key.buffer, key.byteOffset + key.length - 8, 8);
  return dv.getUint32(0) * 2 ** 32 + dv.getUint32(4);
}

/** Sorted, without repeats. */
function sortedUnique(xs: number[]): number[] {
  xs.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[n - 1]) xs[n++] = xs[i]!;
  xs.length = n;
  return xs;
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

/** The heights the tx.height conditions allow, as [lo, hi] within [1, latest] (lo > hi: none). */
function heightRange(conds: Condition[], latest: number): [number, number] {
  let lo = 1n;
  let hi = BigInt(latest);
  for (const c of conds) {
    if (c.op === 'EXISTS') continue;
    if (c.op === 'CONTAINS' || !/^-?\d+$/.test(c.value)) return [1, 0];
    const v = BigInt(c.value);
    if (c.op === '=' || c.op === '>=') lo = v > lo ? v : lo;
    if (c.op === '=' || c.op === '<=') hi = v < hi ? v : hi;
    if (c.op === '>' && v + 1n > lo) lo = v + 1n;
    if (c.op === '<' && v - 1n < hi) hi = v - 1n;
  }
  return lo > hi ? [1, 0] : [Number(lo), Number(hi)];
}

export interface TxIndexSearch {
  /** Packed locations (LOC_SCALE), ascending. */
  locations: Float64Array;
  /** Units of the budget used. */
  cost: number;
}

/**
 * The txs of heights [1, latest] meeting every condition. `tx.hash` conditions are not handled here
 * (the RPC looks a hash up directly); a query of tx.height conditions alone lists the blocks' txs.
 */
export async function searchTxIndex(db: Db, conds: Condition[], latest: number, budget: number): Promise<TxIndexSearch> {
  let cost = 0;
  const spend = (n: number) => {
    cost += n;
    if (cost > budget) throw new QueryTooBroad(budget);
  };
  const [lo, hi] = heightRange(
    conds.filter((c) => c.key === 'tx.height'),
    latest,
  );
  const events = conds.filter((c) => c.key !== 'tx.height' && c.key !== 'tx.hash');
  let set: number[] = [];
  if (lo <= hi && events.length === 0) {
    for (let h = lo; h <= hi; h++) {
      spend(1);
      const v = await db.get(blockKey(h));
      if (v === undefined) continue;
      const n = (JSON.parse(Buffer.from(v.buffer, v.byteOffset, v.length).toString('utf8')) as { txs: unknown[] }).txs.length;
      spend(n);
      for (let i = 0; i < n; i++) set.push(pack(h, i));
    }
  } else if (lo <= hi) {
    // Equality conditions first: each is one key range; the others scan every value of their attribute.
    const ordered = [...events].sort((a, b) => Number(b.op === '=') - Number(a.op === '='));
    for (let k = 0; k < ordered.length; k++) {
      const c = ordered[k]!;
      set = k === 0 ? await scan(db, c, lo, hi, spend) : c.op === '=' ? await keep(db, set, c, spend) : intersect(set, await scan(db, c, lo, hi, spend));
      if (set.length === 0) break;
    }
  }
  return { locations: Float64Array.from(set), cost };
}

/** Locations whose tx carries an indexed attribute meeting `c`, within heights [lo, hi]. */
async function scan(db: Db, c: Condition, lo: number, hi: number, spend: (n: number) => void): Promise<number[]> {
  const out: number[] = [];
  if (c.op === '=') {
    const head = utf8(`${c.key}\u0000${c.value}\u0000`);
    const p = concat(Uint8Array.of(EVENT_INDEX_PREFIX), head);
    for await (const [k, v] of db.iterator({ gte: concat(p, u64BE(lo)), lt: concat(p, u64BE(hi + 1)) })) {
      spend(1);
      const indexes = parseEventIndexValue(v);
      spend(indexes.length);
      const h = heightOf(k);
      for (const i of indexes) out.push(pack(h, i));
    }
    return out; // ascending: by height, then index
  }
  const p = concat(Uint8Array.of(EVENT_INDEX_PREFIX), utf8(`${c.key}\u0000`));
  for await (const [k, v] of db.iterator({ gte: p, lt: prefixEnd(p)! })) {
    spend(1);
    const h = heightOf(k);
    if (h < lo || h > hi) continue;
    const value = Buffer.from(k.buffer, k.byteOffset + p.length, k.length - p.length - 9).toString('utf8');
    if (!compare(value, c)) continue;
    const indexes = parseEventIndexValue(v);
    spend(indexes.length);
    for (const i of indexes) out.push(pack(h, i));
  }
  return sortedUnique(out);
}

/** The locations of `set` whose tx carries `c.key = c.value`: one index read per height. */
async function keep(db: Db, set: number[], c: Condition, spend: (n: number) => void): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < set.length; ) {
    const h = Math.floor(set[i]! / LOC_SCALE);
    let j = i;
    while (j < set.length && Math.floor(set[j]! / LOC_SCALE) === h) j++;
    spend(1);
    const key = eventIndexKey(`${c.key}\u0000${c.value}`, h);
    const v = key && (await db.get(key));
    if (v) {
      const has = new Set(parseEventIndexValue(v));
      for (let x = i; x < j; x++) if (has.has(set[x]! % LOC_SCALE)) out.push(set[x]!);
    }
    i = j;
  }
  return out;
}
