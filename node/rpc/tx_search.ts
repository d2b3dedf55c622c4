// tx_search: a conjunction (AND) of conditions over tx.hash, tx.height and indexed event attributes.
// Operators: = < <= > >= CONTAINS EXISTS (tx.hash: = and EXISTS). Matches are counted from the
// indexes before any tx is loaded; the work a request may do is bounded (ScanBudget).
import { fromHex, toHexUpper } from '../../chain/codec/bytes.js';
import type { StoredTxResult } from '../block_types.js';
import type { BlockStore } from '../block_store.js';
import { compare, LOC_SCALE, type Condition } from '../tx_index_search.js';
import { rpcErrors } from './errors.js';

export { compare, type Condition };

const COND_RE = /^\s*([A-Za-z0-9_.\-/]+)\s*(?:(<=|>=|=|<|>|CONTAINS)\s*(?:'([^']*)'|(-?\d+))|(EXISTS))\s*$/;

export function parseQuery(q: string): Condition[] {
  if (q.length > 512) throw rpcErrors.invalidParams('query is longer than 512 characters');
  const parts = q.split(/\s+AND\s+/);
  return parts.map((p) => {
    const m = COND_RE.exec(p);
    if (!m) throw rpcErrors.invalidParams(`invalid query condition ${JSON.stringify(p.trim())}: expected key='value', key=N, key>N, key CONTAINS 'x' or key EXISTS`);
    if (m[5]) return { key: m[1]!, op: 'EXISTS', value: '', numeric: false };
    if (m[1] === 'tx.hash' && m[2] !== '=') throw rpcErrors.invalidParams(`tx.hash supports = and EXISTS, got ${m[2]}`);
    return { key: m[1]!, op: m[2] as Condition['op'], value: m[3] ?? m[4]!, numeric: m[4] !== undefined };
  });
}

export function matches(conds: Condition[], hash: string, height: number, r: StoredTxResult): boolean {
  return conds.every((c) => {
    if (c.key === 'tx.hash') return c.op === 'EXISTS' || compare(hash, { ...c, value: c.value.toUpperCase() });
    if (c.key === 'tx.height') return compare(String(height), c);
    const dot = c.key.lastIndexOf('.');
    const type = c.key.slice(0, dot);
    const attr = c.key.slice(dot + 1);
    return r.events.some((e) => e.type === type && e.attributes.some((a) => a.key === attr && a.index && compare(a.value, c)));
  });
}

/** Units of index work a request may use (a JSON-RPC batch shares one). */
export interface ScanBudget {
  limit: number;
  left: number;
}

/**
 * The locations (packed, LOC_SCALE) of the txs up to `latest` meeting every condition, ascending.
 * A tx.hash equality is one lookup, checked against the other conditions on its results; anything
 * else is counted from the indexes (tx_index_search.ts) within what is `left` of the budget.
 */
export async function findTxs(db: BlockStore, conds: Condition[], latest: number, budget: ScanBudget): Promise<Float64Array> {
  const byHash = conds.find((c) => c.key === 'tx.hash' && c.op === '=');
  if (byHash) {
    let hash: Uint8Array;
    try {
      hash = fromHex(byHash.value);
    } catch {
      throw rpcErrors.invalidParams('tx.hash must be hex');
    }
    const loc = await db.getTxLocation(hash);
    if (!loc || loc.height > latest) return new Float64Array(0);
    const r = await db.getResults(loc.height);
    const res = r?.txs_results[loc.index];
    return res && matches(conds, toHexUpper(hash), loc.height, res) ? Float64Array.of(loc.height * LOC_SCALE + loc.index) : new Float64Array(0);
  }
  if (budget.left <= 0) throw rpcErrors.queryTooBroad(budget.limit);
  const r = await db.searchTxs(conds, latest, budget.left);
  budget.left -= r.cost;
  if (!r.locations) throw rpcErrors.queryTooBroad(budget.limit);
  return r.locations;
}
