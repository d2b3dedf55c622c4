// The explorer: hash routes → page functions; the live block subscription and its banner.
import './style.css';
import { NotFound } from './api.js';
import { h } from './dom.js';
import { startLive, onReconnect } from './live.js';
import { accountPage, blockPage, chainHome, resolveSearch, txPage } from './pages/chain.js';
import { ammPage } from './pages/amm.js';
import { marketPage, marketsPage, mmAccountPage } from './pages/money.js';
import { roundPage, roundsPage } from './pages/repo.js';
import { walletPage } from './pages/wallet.js';

const main = document.getElementById('main')!;
let dispose: (() => void) | undefined;
let seq = 0;

function notFound(what: string): Node {
  return h('div', { id: 'not-found' }, h('h1', {}, 'Not found'), h('p', {}, what), h('p', {}, h('a', { href: '#/' }, 'Back to the chain')));
}

async function route(): Promise<Node | { node: Node; dispose: () => void }> {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query);
  const page = Math.max(0, Math.floor(Number(params.get('page') ?? 0) || 0));
  switch (parts[0]) {
    case undefined:
      return chainHome();
    case 'block':
      return blockPage(parts[1] ?? '');
    case 'tx':
      return txPage(parts[1] ?? '');
    case 'account':
      return accountPage(parts[1] ?? '');
    case 'mm':
      if (parts[1] === 'market') return marketPage(parts[2] ?? '', page, Number(params.get('size') ?? 0));
      if (parts[1] === 'account') return mmAccountPage(parts[2] ?? '');
      return marketsPage();
    case 'amm':
      return ammPage();
    case 'repo':
      if (parts[1] === 'round') return roundPage(parts[2] ?? '');
      return roundsPage();
    case 'wallet':
      return walletPage();
    case 'not-found':
      return notFound(`Nothing matches “${parts.slice(1).join('/')}”.`);
    default:
      throw new NotFound(`No page ${path}`);
  }
}

async function render(): Promise<void> {
  const mine = ++seq;
  main.setAttribute('aria-busy', 'true');
  let out: Node | { node: Node; dispose: () => void };
  try {
    out = await route();
  } catch (e) {
    out = e instanceof NotFound ? notFound(e.message) : h('div', { id: 'error' }, h('h1', {}, 'Cannot load this page'), h('p', {}, (e as Error).message));
  }
  if (mine !== seq) return;
  dispose?.();
  dispose = 'dispose' in out ? out.dispose : undefined;
  main.replaceChildren('node' in out && 'dispose' in out ? out.node : (out as Node));
  main.removeAttribute('aria-busy');
  main.dataset.route = location.hash || '#/';
  for (const a of document.querySelectorAll('header nav a')) a.toggleAttribute('aria-current', location.hash.startsWith(a.getAttribute('href')!) && (a.getAttribute('href') !== '#/' || !/^#\/(mm|amm|repo|wallet)/.test(location.hash)));
}

document.getElementById('search')!.addEventListener('submit', async (e) => {
  e.preventDefault();
  const q = (document.getElementById('q') as HTMLInputElement).value;
  location.hash = (await resolveSearch(q).catch(() => undefined)) ?? `#/not-found/${encodeURIComponent(q.trim())}`;
});
window.addEventListener('hashchange', () => {
  void render().then(() => main.focus({ preventScroll: true }));
});
onReconnect(() => void render());
void startLive();
void render();
