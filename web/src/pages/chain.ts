// Chain: latest blocks (live), a block with its txs and results, a tx decoded, an account; search.
import { NotFound, rest, rpc, searchTxs } from '../api.js';
import { amount, dl, h, link, section, short, table } from '../dom.js';
import { onBlock, type LiveBlock } from '../live.js';
import { messageTypes, txHash } from '../txdecode.js';

const MAX_ROWS = 20;

function blockRow(b: LiveBlock): HTMLTableRowElement {
  return h('tr', { 'data-height': b.height }, h('td', {}, link(`#/block/${b.height}`, String(b.height))), h('td', { class: 'mono', title: b.hash }, short(b.hash)), h('td', {}, b.txs), h('td', {}, new Date(b.time).toLocaleTimeString()));
}

export async function chainHome(): Promise<{ node: Node; dispose: () => void }> {
  const info = await rest('/cosmos/base/tendermint/v1beta1/node_info');
  const metas = (await rpc('blockchain', {})).block_metas as any[];
  const body = h('tbody', {}, metas.slice(0, MAX_ROWS).map((m) => blockRow({ height: Number(m.header.height), hash: m.block_id.hash, time: m.header.time, txs: Number(m.num_txs) })));
  const tableEl = h('table', { id: 'blocks' }, h('caption', {}, 'Latest blocks (live)'), h('thead', {}, h('tr', {}, ['Height', 'Hash', 'Txs', 'Time'].map((x) => h('th', { scope: 'col' }, x)))), body);
  const dispose = onBlock((b) => {
    if (body.querySelector(`tr[data-height="${b.height}"]`)) return;
    body.prepend(blockRow(b));
    while (body.children.length > MAX_ROWS) body.lastElementChild!.remove();
  });
  const node = h('div', {}, h('h1', {}, 'Chain'), dl([['Chain id', info.default_node_info.network], ['Version', info.application_version?.version ?? '']]), tableEl);
  return { node, dispose };
}

export async function blockPage(height: string): Promise<Node> {
  if (!/^\d+$/.test(height)) throw new NotFound(`${height} is not a block height`);
  const b = await rest(`/cosmos/base/tendermint/v1beta1/blocks/${height}`);
  const results = await rpc('block_results', { height });
  const hdr = b.block.header;
  const raw = (b.block.data.txs ?? []) as string[];
  const rows = await Promise.all(raw.map(async (tx, i) => {
    const hash = await txHash(tx);
    const r = results.txs_results?.[i] ?? {};
    let types: string[];
    try {
      types = messageTypes(tx);
    } catch {
      types = ['(undecodable)'];
    }
    return [link(`#/tx/${hash}`, h('span', { class: 'mono' }, short(hash))), types.map((m) => m.split('.').pop()).join(', '), String(r.code ?? 0), `${r.gas_used ?? ''} / ${r.gas_wanted ?? ''}`];
  }));
  return h(
    'div',
    {},
    h('h1', {}, `Block ${hdr.height}`),
    dl([['Hash', h('span', { class: 'mono' }, base64ToHex(b.block_id.hash))], ['Time', hdr.time], ['Proposer', b.sdk_block?.header?.proposer_address ?? hdr.proposer_address], ['App hash', h('span', { class: 'mono' }, base64ToHex(hdr.app_hash))], ['Txs', String(rows.length)], ['Block events', String(results.finalize_block_events?.length ?? 0)]]),
    section('Transactions', rows.length ? table(['Hash', 'Messages', 'Code', 'Gas used / wanted'], rows, { id: 'block-txs' }) : h('p', {}, 'No transactions in this block.')),
    h('nav', { class: 'pager' }, Number(height) > 1 ? link(`#/block/${Number(height) - 1}`, '← previous') : null, ' ', link(`#/block/${Number(height) + 1}`, 'next →')),
  );
}

export function base64ToHex(b64: string): string {
  const bin = atob(b64);
  let s = '';
  for (let i = 0; i < bin.length; i++) s += bin.charCodeAt(i).toString(16).padStart(2, '0');
  return s.toUpperCase();
}

function events(evs: any[]): Node {
  return table(
    ['Event', 'Attributes'],
    evs.map((e) => [e.type, h('ul', { class: 'attrs' }, (e.attributes as any[]).map((a) => h('li', {}, h('code', {}, a.key), ' = ', h('span', { class: 'mono' }, a.value))))]),
    { id: 'tx-events' },
  );
}

export async function txPage(hash: string): Promise<Node> {
  if (!/^[0-9A-Fa-f]{64}$/.test(hash)) throw new NotFound(`${hash} is not a transaction hash`);
  const t = await rest(`/cosmos/tx/v1beta1/txs/${hash.toUpperCase()}`);
  const r = t.tx_response;
  const fee = (t.tx.auth_info.fee.amount as any[]).map((c) => amount(c.amount, c.denom));
  return h(
    'div',
    {},
    h('h1', {}, 'Transaction'),
    dl([
      ['Hash', h('span', { class: 'mono' }, r.txhash)],
      ['Height', link(`#/block/${r.height}`, r.height)],
      ['Result', r.code === 0 ? 'success' : `failed: ${r.codespace}/${r.code} ${r.raw_log}`],
      ['Gas used', r.gas_used],
      ['Gas wanted', r.gas_wanted],
      ['Fee', fee.length ? fee : 'none'],
      ['Memo', t.tx.body.memo || '—'],
    ]),
    section('Messages', h('ol', { id: 'tx-msgs' }, (t.tx.body.messages as any[]).map((m) => h('li', {}, h('strong', {}, m['@type']), h('pre', {}, JSON.stringify(Object.fromEntries(Object.entries(m).filter(([k]) => k !== '@type')), null, 2)))))),
    section('Events', events(r.events ?? [])),
  );
}

export async function accountPage(addr: string): Promise<Node> {
  const acct = await rest(`/cosmos/auth/v1beta1/accounts/${encodeURIComponent(addr)}`);
  const [bal, sent, recv] = await Promise.all([rest(`/cosmos/bank/v1beta1/balances/${addr}`), searchTxs(`message.sender='${addr}'`, 20), searchTxs(`transfer.recipient='${addr}'`, 20)]);
  const seen = new Map<string, any>();
  for (const r of [...sent.tx_responses, ...recv.tx_responses]) seen.set(r.txhash, r);
  const txs = [...seen.values()].sort((a, b) => Number(b.height) - Number(a.height));
  return h(
    'div',
    {},
    h('h1', {}, 'Account'),
    dl([['Address', h('span', { class: 'mono' }, addr)], ['Account number', acct.account.account_number ?? ''], ['Sequence', acct.account.sequence ?? ''], ['Money market', link(`#/mm/account/${addr}`, 'positions')]]),
    section('Balances', table(['Denom', 'Amount'], (bal.balances as any[]).map((c) => [c.denom, amount(c.amount, c.denom)]), { id: 'balances' })),
    section('Transactions', txs.length ? table(['Hash', 'Height', 'Code'], txs.map((r) => [link(`#/tx/${r.txhash}`, h('span', { class: 'mono' }, short(r.txhash))), link(`#/block/${r.height}`, r.height), String(r.code)]), { id: 'account-txs' }) : h('p', {}, 'No transactions.')),
  );
}

/** Where a search goes: a height, a tx hash (else a block hash), an address. Undefined: nothing matches. */
export async function resolveSearch(q: string): Promise<string | undefined> {
  const s = q.trim();
  if (/^\d+$/.test(s)) return `#/block/${s}`;
  if (/^[0-9A-Fa-f]{64}$/.test(s)) {
    try {
      await rest(`/cosmos/tx/v1beta1/txs/${s.toUpperCase()}`);
      return `#/tx/${s.toUpperCase()}`;
    } catch (e) {
      if (!(e instanceof NotFound)) throw e;
    }
    try {
      const b = await rpc('block_by_hash', { hash: '0x' + s });
      if (b?.block) return `#/block/${b.block.header.height}`;
    } catch {
      /* not a block hash either */
    }
    return `#/tx/${s.toUpperCase()}`;
  }
  if (/^mkt1[0-9a-z]+$/.test(s)) return `#/account/${s}`;
  return undefined;
}
