import test from 'ava';
import { createPoolMsg, makeAmmChain, msg, pb } from './testing/kit.js';
import { positionIdFromTx, TYPE_URLS, decodePendingSwap } from './msgs.js';
import { bankKeeper } from '../bank/keeper.js';
import { createAmmModule, devGenesis } from './index.js';
import { parseGenesis } from './genesis.js';
import { makeTestChain } from '../../test/helpers/app.js';

async function busyChain() {
  const c = await makeAmmChain();
  const [a, lp, u] = c.accounts as any[];
  await c.run(a, [createPoolMsg(a.address)]);
  const tx = await c.sign(lp, [msg(TYPE_URLS.addLiquidity, { sender: lp.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 5 })]);
  c.block([tx]);
  await c.run(u, [msg(TYPE_URLS.swapExactIn, { sender: u.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000000000', minAmountOut: '0' })]);
  await c.run(u, [msg(TYPE_URLS.swapExactIn, { sender: u.address, poolId: 1, denomIn: 'uatom', amountIn: '300000', minAmountOut: '0' })]);
  return { c, positionId: positionIdFromTx(lp.address, tx), lp, u };
}

test('[amm/genesis]: export(init(g)) deep-equals g, including pools, positions and fee growth', async (t) => {
  const { c } = await busyChain();
  const g = c.app.exportGenesis();
  const c2 = await makeTestChain(1, [], { bank: g.bank, auth: g.auth, amm: g.amm } as any);
  t.deepEqual(c2.app.exportGenesis().amm, g.amm);
  t.deepEqual(c2.app.checkInvariants(), []);
  const amm = g.amm as any;
  t.is(amm.pools.length, 1);
  t.is(amm.positions.length, 1);
  t.not(amm.pools[0].fee_growth_long1_x128, '0');
});

test('[amm/genesis]: validateGenesis rejects bad sections with clear messages', (t) => {
  const ammModule = createAmmModule({ bank: bankKeeper });
  const good = ammModule.genesis.defaultGenesis();
  t.notThrows(() => parseGenesis(good));
  t.throws(() => parseGenesis({ ...good, params: { authority: 'x', treasury: good.params.treasury } }), { message: /params.authority "x" is not an address/ });
  t.throws(() => parseGenesis({ ...good, next_pool_id: '0' }), { message: /next_pool_id must be/ });
  const dev = devGenesis(good.params.authority);
  t.throws(() => parseGenesis({ ...dev, next_pool_id: '1' }), { message: /pool 1: id must be in/ });
  t.throws(() => parseGenesis({ ...dev, pools: [{ ...dev.pools[0], liquidity_long: '5' }] }), { message: /tier liquidity 5\/0 does not match/ });
  t.throws(() => parseGenesis({ ...dev, genesis_deposits: [{ ...dev.genesis_deposits[0]!, pool_id: '9' }] }), { message: /unknown pool 9/ });
});

test('[amm/genesis]: devGenesis gives the dev account a uatom/uusdc pool with its passive long-term liquidity', async (t) => {
  const c = await makeTestChain(1, [{ denom: 'uatom', amount: '1000000000000' }, { denom: 'uusdc', amount: '1000000000000' }]);
  const dev = c.accounts[0]!.address;
  const c2 = await makeTestChain(1, [{ denom: 'uatom', amount: '1000000000000' }, { denom: 'uusdc', amount: '1000000000000' }], { amm: devGenesis(dev) });
  void c;
  const g = c2.app.exportGenesis().amm as any;
  t.is(g.pools[0].denom0, 'uatom');
  t.is(g.positions.length, 1);
  t.is(g.positions[0].owner, dev);
  t.is(g.positions[0].unlock_height, '101');
  t.is(g.pools[0].liquidity_long, g.positions[0].liquidity);
  t.is(g.pools[0].reserve0, '10000000000');
  t.deepEqual(c2.app.checkInvariants(), []);
});

test('[amm/queries]: pool, pools, position, positions by owner, simulate swap, params', async (t) => {
  const { c, positionId, lp } = await busyChain();
  const q = (path: string, req: Uint8Array) => {
    const r = c.app.query('/marketchain.amm.v1.Query/' + path, req);
    if (r.code !== 0) throw new Error(`${r.codespace}/${r.code}: ${r.log}`);
    return r.value;
  };
  const pool = pb.QueryPoolResponse.decode(q('Pool', pb.QueryPoolRequest.encode({ poolId: 1 }).finish())).pool!;
  t.is(pool.priceLower, '1600');
  t.is(pool.priceUpper, '2500');
  t.is(pb.QueryPoolsResponse.decode(q('Pools', new Uint8Array())).pools.length, 1);
  const pos = pb.QueryPositionResponse.decode(q('Position', pb.QueryPositionRequest.encode({ positionId }).finish()));
  t.is(pos.position!.owner, lp.address);
  t.true(pos.longTerm);
  t.true(BigInt(pos.fees0) > 0n && BigInt(pos.fees1) > 0n);
  t.is(pb.QueryPositionsByOwnerResponse.decode(q('PositionsByOwner', pb.QueryPositionsByOwnerRequest.encode({ owner: lp.address }).finish())).positions[0]!.id, positionId);
  const sim = pb.QuerySimulateSwapResponse.decode(q('SimulateSwap', pb.QuerySimulateSwapRequest.encode({ poolId: 1, denomIn: 'uusdc', amount: '50000000000' }).finish()));
  t.is(sim.fee, '150000000');
  t.true(sim.executionPrice.startsWith('20'));
  t.true(sim.priceImpact.startsWith('0.05'));
  t.is(pb.QueryParamsResponse.decode(q('Params', new Uint8Array())).params!.authority, c.accounts[0]!.address);
  const bad = c.app.query('/marketchain.amm.v1.Query/Pool', pb.QueryPoolRequest.encode({ poolId: 42 }).finish());
  t.deepEqual([bad.code, bad.codespace], [2, 'amm']);
  const badSim = c.app.query('/marketchain.amm.v1.Query/SimulateSwap', pb.QuerySimulateSwapRequest.encode({ poolId: 1, denomIn: 'uusdc', amount: '10000000000000' }).finish());
  t.deepEqual([badSim.code, badSim.codespace], [15, 'amm']);
});

test('[amm/pending]: decodePendingSwap reads swaps and gas price from TxRaw bytes', async (t) => {
  const c = await makeAmmChain();
  const u = c.accounts[2]!;
  const tx = await c.sign(u, [msg(TYPE_URLS.swapExactIn, { sender: u.address, poolId: 1, denomIn: 'uusdc', amountIn: '777', minAmountOut: '5' })], '4000000');
  const [s] = decodePendingSwap(tx);
  t.like(s, { sender: u.address, poolId: 1, denomIn: 'uusdc', exactOut: false, amount: 777n, limit: 5n, gasLimit: 2000000n, gasPrice: '2' });
  t.is(s!.hash.length, 64);
  t.deepEqual(decodePendingSwap(new Uint8Array([1, 2, 3])), []);
  const other = await c.sign(u, [msg(TYPE_URLS.createPool, { sender: u.address })]);
  t.deepEqual(decodePendingSwap(other), []);
});
