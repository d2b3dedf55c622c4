// The SDK's list flags on every list query: --limit, --page-key, --offset, --count-total, --reverse,
// and its `pagination: {next_key, total}` in the output. `next_key` is opaque to the user (base64):
// here the key of the next entry (a denom, an id), which `--page-key` resumes at; `total` is "0"
// unless --count-total, as the SDK writes it. Lists a query returns whole are paged here; lists the
// node pages (ledger, rate history) pass the flags on.
import type { Command } from 'commander';
import { CliError } from './env.js';

export interface PageFlags {
  limit?: string;
  pageKey?: string;
  offset?: string;
  countTotal?: boolean;
  reverse?: boolean;
}

export interface PageRequest {
  limit: number;
  offset: number;
  /** The decoded --page-key, if given. */
  key?: string;
  countTotal: boolean;
  reverse: boolean;
}

export interface PageJson {
  next_key: string | null;
  total: string;
}

export const MAX_LIMIT = 1000;

export function addPageFlags(cmd: Command): Command {
  return cmd
    .option('--limit <n>', `entries per page (at most ${MAX_LIMIT})`, '100')
    .option('--page-key <key>', 'resume at this next_key of a previous page (instead of --offset)')
    .option('--offset <n>', 'entries to skip (instead of --page-key)')
    .option('--count-total', 'report the total number of entries in pagination.total')
    .option('--reverse', 'the list in reverse order');
}

const whole = (v: string | undefined, flag: string, dflt: number): number => {
  if (v === undefined) return dflt;
  if (!/^\d{1,9}$/.test(v)) throw new CliError(`invalid ${flag} ${JSON.stringify(v)}: use a whole number`);
  return Number(v);
};

export function pageRequest(f: PageFlags): PageRequest {
  const limit = whole(f.limit, '--limit', 100);
  if (limit < 1 || limit > MAX_LIMIT) throw new CliError(`invalid --limit ${f.limit}: use 1 to ${MAX_LIMIT}`);
  if (f.pageKey !== undefined && f.offset !== undefined) throw new CliError('use either --page-key or --offset, not both');
  let key: string | undefined;
  if (f.pageKey !== undefined) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(f.pageKey)) throw new CliError(`invalid --page-key ${JSON.stringify(f.pageKey)}: use the next_key of a previous page`);
    key = Buffer.from(f.pageKey, 'base64').toString('utf8');
  }
  return { limit, offset: whole(f.offset, '--offset', 0), key, countTotal: f.countTotal === true, reverse: f.reverse === true };
}

export const encodeKey = (k: string): string => Buffer.from(k, 'utf8').toString('base64');

/** One page of a whole list (in the node's order, or reversed), by offset or by the key of its first entry. */
export function paginate<T>(all: readonly T[], keyOf: (t: T) => string, p: PageRequest): { items: T[]; pagination: PageJson } {
  const list = p.reverse ? [...all].reverse() : [...all];
  let start = p.offset;
  if (p.key !== undefined) {
    start = list.findIndex((t) => keyOf(t) === p.key);
    if (start < 0) throw new CliError(`--page-key: no entry ${JSON.stringify(p.key)} any more (the list changed); start again without --page-key`);
  }
  const items = list.slice(start, start + p.limit);
  const next = list[start + p.limit];
  return { items, pagination: { next_key: next === undefined ? null : encodeKey(keyOf(next)), total: p.countTotal ? String(list.length) : '0' } };
}

/** The text output's last line when there is more, or a total was asked for. */
export function pageText(p: PageJson): string {
  const parts = [p.total !== '0' ? `total ${p.total}` : '', p.next_key ? `next page: --page-key ${p.next_key}` : ''].filter(Boolean);
  return parts.length ? `\n(${parts.join('; ')})` : '';
}
