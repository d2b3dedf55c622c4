// Random operations over bank, moneymarket, amm and repo for the multi-module simulation.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { getBalance } from '../../modules/bank/keeper.js';
import { getPool, allPools } from '../../modules/amm/keeper.js';
import { positionIdFromTx } from '../../modules/amm/msgs.js';
import { DEFAULT_TREASURY as AMM_TREASURY } from '../../modules/amm/params.js';
import { findRound } from '../../modules/repo/keeper.js';
import { splitInterest } from '../../modules/repo/math/interest.js';
import { principal, type Round } from '../../modules/repo/round.js';
import { computeCommitment } from '../../modules/repo/commitment.js';
import { requiredBond } from '../../modules/repo/bond.js';
import { defaultParams as repoDefaultParams } from '../../modules/repo/params.js';
import { devGenesis as mmDevGenesis } from '../../modules/moneymarket/genesis.js';
import { marketchain as ammPb } from '../../proto/amm.js';
import { marketchain as mmPb } from '../../proto/moneymarket.js';
import { marketchain as repoPb } from '../../proto/repo.js';
import type { AnyMsg, SimAccount } from './keys.js';
import type { Op, SimChain } from './harness.js';
import type { Rng } from './rng.js';

const AMM = ammPb.amm.v1 as any;
const MM = mmPb.moneymarket.v1 as any;
const REPO = repoPb.repo.v1 as any;
/** blocks_per_year of the sim's repo params (interest accrues fast enough to matter in short tenors). */
const SIM_BLOCKS_PER_YEAR = 10_000;
const SIM_REPO_PARAMS = { ...repoDefaultParams(), graceBlocks: 4, blocksPerYear: SIM_BLOCKS_PER_YEAR, maxExpiriesPerBlock: 3 };
/** Qcap of every sim round: schedules have at most 5 points, each 1..15 lots above the last. */
const SIM_MAX_QTY = 75;

const enc = (ns: any, pkg: string, name: string, v: Record<string, unknown>): AnyMsg => ({
  typeUrl: `/marketchain.${pkg}.v1.${name}`,
  value: ns[name].encode(ns[name].fromObject(v)).finish(),
});
const amm = (name: string, v: Record<string, unknown>) => enc(AMM, 'amm', name, v);
const mm = (name: string, v: Record<string, unknown>) => enc(MM, 'moneymarket', name, v);
const repo = (name: string, v: Record<string, unknown>) => enc(REPO, 'repo', name, v);
const send = (from: string, to: string, denom: string, amount: bigint | string): AnyMsg => ({
  typeUrl: '/cosmos.bank.v1beta1.MsgSend',
  value: MsgSend.encode({ fromAddress: from, toAddress: to, amount: [{ denom, amount: amount.toString() }] }).finish(),
});

export const DENOMS = ['umkt', 'uusdc', 'uatom'] as const;
export const START_BALANCE = 10_000_000_000_000n; // 1e13 of each denom per account
const MM_DENOMS = ['uatom', 'uusdc'];
const PAIRS: [string, string, number][] = [['uatom', 'uusdc', 8], ['umkt', 'uusdc', 1], ['uatom', 'umkt', 8]];
const MAX_POOLS = 8;

/** Prices in millionths (decimal with 6 places). */
const dec6 = (v: bigint) => `${v / 1_000_000n}.${(v % 1_000_000n).toString().padStart(6, '0')}`;

export function simGenesis(accounts: SimAccount[]): Record<string, unknown> {
  const admin = accounts[0]!.address;
  return {
    bank: { balances: accounts.map((a) => ({ address: a.address, coins: DENOMS.map((denom) => ({ denom, amount: START_BALANCE.toString() })) })), supply: [] },
    moneymarket: mmDevGenesis(admin),
    amm: { params: { authority: admin, treasury: AMM_TREASURY }, next_pool_id: '1', pools: [], positions: [], genesis_deposits: [] },
    repo: { params: SIM_REPO_PARAMS, nextRoundId: 1, rounds: [] },
  };
}

interface PositionInfo { id: string; owner: SimAccount; poolId: number; unlock: number; short: boolean }

type Plan = 'happy' | 'cancel' | 'oneReveal' | 'noReveal' | 'mmNoAccept' | 'rmNoAccept' | 'default';
interface Report { hurdle: number; points: { rateBps: number; qty: number }[]; salt: Uint8Array }
interface RoundInfo {
  id: number;
  plan: Plan;
  bdMm: SimAccount; bdRm: SimAccount; mm: SimAccount; rm: SimAccount;
  reports: { mm: Report; rm: Report };
  /** Which dealers act in the commit / reveal phases under this plan. */
  commits: { mm: boolean; rm: boolean };
  reveals: { mm: boolean; rm: boolean };
  expireByMsg: boolean;
}

export class Workload {
  readonly prices = new Map<string, bigint>([['uatom', 8_000_000n], ['uusdc', 1_000_000n]]);
  readonly positions = new Map<string, PositionInfo>();
  readonly rounds = new Map<number, RoundInfo>();
  readonly outcomes = new Map<string, number>();
  jitBundles = { tried: 0, landed: 0 };

  constructor(readonly chain: SimChain, readonly rng: Rng, readonly users: SimAccount[]) {}

  get oracle(): SimAccount {
    return this.users[0]!;
  }

  private other(a: SimAccount): SimAccount {
    for (;;) {
      const b = this.rng.pick(this.users);
      if (b !== a) return b;
    }
  }

  private bal(a: SimAccount, denom: string): bigint {
    return getBalance(this.chain.query(), a.address, denom);
  }

  /** Runs one block with about `n` operations. */
  block(n: number): void {
    const c = this.chain;
    c.begin();
    this.repoStep();
    if (this.rng.chance(0.25)) this.jit();
    while (c.blockTxs < n) {
      const op = this.randomOp();
      if (op) c.deliver(op);
    }
    this.chain.end(this.users.map((u) => u.address));
    this.trackRounds();
  }

  /** One random operation; null when it was delivered inline (its result is needed, e.g. a position id). */
  randomOp(): Op | null {
    const r = this.rng;
    const kind = r.weighted<() => Op | null>([
      [12, () => this.bankSend()],
      [8, () => this.mmSupply()],
      [5, () => this.mmWithdraw()],
      [7, () => this.mmBorrow()],
      [5, () => this.mmRepay()],
      [4, () => this.mmLiquidate()],
      [3, () => this.mmPrice()],
      [1, () => this.mmAdmin()],
      [2, () => this.ammCreate()],
      [7, () => this.ammAdd()],
      [6, () => this.ammRemove()],
      [14, () => this.ammSwap()],
      [1, () => this.ammParams()],
      [3, () => this.repoOpen()],
      [2, () => this.repoInvalid()],
    ]);
    return kind();
  }

  // ---- bank ----
  bankSend(): Op {
    const r = this.rng, a = r.pick(this.users), b = this.other(a), denom = r.pick(DENOMS);
    if (r.chance(0.1)) return { label: 'bank/send-overdraw', acc: a, msgs: [send(a.address, b.address, denom, this.bal(a, denom) + 1n + r.bigint(1000n))], expect: 'fail' };
    if (r.chance(0.03)) return { label: 'bank/send-zero', acc: a, msgs: [send(a.address, b.address, denom, 0n)], expect: 'fail' };
    return { label: 'bank/send', acc: a, msgs: [send(a.address, b.address, denom, r.part(this.bal(a, denom), 0, 10) + 1n)], expect: 'any' };
  }

  // ---- money market ----
  /** Users 7.. are leveraged: uatom collateral only, uusdc debt only, borrowing close to the limit. */
  private leveraged(a: SimAccount): boolean {
    return this.users.indexOf(a) >= 7;
  }

  mmSupply(): Op {
    const r = this.rng, a = r.pick(this.users);
    if (this.leveraged(a)) return { label: 'mm/supply', acc: a, msgs: [mm('MsgSupply', { sender: a.address, denom: 'uatom', amount: (r.bigint(60_000_000n) + 1n).toString() })], expect: 'any' };
    if (r.chance(0.08)) return { label: 'mm/supply-unlisted', acc: a, msgs: [mm('MsgSupply', { sender: a.address, denom: 'umkt', amount: '1000' })], expect: 'fail' };
    const denom = r.pick(MM_DENOMS);
    return { label: 'mm/supply', acc: a, msgs: [mm('MsgSupply', { sender: a.address, denom, amount: (r.bigint(2_000_000_000n) + 1n).toString() })], expect: 'any' };
  }

  mmWithdraw(): Op {
    const r = this.rng, a = r.pick(this.users), denom = r.pick(MM_DENOMS);
    if (r.chance(0.1)) return { label: 'mm/withdraw-huge', acc: a, msgs: [mm('MsgWithdraw', { sender: a.address, denom, amount: (10n ** 30n).toString() })], expect: 'fail' };
    const amount = r.chance(0.3) ? 'max' : (r.bigint(1_000_000_000n) + 1n).toString();
    return { label: 'mm/withdraw', acc: a, msgs: [mm('MsgWithdraw', { sender: a.address, denom, amount })], expect: 'any' };
  }

  mmBorrow(): Op {
    const r = this.rng, a = r.pick(this.users), denom = this.leveraged(a) ? 'uusdc' : r.pick(MM_DENOMS);
    const amount = this.leveraged(a) ? r.bigint(1_500_000_000n) + 1n : denom === 'uusdc' ? r.bigint(1_500_000_000n) + 1n : r.bigint(200_000_000n) + 1n;
    return { label: 'mm/borrow', acc: a, msgs: [mm('MsgBorrow', { sender: a.address, denom, amount: amount.toString() })], expect: 'any' };
  }

  mmRepay(): Op {
    const r = this.rng, a = r.pick(this.users), denom = r.pick(MM_DENOMS);
    const amount = r.chance(0.4) ? 'max' : (r.bigint(500_000_000n) + 1n).toString();
    return { label: 'mm/repay', acc: a, msgs: [mm('MsgRepay', { sender: a.address, denom, amount })], expect: 'any' };
  }

  mmLiquidate(): Op {
    const r = this.rng, a = r.pick(this.users);
    const borrowDenom = r.pick(MM_DENOMS), collateralDenom = r.pick(MM_DENOMS);
    if (r.chance(0.1)) return { label: 'mm/liquidate-self', acc: a, msgs: [mm('MsgLiquidate', { sender: a.address, borrower: a.address, borrowDenom, collateralDenom, amount: 'max' })], expect: 'fail' };
    const amount = r.chance(0.6) ? 'max' : (r.bigint(300_000_000n) + 1n).toString();
    if (r.chance(0.7)) {
      const b = this.users[r.range(7, this.users.length - 1)]!;
      if (b !== a) return { label: 'mm/liquidate', acc: a, msgs: [mm('MsgLiquidate', { sender: a.address, borrower: b.address, borrowDenom: 'uusdc', collateralDenom: 'uatom', amount })], expect: 'any' };
    }
    return { label: 'mm/liquidate', acc: a, msgs: [mm('MsgLiquidate', { sender: a.address, borrower: this.other(a).address, borrowDenom, collateralDenom, amount })], expect: 'any' };
  }

  mmPrice(): Op {
    const r = this.rng;
    if (r.chance(0.1)) {
      const a = this.other(this.oracle);
      return { label: 'mm/price-not-oracle', acc: a, msgs: [mm('MsgSetAssetPrice', { sender: a.address, denom: 'uatom', price: '7' })], expect: 'fail' };
    }
    const denom = r.chance(0.8) ? 'uatom' : 'uusdc';
    const old = this.prices.get(denom)!;
    // uatom: a random walk pulled back towards 8.
    const drift = old > 8_000_000n ? -40 : 40;
    let p = denom === 'uatom' ? (old * BigInt(r.range(850 + drift, 1150 + drift))) / 1000n : (old * BigInt(r.range(980, 1020))) / 1000n;
    const [lo, hi] = denom === 'uatom' ? [3_000_000n, 16_000_000n] : [500_000n, 2_000_000n];
    if (p < lo) p = lo;
    if (p > hi) p = hi;
    this.prices.set(denom, p);
    return { label: 'mm/price', acc: this.oracle, msgs: [mm('MsgSetAssetPrice', { sender: this.oracle.address, denom, price: dec6(p) })], expect: 'ok' };
  }

  mmAdmin(): Op {
    const r = this.rng, denom = r.pick(MM_DENOMS), a = this.oracle;
    if (r.chance(0.5)) return { label: 'mm/add-reserves', acc: a, msgs: [mm('MsgAddReserves', { sender: a.address, denom, amount: (r.bigint(10_000_000n) + 1n).toString() })], expect: 'any' };
    return { label: 'mm/withdraw-equity', acc: a, msgs: [mm('MsgWithdrawEquity', { sender: a.address, denom, amount: r.chance(0.5) ? 'max' : (r.bigint(1_000_000n) + 1n).toString() })], expect: 'any' };
  }

  // ---- amm ----
  private poolCache: ReturnType<typeof allPools> | undefined;
  private poolCacheHeight = -1;

  /** Pools as of the start of this block (ids and denoms never change; reserves are read fresh with getPool). */
  private pools() {
    if (!this.poolCache || this.poolCacheHeight !== this.chain.height) {
      this.poolCache = allPools(this.chain.query());
      this.poolCacheHeight = this.chain.height;
    }
    return this.poolCache;
  }

  ammCreate(): Op {
    const r = this.rng, a = r.pick(this.users);
    const [d0, d1, mid] = r.pick(PAIRS);
    const priceM = BigInt(mid) * BigInt(r.range(700_000, 1_400_000));
    const lower = (priceM * BigInt(r.range(150, 900))) / 1000n;
    const upper = (priceM * BigInt(r.range(1100, 6000))) / 1000n;
    if (this.pools().length >= MAX_POOLS || r.chance(0.1)) {
      // Invalid: current price outside its range (rejected statelessly).
      return { label: 'amm/create-bad-range', acc: a, msgs: [amm('MsgCreatePool', { sender: a.address, denom0: d0, denom1: d1, price: dec6(upper * 2n), priceLower: dec6(lower), priceUpper: dec6(upper), feePips: 3000, betaPpm: 500000 })], expect: 'fail' };
    }
    return {
      label: 'amm/create', acc: a, expect: 'ok', after: () => { this.poolCache = undefined; },
      msgs: [amm('MsgCreatePool', { sender: a.address, denom0: d0, denom1: d1, price: dec6(priceM), priceLower: dec6(lower), priceUpper: dec6(upper), feePips: r.pick([0, 500, 3000, 10000, 100000]), betaPpm: r.pick([0, 250000, 500000, 1000000, r.range(0, 1000000)]) })],
    };
  }

  private addOp(a: SimAccount, poolId: number, commitment: number, scale: bigint, label: string): Op {
    const r = this.rng;
    const p = getPool(this.chain.query(), poolId);
    const base0 = p && p.reserve0 > 0n ? p.reserve0 : 1_000_000_000n;
    const base1 = p && p.reserve1 > 0n ? p.reserve1 : 1_000_000_000n;
    const a0 = (base0 * scale * BigInt(r.range(1, 1000))) / 1000n + BigInt(r.range(0, 1000));
    const a1 = (base1 * scale * BigInt(r.range(1, 1000))) / 1000n + BigInt(r.range(0, 1000));
    return { label, acc: a, msgs: [amm('MsgAddLiquidity', { sender: a.address, poolId, amount0Max: a0.toString(), amount1Max: a1.toString(), commitmentBlocks: commitment })], expect: 'any' };
  }

  private recordAdd(op: Op, res: { out: { result: { code: number } }; tx: Uint8Array }, poolId: number, commitment: number): void {
    if (res.out.result.code !== 0) return;
    const id = positionIdFromTx(op.acc.address, res.tx, 0);
    this.positions.set(id, { id, owner: op.acc, poolId, unlock: this.chain.height + commitment + (commitment > 0 ? 1 : 0), short: commitment === 0 });
  }

  ammAdd(): Op | null {
    const r = this.rng, a = r.pick(this.users), pools = this.pools();
    if (pools.length === 0) return this.ammCreate();
    if (r.chance(0.05)) return { label: 'amm/add-zero', acc: a, msgs: [amm('MsgAddLiquidity', { sender: a.address, poolId: 1, amount0Max: '0', amount1Max: '0', commitmentBlocks: 1 })], expect: 'fail' };
    const pool = r.pick(pools);
    const commitment = r.chance(0.3) ? 0 : r.range(1, 12);
    const op = this.addOp(a, pool.id, commitment, r.chance(0.8) ? 1n : 3n, commitment === 0 ? 'amm/add-short' : 'amm/add-long');
    // Deliver now so the position id (from the tx bytes) can be recorded; return a no-op marker.
    const res = this.chain.deliver(op);
    this.recordAdd(op, res, pool.id, commitment);
    return null;
  }

  ammRemove(): Op | null {
    const r = this.rng;
    const list = [...this.positions.values()];
    if (list.length === 0) return this.ammSwap();
    const pos = r.pick(list);
    const h = this.chain.height;
    if (r.chance(0.08)) {
      const b = this.other(pos.owner);
      return { label: 'amm/remove-not-owner', acc: b, msgs: [amm('MsgRemoveLiquidity', { sender: b.address, positionId: pos.id })], expect: 'fail' };
    }
    const op: Op = { label: h < pos.unlock ? 'amm/remove-locked' : 'amm/remove', acc: pos.owner, msgs: [amm('MsgRemoveLiquidity', { sender: pos.owner.address, positionId: pos.id })], expect: h < pos.unlock ? 'fail' : 'ok' };
    const res = this.chain.deliver(op);
    if (res.out.result.code === 0) this.positions.delete(pos.id);
    return null;
  }

  private swapOp(a: SimAccount, poolId: number, zeroForOne: boolean, label: string, expect: Op['expect'] = 'any'): Op {
    const r = this.rng;
    const p = getPool(this.chain.query(), poolId)!;
    const denomIn = zeroForOne ? p.denom0 : p.denom1;
    const resIn = zeroForOne ? p.reserve0 : p.reserve1;
    const resOut = zeroForOne ? p.reserve1 : p.reserve0;
    if (r.chance(0.5)) {
      const amountIn = r.part(resIn + 1000n, 1, r.chance(0.1) ? 2000 : 150) + 1n;
      const minOut = r.chance(0.05) ? (10n ** 30n).toString() : '0';
      return { label: label + '-in', acc: a, msgs: [amm('MsgSwapExactIn', { sender: a.address, poolId, denomIn, amountIn: amountIn.toString(), minAmountOut: minOut })], expect: minOut === '0' ? expect : 'fail' };
    }
    const amountOut = r.part(resOut, 1, r.chance(0.1) ? 1200 : 150) + 1n;
    const maxIn = r.chance(0.05) ? '1' : (10n ** 30n).toString();
    return { label: label + '-out', acc: a, msgs: [amm('MsgSwapExactOut', { sender: a.address, poolId, denomIn, amountOut: amountOut.toString(), maxAmountIn: maxIn })], expect: maxIn === '1' ? 'fail' : expect };
  }

  ammSwap(): Op | null {
    const r = this.rng, a = r.pick(this.users), pools = this.pools();
    if (pools.length === 0) return this.ammCreate();
    if (r.chance(0.04)) return { label: 'amm/swap-no-pool', acc: a, msgs: [amm('MsgSwapExactIn', { sender: a.address, poolId: 999_999, denomIn: 'uusdc', amountIn: '1000', minAmountOut: '0' })], expect: 'fail' };
    const pool = r.pick(pools);
    if (r.chance(0.04)) return { label: 'amm/swap-wrong-denom', acc: a, msgs: [amm('MsgSwapExactIn', { sender: a.address, poolId: pool.id, denomIn: 'ufoo', amountIn: '1000', minAmountOut: '0' })], expect: 'fail' };
    return this.swapOp(a, pool.id, r.chance(0.5), 'amm/swap');
  }

  ammParams(): Op {
    const r = this.rng, pools = this.pools();
    const poolId = pools.length > 0 ? r.pick(pools).id : 1;
    if (r.chance(0.4)) {
      const a = this.other(this.oracle);
      return { label: 'amm/params-unauthorized', acc: a, msgs: [amm('MsgSetPoolParams', { sender: a.address, poolId, feePips: 3000, betaPpm: 0 })], expect: 'fail' };
    }
    return { label: 'amm/params', acc: this.oracle, msgs: [amm('MsgSetPoolParams', { sender: this.oracle.address, poolId, feePips: r.pick([0, 100, 3000, 30000]), betaPpm: r.range(0, 1_000_000) })], expect: pools.length > 0 ? 'ok' : 'fail' };
  }

  /** JIT bundle: short-term add → someone's swap → remove of that position, atomically in this block. */
  jit(): void {
    const r = this.rng, pools = this.pools().filter((p) => p.liquidityLong + p.liquidityShort > 0n);
    if (pools.length === 0) return;
    const pool = r.pick(pools), j = r.pick(this.users), s = this.other(j);
    const zeroForOne = r.chance(0.5);
    this.jitBundles.tried++;
    const add = this.addOp(j, pool.id, 0, BigInt(r.range(1, 4)), 'amm/jit-add');
    const out = this.chain.bundle([
      add,
      () => this.swapOp(s, pool.id, zeroForOne, 'amm/jit-swap'),
      (prev) => ({ label: 'amm/jit-remove', acc: j, msgs: [amm('MsgRemoveLiquidity', { sender: j.address, positionId: positionIdFromTx(j.address, prev[0]!.tx, 0) })], expect: 'ok' }),
    ]);
    if (out) this.jitBundles.landed++;
  }

  // ---- repo ----
  private schedule(side: 'mm' | 'rm'): Report {
    const r = this.rng;
    const n = r.range(1, 5);
    const points: { rateBps: number; qty: number }[] = [];
    let qty = 0;
    let rate = side === 'mm' ? r.range(50, 250) : r.range(350, 700);
    for (let i = 0; i < n; i++) {
      qty += r.range(1, 15);
      points.push({ rateBps: rate, qty });
      rate += side === 'mm' ? r.range(1, 80) : -r.range(1, 60);
      if (rate < 0) break;
    }
    return { hurdle: r.chance(0.8) ? 0 : r.range(0, 400), points, salt: r.bytes(32) };
  }

  repoOpen(): Op | null {
    const r = this.rng;
    const pool = this.users.slice(1);
    const parties: SimAccount[] = [];
    while (parties.length < 4) {
      const x = r.pick(pool);
      if (!parties.includes(x)) parties.push(x);
    }
    const [bdMm, bdRm, mmC, rmC] = parties as [SimAccount, SimAccount, SimAccount, SimAccount];
    const opener = r.chance(0.5) ? bdMm : bdRm;
    const bad = r.chance(0.08);
    const lotSize = r.range(1000, 2_000_000);
    const tenorBlocks = r.range(1, 6);
    // at least the §5.1 bond the module requires, in the cash denom
    const need = requiredBond(SIM_REPO_PARAMS, 'uusdc', BigInt(SIM_MAX_QTY), BigInt(lotSize), BigInt(tenorBlocks))!.required.amount;
    const msg = repo('MsgOpenRound', {
      sender: bad ? mmC.address : opener.address, bdMm: bdMm.address, bdRm: bdRm.address, mmClient: mmC.address, rmClient: rmC.address,
      cashDenom: 'uusdc', collateralDenom: r.chance(0.8) ? 'uatom' : 'umkt', lotSize: String(lotSize), tenorBlocks, maxQty: SIM_MAX_QTY,
      bond: `${need + BigInt(r.range(0, 2_000_000))}uusdc`, commitBlocks: r.range(1, 4), revealBlocks: r.range(1, 4), acceptBlocks: r.range(1, 4),
    });
    const op: Op = { label: bad ? 'repo/open-not-dealer' : 'repo/open', acc: bad ? mmC : opener, msgs: [msg], expect: bad ? 'fail' : 'ok' };
    const res = this.chain.deliver(op);
    if (res.out.result.code === 0) {
      const id = Number(REPO.MsgOpenRoundResponse.decode(res.out.msgResponses![0]!.value).roundId);
      const plan = r.weighted<Plan>([[6, 'happy'], [1, 'cancel'], [1, 'oneReveal'], [1, 'noReveal'], [1, 'mmNoAccept'], [1, 'rmNoAccept'], [1, 'default']]);
      const one = r.chance(0.5);
      this.rounds.set(id, {
        id, plan, bdMm, bdRm, mm: mmC, rm: rmC,
        reports: { mm: this.schedule('mm'), rm: this.schedule('rm') },
        commits: plan === 'cancel' ? { mm: one && r.chance(0.7), rm: !one && r.chance(0.7) } : { mm: true, rm: true },
        reveals: plan === 'noReveal' ? { mm: false, rm: false } : plan === 'oneReveal' ? { mm: one, rm: !one } : { mm: true, rm: true },
        expireByMsg: r.chance(0.4),
      });
    }
    return null;
  }

  repoInvalid(): Op | null {
    const r = this.rng, a = r.pick(this.users);
    const live = [...this.rounds.values()];
    if (live.length === 0 || r.chance(0.3)) return { label: 'repo/commit-unknown-round', acc: a, msgs: [repo('MsgCommitReport', { sender: a.address, roundId: 999_999_999, commitment: new Uint8Array(32) })], expect: 'fail' };
    const info = r.pick(live);
    const round = findRound(this.chain.query(), BigInt(info.id));
    if (!round) return null;
    const outsider = this.users.find((u) => ![info.bdMm, info.bdRm, info.mm, info.rm].includes(u))!;
    return r.weighted<Op>([
      [1, { label: 'repo/accept-outsider', acc: outsider, msgs: [repo('MsgAcceptLeg', { sender: outsider.address, roundId: info.id })], expect: 'fail' }],
      [1, { label: 'repo/repurchase-outsider', acc: outsider, msgs: [repo('MsgRepurchase', { sender: outsider.address, roundId: info.id })], expect: 'fail' }],
      [1, { label: 'repo/commit-outsider', acc: outsider, msgs: [repo('MsgCommitReport', { sender: outsider.address, roundId: info.id, commitment: new Uint8Array(32).fill(7) })], expect: 'fail' }],
    ]);
  }

  private commitment(info: RoundInfo, side: 'mm' | 'rm'): Uint8Array {
    const rep = info.reports[side];
    return computeCommitment(BigInt(info.id), side, BigInt(rep.hurdle), rep.points.map((p) => ({ rateBps: BigInt(p.rateBps), qty: BigInt(p.qty) })), rep.salt);
  }

  private revealMsg(info: RoundInfo, side: 'mm' | 'rm', salt?: Uint8Array): AnyMsg {
    const rep = info.reports[side];
    return repo('MsgRevealReport', { sender: (side === 'mm' ? info.bdMm : info.bdRm).address, roundId: info.id, hurdleBps: rep.hurdle, points: rep.points, salt: salt ?? rep.salt });
  }

  /** Advances every live round by its plan (state as of the last block). */
  repoStep(): void {
    const r = this.rng, c = this.chain, h = c.height, q = c.query();
    for (const info of [...this.rounds.values()]) {
      const round = findRound(q, BigInt(info.id));
      if (!round) continue;
      const act = (deadline: number) => h <= deadline && (h === deadline || r.chance(0.5));
      // A step that moves `need` of `denom` out of `acc` (escrow or repayment): the account may have spent
      // it in other random operations since the round opened, and then the step must fail (`<label>-short`).
      const funded = (label: string, acc: SimAccount, type: string, denom: string, need: bigint) => {
        const msgs = [repo(type, { sender: acc.address, roundId: info.id })];
        c.deliver(this.bal(acc, denom) >= need ? { label, acc, msgs, expect: 'ok' } : { label: `${label}-short`, acc, msgs, expect: 'fail' });
      };
      const deadline = round.phase === 'COMMIT' ? Number(round.commitDeadline) : round.phase === 'REVEAL' ? Number(round.revealDeadline)
        : round.phase === 'MATCHED' ? Number(round.acceptDeadline) : round.phase === 'MM_ACCEPTED' ? Number(round.rmAcceptDeadline) : round.phase === 'ACTIVE' ? Number(round.graceDeadline) : 0;
      if (deadline > 0 && h > deadline) {
        if (info.expireByMsg) {
          const a = r.pick(this.users);
          c.deliver({ label: 'repo/expire', acc: a, msgs: [repo('MsgExpireRound', { sender: a.address, roundId: info.id })], expect: 'ok' });
        }
        continue;
      }
      if (deadline > 0 && r.chance(0.03)) {
        const a = r.pick(this.users);
        c.deliver({ label: 'repo/expire-early', acc: a, msgs: [repo('MsgExpireRound', { sender: a.address, roundId: info.id })], expect: 'fail' });
      }
      switch (round.phase) {
        case 'COMMIT':
          for (const side of ['mm', 'rm'] as const) {
            const held = side === 'mm' ? round.bondMmHeld : round.bondRmHeld;
            if (!held && info.commits[side] && act(deadline)) {
              const d = side === 'mm' ? info.bdMm : info.bdRm;
              c.deliver({ label: 'repo/commit', acc: d, msgs: [repo('MsgCommitReport', { sender: d.address, roundId: info.id, commitment: this.commitment(info, side) })], expect: 'ok' });
            }
          }
          break;
        case 'REVEAL':
          for (const side of ['mm', 'rm'] as const) {
            const done = side === 'mm' ? round.reportMm : round.reportRm;
            if (!done && info.reveals[side] && act(deadline)) {
              const d = side === 'mm' ? info.bdMm : info.bdRm;
              if (r.chance(0.1)) c.deliver({ label: 'repo/reveal-bad-salt', acc: d, msgs: [this.revealMsg(info, side, r.bytes(32))], expect: 'fail' });
              c.deliver({ label: 'repo/reveal', acc: d, msgs: [this.revealMsg(info, side)], expect: 'ok' });
            }
          }
          break;
        case 'MATCHED':
          if (r.chance(0.1)) c.deliver({ label: 'repo/accept-rm-first', acc: info.rm, msgs: [repo('MsgAcceptLeg', { sender: info.rm.address, roundId: info.id })], expect: 'fail' });
          // mm_client escrows the principal in cash.
          if (info.plan !== 'mmNoAccept' && act(deadline)) funded('repo/accept-mm', info.mm, 'MsgAcceptLeg', round.cashDenom, principal(round));
          break;
        case 'MM_ACCEPTED':
          // rm_client escrows the principal in collateral.
          if (info.plan !== 'rmNoAccept' && act(deadline)) funded('repo/accept-rm', info.rm, 'MsgAcceptLeg', round.collateralDenom, principal(round));
          break;
        case 'ACTIVE': {
          const maturity = Number(round.maturityHeight);
          if (h < maturity) {
            if (r.chance(0.15)) c.deliver({ label: 'repo/repurchase-early', acc: info.rm, msgs: [repo('MsgRepurchase', { sender: info.rm.address, roundId: info.id })], expect: 'fail' });
          } else if (info.plan !== 'default' && act(deadline)) {
            // rm_client pays principal + its interest in cash.
            funded('repo/repurchase', info.rm, 'MsgRepurchase', round.cashDenom, repurchaseCost(round));
          }
          break;
        }
      }
    }
  }

  /** Forgets closed rounds, counting how each ended. */
  trackRounds(): void {
    const q = this.chain.query();
    for (const info of [...this.rounds.values()]) {
      const round = findRound(q, BigInt(info.id));
      if (!round) continue;
      if (!['COMMIT', 'REVEAL', 'MATCHED', 'MM_ACCEPTED', 'ACTIVE'].includes(round.phase)) {
        const k = `${round.phase}`;
        this.outcomes.set(k, (this.outcomes.get(k) ?? 0) + 1);
        this.rounds.delete(info.id);
      }
    }
  }
}

/** Cash rm_client pays at repurchase, by the module's own formulas: principal + its interest. */
function repurchaseCost(round: Round): bigint {
  const s = round.selection!;
  const p = principal(round);
  return p + splitInterest(p, BigInt(s.rMmBps ?? 0), BigInt(s.rRmBps ?? 0), BigInt(s.rBdX2 ?? 0), BigInt(round.tenorBlocks), BigInt(SIM_BLOCKS_PER_YEAR)).interestRm;
}
