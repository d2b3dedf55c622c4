// broadcast_bundle against the real node (issue 21 items 4 and 11): a fee-less tx is refused with
// sdk/13 and never lands; a sandwich [swap, victim swap, swap] is refused with amm/24 and a bundle
// wrapping two victims with amm/23; a JIT bundle [add, victim swap, remove] is still admitted and runs
// in that order in the victim's block. The node runs with a minimum gas price (0.001umkt).
import test from 'ava';
import { DirectSecp256k1HdWallet, Registry, type EncodeObject, type GeneratedType } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import { TestNode } from '../helpers/node_process.js';
import { marketchain } from '../../proto/amm.js';
import { positionIdFromTx, TYPE_URLS } from '../../modules/amm/msgs.js';

const pb = marketchain.amm.v1;
const types: [string, GeneratedType][] = [
  [TYPE_URLS.addLiquidity, pb.MsgAddLiquidity as any], [TYPE_URLS.removeLiquidity, pb.MsgRemoveLiquidity as any], [TYPE_URLS.swapExactIn, pb.MsgSwapExactIn as any],
];
const registry = new Registry([...defaultRegistryTypes, ...types]);
const hashOf = (tx: Uint8Array) => createHash('sha256').update(tx).digest('hex').toUpperCase();
const b64 = (tx: Uint8Array) => Buffer.from(tx).toString('base64');

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '2s', extraArgs: ['--minimum-gas-prices', '0.001umkt'] });
});
test.after.always(async () => {
  await node?.destroy();
});

test.serial('[e2e/amm-bundles]: fee-less tx refused (sdk/13); sandwich (amm/24) and two-victim (amm/23) bundles refused; a JIT bundle lands in order', async (t) => {
  const devW = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const wallets = await Promise.all([0, 1, 2].map(() => DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' })));
  const [s, v, w] = await Promise.all(wallets.map(async (x) => (await x.getAccounts())[0]!.address));
  const connect = (x: DirectSecp256k1HdWallet) => SigningStargateClient.connectWithSigner(node.url, x, { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
  const devC = await connect(devW);
  const coins = (atom: string, usdc: string) => [{ denom: 'uatom', amount: atom }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: usdc }];
  const send = (to: string, amount: ReturnType<typeof coins>) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: node.devAddress, toAddress: to, amount } });
  const funded = await devC.signAndBroadcast(node.devAddress, [send(s!, coins('50000000000', '300000000000')), send(v!, coins('1000000', '50000000000')), send(w!, coins('1000000', '50000000000'))], 'auto');
  t.is(funded.code, 0, funded.rawLog);
  const [sC, vC, wC] = (await Promise.all(wallets.map(connect))) as [SigningStargateClient, SigningStargateClient, SigningStargateClient];
  const chainId = await sC.getChainId();
  const sAcc = await sC.getSequence(s!);
  const signS = async (msgs: EncodeObject[], seq: number, fee = '50000') =>
    TxRaw.encode(await sC.sign(s!, msgs, { amount: fee === '0' ? [] : [{ denom: 'umkt', amount: fee }], gas: '1000000' }, '', { accountNumber: sAcc.accountNumber, sequence: seq, chainId })).finish();
  const swap = (sender: string, denomIn: string, amountIn: string) => ({ typeUrl: TYPE_URLS.swapExactIn, value: { sender, poolId: 1, denomIn, amountIn, minAmountOut: '0' } });

  // item 4: a fee-less tx (empty fee) through broadcast_bundle
  const free = await signS([{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: s, toAddress: v, amount: [{ denom: 'uusdc', amount: '1' }] } }], sAcc.sequence, '0');
  const r4 = await node.rpc('broadcast_bundle', { txs: [b64(free)] });
  t.deepEqual([r4.codespace, r4.code], ['sdk', 13], r4.log);
  t.is(r4.log, `bundle tx #0 (${hashOf(free)}) failed: insufficient fees; got: 0 required: 1000umkt: insufficient fee`);

  // the victims' swaps wait in the public mempool (sync broadcast right after a block)
  await node.waitHeight((await node.height()) + 1);
  const vHash = await vC.signAndBroadcastSync(v!, [swap(v!, 'uusdc', '20000000000')], 'auto');
  const wHash = await wC.signAndBroadcastSync(w!, [swap(w!, 'uusdc', '1000000000')], 'auto');
  const pending = (await node.rpc('unconfirmed_txs', {})).txs as string[];
  const vTx = pending.find((x) => hashOf(Buffer.from(x, 'base64')) === vHash)!;
  const wTx = pending.find((x) => hashOf(Buffer.from(x, 'base64')) === wHash)!;
  t.truthy(vTx && wTx, 'both swaps are pending');

  // item 11: the sandwich [searcher swap, victim swap, searcher swap]
  const front = await signS([swap(s!, 'uusdc', '20000000000')], sAcc.sequence);
  const back = await signS([swap(s!, 'uatom', '1000000000')], sAcc.sequence + 1);
  const r11 = await node.rpc('broadcast_bundle', { txs: [b64(front), vTx, b64(back)] });
  t.deepEqual([r11.codespace, r11.code], ['amm', 24], r11.log);
  t.is(r11.log, `bundle tx #0 of the searcher ${s} comes before the wrapped tx #1 and carries ${TYPE_URLS.swapExactIn}; only ${TYPE_URLS.addLiquidity} may come before it: only liquidity additions may come before a bundle's wrapped tx`);

  // a JIT position around two victims
  const add = await signS([{ typeUrl: TYPE_URLS.addLiquidity, value: { sender: s, poolId: 1, amount0Max: '20000000000', amount1Max: '200000000000', commitmentBlocks: 0 } }], sAcc.sequence);
  const rm = await signS([{ typeUrl: TYPE_URLS.removeLiquidity, value: { sender: s, positionId: positionIdFromTx(s!, add) } }], sAcc.sequence + 1);
  const r2 = await node.rpc('broadcast_bundle', { txs: [b64(add), vTx, wTx, b64(rm)] });
  t.deepEqual([r2.codespace, r2.code], ['amm', 23], r2.log);

  // the JIT bundle around one victim: admitted and executed add → swap → remove
  const ok = await node.rpc('broadcast_bundle', { txs: [b64(add), vTx, b64(rm)] });
  t.is(ok.code, 0, ok.log);
  const vRes = await node.waitTx(vHash);
  const block = await node.rpc('block', { height: String(vRes.height) });
  const inBlock = (block.block.data.txs as string[]).map((x) => hashOf(Buffer.from(x, 'base64')));
  const i = inBlock.indexOf(hashOf(add));
  t.true(i >= 0, 'the JIT bundle landed in the victim block');
  t.deepEqual(inBlock.slice(i, i + 3), [hashOf(add), vHash, hashOf(rm)]);
  // none of the refused txs ever landed
  await node.waitHeight(Number(vRes.height) + 1);
  for (const tx of [free, front, back]) await t.throwsAsync(node.rpc('tx', { hash: '0x' + hashOf(tx) }), { message: /not found/ });
});
