// One `lab jit` run: sets up a pool and agents per world on a real node, then plays the rounds of spec
// amm-jit.md §4.4 in lockstep over real signed txs. Round = 2 blocks: block A holds the trader's swap
// (and the JIT's bundle around it when the JIT arrives and reads the swap from the mempool); block B the
// oracle update, the arbitrage back to the oracle price and the passive LPs' decisions. Every token flow of
// every agent comes from the block's events, so the rows add up to the chain's balances.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { decodePendingSwap, positionIdFromTx } from '../modules/amm/msgs.js';
import { outbidFee } from '../cli/amm_jit_bot.js';
import { b64, big, txHash, type Account, type BlockTx, type Chain, type PoolState, type Signers } from './chain.js';
import { msg } from './chain.js';
import { Rng } from './rng.js';
import { alphaBarTest, arbSwap, depositFor, jitLiquidity, marketOf, planTrade, predict, principal, sqrtOf, targetSqrt } from './agents.js';
import { worlds, type Scenario, type World } from './scenario.js';
import { informed as informedCost, welfare } from './closed_forms.js';

export const RISKY = 'uatom';
export const STABLE = 'uusdc';
export const GAS_DENOM = 'umkt';

export interface Funding {
  risky: bigint;
  stable: bigint;
  gas: bigint;
}

export interface RunOptions {
  scenario: Scenario;
  chain: Chain;
  /** Agent keys (index 0 is the funder when `funder` is not given). */
  signers: Signers;
  /** A funder outside the agents' wallet (--node with --from). */
  funder?: { signers: Signers; address: string };
  funding: Funding;
  /** The node's block interval: a round's swaps go out only early in a block, so the JIT's bundle can follow them in. */
  blockTimeMs: number;
  onRound?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

type Flow = { d0: bigint; d1: bigint; gas: bigint };
const zero = (): Flow => ({ d0: 0n, d1: 0n, gas: 0n });

export const AGENT_ROLES = ['trader', 'jit', 'arb'] as const;

interface Agent extends Account {
  role: string;
  /** Token flows in the current round. */
  flow: Flow;
  /** Sum of all flows (setup included). */
  total: Flow;
}

interface Position {
  id: string;
  liquidity: bigint;
  mintHeight: number;
}

interface WorldState {
  w: World;
  rng: Rng;
  poolId: number;
  agents: Agent[]; // trader, jit, arb, passive_0..
  positions: Map<string, Position[]>; // passive address -> positions
  oracle: number;
  pool?: PoolState;
  row: Record<string, string | number>;
}

interface Sent {
  world: WorldState;
  agent: Agent;
  fee: bigint;
  kind: string;
  standalone: boolean;
}

export interface RunResult {
  rows: Record<string, string | number>[];
  worlds: WorldSummary[];
  agents: { world: number; role: string; address: string; funded: Funding; total: { d0: string; d1: string; gas: string } }[];
  startHeight: number;
  endHeight: number;
  seconds: number;
}

export interface WorldSummary {
  world: World;
  poolId: number;
  predicted: { d: number; ell: number; R: number; R0: number; alphaBar: number; C: number; surplus: number; welfare: number };
  measured: {
    rounds: number;
    uninformedRounds: number;
    bundled: number;
    missedBundles: number;
    d: number;
    ell: number;
    R: number;
    passiveFeeStable: number;
    passivePnlPerUnit: number;
    jitPnl: number;
    traderSurplus: number;
    welfare: number;
    finalPassiveL: string;
  };
  fees: { traders: string[]; arb: string[]; toLong: string[]; toShort: string[]; toTreasury: string[]; paidOutToLps: string[]; vaultLeft: string[] };
}

const n = (x: bigint) => Number(x);

export async function runLab(o: RunOptions): Promise<RunResult> {
  const s = o.scenario, chain = o.chain, log = o.log ?? (() => {});
  const started = Date.now();
  const ws = worlds(s);
  const perWorld = AGENT_ROLES.length + s.passiveCount;
  const addr = o.signers.addresses;
  if (addr.length < 1 + ws.length * perWorld) throw new Error(`need ${1 + ws.length * perWorld} agent keys, have ${addr.length}`);
  const rng = new Rng(s.seed);
  const states: WorldState[] = ws.map((w) => ({
    w, rng: rng.fork(w.index), poolId: 0, positions: new Map(), oracle: Number(s.price), row: {},
    agents: Array.from({ length: perWorld }, (_, i) => ({
      role: i < AGENT_ROLES.length ? AGENT_ROLES[i]! : `passive${i - AGENT_ROLES.length}`,
      address: addr[1 + w.index * perWorld + i]!, accountNumber: 0n, sequence: 0n, flow: zero(), total: zero(),
    })),
  }));
  const byAddress = new Map<string, { st: WorldState; agent: Agent }>();
  for (const st of states) for (const a of st.agents) byAddress.set(a.address, { st, agent: a });
  const sent = new Map<string, Sent>();
  const rows: Record<string, string | number>[] = [];
  let height = await chain.height();
  let seenAt = Date.now();
  const startHeight = height;

  // Funding: one tx of MsgSends from the funder to every agent.
  const funder = o.funder ?? { signers: o.signers, address: addr[0]! };
  const coins = [{ denom: RISKY, amount: o.funding.risky.toString() }, { denom: GAS_DENOM, amount: o.funding.gas.toString() }, { denom: STABLE, amount: o.funding.stable.toString() }];
  const fAcc = { address: funder.address, ...(await chain.account(funder.address)) };
  const all = states.flatMap((st) => st.agents);
  const fundTx = await funder.signers.sign(fAcc, chain.chainId, all.map((a) => msg.send(funder.address, a.address, coins)), 0n, 0, 200_000 + 100_000 * all.length);
  const fr = await chain.rpc('broadcast_tx_sync', { tx: b64(fundTx) });
  if (fr.code !== 0) throw new Error(`funding tx refused: ${fr.codespace}/${fr.code} ${fr.log}`);
  height = await waitIncluded(chain, height, [txHash(fundTx)]);
  for (const a of all) Object.assign(a, await chain.account(a.address));

  /** Signs for an agent at its next unused sequence (offset for a bundle's second tx). */
  const sign = (st: WorldState, a: Agent, msgs: EncodeObject[], fee: bigint, kind: string, standalone: boolean, offset = 0) =>
    o.signers.sign(a, chain.chainId, msgs, fee, offset).then((tx) => {
      sent.set(txHash(tx), { world: st, agent: a, fee, kind, standalone });
      return tx;
    });
  const broadcast = async (tx: Uint8Array) => {
    const r = await chain.rpc('broadcast_tx_sync', { tx: b64(tx) });
    if (r.code !== 0) throw new Error(`tx refused at CheckTx: ${r.codespace}/${r.code} ${r.log}`);
    return txHash(tx);
  };

  /** Applies a block's events to the agents' flows and the world's row; returns the hashes seen. */
  const apply = (txs: BlockTx[], h: number) => {
    for (const tx of txs) {
      const me = sent.get(tx.hash);
      if (!me) continue;
      me.agent.sequence++;
      me.agent.flow.gas -= me.fee;
      if (tx.code !== 0) {
        if (me.kind === 'create_pool' || me.kind === 'passive_add' && me.world.row.round === undefined) throw new Error(`${me.kind} tx ${tx.hash} failed: ${tx.codespace}/${tx.code} ${tx.log}`);
        me.world.row[`${me.kind}_failed`] = `${tx.codespace}/${tx.code}`;
        log(`${me.world.w.label}: ${me.kind} tx ${tx.hash} failed: ${tx.codespace}/${tx.code} ${tx.log}`);
      }
      for (const e of tx.events) {
        const who = byAddress.get(e.attrs.sender ?? e.attrs.owner ?? e.attrs.creator ?? '');
        if (!who || !e.type.startsWith('amm.')) continue;
        const f = who.agent.flow, row = who.st.row;
        const add = (k: string, v: bigint) => (row[k] = String(big(String(row[k] ?? '0')) + v));
        if (e.type === 'amm.create_pool') who.st.poolId = Number(e.attrs.pool_id);
        if (e.type === 'amm.swap') {
          const in0 = e.attrs.denom_in === RISKY;
          const ai = big(e.attrs.amount_in), ao = big(e.attrs.amount_out);
          if (in0) (f.d0 -= ai), (f.d1 += ao);
          else (f.d1 -= ai), (f.d0 += ao);
          const k = who.agent.role;
          add(`${k}_fee${in0 ? 0 : 1}`, big(e.attrs.fee));
          for (const part of ['fee_short', 'fee_long', 'fee_transfer', 'fee_treasury']) {
            add(`${part}${in0 ? 0 : 1}`, big(e.attrs[part]));
            if (k === 'trader') add(`trader_${part}${in0 ? 0 : 1}`, big(e.attrs[part]));
          }
          row[`${k}_amount_in`] = ai.toString();
          row[`${k}_amount_out`] = ao.toString();
          row[`${k}_denom_in`] = e.attrs.denom_in!;
          row.sqrt_after = e.attrs.sqrt_price_x96!;
          if (k === 'trader') row.sqrt_after_trade = e.attrs.sqrt_price_x96!;
        }
        if (e.type === 'amm.add_liquidity') {
          f.d0 -= big(e.attrs.amount0);
          f.d1 -= big(e.attrs.amount1);
          if (e.attrs.tier === 'long') {
            const list = who.st.positions.get(who.agent.address) ?? [];
            list.push({ id: e.attrs.position_id!, liquidity: big(e.attrs.liquidity), mintHeight: h });
            who.st.positions.set(who.agent.address, list);
          } else add('jit_liquidity', big(e.attrs.liquidity));
        }
        if (e.type === 'amm.remove_liquidity') {
          f.d0 += big(e.attrs.amount0) + big(e.attrs.fees0);
          f.d1 += big(e.attrs.amount1) + big(e.attrs.fees1);
          add(`${who.agent.role.startsWith('passive') ? 'passive' : who.agent.role}_fees0_received`, big(e.attrs.fees0));
          add(`${who.agent.role.startsWith('passive') ? 'passive' : who.agent.role}_fees1_received`, big(e.attrs.fees1));
          if (e.attrs.tier === 'long') {
            const list = who.st.positions.get(who.agent.address) ?? [];
            who.st.positions.set(who.agent.address, list.filter((p) => p.id !== e.attrs.position_id));
          }
        }
      }
      sent.delete(tx.hash);
    }
  };

  /** Waits until every tx in `hashes` is in a block (bundle txs may be dropped: `optional`), applying each new block. */
  const settle = async (hashes: string[], optional: string[] = []) => {
    const want = new Set(hashes), maybe = new Set(optional);
    const deadline = Date.now() + 60_000;
    while (want.size > 0) {
      const now = await chain.waitPast(height);
      seenAt = Date.now();
      for (let h = height + 1; h <= now; h++) {
        const txs = await chain.blockTxs(h);
        for (const t of txs) want.delete(t.hash), maybe.delete(t.hash);
        apply(txs, h);
      }
      height = now;
      if (Date.now() > deadline) throw new Error(`txs not included after 60 s: ${[...want].join(', ')}`);
    }
    // A dropped bundle tx never lands: forget it (its sequence stays unused).
    for (const h of maybe) sent.delete(h);
    return maybe;
  };

  const endRound = (st: WorldState) => {
    const flows = Object.fromEntries(st.agents.flatMap((a) => {
      const out = [[`${a.role}_d0`, a.flow.d0.toString()], [`${a.role}_d1`, a.flow.d1.toString()], [`${a.role}_gas`, a.flow.gas.toString()]];
      a.total.d0 += a.flow.d0, a.total.d1 += a.flow.d1, a.total.gas += a.flow.gas;
      a.flow = zero();
      return out;
    }));
    return flows;
  };

  // Setup: every world's trader creates its pool at the scenario's price and fee with the world's β.
  const creates: string[] = [];
  for (const st of states) {
    const tx = await sign(st, st.agents[0]!, [msg.createPool(st.agents[0]!.address, { denom0: RISKY, denom1: STABLE, price: s.price, lower: s.lower, upper: s.upper, feePips: s.feePips, betaPpm: Math.round(st.w.beta * 1e6) })], 0n, 'create_pool', true);
    creates.push(await broadcast(tx));
  }
  await settle(creates);
  for (const st of states) if (!st.poolId) throw new Error(`pool of world ${st.w.label} not created`);
  // Passive LPs deposit (long term, the minimum commitment) at the pool's price.
  const passives = (st: WorldState) => st.agents.slice(AGENT_ROLES.length);
  const enter = async (st: WorldState, a: Agent) =>
    broadcast(await sign(st, a, [msg.add(a.address, st.poolId, BigInt(s.passiveAmount0), o.funding.stable / 2n, 1)], 0n, 'passive_add', true));
  const deposits: string[] = [];
  for (const st of states) for (const a of passives(st)) deposits.push(await enter(st, a));
  await settle(deposits);
  for (const st of states) {
    st.pool = await chain.pool(st.poolId, height);
    rows.push({ world: st.w.index, round: 0, height_a: height, height_b: height, ...st.row, ...setupRow(st), ...endRound(st) });
    st.row = {};
  }

  for (let r = 1; r <= s.rounds; r++) {
    // Block A: the traders' swaps, then the JITs read the mempool and bundle.
    // The node starts the next block one block time after it started the last one (its header time):
    // with less than 60 % of the interval left, wait for the next block rather than race it.
    const left = Math.min(seenAt, chain.lastBlockTimeMs || seenAt) + o.blockTimeMs - Date.now();
    if (left < 0.6 * o.blockTimeMs) {
      height = await chain.waitPast(height, 60_000);
      seenAt = Date.now();
    }
    const swaps: string[] = [];
    const bundleTxs: string[] = [];
    const plans = new Map<WorldState, ReturnType<typeof planTrade> & { jitArrives: boolean }>();
    // Everything between the previous block and this round's swaps runs in parallel: the JIT's bundle must
    // reach the node before the block holding the swap is built.
    const signed = await Promise.all(states.map(async (st) => {
      const pool = st.pool!; // as the previous round's block B left it
      st.row = { world: st.w.index, round: r, oracle_before: st.oracle, sqrt_before: pool.sqrtPriceX96.toString(), passive_L: pool.liquidityLong.toString() };
      const informed = st.rng.chance(st.w.alpha);
      const buy = s.direction === 'buy' ? true : s.direction === 'sell' ? false : st.rng.chance(0.5);
      const jitArrives = st.w.jit && st.rng.chance(st.w.pi);
      if (pool.liquidityLong === 0n) {
        st.row.type = 'frozen';
        return undefined;
      }
      const plan = planTrade(s, st.w, pool, { informed, buy });
      plans.set(st, { ...plan, jitArrives });
      Object.assign(st.row, { type: plan.informed ? 'informed' : 'uninformed', direction: plan.buy ? 'buy' : 'sell', d: plan.d });
      const trader = st.agents[0]!;
      return sign(st, trader, [msg.swap(trader.address, st.poolId, plan.buy ? STABLE : RISKY, plan.amountIn)], 0n, 'swap', true);
    }));
    swaps.push(...(await Promise.all(signed.filter((x): x is Uint8Array => x !== undefined).map(broadcast))));
    const pending = swaps.length > 0 ? (((await chain.rpc('unconfirmed_txs', { limit: '100' })).txs ?? []) as string[]) : [];
    const decoded = pending.map((t) => ({ t, sw: decodePendingSwap(Buffer.from(t, 'base64')) }));
    await Promise.all([...plans].map(async ([st, plan]) => {
      // The JIT abstains against informed flow (the paper's perfect type detection).
      if (!plan.jitArrives || plan.informed) return;
      const found = decoded.find(({ sw }) => sw.some((x) => x.poolId === st.poolId && x.sender === st.agents[0]!.address));
      if (!found) {
        st.row.jit_missed = 1;
        return;
      }
      const sw = found.sw[0]!;
      const jit = st.agents[1]!, pool = st.pool!;
      const L = jitLiquidity(s, st.w, pool, sw.amount, sw.denomIn === STABLE);
      if (L === 0n) return;
      const dep = depositFor(pool, L);
      const fee = outbidFee(sw);
      const addTx = await sign(st, jit, [msg.add(jit.address, st.poolId, dep.amount0Max, dep.amount1Max, 0)], fee, 'jit_add', false);
      const rmTx = await sign(st, jit, [msg.remove(jit.address, positionIdFromTx(jit.address, addTx, 0))], fee, 'jit_remove', false, 1);
      const res = await chain.rpc('broadcast_bundle', { txs: [b64(addTx), found.t, b64(rmTx)] });
      if (res.code !== 0) {
        sent.delete(txHash(addTx)), sent.delete(txHash(rmTx));
        st.row.jit_missed = 1;
        st.row.jit_refused = `${res.codespace}/${res.code}`;
        log(`${st.w.label}: bundle refused: ${res.codespace}/${res.code} ${res.log}`);
        return;
      }
      bundleTxs.push(txHash(addTx), txHash(rmTx));
    }));
    const dropped = await settle(swaps, bundleTxs);
    const hA = height;
    for (const st of states) {
      if (plans.get(st)?.jitArrives && !plans.get(st)?.informed) st.row.jit_bundled = st.row.jit_liquidity ? 1 : 0;
      if (st.row.jit_bundled === 0) st.row.jit_missed = 1;
    }
    if (dropped.size > 0) log(`round ${r}: ${dropped.size / 2} bundle(s) missed their swap's block`);

    // Block B: the oracle moves (informed rounds), the arbitrageur trades the pool back to it, passive LPs decide.
    const txsB: string[] = [];
    for (const st of states) {
      const plan = plans.get(st);
      // The sell side mirrors the buy side in 1/p (spec §4.2), so an informed sell moves the price to p/(1+δ).
      if (plan?.informed) st.oracle = plan.buy ? st.oracle * (1 + s.delta) : st.oracle / (1 + s.delta);
      st.row.oracle_after = st.oracle;
      if (!s.arbitrage || !plan) continue;
      const pool = await chain.pool(st.poolId, height);
      const target = targetSqrt(st.oracle);
      const arb = arbSwap(pool, target);
      if (!arb) continue;
      const a = st.agents[2]!;
      txsB.push(await broadcast(await sign(st, a, [msg.swap(a.address, st.poolId, arb.buy ? STABLE : RISKY, arb.amountIn, target)], 0n, 'arb', true)));
    }
    for (const st of states) {
      if (r % s.decideEvery !== 0) continue;
      for (const a of passives(st)) {
        const inPool = (st.positions.get(a.address) ?? []).length > 0;
        const want = decide(st, inPool);
        if (want && !inPool) txsB.push(await enter(st, a));
        if (!want && inPool)
          for (const p of st.positions.get(a.address) ?? []) if (height + 1 >= p.mintHeight + 2) txsB.push(await broadcast(await sign(st, a, [msg.remove(a.address, p.id)], 0n, 'passive_remove', true)));
      }
    }
    if (txsB.length > 0) await settle(txsB);
    else (height = await chain.waitPast(height)), (seenAt = Date.now());
    const after = await Promise.all(states.map((st) => chain.pool(st.poolId, height)));
    states.forEach((st, i) => {
      st.row.height_a = hA;
      st.row.height_b = height;
      const before = st.pool!;
      st.pool = after[i]!;
      rows.push({ ...st.row, ...measures(st, before, st.pool), ...endRound(st) });
    });
    o.onRound?.(r, s.rounds);
  }

  // Teardown: every passive LP leaves, so the fees paid by traders all show up as LP payouts, treasury or dust.
  const exits: string[] = [];
  for (const st of states) st.row = { world: st.w.index, round: s.rounds + 1, type: 'teardown' };
  for (const st of states)
    for (const a of passives(st))
      for (const p of st.positions.get(a.address) ?? []) {
        if (height < p.mintHeight + 2) height = await chain.waitPast(p.mintHeight + 1);
        exits.push(await broadcast(await sign(st, a, [msg.remove(a.address, p.id)], 0n, 'passive_remove', true)));
      }
  if (exits.length > 0) await settle(exits);
  for (const st of states) {
    Object.assign(st.row, { height_a: height, height_b: height });
    st.pool = await chain.pool(st.poolId, height);
    rows.push({ ...st.row, ...endRound(st) });
  }
  return {
    rows,
    worlds: states.map((st) => summarize(s, st, rows.filter((x) => x.world === st.w.index))),
    agents: states.flatMap((st) => st.agents.map((a) => ({ world: st.w.index, role: a.role, address: a.address, funded: o.funding, total: { d0: a.total.d0.toString(), d1: a.total.d1.toString(), gas: a.total.gas.toString() } }))),
    startHeight,
    endHeight: height,
    seconds: (Date.now() - started) / 1000,
  };

  function decide(st: WorldState, inPool: boolean): boolean {
    if (s.passiveRule === 'stay') return true;
    if (s.passiveRule === 'alphabar') return alphaBarTest(s, st.w).participate;
    // Trailing P&L: stay iff the per-unit P&L of the long tier over the last K completed rounds (this
    // round's is not complete: the arbitrage lands in the same block as the decision) sums to ≥ 0; when
    // out, probe again.
    if (!inPool) return true;
    const recent = rows.filter((x) => x.world === st.w.index && Number(x.round) > 0 && x.passive_pnl_unit !== undefined).slice(-s.decideEvery);
    return recent.reduce((acc, x) => acc + Number(x.passive_pnl_unit), 0) >= 0;
  }
}

function setupRow(st: WorldState): Record<string, string | number> {
  return { type: 'setup', oracle_before: st.oracle, oracle_after: st.oracle, sqrt_before: st.pool!.sqrtPriceX96.toString(), sqrt_after: st.pool!.sqrtPriceX96.toString(), passive_L: st.pool!.liquidityLong.toString() };
}

/** The round's valuations at the oracle price (floats: the chain's integers are in the flow columns). */
function measures(st: WorldState, before: PoolState, after: PoolState): Record<string, string | number> {
  const row = st.row;
  const p0 = Number(row.oracle_before), p1 = Number(row.oracle_after);
  const s0 = Math.sqrt(p0), LP = Number(before.liquidityLong);
  const unit = s0 * LP;
  const v = (d0: bigint, d1: bigint, p: number) => n(d0) * p + n(d1);
  const jit = st.agents[1]!, arb = st.agents[2]!;
  const out: Record<string, string | number> = { price_before: sqrtOf(before) ** 2, price_after_trade: row.sqrt_after_trade ? (Number(row.sqrt_after_trade) / 2 ** 96) ** 2 : '', price_after: sqrtOf(after) ** 2, passive_L_after: after.liquidityLong.toString() };
  const ai = big(String(row.trader_amount_in ?? '')), ao = big(String(row.trader_amount_out ?? ''));
  if (ai > 0n) {
    const buy = row.direction === 'buy';
    out.trader_exec_price = buy ? n(ai) / n(ao) : n(ao) / n(ai);
    const zeta = st.w.zeta;
    // An uninformed buyer values the risky coin at p0(1+ζ); the mirrored seller values the stable coin at
    // (1+ζ)/p0 risky, i.e. its surplus in stable units is out·(1+ζ) − in·p0 (same s0·L_P normalization).
    out.trader_surplus = row.type === 'informed' ? (buy ? n(ao) * p1 - n(ai) : n(ao) - n(ai) * p1) : buy ? n(ao) * p0 * (1 + zeta) - n(ai) : n(ao) * (1 + zeta) - n(ai) * p0;
    out.trader_surplus_unit = Number(out.trader_surplus) / unit;
    out.welfare_unit = row.type === 'uninformed' ? (buy ? zeta * p0 * n(ao) : zeta * n(ao)) / unit : 0;
    out.d_measured = buy ? n(ai) / (1 + feeOf(before)) / unit : (n(ai) / (1 + feeOf(before))) * s0 / LP;
  }
  if (row.jit_liquidity) out.jit_multiple = Number(row.jit_liquidity) / LP;
  out.jit_pnl = v(jit.flow.d0, jit.flow.d1, p1);
  out.arb_pnl = v(arb.flow.d0, arb.flow.d1, p1);
  // Long tier: fees credited this round plus the principal's change against holding the round-start principal.
  const feeLong0 = big(String(row.fee_long0 ?? '0'));
  const feeLong1 = big(String(row.fee_long1 ?? '0'));
  const sEnd = row.sqrt_after ? BigInt(String(row.sqrt_after)) : before.sqrtPriceX96;
  const pr0 = principal(before, before.sqrtPriceX96, before.liquidityLong), pr1 = principal(before, sEnd, before.liquidityLong);
  out.passive_fee_value = v(feeLong0, feeLong1, p1);
  out.passive_pnl = v(feeLong0, feeLong1, p1) + v(pr1.amount0, pr1.amount1, p1) - v(pr0.amount0, pr0.amount1, p1);
  out.passive_pnl_unit = LP > 0 ? Number(out.passive_pnl) / unit : 0;
  return out;
}

const feeOf = (p: PoolState) => Number(p.feePips) / 1e6 / (1 - Number(p.feePips) / 1e6);

function summarize(s: Scenario, st: WorldState, rows: Record<string, string | number>[]): WorldSummary {
  const m = marketOf(s, st.w);
  const setupL = Number(rows.find((x) => x.type === 'setup')?.passive_L ?? 0);
  const eq = predict(s, m, setupL), eq0 = predict(s, { ...m, pi: 0 }, setupL);
  const { C } = informedCost(s.delta, m.f);
  // A round whose JIT bundle missed its swap's block is off the model (the JIT arrived but could not act):
  // it is counted in missedBundles and left out of the means.
  const all = rows.filter((x) => x.type === 'informed' || x.type === 'uninformed');
  const played = all.filter((x) => Number(x.jit_missed) !== 1);
  const un = played.filter((x) => x.type === 'uninformed');
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const bundled = played.filter((x) => Number(x.jit_bundled) === 1);
  const sum = (k: string) => rows.reduce((acc, x) => acc + big(String(x[k] ?? '0')), 0n);
  const pair = (k: string) => [sum(`${k}0`).toString(), sum(`${k}1`).toString()];
  // R measured: the long tier's share of the uninformed trader's fee per s0·L_P (stable units; buys pay fees in stable, sells in risky valued at the oracle).
  const Rm = un.map((x) => {
    const fee = Number(x.trader_fee1 ?? 0) + Number(x.trader_fee0 ?? 0) * Number(x.oracle_before);
    return (fee * passiveShare(x)) / (Math.sqrt(Number(x.oracle_before)) * Number(x.passive_L));
  });
  // With 0 < π < 1 the JIT's arrivals are a coin flip per round: weight the rounds with and without it by π
  // (stratified mean) so that a few rounds do not tilt R by how often the coin fell.
  const arrived = un.map((x) => Number(x.jit_bundled) === 1);
  const strat = (xs: number[]) => {
    const a = xs.filter((_, i) => arrived[i]), b = xs.filter((_, i) => !arrived[i]);
    return st.w.jit && st.w.pi < 1 && a.length > 0 && b.length > 0 ? st.w.pi * mean(a) + (1 - st.w.pi) * mean(b) : mean(xs);
  };
  return {
    world: st.w,
    poolId: st.poolId,
    predicted: { d: eq.d, ell: eq.ell, R: eq.R, R0: eq0.R, alphaBar: eq.R / (eq.R + C), C, surplus: eq.surplus, welfare: welfare(m, st.w.alpha, s.delta) },
    measured: {
      rounds: played.length,
      uninformedRounds: un.length,
      bundled: bundled.length,
      missedBundles: all.length - played.length,
      d: strat(un.map((x) => Number(x.d_measured ?? 0))),
      ell: mean(bundled.map((x) => Number(x.jit_multiple ?? 0))),
      R: strat(Rm),
      passiveFeeStable: mean(played.map((x) => Number(x.passive_fee_value ?? 0))),
      passivePnlPerUnit: mean(played.map((x) => Number(x.passive_pnl_unit ?? 0))),
      jitPnl: mean(played.map((x) => Number(x.jit_pnl ?? 0))),
      traderSurplus: strat(un.map((x) => Number(x.trader_surplus_unit ?? 0))),
      welfare: mean(rows.filter((x) => Number(x.round) > 0 && x.type !== 'teardown' && Number(x.jit_missed) !== 1).map((x) => Number(x.welfare_unit ?? 0))),
      finalPassiveL: String(rows.filter((x) => x.passive_L_after !== undefined).slice(-1)[0]?.passive_L_after ?? '0'),
    },
    fees: {
      traders: pair('trader_fee'),
      arb: pair('arb_fee'),
      toLong: pair('fee_long'),
      toShort: pair('fee_short'),
      toTreasury: pair('fee_treasury'),
      paidOutToLps: [String(sum('passive_fees0_received') + sum('jit_fees0_received')), String(sum('passive_fees1_received') + sum('jit_fees1_received'))],
      vaultLeft: [st.pool!.feeVault0.toString(), st.pool!.feeVault1.toString()],
    },
  };
}

/** The long tier's share of a round's trader fee, from the chain's own split of that swap. */
function passiveShare(x: Record<string, string | number>): number {
  const fee = Number(x.trader_fee1 ?? 0) + Number(x.trader_fee0 ?? 0);
  const short = Number(x.trader_fee_short1 ?? 0) + Number(x.trader_fee_short0 ?? 0);
  return fee > 0 ? 1 - short / fee : 1;
}

/** Waits for the funding tx (which must succeed) and returns the height it landed at or after. */
async function waitIncluded(chain: Chain, from: number, hashes: string[]): Promise<number> {
  const want = new Set(hashes);
  let h = from;
  const deadline = Date.now() + 60_000;
  while (want.size > 0) {
    const now = await chain.waitPast(h);
    for (let k = h + 1; k <= now; k++) for (const t of await chain.blockTxs(k)) {
      if (want.delete(t.hash) && t.code !== 0) throw new Error(`tx ${t.hash} failed: ${t.codespace}/${t.code} ${t.log}`);
    }
    h = now;
    if (Date.now() > deadline) throw new Error(`txs not included after 60 s: ${[...want].join(', ')}`);
  }
  return h;
}
