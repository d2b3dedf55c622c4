// Test-only helpers shared by the scenario tests (spec §6).
import type { ExecutionContext } from 'ava';
import type { ErrorDef } from '../../../chain/errors.js';
import type { Event } from '../../../chain/events.js';
import { addr, e18, Harness, type ExecResult } from './harness.js';
import type { MsgName } from '../msgs.js';

export const ADMIN = addr('admin');
export const ORACLE = addr('oracle');
export const E = 10n ** 18n;

export function ok(t: ExecutionContext, h: Harness, name: MsgName, msg: Record<string, unknown>): ExecResult {
  const r = h.exec(name, msg);
  t.is(r.code, 0, `${name} ${JSON.stringify(msg)} failed: ${r.codespace}/${r.code} ${r.log}`);
  t.deepEqual(h.problems, [], 'invariants after ' + name);
  return r;
}

/** Asserts the exact registered error, no events and no state change. */
export function rejects(t: ExecutionContext, h: Harness, name: MsgName, msg: Record<string, unknown>, err: ErrorDef): ExecResult {
  const before = h.dump();
  const r = h.exec(name, msg);
  t.is(`${r.codespace}/${r.code}`, `${err.codespace}/${err.code}`, `${name} ${JSON.stringify(msg)}: got ${r.log}`);
  t.deepEqual(r.events, []);
  t.is(h.dump(), before, `${name} changed state`);
  return r;
}

/** Prices and supports markets: [denom, price, model]. */
export function listMarkets(t: ExecutionContext, h: Harness, list: [string, string, Record<string, unknown>][]): void {
  for (const [denom, price, model] of list) {
    ok(t, h, 'MsgSetAssetPrice', { sender: ORACLE, denom, price });
    ok(t, h, 'MsgSupportMarket', { sender: ADMIN, denom, interestRateModel: model });
  }
}

export function attrs(r: ExecResult, type: string): Record<string, string> {
  const ev = r.events.find((e: Event) => e.type === type);
  if (!ev) throw new Error(`no ${type} event in ${r.events.map((e) => e.type).join(',')}`);
  return Object.fromEntries(ev.attributes.map((a) => [a.key, a.value]));
}

/** Mints and supplies. */
export function supplyFresh(t: ExecutionContext, h: Harness, who: string, denom: string, amount: bigint): ExecResult {
  h.mint(who, denom, amount);
  return ok(t, h, 'MsgSupply', { sender: who, denom, amount: amount.toString() });
}

export function ledgerMatchesJournal(t: ExecutionContext, h: Harness, denom: string): void {
  const j = h.journalBalances(denom);
  const [cash, borrows, supply, equity] = h.ledger(denom);
  t.deepEqual([j.cash, j.borrows, j.supply, j.equity, j.opening, j.subledger], [cash, borrows, supply, equity, 0n, 0n], `journal of ${denom}`);
}

export { addr, e18, Harness };
