// Coins: denom validation, parsing ("1000umkt,500uusdc") and canonical ordering. Pure.
import { parseUint } from './codec/decimal.js';

export interface Coin {
  denom: string;
  amount: bigint;
}

// Cosmos SDK denom rule (types/coin.go): a letter, then 2..127 of [a-zA-Z0-9/:._-].
const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

export function isValidDenom(d: string): boolean {
  return typeof d === 'string' && DENOM_RE.test(d);
}

export function validateDenom(d: string): void {
  if (!isValidDenom(d)) throw new Error(`invalid denom: ${JSON.stringify(d)}`);
}

export function coinToString(c: Coin): string {
  return `${c.amount}${c.denom}`;
}

export function coinsToString(cs: Coin[]): string {
  return cs.map(coinToString).join(',');
}

/** Parses "1000umkt,500uusdc"; amounts must be positive unless allowZero. Result is sorted by denom. */
export function parseCoins(s: string, allowZero = false): Coin[] {
  if (s.trim() === '') return [];
  const out: Coin[] = [];
  for (const part of s.split(',')) {
    const m = /^\s*([0-9]+)\s*([a-zA-Z][a-zA-Z0-9/:._-]*)\s*$/.exec(part);
    if (!m) throw new Error(`invalid coin expression: ${JSON.stringify(part)}`);
    const amount = parseUint(m[1]!, 'coin amount');
    validateDenom(m[2]!);
    if (amount === 0n && !allowZero) throw new Error(`invalid coin ${part.trim()}: amount must be positive`);
    out.push({ denom: m[2]!, amount });
  }
  return normalizeCoins(out);
}

/** Sorts by denom and rejects duplicates. */
export function normalizeCoins(cs: Coin[]): Coin[] {
  const sorted = [...cs].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.denom === sorted[i - 1]!.denom) throw new Error(`duplicate denom ${sorted[i]!.denom}`);
  }
  return sorted;
}

/** Validates proto coins ({denom, amount: string}) as MsgSend requires: sorted, unique, positive. */
export function validateProtoCoins(cs: { denom: string; amount: string }[], what = 'amount'): Coin[] {
  if (cs.length === 0) throw new Error(`${what} is empty`);
  const out: Coin[] = [];
  for (const c of cs) {
    validateDenom(c.denom);
    const amount = parseUint(c.amount, `${what} of ${c.denom}`);
    if (amount === 0n) throw new Error(`${what} of ${c.denom} must be positive`);
    out.push({ denom: c.denom, amount });
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.denom <= out[i - 1]!.denom) throw new Error(`${what} coins are not sorted by denom or contain duplicates`);
  }
  return out;
}

export function toProtoCoins(cs: Coin[]): { denom: string; amount: string }[] {
  return cs.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}
