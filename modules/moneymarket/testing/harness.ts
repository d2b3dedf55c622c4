// Test-only harness: the moneymarket and bank modules over an in-memory store, one message per "tx",
// with the app's semantics (a failing message leaves no writes and no events). Not a test file itself.
import { parseDecimal } from '../../../chain/codec/decimal.js';
import { toHex } from '../../../chain/codec/bytes.js';
import { Ctx, QueryCtx } from '../../../chain/context.js';
import { sha256, toBech32 } from '../../../chain/crypto.js';
import { ChainError, toChainError } from '../../../chain/errors.js';
import { EventManager, type Event } from '../../../chain/events.js';
import { GasMeter, INFINITE_GAS } from '../../../chain/gas.js';
import { CacheStore } from '../../../chain/store/cache_store.js';
import { MemoryStore } from '../../../chain/store/memory_store.js';
import { utf8 } from '../../../chain/codec/bytes.js';
import { bankKeeper, bankModule } from '../../bank/index.js';
import { marketchain } from '../../../proto/moneymarket.js';
import { defaultGenesis, initGenesis, type MoneymarketGenesis } from '../genesis.js';
import { balanceSheetProblems, custodyProblems } from '../invariants.js';
import { allMarkets, getCheckpoint, getMarket, journalCount, journalPage } from '../keeper.js';
import { accountValues, indicesAt, MODULE_ADDRESS } from '../ops/market.js';
import { liquidityAt } from '../math/liquidation.js';
import { currentBalance } from '../math/interest.js';
import { createMsgRoutes } from '../msg_server.js';
import { typeUrl, type MsgName } from '../msgs.js';
import { paramsToJson, defaultParams, type ParamsJson } from '../params.js';

export const bank = bankKeeper;
const routes = new Map(createMsgRoutes(bank).map((r) => [r.typeUrl, r]));
const pb = marketchain.moneymarket.v1 as any;

/** "2.1" → 2.1e18 (scenario notation). */
export const e18 = (s: string | number) => parseDecimal(String(s), 18);
export const addr = (name: string) => toBech32(sha256(utf8('mm-test-' + name)).subarray(0, 20));

export interface ExecResult { code: number; codespace: string; log: string; events: Event[]; response?: any }

export class Harness {
  readonly store = new MemoryStore();
  height = 1000;
  private n = 0;
  private lastIdx = new Map<string, [bigint, bigint]>();
  readonly problems: string[] = [];

  constructor(params: Partial<ParamsJson> = {}, extra: Partial<MoneymarketGenesis> = {}) {
    const g = { ...defaultGenesis(), ...extra, params: { ...paramsToJson(defaultParams()), admin: addr('admin'), oracle: addr('oracle'), maxBorrowRate: '0', ...params } };
    this.write(0, (ctx) => initGenesis(ctx, g));
  }

  private write(height: number, f: (ctx: Ctx) => void, tx?: Ctx['tx']): Event[] {
    const cache = new CacheStore(this.store);
    const events = new EventManager();
    const ctx = new Ctx({ height, time: '2026-01-01T00:00:00Z', chainId: 'mm-test' }, cache, events, new GasMeter(INFINITE_GAS), 'deliver', tx);
    f(ctx);
    cache.write();
    return events.all();
  }

  get q(): QueryCtx {
    return new QueryCtx({ height: this.height, time: '2026-01-01T00:00:00Z', chainId: 'mm-test' }, this.store);
  }

  mint(who: string, denom: string, amount: bigint): void {
    // minting through the bank module's public genesis hook (no message mints)
    this.write(this.height, (ctx) => bankModule.genesis.initGenesis(ctx, { balances: [{ address: who, coins: [{ denom, amount: amount.toString() }] }], supply: [] }));
  }

  /** A direct bank transfer (e.g. a donation to the module account). */
  send(from: string, to: string, denom: string, amount: bigint): void {
    this.write(this.height, (ctx) => bank.sendCoins(ctx, from, to, [{ denom, amount }]));
  }

  dump(): string {
    const parts: string[] = [];
    for (const [k, v] of this.store.iterate(new Uint8Array())) parts.push(toHex(k) + '=' + toHex(v));
    return parts.join(',');
  }

  /** Runs one message as a tx: stateless check, then the handler; a failure writes nothing. */
  exec(name: MsgName, msg: Record<string, unknown>): ExecResult {
    const route = routes.get(typeUrl(name))!;
    const bytes = pb[name].encode(pb[name].fromObject(msg)).finish();
    const decoded = route.decode(bytes);
    const hash = sha256(utf8(`tx-${this.n++}`));
    let events: Event[] = [];
    let response: Uint8Array | void;
    try {
      route.validateBasic(decoded);
      events = this.write(this.height, (ctx) => { response = route.handle(ctx, decoded); }, { hash, msgIndex: 0, signers: route.signers(decoded) });
    } catch (e) {
      const ce: ChainError = toChainError(e);
      return { code: ce.code, codespace: ce.codespace, log: ce.message, events: [] };
    }
    this.checkAfterStep(name);
    return { code: 0, codespace: '', log: '', events, response: pb[name + 'Response'].toObject(pb[name + 'Response'].decode(response!), { defaults: true }) };
  }

  /** I1 exactly, cash ≤ module account balance, indices never decrease. */
  checkAfterStep(label: string): void {
    const q = this.q;
    for (const p of [...balanceSheetProblems(q), ...custodyProblems(q, bank)]) this.problems.push(`${label}: ${p}`);
    for (const m of allMarkets(q)) {
      const last = this.lastIdx.get(m.denom);
      if (last && (m.supplyIndex < last[0] || m.borrowIndex < last[1])) this.problems.push(`${label}: ${m.denom} index decreased`);
      this.lastIdx.set(m.denom, [m.supplyIndex, m.borrowIndex]);
    }
  }

  market(denom: string) {
    return getMarket(this.q, denom)!;
  }

  /** cash / borrows / supply / equity (spec notation). */
  ledger(denom: string): [bigint, bigint, bigint, bigint] {
    const m = this.market(denom);
    return [m.cash, m.totalBorrows, m.totalSupply, m.equity];
  }

  wallet(who: string, denom: string): bigint {
    return bank.getBalance(this.q, who, denom);
  }

  get moduleAddress(): string {
    return MODULE_ADDRESS;
  }

  moduleBalance(denom: string): bigint {
    return bank.getBalance(this.q, MODULE_ADDRESS, denom);
  }

  /** Balance view as of this.height (indices computed on the fly). */
  supplyOf(who: string, denom: string): bigint {
    const c = getCheckpoint(this.q, 'supply', who, denom);
    return currentBalance(c.principal, indicesAt(this.market(denom), BigInt(this.height)).supplyIndex, c.interestIndex);
  }

  borrowOf(who: string, denom: string): bigint {
    const c = getCheckpoint(this.q, 'borrow', who, denom);
    return currentBalance(c.principal, indicesAt(this.market(denom), BigInt(this.height)).borrowIndex, c.interestIndex);
  }

  /** (liquidity, shortfall) at a ratio mantissa, in value × E units. */
  liquidity(who: string, ratio: bigint): [bigint, bigint] {
    const v = accountValues(this.q, who, BigInt(this.height));
    const r = liquidityAt(v.supplyValue, v.borrowValue, ratio);
    return [r.liquidity, r.shortfall];
  }

  /** Replays the journal of `denom`; returns the four balances it implies (and the zero-sum accounts' net). */
  journalBalances(denom: string): { cash: bigint; borrows: bigint; supply: bigint; equity: bigint; opening: bigint; subledger: bigint } {
    const bal = new Map<string, bigint>();
    const total = journalCount(this.q, 'ledger', denom);
    for (const b of journalPage(this.q, 'ledger', denom, 0n, total, false)) {
      const e = pb.LedgerEntry.decode(b);
      const amt = BigInt(e.amount);
      bal.set(e.debit, (bal.get(e.debit) ?? 0n) + amt);
      bal.set(e.credit, (bal.get(e.credit) ?? 0n) - amt);
    }
    let subledger = 0n;
    for (const [k, v] of bal) if (k.startsWith('supply/')) subledger += v;
    return { cash: bal.get('cash') ?? 0n, borrows: bal.get('borrows') ?? 0n, supply: -(bal.get('supply') ?? 0n), equity: -(bal.get('equity') ?? 0n), opening: bal.get('opening') ?? 0n, subledger };
  }
}

export const fixedModel = (supply: string, borrow: string) => ({ kind: 'fixed', fixedSupplyRate: supply, fixedBorrowRate: borrow, baseRate: '0', slope: '0', spreadBps: 0 });
export const seedModel = { kind: 'linear', baseRate: '0.1', slope: '0.3', spreadBps: 1500, fixedSupplyRate: '0', fixedBorrowRate: '0' };
