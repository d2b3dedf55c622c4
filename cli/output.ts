// Output helpers: -o json prints exact JSON (bigints as strings); text is for people.
import type { GlobalOpts } from './env.js';

export function toJson(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString('base64') : x), 2);
}

export function output(opts: GlobalOpts, json: unknown, text: string | (() => string)): void {
  if (opts.output === 'json') console.log(toJson(json));
  else console.log(typeof text === 'function' ? text() : text);
}

/** Renders rows as an aligned table. */
export function table(headers: string[], rows: (string | number | bigint)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** Formats base units with a denom, e.g. 1500000uusdc → "1500000 uusdc". */
export function coinText(amount: string | bigint, denom: string): string {
  return `${amount} ${denom}`;
}
