// AMM: pools (price, range, reserves, liquidity by tier, β), fee income by tier from the swap events,
// the price over swaps with JIT bundles (short-tier mint and burn in one block) marked, pending swaps
// and bundles of the mempool.
import { eventAttrs, rest, rpc, searchTxs } from '../api.js';
import { lineChart } from '../chart.js';
import { amount, h, link, section, short, table } from '../dom.js';
import { messageTypes, txHash } from '../txdecode.js';

/** Fee income per tier and input denom, summed over the pool's amm.swap events (newest 100 swaps). */
export function feesByTier(swaps: Record<string, string>[]): Map<string, { long: bigint; short: bigint }> {
  const out = new Map<string, { long: bigint; short: bigint }>();
  for (const s of swaps) {
    const f = out.get(s.denom_in!) ?? { long: 0n, short: 0n };
    f.long += BigInt(s.fee_long ?? '0');
    f.short += BigInt(s.fee_short ?? '0');
    out.set(s.denom_in!, f);
  }
  return out;
}

async function events(query: string, type: string): Promise<(Record<string, string> & { height: string })[]> {
  const r = await searchTxs(query, 100);
  return r.tx_responses.flatMap((t: any) => (t.events as any[]).filter((e) => e.type === type).map((e) => ({ ...eventAttrs(e), height: t.height as string })));
}

export async function ammPage(): Promise<Node> {
  const { pools } = await rest('/marketchain/amm/v1/pools');
  const parts: Node[] = [h('h1', {}, 'AMM')];
  const rows = [];
  for (const { pool: p, price, price_lower, price_upper } of pools as any[]) {
    const swaps = (await events(`amm.swap.pool_id='${p.id}'`, 'amm.swap')).filter((s) => s.pool_id === p.id);
    const fees = feesByTier(swaps);
    const feeCell = (tier: 'long' | 'short') => [...fees.entries()].map(([d, f]) => h('div', { 'data-denom': d }, amount(String(f[tier]), d)));
    rows.push({ id: p.id, cells: [link(`#/amm/pool/${p.id}`, p.id), `${p.denom0}/${p.denom1}`, price, `${price_lower} – ${price_upper}`, [amount(p.reserve0, p.denom0), h('br'), amount(p.reserve1, p.denom1)], amount(p.liquidity_long), amount(p.liquidity_short), `${p.beta_ppm / 1e6}`, `${p.fee_pips / 1e4}%`, feeCell('long'), feeCell('short')] });
    const adds = (await events(`amm.add_liquidity.pool_id='${p.id}'`, 'amm.add_liquidity')).filter((a) => a.pool_id === p.id && a.tier === 'short');
    const removes = await events(`amm.remove_liquidity.pool_id='${p.id}'`, 'amm.remove_liquidity');
    const jitHeights = new Set(adds.filter((a) => removes.some((r) => r.position_id === a.position_id && r.height === a.height)).map((a) => Number(a.height)));
    const ordered = [...swaps].sort((a, b) => Number(a.height) - Number(b.height));
    if (ordered.length) {
      parts.push(section(`Pool ${p.id}: fee income by tier over time`, feeChart(p, ordered)));
      parts.push(section(`Pool ${p.id}: price over swaps (${jitHeights.size} JIT bundle${jitHeights.size === 1 ? '' : 's'} marked)`, lineChart(`Pool ${p.id} price (${p.denom1} per ${p.denom0})`, 'height', ordered.map((s) => Number(s.height)), [
        { label: 'price', values: ordered.map((s) => Number(s.price)), color: '#2b8a3e' },
        { label: 'JIT bundle', values: ordered.map((s) => (jitHeights.has(Number(s.height)) ? Number(s.price) : null)), points: true, color: '#c2255c' },
      ], { id: `pool-${p.id}-price` })));
    }
  }
  const t = table(['Pool', 'Pair', 'Price', 'Range', 'Reserves', 'Liquidity long', 'Liquidity short', 'β', 'Fee', 'Fee income long', 'Fee income short'], rows.map((r) => r.cells), { id: 'pools' });
  rows.forEach((r, i) => t.tBodies[0]!.rows[i]!.setAttribute('data-pool', r.id));
  parts.splice(1, 0, t);
  parts.push(section('Pending swaps and bundles (mempool)', await pending()));
  return h('div', {}, ...parts);
}

/** Cumulative fee income of each tier in each input denom, by height (the swap events in order). */
function feeChart(p: any, ordered: Record<string, string>[]): Node {
  const sums: Record<string, number> = {};
  const series = [p.denom0, p.denom1].flatMap((d: string, i: number) => (['long', 'short'] as const).map((tier, j) => ({
    label: `${tier} (${d})`,
    color: ['#1c7ed6', '#74c0fc', '#e8590c', '#ffa94d'][2 * i + j]!,
    values: ordered.map((s) => {
      const k = `${tier}:${d}`;
      if (s.denom_in === d) sums[k] = (sums[k] ?? 0) + Number(s[`fee_${tier}`] ?? 0);
      return sums[k] ?? 0;
    }),
  })));
  return lineChart(`Pool ${p.id} cumulative fee income (base units of the input denom)`, 'height', ordered.map((s) => Number(s.height)), series, { id: `pool-${p.id}-fees` });
}

async function pending(): Promise<Node> {
  const u = await rpc('unconfirmed_txs', { limit: '30' });
  const txs = (u.txs ?? []) as string[];
  const rows = [];
  for (const tx of txs) {
    let types: string[] = [];
    try {
      types = messageTypes(tx);
    } catch {
      types = ['(undecodable)'];
    }
    if (!types.some((t) => t.startsWith('/marketchain.amm.'))) continue;
    rows.push([h('span', { class: 'mono' }, short(await txHash(tx))), types.map((t) => t.split('.').pop()).join(', ')]);
  }
  return h('div', { id: 'pending' }, h('p', {}, `${u.total ?? txs.length} tx(s) pending in the mempool.`), rows.length ? table(['Hash', 'Messages'], rows) : h('p', {}, 'No pending swaps or bundles.'));
}
