// Workload 2 (issue 6): money-market supply/borrow/repay, AMM swaps on a pool with passive liquidity plus
// JIT bundles (add short-term → a pending user swap by its exact bytes → remove, by broadcast_bundle), and
// repo rounds (open, commit, reveal, accept ×2, repurchase by four parties each). Every tx is signed before
// timing starts.
//
// Genesis (like node/dev_home.ts): moneymarket lists uatom (price 8) and uusdc (price 1); amm pool 1
// uatom/uusdc at price 10 in [5, 20] with account 0's long-term liquidity; repo default params with a long
// grace period. Untimed setup: account 0 supplies uusdc to the money market so borrows find cash.
//
// Accounts: 0 = LP / lender of last resort; 1 = the BDmm of every repo round and its only opener, so the
// round ids are known in advance (1, 2, … in its sequence order) and commitments (with salts generated
// here) can be signed up front; then groups of (BDrm, MM, RM) shared round-robin by the rounds; then, per
// JIT bundle, a fresh searcher and a fresh swapper (the bundle's dry run needs the swapper's next sequence
// to be its committed one); the rest are users: even ones cycle supply uatom → borrow uusdc → repay max,
// odd ones swap in alternating directions. Repo steps are gated waves (the load generator submits a wave
// once every tx of the previous ones is in a block), so phases and maturity (tenor 1 block) follow the
// block timeline; phase lengths are 600 blocks each, far longer than a run.
import { createHash } from 'node:crypto';
import { devGenesis as ammDevGenesis } from '../../modules/amm/index.js';
import { positionIdFromTx, TYPE_URLS as AMM } from '../../modules/amm/msgs.js';
import { devGenesis as mmDevGenesis } from '../../modules/moneymarket/genesis.js';
import { devGenesis as repoDevGenesis } from '../../modules/repo/index.js';
import { computeCommitment, TYPE_URLS as REPO } from '../../modules/repo/msgs.js';
import { requiredBond } from '../../modules/repo/bond.js';
import { defaultParams as defaultRepoParams } from '../../modules/repo/params.js';
import { coinToString } from '../../chain/coins.js';
import { signTx, type BenchAccount } from '../accounts.js';
import type { PlanItem } from '../load.js';
import type { TxSpec } from '../sign_pool.js';
import type { Workload, WorkloadContext } from './types.js';

const MM = '/marketchain.moneymarket.v1.';
const GAS = { mm: 150_000, swap: 100_000, jit: 100_000, repo: 150_000 }; // measured gas used ≤ 83k, 56k, 69k, 107k
const fee = (gas: number, price = 0.02) => [{ denom: 'umkt', amount: String(Math.ceil(gas * price)) }];
const JIT_GAS_PRICE = 0.05; // above the swaps' 0.02, so the bundle outranks the standalone swap
// Repo steps have deadlines and each waits for the previous one to be in a block: like any
// time-sensitive protocol step they pay a priority fee, so a step goes into the next block instead of
// queueing behind the free stream (at 0.02 each of the six waves waited ~2 blocks behind up to 5,000
// queued txs, and the last waves trailed the run at 300 txs per block).
const REPO_GAS_PRICE = 0.03;

const PHASE_BLOCKS = 600;
const TENOR = 1;
const LOT = 1_000_000n;
const pts = (xs: [number, number][]) => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));
const D = pts([[100, 10], [140, 20], [200, 30]]); // MM lends (rate increasing); spec EX1 → Q = 20
const S = pts([[500, 10], [450, 20], [400, 30]]); // RM borrows (rate decreasing)
const MAX_QTY = 30;
/** The §5.1 bond of these rounds under the dev params (1,000,010 uusdc), in the cash denom. */
const BOND = coinToString(requiredBond(defaultRepoParams(), 'uusdc', BigInt(MAX_QTY), LOT, BigInt(TENOR))!.required);
const wire = (p: typeof D) => p.map((x) => ({ rateBps: Number(x.rateBps), qty: Number(x.qty) }));

interface Layout {
  rounds: number;
  groups: number;
  bundles: number;
  firstGroup: number;
  firstJit: number;
  firstUser: number;
}

function layout(nTxs: number, nAcc: number): Layout {
  let rounds = Math.max(2, Math.round((nTxs * 0.12) / 8));
  let bundles = Math.max(1, Math.round((nTxs * 0.06) / 3));
  const groups = Math.min(rounds, 30);
  const firstGroup = 2;
  const firstJit = firstGroup + 3 * groups;
  bundles = Math.min(bundles, Math.floor((nAcc - firstJit - 50) / 2));
  if (bundles < 1) throw new Error(`mixed: ${nAcc} accounts are too few (need ≥ ${firstJit + 52})`);
  rounds = Math.max(rounds, 1);
  return { rounds, groups, bundles, firstGroup, firstJit, firstUser: firstJit + 2 * bundles };
}

// State carried from build() to finish() (one run per process).
let pending: { jitSpec: number; swapSpec: number; searcher: BenchAccount; seq: bigint; accountNumber: bigint }[] = [];
let items: ({ kind: 'tx'; spec: number; wave?: number; s: number; pipelined?: boolean } | { kind: 'bundle'; b: number })[] = [];

export const mixed: Workload = {
  name: 'mixed',
  description: 'moneymarket supply/borrow/repay, amm swaps + JIT bundles (broadcast_bundle), repo rounds (open/commit/reveal/accept/repurchase)',
  // The repo rounds need six gated waves, a block or two each whatever the node's rate. With 20,000 txs
  // the free stream was over in 6–8 blocks, so the rate depended on whether the last waves trailed it
  // (39–59 % of bank sends in runs of one build); with 40,000 it lasts 15–20 blocks.
  defaultTxs: 40_000,
  warmupTxs: 10_000,
  genesisCoins: () => '1000000000000uatom,1000000000000umkt,1000000000000uusdc',
  genesis(appState, accounts) {
    const a0 = accounts[0]!.address;
    appState.moneymarket = mmDevGenesis(a0);
    appState.amm = ammDevGenesis(a0);
    appState.amm.genesis_deposits[0].commitment_blocks = '100000';
    const repo = repoDevGenesis(a0);
    repo.params.graceBlocks = 100_000;
    appState.repo = repo;
  },
  async setup(ctx) {
    // Untimed: account 0 supplies 100,000 USDC so the users' borrows find cash.
    const a0 = ctx.accounts[0]!;
    const seq = ctx.sequences.get(a0.address)!;
    const tx = signTx(a0, [{ typeUrl: MM + 'MsgSupply', value: { sender: a0.address, denom: 'uusdc', amount: '100000000000' } }], {
      chainId: ctx.chainId, accountNumber: ctx.accountNumbers.get(a0.address)!, sequence: seq, fee: fee(GAS.mm), gas: GAS.mm,
    });
    const rpc = async (method: string, params: object) => {
      const r = await fetch(ctx.rpcUrl, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
      const j = (await r.json()) as any;
      if (j.error) throw new Error(`${method}: ${j.error.message} ${j.error.data ?? ''}`);
      return j.result;
    };
    const r = await rpc('broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') });
    if (r.code !== 0) throw new Error(`mixed setup: supply rejected: ${r.log}`);
    for (let i = 0; i < 200; i++) {
      await new Promise((res) => setTimeout(res, 100));
      const t = await rpc('tx', { hash: r.hash }).catch(() => undefined);
      if (t) {
        if (t.tx_result.code !== 0) throw new Error(`mixed setup: supply failed: ${t.tx_result.log}`);
        ctx.sequences.set(a0.address, seq + 1n);
        return;
      }
    }
    throw new Error('mixed setup: supply not committed within 20 s');
  },
  build(ctx: WorkloadContext) {
    const L = layout(ctx.txs, ctx.accounts.length);
    const specs: TxSpec[] = [];
    pending = [];
    items = [];
    const spec = (acc: BenchAccount, msgs: TxSpec['msgs'], gas: number, price = 0.02): number => {
      const seq = ctx.sequences.get(acc.address)!;
      ctx.sequences.set(acc.address, seq + 1n);
      specs.push({ from: acc.index, msgs, chainId: ctx.chainId, accountNumber: ctx.accountNumbers.get(acc.address)!, sequence: seq, fee: fee(gas, price), gas });
      return specs.length - 1;
    };
    const acc = (i: number) => ctx.accounts[i]!;

    // Repo: waves 1..6. Round r (id r+1) uses BDmm = account 1 and group r mod groups.
    const bdmm = acc(1);
    const group = (r: number) => ({ bdrm: acc(L.firstGroup + 3 * (r % L.groups)), mm: acc(L.firstGroup + 3 * (r % L.groups) + 1), rm: acc(L.firstGroup + 3 * (r % L.groups) + 2) });
    const salts = Array.from({ length: L.rounds }, (_, r) => ({
      mm: new Uint8Array(createHash('sha256').update(`${ctx.seed}/repo/${r}/mm`).digest()),
      rm: new Uint8Array(createHash('sha256').update(`${ctx.seed}/repo/${r}/rm`).digest()),
    }));
    const repoTx = (wave: number, who: BenchAccount, typeUrl: string, value: object) =>
      items.push({ kind: 'tx', spec: spec(who, [{ typeUrl, value: { sender: who.address, ...value } }], GAS.repo, REPO_GAS_PRICE), wave, s: who.index, pipelined: true });
    for (let r = 0; r < L.rounds; r++) {
      const g = group(r);
      repoTx(1, bdmm, REPO.openRound, {
        bdMm: bdmm.address, bdRm: g.bdrm.address, mmClient: g.mm.address, rmClient: g.rm.address, cashDenom: 'uusdc', collateralDenom: 'uatom',
        lotSize: LOT.toString(), tenorBlocks: TENOR, maxQty: MAX_QTY, bond: BOND, commitBlocks: PHASE_BLOCKS, revealBlocks: PHASE_BLOCKS, acceptBlocks: PHASE_BLOCKS,
      });
    }
    for (let r = 0; r < L.rounds; r++) {
      const id = BigInt(r + 1);
      repoTx(2, bdmm, REPO.commitReport, { roundId: r + 1, commitment: computeCommitment(id, 'mm', 0n, D, salts[r]!.mm) });
      repoTx(2, group(r).bdrm, REPO.commitReport, { roundId: r + 1, commitment: computeCommitment(id, 'rm', 0n, S, salts[r]!.rm) });
    }
    for (let r = 0; r < L.rounds; r++) {
      repoTx(3, bdmm, REPO.revealReport, { roundId: r + 1, hurdleBps: 0, points: wire(D), salt: salts[r]!.mm });
      repoTx(3, group(r).bdrm, REPO.revealReport, { roundId: r + 1, hurdleBps: 0, points: wire(S), salt: salts[r]!.rm });
    }
    for (let r = 0; r < L.rounds; r++) repoTx(4, group(r).mm, REPO.acceptLeg, { roundId: r + 1 });
    for (let r = 0; r < L.rounds; r++) repoTx(5, group(r).rm, REPO.acceptLeg, { roundId: r + 1 });
    for (let r = 0; r < L.rounds; r++) repoTx(6, group(r).rm, REPO.repurchase, { roundId: r + 1 });
    const repoTxs = 8 * L.rounds;

    // Free stream: users round-robin (consecutive txs from different senders), bundles spread evenly.
    const users = ctx.accounts.length - L.firstUser;
    const free = ctx.txs - repoTxs - 3 * L.bundles;
    const bundleEvery = Math.max(1, Math.floor(free / L.bundles));
    let b = 0;
    for (let k = 0; k < free; k++) {
      if (k % bundleEvery === 0 && b < L.bundles) {
        const searcher = acc(L.firstJit + 2 * b);
        const swapper = acc(L.firstJit + 2 * b + 1);
        const jitSpec = spec(searcher, [{ typeUrl: AMM.addLiquidity, value: { sender: searcher.address, poolId: 1, amount0Max: '20000000000', amount1Max: '200000000000', commitmentBlocks: 0 } }], GAS.jit, JIT_GAS_PRICE);
        const swapSpec = spec(swapper, [{ typeUrl: AMM.swapExactIn, value: { sender: swapper.address, poolId: 1, denomIn: 'uusdc', amountIn: '100000000', minAmountOut: '1' } }], GAS.swap);
        const seq = ctx.sequences.get(searcher.address)!;
        ctx.sequences.set(searcher.address, seq + 1n); // the remove, signed in finish()
        pending.push({ jitSpec, swapSpec, searcher, seq, accountNumber: ctx.accountNumbers.get(searcher.address)! });
        items.push({ kind: 'bundle', b: b++ });
      }
      const u = acc(L.firstUser + (k % users));
      const round = Math.floor(k / users);
      let msg;
      if (u.index % 2 === 0) {
        const step = round % 3;
        msg = step === 0 ? { typeUrl: MM + 'MsgSupply', value: { sender: u.address, denom: 'uatom', amount: '1000000' } }
          : step === 1 ? { typeUrl: MM + 'MsgBorrow', value: { sender: u.address, denom: 'uusdc', amount: '1000000' } }
          : { typeUrl: MM + 'MsgRepay', value: { sender: u.address, denom: 'uusdc', amount: 'max' } };
      } else {
        const usdcIn = (round + (u.index >> 1)) % 2 === 0;
        msg = { typeUrl: AMM.swapExactIn, value: { sender: u.address, poolId: 1, denomIn: usdcIn ? 'uusdc' : 'uatom', amountIn: usdcIn ? '10000000' : '1000000', minAmountOut: '1' } };
      }
      items.push({ kind: 'tx', spec: spec(u, [msg], u.index % 2 === 0 ? GAS.mm : GAS.swap), s: u.index });
    }
    return specs;
  },
  finish(ctx, signed) {
    const txs = [...signed];
    const bundleIdx = pending.map((p) => {
      const add = signed[p.jitSpec]!;
      const positionId = positionIdFromTx(p.searcher.address, add, 0);
      const remove = signTx(p.searcher, [{ typeUrl: AMM.removeLiquidity, value: { sender: p.searcher.address, positionId } }], {
        chainId: ctx.chainId, accountNumber: p.accountNumber, sequence: p.seq, fee: fee(GAS.jit, JIT_GAS_PRICE), gas: GAS.jit,
      });
      txs.push(remove);
      return { bundle: [p.jitSpec, p.swapSpec, txs.length - 1], pending: p.swapSpec };
    });
    const plan: PlanItem[] = items.map((it) => (it.kind === 'tx' ? { tx: it.spec, wave: it.wave, s: it.s, pipelined: it.pipelined } : bundleIdx[it.b]!));
    return { txs, plan };
  },
};
