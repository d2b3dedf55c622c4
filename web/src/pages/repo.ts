// Repo: rounds by phase with their deadlines as a timeline; a round's schedules, candidate table with
// the chosen trade highlighted, r_bd, legs, escrow, settlement and its bonds (returned or forfeited).
import { eventAttrs, rest, rpc } from '../api.js';
import { amount, dl, h, link, section, short, table } from '../dom.js';
import { txHash } from '../txdecode.js';

/** The phases a round reaches only by expiring with a dealer's bond forfeited (modules/repo/README.md, "Timeouts and bonds"). */
const SLASHED_PHASES = new Set(['ABORTED', 'FAILED']);
const BOND_EVENTS: Record<string, string> = { 'repo.bond_forfeited': 'forfeited', 'repo.bond_returned': 'returned' };

function timeline(r: any, height: number): Node {
  const marks: [string, number][] = [['opened', Number(r.opened_height)], ['commit', Number(r.commit_deadline)], ['reveal', Number(r.reveal_deadline)], ['accept', Number(r.accept_deadline)]];
  if (Number(r.maturity_height)) marks.push(['maturity', Number(r.maturity_height)]);
  const lo = marks[0]![1];
  const hi = Math.max(...marks.map((m) => m[1]), height);
  const at = (x: number) => `${(((x - lo) / Math.max(1, hi - lo)) * 100).toFixed(1)}%`;
  return h('div', { class: 'timeline', role: 'img', 'aria-label': marks.map(([k, v]) => `${k} ${v}`).join(', ') + `, now ${height}` },
    marks.map(([k, v]) => h('span', { class: 'mark', style: `left:${at(v)}`, title: `${k} at height ${v}` }, k)),
    h('span', { class: 'now', style: `left:${at(Math.min(height, hi))}`, title: `now: ${height}` }));
}

export async function roundsPage(): Promise<Node> {
  const [{ rounds }, latest] = await Promise.all([rest('/marketchain/repo/v1/rounds?limit=100'), rest('/cosmos/base/tendermint/v1beta1/blocks/latest')]);
  const height = Number(latest.block.header.height);
  const byPhase = new Map<string, any[]>();
  for (const r of rounds as any[]) byPhase.set(r.phase, [...(byPhase.get(r.phase) ?? []), r]);
  const parts: Node[] = [h('h1', {}, 'Repo rounds')];
  if (!byPhase.size) parts.push(h('p', {}, 'No rounds yet.'));
  for (const [phase, rs] of byPhase) {
    parts.push(section(`${phase} (${rs.length})`, table(['Round', 'Cash / collateral', 'Deadlines', 'Bonds', 'Timeline'], rs.map((r) => [
      link(`#/repo/round/${r.id}`, r.id), `${r.cash_denom} / ${r.collateral_denom}`, `commit ${r.commit_deadline}, reveal ${r.reveal_deadline}, accept ${r.accept_deadline}`,
      SLASHED_PHASES.has(r.phase) ? h('span', { class: 'slashed', 'data-round': r.id, title: r.outcome }, 'slashed') : '', timeline(r, height)]), { id: `rounds-${phase}` })));
  }
  return h('div', {}, ...parts);
}

function schedule(title: string, rep: any): Node {
  if (!rep?.points?.length) return h('p', {}, `${title}: not revealed.`);
  return table(['Rate (bps)', 'Qty (lots)'], (rep.points as any[]).map((p) => [p.rate_bps, p.qty]), { caption: `${title} (hurdle ${rep.hurdle_bps} bps)` });
}

interface BondMove {
  kind: string;
  dealer: string;
  recipient: string;
  coin: string;
  height: number;
  /** The tx that moved it, or undefined for the block's end-block sweep. */
  tx?: string;
}

/**
 * Bonds move only when a round closes (expiry, no trade, repurchase) or at RM's acceptance (both
 * returned): the round's closed_height and start_height. Their block results hold the events, in a
 * tx's result (accept, reveal, MsgExpireRound) or among the block's own events (the deadline sweep).
 */
async function bondMoves(r: any): Promise<BondMove[]> {
  const heights = [...new Set([Number(r.start_height), Number(r.closed_height)].filter((x) => x > 0))].sort((a, b) => a - b);
  const out: BondMove[] = [];
  for (const height of heights) {
    const [res, blk] = await Promise.all([rpc('block_results', { height: String(height) }), rest(`/cosmos/base/tendermint/v1beta1/blocks/${height}`)]);
    const txs = (blk.block.data.txs ?? []) as string[];
    const take = (events: any[] | null | undefined, tx?: string) => {
      for (const e of events ?? []) {
        const kind = BOND_EVENTS[e.type];
        const a = eventAttrs(e);
        if (!kind || a.round_id !== String(r.id)) continue;
        out.push({ kind, dealer: a.dealer!, recipient: a.recipient ?? a.dealer!, coin: a.amount!, height, tx });
      }
    };
    const results = (res.txs_results ?? []) as any[];
    for (let i = 0; i < results.length; i++) take(results[i].events, txs[i] ? await txHash(txs[i]!) : undefined);
    take(res.finalize_block_events);
  }
  return out;
}

function coinAmount(coin: string): Node {
  const m = /^(\d+)(.+)$/.exec(coin);
  return m ? amount(m[1]!, m[2]!, { exact: true }) : h('span', {}, coin);
}

function bondsTable(moves: BondMove[]): Node {
  if (!moves.length) return h('p', {}, 'No bond returned or forfeited yet.');
  return table(['Bond', 'Dealer', 'Recipient', 'Amount', 'Height', 'In'], moves.map((m) => [
    h('span', { class: m.kind === 'forfeited' ? 'slashed' : undefined }, m.kind),
    link(`#/account/${m.dealer}`, m.dealer), link(`#/account/${m.recipient}`, m.recipient), coinAmount(m.coin), link(`#/block/${m.height}`, String(m.height)),
    m.tx ? link(`#/tx/${m.tx}`, h('span', { class: 'mono' }, `tx ${short(m.tx)}`)) : link(`#/block/${m.height}`, 'end-block sweep'),
  ]), { id: 'bonds', rowClass: (i) => `bond-${moves[i]!.kind}` });
}

export async function roundPage(id: string): Promise<Node> {
  const { round: r } = await rest(`/marketchain/repo/v1/rounds/${encodeURIComponent(id)}`);
  const moves = await bondMoves(r);
  const sel = r.selection;
  const cands = (sel?.candidates ?? []) as any[];
  const chosen = sel?.trade ? cands.findIndex((c) => c.q === sel.q && c.r_mm_bps === sel.r_mm_bps && c.r_rm_bps === sel.r_rm_bps) : -1;
  const candTable = cands.length
    ? table(['q', 'r_mm (bps)', 'r_rm (bps)', 'spread (bps)', 'joint profit', 'feasible'], cands.map((c) => [c.q, c.r_mm_bps, c.r_rm_bps, c.spread_bps, c.joint_profit, c.feasible ? 'yes' : 'no']), { id: 'candidates', rowClass: (i) => (i === chosen ? 'chosen' : undefined) })
    : h('p', {}, 'No candidate table yet (both schedules must be revealed).');
  const chosenRow = (candTable as HTMLElement).querySelector?.('tr.chosen');
  chosenRow?.setAttribute('aria-label', 'chosen trade');
  return h('div', {}, h('h1', {}, `Repo round ${r.id}`),
    dl([['Phase', r.phase], ['BDmm / BDrm', `${r.bd_mm} / ${r.bd_rm}`], ['MM / RM client', `${r.mm_client} / ${r.rm_client}`], ['Lot size', amount(r.lot_size, r.cash_denom)], ['Tenor', `${r.tenor_blocks} blocks`], ['Bond', r.bond],
      ['Deadlines', `commit ${r.commit_deadline}, reveal ${r.reveal_deadline}, accept ${r.accept_deadline}`]]),
    section('Schedules', h('div', { class: 'cols' }, schedule('MM lending schedule D', r.report_mm), schedule('RM borrowing schedule S', r.report_rm))),
    section('Selection', sel?.trade
      ? dl([['Chosen q', h('span', { id: 'chosen-q' }, sel.q)], ['r_mm', `${sel.r_mm_bps} bps`], ['r_rm', `${sel.r_rm_bps} bps`], ['r_bd', h('span', { id: 'r-bd' }, `${Number(sel.r_bd_x2) / 2} bps`)], ['Joint profit', sel.joint_profit]])
      : h('p', {}, sel ? 'No trade.' : 'Not selected yet.'), candTable),
    section('Legs', (r.legs as any[]).length ? table(['Leg', 'Cash lender', 'Cash borrower', 'Qty', 'Rate (bps)', 'Principal', 'Interest'], (r.legs as any[]).map((l) => [l.name, l.cash_lender, l.cash_borrower, l.qty, String(Number(l.rate_bps_x2) / 2), amount(l.principal, r.cash_denom), l.interest])) : h('p', {}, 'No legs yet.')),
    section('Escrow', dl([['BDmm bond held', String(r.bond_mm_held)], ['BDrm bond held', String(r.bond_rm_held)], ['Cash held', amount(r.cash_held || '0', r.cash_denom)], ['Collateral held', amount(r.collateral_held || '0', r.collateral_denom)], ['Outcome', r.outcome || '—'], ['Closed at', Number(r.closed_height) ? String(r.closed_height) : '—']])),
    r.settlement && Number(r.settlement.height) ? section('Settlement', dl(Object.entries(r.settlement).map(([k, v]) => [k, String(v)]))) : null,
    section(SLASHED_PHASES.has(r.phase) ? 'Bonds (slashed)' : 'Bonds', bondsTable(moves)));
}
