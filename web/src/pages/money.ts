// Money market: markets, one market's rate model curve with today's point, rate history, balance
// sheet identity, the ledger journal (paged), an account's positions.
import { rest } from '../api.js';
import { lineChart } from '../chart.js';
import { amount, dl, group, h, link, pct, section, short, table } from '../dom.js';

/** Journal entries a page by default; `?size=` picks 1 to 100. */
const LEDGER_PAGE = 20;

export async function marketsPage(): Promise<Node> {
  const { markets } = await rest('/marketchain/moneymarket/v1/markets');
  const rows = (markets as any[]).map((m) => [
    link(`#/mm/market/${m.denom}`, m.denom),
    m.status,
    amount(m.cash, m.denom),
    amount(m.total_borrows, m.denom),
    amount(m.total_supply, m.denom),
    amount(m.equity, m.denom),
    pct(m.utilization),
    pct(m.supply_rate_annual),
    pct(m.borrow_rate_annual),
  ]);
  const t = table(['Market', 'Status', 'Cash', 'Borrows', 'Supply', 'Equity', 'Utilization', 'Supply APR', 'Borrow APR'], rows, { id: 'markets' });
  (markets as any[]).forEach((m, i) => t.tBodies[0]!.rows[i]!.setAttribute('data-denom', m.denom));
  const acct = h('form', { class: 'inline', onsubmit: (e: Event) => { e.preventDefault(); const a = (e.target as HTMLFormElement).elements.namedItem('addr') as HTMLInputElement; location.hash = `#/mm/account/${a.value.trim()}`; } },
    h('label', { for: 'mm-addr' }, 'Account positions '), h('input', { id: 'mm-addr', name: 'addr', placeholder: 'mkt1…' }), h('button', { type: 'submit' }, 'Show'));
  return h('div', {}, h('h1', {}, 'Money market'), t, acct);
}

/** The model's annual borrow and supply rate at utilization u (linear: base + u·slope; supply = borrow·u·(1 − spread)). */
export function modelRates(model: any, u: number): { borrow: number; supply: number } | undefined {
  if (model.kind === 'fixed') return { borrow: Number(model.fixed_borrow_rate), supply: Number(model.fixed_supply_rate) };
  if (model.kind !== 'linear') return undefined;
  const borrow = Number(model.base_rate) + u * Number(model.slope);
  return { borrow, supply: borrow * u * (1 - model.spread_bps / 10_000) };
}

export async function marketPage(denom: string, page: number, sizeParam: number): Promise<Node> {
  const size = Number.isInteger(sizeParam) && sizeParam >= 1 && sizeParam <= 100 ? sizeParam : LEDGER_PAGE;
  const q = size === LEDGER_PAGE ? '' : `&size=${size}`;
  const d = encodeURIComponent(denom);
  const [{ market: m }, sheet, hist, ledger, { params }] = await Promise.all([
    rest(`/marketchain/moneymarket/v1/markets/${d}`),
    rest(`/marketchain/moneymarket/v1/markets/${d}/balance_sheet`),
    rest(`/marketchain/moneymarket/v1/markets/${d}/rate_history?pagination.limit=200&pagination.reverse=true`),
    rest(`/marketchain/moneymarket/v1/markets/${d}/ledger?pagination.limit=${size}&pagination.offset=${page * size}&pagination.reverse=true`),
    rest('/marketchain/moneymarket/v1/params'),
  ]);
  const us = Array.from({ length: 101 }, (_, i) => i / 100);
  const curve = us.map((u) => modelRates(m.interest_rate_model, u));
  const today = Number(m.utilization);
  const todayIdx = Math.round(today * 100);
  const rateChart = lineChart('Rate model: annual rate vs utilization (dot: today)', 'utilization', us, [
    { label: 'borrow APR', values: curve.map((c) => (c ? c.borrow : null)), color: '#d9480f' },
    { label: 'supply APR', values: curve.map((c) => (c ? c.supply : null)), color: '#1c7ed6' },
    { label: 'today (borrow)', values: us.map((_, i) => (i === todayIdx ? Number(m.borrow_rate_annual) : null)), points: true, color: '#e8590c' },
    { label: 'today (supply)', values: us.map((_, i) => (i === todayIdx ? Number(m.supply_rate_annual) : null)), points: true, color: '#1971c2' },
  ], { id: 'rate-model', xFormat: (v) => `${Math.round(v * 100)}%`, yFormat: (v) => `${(v * 100).toFixed(1)}%` });

  const records = [...(hist.records as any[])].reverse();
  // Records hold per-block rates; annualised with the module's blocks_per_year, as the market's *_annual.
  const bpy = Number(params.blocks_per_year);
  const histChart = records.length
    ? lineChart('Rate history (annualised, by block)', 'height', records.map((r) => Number(r.height)), [
        { label: 'borrow APR', values: records.map((r) => Number(r.borrow_rate) * bpy), color: '#d9480f' },
        { label: 'supply APR', values: records.map((r) => Number(r.supply_rate) * bpy), color: '#1c7ed6' },
      ], { id: 'rate-history', yFormat: (v) => `${(v * 100).toFixed(1)}%` })
    : h('p', {}, 'No rate changes recorded yet.');

  // The identity is shown in exact integers: a compact 10.00M on both sides could hide a difference.
  const ex = (v: string) => amount(v, denom, { exact: true });
  const left = BigInt(sheet.cash) + BigInt(sheet.borrows);
  const right = BigInt(sheet.supply) + BigInt(sheet.equity);
  const holds = left === right;
  const identity = h('div', { id: 'balance-sheet', class: holds ? 'ok' : 'bad', 'data-holds': String(holds) },
    h('p', { class: 'identity' }, 'Cash + Borrows = Supply + Equity'),
    h('p', { class: 'identity mono' }, ex(sheet.cash), ' + ', ex(sheet.borrows), ' = ', ex(String(left)), holds ? ' = ' : ' ≠ ', ex(String(right)), ' = ', ex(sheet.supply), ' + ', ex(sheet.equity)),
    h('p', {}, holds ? `✓ holds (checked here in exact integers; the node says balanced: ${sheet.balanced})` : `✗ does not hold: difference ${group(String(left - right))} ${denom}`));

  const total = Number(ledger.pagination?.total ?? 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const entries = ledger.entries as any[];
  const cols = entries[0] ? Object.keys(entries[0]) : [];
  const ledgerTable = entries.length ? table(cols, entries.map((e) => cols.map((c) => (c === 'tx_hash' && e[c] ? link(`#/tx/${e[c]}`, h('span', { class: 'mono' }, short(e[c]))) : typeof e[c] === 'object' ? JSON.stringify(e[c]) : String(e[c])))), { id: 'ledger' }) : h('p', {}, 'No journal entries.');
  const pager = h('nav', { class: 'pager', 'aria-label': 'Ledger pages' }, page > 0 ? link(`#/mm/market/${denom}?page=${page - 1}${q}`, '← newer') : null, ` page ${page + 1} of ${pages} (${total} entries) `, page + 1 < pages ? link(`#/mm/market/${denom}?page=${page + 1}${q}`, 'older →') : null);

  return h('div', {}, h('h1', {}, `Market ${denom}`),
    dl([['Status', m.status], ['Utilization', pct(m.utilization)], ['Supply APR', pct(m.supply_rate_annual)], ['Borrow APR', pct(m.borrow_rate_annual)], ['Price', m.price], ['Rate model', `${m.interest_rate_model.kind}: base ${m.interest_rate_model.base_rate}, slope ${m.interest_rate_model.slope}, spread ${m.interest_rate_model.spread_bps} bps`]]),
    section('Rate model', rateChart), section('Rate history', histChart), section('Balance sheet', identity), section('Ledger journal', ledgerTable, pager));
}

export async function mmAccountPage(addr: string): Promise<Node> {
  const a = await rest(`/marketchain/moneymarket/v1/accounts/${encodeURIComponent(addr)}`);
  const pos = a.positions as any[];
  const cols = pos[0] ? Object.keys(pos[0]) : [];
  return h('div', {}, h('h1', {}, 'Money market account'),
    dl([['Address', link(`#/account/${addr}`, addr)], ['Supply value', a.supply_value], ['Borrow value', a.borrow_value], ['Liquidity', a.liquidity], ['Shortfall', a.shortfall], ['Required at liquidation ratio', a.required_at_liquidation_ratio], ['Liquidatable', String(a.liquidatable)],
      ['Price move before liquidation', headroom(a)]]),
    section('Positions', pos.length ? table(cols, pos.map((p) => cols.map((c) => String(p[c]))), { id: 'positions' }) : h('p', {}, 'No positions.')));
}

/** How far collateral prices may fall (all together) before the account is liquidatable. */
function headroom(a: any): string {
  const need = Number(a.required_at_liquidation_ratio);
  const have = Number(a.supply_value);
  if (!need || !have) return '—';
  return `${((1 - need / have) * 100).toFixed(2)}% fall in collateral value`;
}
