// AMM end to end against the real node process: the dev chain's passive long-term LP, a user swap
// submitted by an unmodified cosmjs client, a JIT bundle [add short, the swap's exact bytes, remove]
// through broadcast_bundle, the block order, the β fee split, the locked long position, and replay.
import test from 'ava';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { spawn } from 'node:child_process';
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

// The issue-4 flow through the real binaries: `marketchain` (keys, tx amm add-liquidity, query amm
// pending-swaps, amm jit-bot, tx amm remove-liquidity, query txs) against `marketchaind` with 5 s blocks
// so that the user's swap visibly waits in the public mempool; then `marketchaind replay`.
test.serial('[e2e/amm]: CLI: passive LP add-liquidity, pending swap, jit-bot bundle add → swap → remove, β split, locked LP, replay', async (t) => {
  if (!existsSync(CLI_BIN)) return t.pass(`CLI not built (${CLI_BIN} missing)`);
  const n = await TestNode.start({ blockTime: '5s' }); // long enough that the swap visibly waits even on a loaded machine (each CLI call starts a process)
  try {
    const ok = (r: { code: number; stdout: string; stderr: string }, what: string) => t.is(r.code, 0, `${what}: ${r.stderr}${r.stdout}`);
    const lp = n.cliJson(['keys', 'add', 'lp', '--keyring-backend', 'test']).address as string;
    const jit = n.cliJson(['keys', 'add', 'jit', '--keyring-backend', 'test']).address as string;
    const userW = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
    const user = (await userW.getAccounts())[0]!.address;
    // funding (one tx, three sends) with the dev key
    const devW = await DirectSecp256k1HdWallet.fromMnemonic(n.mnemonic, { prefix: 'mkt' });
    const devC = await SigningStargateClient.connectWithSigner(n.url, devW, { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
    const coins = (atom: string, usdc: string) => [{ denom: 'uatom', amount: atom }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: usdc }];
    const send = (to: string, amount: ReturnType<typeof coins>) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: n.devAddress, toAddress: to, amount } });
    const funded = await devC.signAndBroadcast(n.devAddress, [send(lp, coins('10000000000', '100000000000')), send(jit, coins('50000000000', '500000000000')), send(user, coins('1000000', '50000000000'))], 'auto');
    t.is(funded.code, 0, funded.rawLog);

    // the passive LP adds long-term liquidity (commitment 100) with the CLI
    const added = n.cliJson(['tx', 'amm', 'add-liquidity', '1', '--amount0-max', '1000000000', '--amount1-max', '10000000000', '--commitment', '100', '--from', 'lp', '-y']);
    t.is(added.code, 0, added.raw_log);
    const attr = (evs: any[], type: string, key: string) => evs.find((e: any) => e.type === type)?.attributes.find((a: any) => a.key === key)?.value as string;
    const lpPos = attr(added.events, 'amm.add_liquidity', 'position_id');
    t.is(attr(added.events, 'amm.add_liquidity', 'tier'), 'long');
    t.is(Number(attr(added.events, 'amm.add_liquidity', 'unlock_height')), added.height + 101);
    const before = n.cliJson(['query', 'amm', 'pool', '1']);
    const Llong = BigInt(before.liquidityLong);
    t.is(before.liquidityShort, '0');
    t.is(BigInt(before.betaPpm), 500_000n);

    // the long-term LP cannot exit early: the exact error, exit code 1
    const early = n.cli(['tx', 'amm', 'remove-liquidity', lpPos, '--from', 'lp', '-y']);
    t.is(early.code, 1);
    t.regex(early.stderr, new RegExp(`^Error: failed to execute message; message index: 0: position ${lpPos} \\(minted at ${added.height}, commitment 100\\) unlocks at height ${added.height + 101}, now \\d+: position is locked \\(amm\\/13\\)\\n$`));

    // the JIT bot watches the mempool (--once: exits after its first bundle)
    const bot = spawn(process.execPath, [CLI_BIN, 'amm', 'jit-bot', '--from', 'jit', '--pool', '1', '--min-swap', '1000000', '--multiple', '2', '--once', '--wait', '30000', '-o', 'json', '--home', n.home, '--node', n.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let botOut = '', botErr = '';
    bot.stdout!.on('data', (d) => (botOut += d));
    bot.stderr!.on('data', (d) => (botErr += d));
    const botDone = new Promise<number | null>((resolve) => bot.once('exit', (c) => resolve(c)));
    await sleep(1500); // the bot unlocks its key and connects
    await n.waitHeight((await n.height()) + 1); // a whole block interval for the swap to wait in the mempool

    // a user swap (unmodified cosmjs, sync broadcast): it waits in the public mempool
    const userC = await SigningStargateClient.connectWithSigner(n.url, userW, { registry, gasPrice: GasPrice.fromString('0.025umkt') });
    const swapHash = await userC.signAndBroadcastSync(user, [{ typeUrl: TYPE_URLS.swapExactIn, value: { sender: user, poolId: 1, denomIn: 'uusdc', amountIn: '20000000000', minAmountOut: '0' } }], 'auto');
    const pending = n.cliJson(['query', 'amm', 'pending-swaps']);
    t.like(pending.swaps.find((x: any) => x.hash === swapHash), { sender: user, pool_id: '1', denom_in: 'uusdc', direction: 'exact_in', amount: '20000000000', limit: '0' });

    t.is(await botDone, 0, botErr);
    const b = JSON.parse(botOut);
    t.like(b, { swap_hash: swapHash, swap_sender: user, code: 0 });
    t.is(b.hashes.length, 3);
    t.is(b.hashes[1], swapHash);

    // the block: add → swap → remove, adjacent and in that order (block data and `query txs`)
    const swapTx = await waitTx(swapHash, n);
    const block = await n.rpc('block', { height: String(swapTx.height) });
    const inBlock = (block.block.data.txs as string[]).map(decodeHash);
    const i = inBlock.indexOf(b.hashes[0]);
    t.true(i >= 0, 'the bundle landed in the swap block');
    t.deepEqual(inBlock.slice(i, i + 3), b.hashes);
    const listed = n.cliJson(['query', 'txs', '--query', `tx.height=${swapTx.height}`]).txs as any[];
    const kinds = listed.map((x) => x.events.find((e: any) => e.type.startsWith('amm.'))?.type);
    t.deepEqual(kinds.slice(kinds.indexOf('amm.add_liquidity'), kinds.indexOf('amm.add_liquidity') + 3), ['amm.add_liquidity', 'amm.swap', 'amm.remove_liquidity']);
    const addEv = listed.find((x) => x.txhash === b.hashes[0]).events;
    const rmEv = listed.find((x) => x.txhash === b.hashes[2]).events;
    const swEv = listed.find((x) => x.txhash === swapHash).events;
    t.is(attr(addEv, 'amm.add_liquidity', 'tier'), 'short');
    t.is(attr(addEv, 'amm.add_liquidity', 'position_id'), b.position_id);

    // the fee split matches β = 0.5: shortKept = floor(floor(F·Ls/L)·β), the long tier gets the rest
    const Ls = BigInt(attr(addEv, 'amm.add_liquidity', 'liquidity'));
    const F = BigInt(attr(swEv, 'amm.swap', 'fee'));
    const proRata = (F * Ls) / (Ls + Llong);
    const feeShort = BigInt(attr(swEv, 'amm.swap', 'fee_short'));
    t.is(feeShort, (proRata * 500_000n) / 1_000_000n);
    t.is(BigInt(attr(swEv, 'amm.swap', 'fee_transfer')), proRata - feeShort);
    t.is(BigInt(attr(swEv, 'amm.swap', 'fee_long')), F - feeShort);
    const jitFees = BigInt(attr(rmEv, 'amm.remove_liquidity', 'fees1'));
    t.true(jitFees <= feeShort && feeShort - jitFees <= 1n, `JIT fees ${jitFees} vs short tier ${feeShort}`);
    // the passive LP's share of the long tier, to rounding
    const lpNow = n.cliJson(['query', 'amm', 'position', lpPos]);
    const lpL = BigInt(lpNow.position.liquidity);
    const lpExpect = ((F - feeShort) * lpL) / Llong;
    t.true(BigInt(lpNow.fees1) <= lpExpect && lpExpect - BigInt(lpNow.fees1) <= 1n, `LP fees ${lpNow.fees1} vs ${lpExpect}`);
    t.is(n.cliJson(['query', 'amm', 'pool', '1']).liquidityShort, '0');

    // still locked after the swap
    const again = n.cli(['tx', 'amm', 'remove-liquidity', lpPos, '--from', 'lp', '-y', '-o', 'json']);
    t.is(again.code, 1);
    t.regex(again.stderr, /position is locked \(amm\/13\)/);

    await n.stop();
    const r = n.replay();
    t.is(r.code, 0, r.stderr + r.stdout);
  } finally {
    await n.destroy();
  }
});

/** Tx hash (uppercase hex sha256) of a base64 TxRaw. */
function decodeHash(b64: string): string {
  return createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').toUpperCase();
}

function waitTx(hash: string, on: TestNode = node): Promise<any> {
  return on.waitTx(hash);
}
