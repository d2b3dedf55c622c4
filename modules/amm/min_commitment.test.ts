// A pool's minimum long commitment (issue 21 item 14): at β = 0 a JIT that adds *long* liquidity with
// commitment 1 earned the long tier's pro-rata fee, as if β were 1. With min_long_commitment_blocks set
// by the authority such an add is refused (amm/26), and the swap's whole fee goes to the passive LP.
import test from 'ava';
import { attr, createPoolMsg, makeAmmChain, msg, msgResponse, pb, type AmmChain } from './testing/kit.js';
import { positionIdFromTx, TYPE_URLS } from './msgs.js';
import { getPool } from './keeper.js';

const addMsg = (sender: string, a0: string, a1: string, commitmentBlocks: number) => msg(TYPE_URLS.addLiquidity, { sender, poolId: 1, amount0Max: a0, amount1Max: a1, commitmentBlocks });
const setParams = (sender: string, minLongCommitmentBlocks: number) => msg(TYPE_URLS.setPoolParams, { sender, poolId: 1, feePips: 3000, betaPpm: 0, minLongCommitmentBlocks });

/** β = 0 pool with a passive long LP (L_P); returns the chain and the passive position id. */
async function setup(minLong: number): Promise<{ c: AmmChain; passiveId: string }> {
  const c = await makeAmmChain();
  const [admin, passive] = c.accounts as any[];
  if ((await c.run(admin, [createPoolMsg(admin.address, { betaPpm: 0 })])).code !== 0) throw new Error('create');
  const set = await c.run(admin, [setParams(admin.address, minLong)]);
  if (set.code !== 0) throw new Error(set.log);
  const pTx = await c.sign(passive, [addMsg(passive.address, '100000000', '1000000000000000', 100)]);
  if (c.block([pTx]).txResults[0]!.code !== 0) throw new Error('passive');
  return { c, passiveId: positionIdFromTx(passive.address, pTx) };
}

/** The JIT (9 × L_P, commitment 1) and the user's 50,000 USDC swap in one block; the fees of both LPs once they may leave. */
async function jitLongAroundSwap(c: AmmChain, passiveId: string) {
  const [, passive, jit, user] = c.accounts as any[];
  const addTx = await c.sign(jit, [addMsg(jit.address, '900000000', '1799999999958', 1)]);
  const swapTx = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })]);
  const out = c.block([addTx, swapTx]);
  c.block([]);
  const passiveFees = (await c.run(passive, [msg(TYPE_URLS.removeLiquidity, { sender: passive.address, positionId: passiveId })]));
  let jitFees: string | undefined;
  if (out.txResults[0]!.code === 0) {
    const r = await c.run(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: positionIdFromTx(jit.address, addTx) })]);
    jitFees = msgResponse(r.data, pb.MsgRemoveLiquidityResponse).fees1;
  }
  return { out, jitFees, passiveExit: passiveFees };
}

test('[amm/min-commitment]: at β = 0 without a minimum, a commitment-1 "long" JIT takes the long tier\'s pro-rata fee', async (t) => {
  const { c, passiveId } = await setup(0);
  // the passive position has commitment 100: let it unlock first
  for (let i = 0; i < 100; i++) c.block([]);
  const { out, jitFees, passiveExit } = await jitLongAroundSwap(c, passiveId);
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0]);
  t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee'), '150000000');
  t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee_long'), '150000000');
  t.is(jitFees, '134999999');
  t.is(msgResponse(passiveExit.data, pb.MsgRemoveLiquidityResponse).fees1, '14999999');
});

test('[amm/min-commitment]: with min_long_commitment_blocks 10 the commitment-1 add is refused (amm/26) and the passive LP earns the whole fee', async (t) => {
  const { c, passiveId } = await setup(10);
  t.is(getPool(c.q(), 1)!.minLongCommitmentBlocks, 10);
  for (let i = 0; i < 100; i++) c.block([]);
  const { out, jitFees, passiveExit } = await jitLongAroundSwap(c, passiveId);
  t.deepEqual(out.txResults.map((r) => [r.codespace, r.code]), [['amm', 26], ['', 0]]);
  t.regex(out.txResults[0]!.log, /pool 1 needs a long-term commitment of at least 10 blocks, got 1 \(0 = short-term\): commitment below the pool's minimum for long-term positions/);
  t.is(jitFees, undefined);
  t.is(attr(out.txResults[1]!.events, 'amm.swap', 'fee_long'), '150000000');
  t.is(msgResponse(passiveExit.data, pb.MsgRemoveLiquidityResponse).fees1, '149999999');
  // short-term (commitment 0) and long-term at the minimum stay allowed
  const jit = c.accounts[2]!;
  t.is((await c.run(jit, [addMsg(jit.address, '1000000', '10000000000', 0)])).code, 0);
  t.is((await c.run(jit, [addMsg(jit.address, '1000000', '10000000000', 10)])).code, 0);
  t.deepEqual(c.app.checkInvariants(), []);
});

test('[amm/min-commitment]: set by the authority only, bounded, emitted, and checked in genesis', async (t) => {
  const { c } = await setup(0);
  const [admin, other] = c.accounts as any[];
  const r = await c.run(admin, [setParams(admin.address, 7)]);
  t.is(attr(r.events, 'amm.set_pool_params', 'min_long_commitment_blocks'), '7');
  t.is((await c.run(other, [setParams(other.address, 1)])).code, 11);
  const big = await c.run(admin, [setParams(admin.address, 100000001)]);
  t.deepEqual([big.codespace, big.code, big.log], ['amm', 9, 'min_long_commitment_blocks 100000001 must be in [0, 100000000]: invalid commitment']);
  // exported with the pool, and genesis refuses a deposit below a pool's minimum
  const g = c.app.exportGenesis().amm as any;
  t.is(g.pools[0].min_long_commitment_blocks, '7');
  const { createAmmModule } = await import('./index.js');
  const { bankKeeper } = await import('../bank/keeper.js');
  const ammModule = createAmmModule({ bank: bankKeeper });
  const bad = { ...g, genesis_deposits: [{ owner: admin.address, pool_id: '1', amount0_max: '1000', amount1_max: '1000000', commitment_blocks: '3' }] };
  t.throws(() => ammModule.genesis.validateGenesis(bad), { message: "amm genesis: genesis_deposits[0]: commitment_blocks 3 is below pool 1's min_long_commitment_blocks 7" });
});
