// Test support: the JIT bundle of modules/amm/jit_block.test.ts ([add short-term, the user's swap,
// remove] on pool 1 at β = 0.5 with passive liquidity), signed for a bundle envelope (MsgBundle) at
// the JIT's sequence s: add at s + 1, remove at s + 2. Imported by tests only.
import { getAccount } from '../../auth/keeper.js';
import { positionIdFromTx, TYPE_URLS } from '../msgs.js';
import { createPoolMsg, makeAmmChain, msg } from './kit.js';

/** Bytes that decode as no tx. */
export const GARBAGE = Uint8Array.of(1, 2, 3);

/** The chain, its accounts (admin, passive, jit, user), and the bundle's txs; `envelope` signs one at s (or `seq`) bidding `fee`. */
export async function jitSetup(appOptions: Parameters<typeof makeAmmChain>[1] = {}) {
  const c = await makeAmmChain(undefined, appOptions);
  const [admin, passive, jit, user] = c.accounts as [any, any, any, any];
  if ((await c.run(admin, [createPoolMsg(admin.address, { betaPpm: 500_000 })])).code !== 0) throw new Error('create pool');
  const passiveAdd = msg(TYPE_URLS.addLiquidity, { sender: passive.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 1 });
  if ((await c.run(passive, [passiveAdd])).code !== 0) throw new Error('passive add');
  const s = getAccount(c.q(), jit.address)!.sequence;
  const addMsg = msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 });
  const add = await c.signAt(jit, [addMsg], s + 1n);
  const swapMsg = (minAmountOut: string) => msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut });
  const swap = await c.sign(user, [swapMsg('24859584')]);
  const rm = await c.signAt(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: positionIdFromTx(jit.address, add) })], s + 2n);
  const envelope = (txs: Uint8Array[], seq = s, fee = '5000') => c.signAt(jit, [msg(TYPE_URLS.bundle, { sender: jit.address, txs })], seq, fee);
  const send = (seq: bigint) => c.signAt(jit, [msg('/cosmos.bank.v1beta1.MsgSend', { fromAddress: jit.address, toAddress: user.address, amount: [{ denom: 'uusdc', amount: '1' }] })], seq);
  return { c, passive, jit, user, s, add, addMsg, swap, swapMsg, rm, envelope, send };
}
