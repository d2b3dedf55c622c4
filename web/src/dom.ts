// The component approach: plain functions returning DOM nodes. A page is a function of its data that
// builds its subtree once; live parts replace their own node. No virtual DOM, no framework runtime.
export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** Digits grouped in threes, exact (bigint strings are never rounded through a float). */
export function group(intStr: string): string {
  const neg = intStr.startsWith('-');
  const s = neg ? intStr.slice(1) : intStr;
  return (neg ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An amount with its denom; shown compact (k/M/B), exact on hover (title) and for screen readers. */
export function amount(value: string, denom = '', opts: { exact?: boolean } = {}): HTMLElement {
  const exact = `${group(value)}${denom ? ' ' + denom : ''}`;
  return h('span', { class: 'amt', title: exact, 'data-exact': value, tabindex: 0 }, opts.exact ? exact : `${compact(value)}${denom ? ' ' + denom : ''}`);
}

export function compact(value: string): string {
  const [int = '0', frac] = value.split('.');
  const digits = int.replace('-', '').length;
  if (digits <= 6) return frac ? `${group(int)}.${frac.slice(0, 4)}` : group(int);
  const units = ['', 'k', 'M', 'B', 'T', 'P', 'E'];
  const k = Math.min(Math.floor((digits - 1) / 3), units.length - 1);
  const n = Number(int) / 10 ** (3 * k);
  return `${n.toFixed(2)}${units[k]}`;
}

/** A fraction string ("0.1234") as a percentage with 2 decimals; the exact fraction on hover. */
export function pct(fraction: string, decimals = 2): HTMLElement {
  return h('span', { class: 'pct', title: fraction, 'data-exact': fraction, tabindex: 0 }, `${(Number(fraction) * 100).toFixed(decimals)}%`);
}

export function table(head: string[], rows: Child[][], opts: { caption?: string; id?: string; rowClass?: (i: number) => string | undefined } = {}): HTMLTableElement {
  return h(
    'table',
    { id: opts.id },
    opts.caption ? h('caption', {}, opts.caption) : null,
    h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map((r, i) => h('tr', { class: opts.rowClass?.(i) }, r.map((c) => h('td', {}, c))))),
  );
}

/** Key–value pairs as a description list (data-key on each value for tests and styling). */
export function dl(pairs: [string, Child][]): HTMLDListElement {
  return h('dl', {}, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-key': k }, v)]));
}

export function link(href: string, text: Child): HTMLAnchorElement {
  return h('a', { href }, text);
}

export function short(hash: string, n = 10): string {
  return hash.length > 2 * n ? `${hash.slice(0, n)}…${hash.slice(-4)}` : hash;
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}
