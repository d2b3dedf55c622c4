// tx_search: a conjunction (AND) of conditions over tx.hash, tx.height and indexed event attributes.
// Operators: = < <= > >= CONTAINS EXISTS. At least one equality condition selects the candidates.
import { fromHex } from '../../chain/codec/bytes.js';
import type { StoredTxResult } from '../block_types.js';
import type { BlockDb, TxLocation } from '../node_db.js';
import { rpcErrors } from './errors.js';

export interface Condition {
  key: string;
  op: '=' | '<' | '<=' | '>' | '>=' | 'CONTAINS' | 'EXISTS';
  value: string;
  numeric: boolean;
}

const COND_RE = /^\s*([A-Za-z0-9_.\-/]+)\s*(?:(<=|>=|=|<|>|CONTAINS)\s*(?:'([^']*)'|(-?\d+))|(EXISTS))\s*$/;

export function parseQuery(q: string): Condition[] {
  if (q.length > 512) throw rpcErrors.invalidParams('query is longer than 512 characters');
  const parts = q.split(/\s+AND\s+/);
  return parts.map((p) => {
    const m = COND_RE.exec(p);
    if (!m) throw rpcErrors.invalidParams(`invalid query condition ${JSON.stringify(p.trim())}: expected key='value', key=N, key>N, key CONTAINS 'x' or key EXISTS`);
    if (m[5]) return { key: m[1]!, op: 'EXISTS', value: '', numeric: false };
    return { key: m[1]!, op: m[2] as Condition['op'], value: m[3] ?? m[4]!, numeric: m[4] !== undefined };
  });
}

function cmp(actual: string, c: Condition): boolean {
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

export function matches(conds: Condition[], hash: string, height: number, r: StoredTxResult): boolean {
  return conds.every((c) => {
    if (c.key === 'tx.hash') return c.op === 'EXISTS' || cmp(hash, { ...c, value: c.value.toUpperCase() });
    if (c.key === 'tx.height') return cmp(String(height), c);
    const dot = c.key.lastIndexOf('.');
    const type = c.key.slice(0, dot);
    const attr = c.key.slice(dot + 1);
    return r.events.some((e) => e.type === type && e.attributes.some((a) => a.key === attr && a.index && cmp(a.value, c)));
  });
}

/** Candidate locations from the most selective equality condition. */
export async function candidates(db: BlockDb, conds: Condition[]): Promise<TxLocation[]> {
  const byHash = conds.find((c) => c.key === 'tx.hash' && c.op === '=');
  if (byHash) {
    let hash: Uint8Array;
    try {
      hash = fromHex(byHash.value);
    } catch {
      throw rpcErrors.invalidParams('tx.hash must be hex');
    }
    const loc = await db.getTxLocation(hash);
    return loc ? [loc] : [];
  }
  const byHeight = conds.find((c) => c.key === 'tx.height' && c.op === '=');
  if (byHeight) {
    const h = Number(byHeight.value);
    const res = Number.isSafeInteger(h) ? await db.getResults(h) : undefined;
    return res ? res.txs_results.map((_, index) => ({ height: h, index })) : [];
  }
  const eq = conds.find((c) => c.op === '=' && c.key.includes('.'));
  if (!eq) throw rpcErrors.invalidParams('the query needs at least one equality condition (tx.hash, tx.height or an event attribute)');
  const out: TxLocation[] = [];
  for await (const loc of db.eventHits(eq.key, eq.value, 100_001)) {
    out.push(loc);
    if (out.length > 100_000) throw rpcErrors.invalidParams('query matches too many txs; add conditions');
  }
  return out;
}
