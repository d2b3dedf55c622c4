// AMM end to end against the real node process: the dev chain's passive long-term LP, a user swap
// submitted by an unmodified cosmjs client, a JIT bundle [add short, the swap's exact bytes, remove]
// through broadcast_bundle, the block order, the β fee split, the locked long position, and replay.
import test from 'ava';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { CLI_BIN, sleep, TestNode } from '../helpers/node_process.js';
import { marketchain } from '../../proto/amm.js';
import { decodePendingSwap, positionIdFromTx, TYPE_URLS, amount0DeltaUp, amount1DeltaUp } from '../../modules/amm/msgs.js';

const pb = marketchain.amm.v1;
const types: [string, GeneratedType][] = [
  [TYPE_URLS.addLiquidity, pb.MsgAddLiquidity as any], [TYPE_URLS.removeLiquidity, pb.MsgRemoveLiquidity as any],
  [TYPE_URLS.swapExactIn, pb.MsgSwapExactIn as any], [TYPE_URLS.swapExactOut, pb.MsgSwapExactOut as any],
  [TYPE_URLS.createPool, pb.MsgCreatePool as any], [TYPE_URLS.setPoolParams, pb.MsgSetPoolParams as any],
];
const registry = new Registry([...defaultRegistryTypes, ...types]);

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '1500ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

async function client(w: DirectSecp256k1HdWallet) {
  return SigningStargateClient.connectWithSigner(node.url, w, { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
}

async function abci(path: string, data: Uint8Array): Promise<Uint8Array> {
  const r = await node.rpc('abci_query', { path, data: Buffer.from(data).toString('hex') });
  if (r.response.code) throw new Error(r.response.log);
  return new Uint8Array(Buffer.from(r.response.value ?? '', 'base64'));
}

test.serial('[e2e/amm]: passive LP, cosmjs user swap, JIT bundle add → swap → remove, β split, locked LP, replay', async (t) => {
  const devW = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const dev = (await devW.getAccounts())[0]!.address;
  const jitW = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
  const userW = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
  const jit = (await jitW.getAccounts())[0]!.address, user = (await userW.getAccounts())[0]!.address;
  const devC = await client(devW);
  const fund = (atom: string, usdc: string) => [{ denom: 'uatom', amount: atom }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: usdc }];
  t.is((await devC.sendTokens(dev, jit, fund('50000000000', '300000000000'), 'auto')).code, 0);
  t.is((await devC.sendTokens(dev, user, fund('1000000', '50000000000'), 'auto')).code, 0);

  // the dev account's genesis position is long-term (commitment 100): it cannot exit early
  const mine = pb.QueryPositionsByOwnerResponse.decode(await abci('/marketchain.amm.v1.Query/PositionsByOwner', pb.QueryPositionsByOwnerRequest.encode({ owner: dev }).finish())).positions;
  t.is(mine.length, 1);
  const early = await devC.signAndBroadcast(dev, [{ typeUrl: TYPE_URLS.removeLiquidity, value: { sender: dev, positionId: mine[0]!.id } }], 'auto').catch((e: Error) => ({ code: -1, rawLog: e.message }));
  t.regex(String((early as any).rawLog ?? ''), /unlocks at height 101/);

  // an unmodified cosmjs client submits a swap (sync: it waits in the public mempool)
  const userC = await client(userW);
  const swapMsg = { typeUrl: TYPE_URLS.swapExactIn, value: { sender: user, poolId: 1, denomIn: 'uusdc', amountIn: '20000000000', minAmountOut: '0' } };
  const userHash = await userC.signAndBroadcastSync(user, [swapMsg], 'auto');
  const pending = await node.rpc('unconfirmed_txs', {});
  const swapB64 = (pending.txs as string[]).find((b) => decodePendingSwap(new Uint8Array(Buffer.from(b, 'base64')))[0]?.hash === userHash);
  t.truthy(swapB64, 'the user swap is visible in unconfirmed_txs');

  // the JIT searcher: K = 2 × the pool's liquidity, signed offline, submitted as an atomic bundle
  const pool = pb.QueryPoolResponse.decode(await abci('/marketchain.amm.v1.Query/Pool', pb.QueryPoolRequest.encode({ poolId: 1 }).finish())).pool!.pool!;
  const L = 2n * (BigInt(pool.liquidityLong!) + BigInt(pool.liquidityShort!));
  const s = BigInt(pool.sqrtPriceX96!), sa = BigInt(pool.sqrtLowerX96!), sb = BigInt(pool.sqrtUpperX96!);
  const jitC = await client(jitW);
  const acc = await jitC.getSequence(jit);
  const fee = { amount: [{ denom: 'umkt', amount: '50000' }], gas: '1000000' };
  const chainId = await jitC.getChainId();
  const add = { typeUrl: TYPE_URLS.addLiquidity, value: { sender: jit, poolId: 1, amount0Max: amount0DeltaUp(s, sb, L).toString(), amount1Max: amount1DeltaUp(sa, s, L).toString(), commitmentBlocks: 0 } };
  const addTx = TxRaw.encode(await jitC.sign(jit, [add], fee, '', { accountNumber: acc.accountNumber, sequence: acc.sequence, chainId })).finish();
  const positionId = positionIdFromTx(jit, addTx);
  const rmTx = TxRaw.encode(await jitC.sign(jit, [{ typeUrl: TYPE_URLS.removeLiquidity, value: { sender: jit, positionId } }], fee, '', { accountNumber: acc.accountNumber, sequence: acc.sequence + 1, chainId })).finish();
  const b = await node.rpc('broadcast_bundle', { txs: [Buffer.from(addTx).toString('base64'), swapB64, Buffer.from(rmTx).toString('base64')] });
  t.is(b.code, 0, b.log);

  const swapTx = await waitTx(userHash);
  const block = await node.rpc('block', { height: String(swapTx.height) });
  const hashes = (block.block.data.txs as string[]).map((x) => decodeHash(x));
  const iAdd = hashes.indexOf(decodeHash(Buffer.from(addTx).toString('base64')));
  t.true(iAdd >= 0, 'bundle landed in the swap block');
  t.deepEqual(hashes.slice(iAdd, iAdd + 3), [decodeHash(Buffer.from(addTx).toString('base64')), userHash, decodeHash(Buffer.from(rmTx).toString('base64'))]);
  const ev = (r: any, type: string, key: string) => r.tx_result.events.find((e: any) => e.type === type)?.attributes.find((a: any) => a.key === key)?.value;
  const feeShort = BigInt(ev(swapTx, 'amm.swap', 'fee_short'));
  const feeTotal = BigInt(ev(swapTx, 'amm.swap', 'fee'));
  // β = 0.5 in the dev pool: the short tier (2/3 of L) keeps half of its pro-rata share
  t.is(feeShort, ((feeTotal * 2n) / 3n) / 2n);
  const rm = await node.rpc('tx', { hash: '0x' + decodeHash(Buffer.from(rmTx).toString('base64')) });
  const jitFees = BigInt(ev(rm, 'amm.remove_liquidity', 'fees1'));
  t.true(jitFees <= feeShort && feeShort - jitFees <= 1n);
  const pos = pb.QueryPositionResponse.decode(await abci('/marketchain.amm.v1.Query/Position', pb.QueryPositionRequest.encode({ positionId: mine[0]!.id }).finish()));
  t.true(BigInt(pos.fees1) >= feeTotal - feeShort - 1n);

  if (existsSync(CLI_BIN)) {
    const p = node.cliJson(['query', 'amm', 'pool', '1']);
    t.is(p.denom0, 'uatom');
  }
  await node.stop();
  const r = node.replay();
  t.is(r.code, 0, r.stderr + r.stdout);
});

/** Tx hash (uppercase hex sha256) of a base64 TxRaw. */
function decodeHash(b64: string): string {
  return createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').toUpperCase();
}

async function waitTx(hash: string): Promise<any> {
  for (let i = 0; i < 100; i++) {
    try {
      return await node.rpc('tx', { hash: '0x' + hash });
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`tx ${hash} not included`);
}
