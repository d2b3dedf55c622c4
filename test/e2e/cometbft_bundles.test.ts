// JIT bundles under the real CometBFT (issue 23 point 2): `marketchain amm jit-bot` watches CometBFT's
// mempool through its RPC and broadcasts its bundle as a MsgBundle envelope tx; CometBFT's proposer
// (PrepareProposal) unpacks it so the block holds envelope → add → the user's swap → remove, adjacent
// and in that order, the swap once although it was also broadcast on its own. The same round on the
// embedded node (same dev genesis, same amounts) gives the same amounts and the same fee split by
// tier. Bad envelopes sent to CometBFT's broadcast_tx_sync are refused by CheckTx with their codes;
// `marketchain amm bundle` wraps another party's signed tx in an envelope that lands before it.
import test from 'ava';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, Registry, type EncodeObject, type GeneratedType } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient, StargateClient, type IndexedTx } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import { cometWithApp } from '../helpers/abci_app_process.js';
import { CLI_BIN, TestNode } from '../helpers/node_process.js';
import { testAccount } from '../helpers/accounts.js';
import { createDevHome } from '../../node/dev_home.js';
import { DEFAULT_CHAIN_ID } from '../../node/home.js';
import { marketchain } from '../../proto/amm.js';
import { TYPE_URLS } from '../../modules/amm/msgs.js';

const pb = marketchain.amm.v1;
const registry = new Registry([
  ...defaultRegistryTypes,
  ...([[TYPE_URLS.swapExactIn, pb.MsgSwapExactIn], [TYPE_URLS.bundle, pb.MsgBundle]] as [string, GeneratedType][]),
]);
const hashOf = (tx: Uint8Array) => createHash('sha256').update(tx).digest('hex').toUpperCase();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Chain {
  name: string;
  home: string;
  url: string;
  devMnemonic: string;
  devAddress: string;
}

async function rpc(url: string, method: string, params: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await res.json()) as { result?: unknown; error?: { message: string; data?: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message} ${body.error.data ?? ''}`);
  return body.result;
}

const height = async (url: string) => Number((await rpc(url, 'status')).sync_info.latest_block_height);

async function waitHeight(url: string, h: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await height(url)) < h) {
    if (Date.now() > deadline) throw new Error(`${url} did not reach height ${h}`);
    await sleep(100);
  }
}

async function waitTx(client: StargateClient, hash: string): Promise<IndexedTx> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const tx = await client.getTx(hash);
    if (tx) return tx;
    if (Date.now() > deadline) throw new Error(`tx ${hash} not committed`);
    await sleep(200);
  }
}

const attrs = (tx: IndexedTx, type: string, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, tx.events.find((e) => e.type === type)?.attributes.find((a) => a.key === k)?.value]));

/**
 * One JIT round on a chain: fund the bot's key and a user, run `amm jit-bot --once`, send the user's
 * swap after a block, then check the block and collect the bundle's results.
 */
async function jitRound(t: any, c: Chain) {
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI_BIN, ...args, '--home', c.home, '--node', c.url, '-o', 'json'], { encoding: 'utf8', timeout: 60_000 });
  const jit = JSON.parse(cli(['keys', 'add', 'jit']).stdout).address as string;
  const user = await testAccount('e2e-bundle-user');
  const devW = await DirectSecp256k1HdWallet.fromMnemonic(c.devMnemonic, { prefix: 'mkt' });
  const devC = await SigningStargateClient.connectWithSigner(c.url, devW, { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 200 });
  const send = (to: string, amount: { denom: string; amount: string }[]) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: c.devAddress, toAddress: to, amount } });
  const funded = await devC.signAndBroadcast(c.devAddress, [
    send(jit, [{ denom: 'uatom', amount: '50000000000' }, { denom: 'umkt', amount: '1000000000' }, { denom: 'uusdc', amount: '500000000000' }]),
    send(user.address, [{ denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: '50000000000' }]),
  ], 'auto');
  t.is(funded.code, 0, `${c.name}: ${funded.rawLog}`);

  const bot = spawn(process.execPath, [CLI_BIN, 'amm', 'jit-bot', '--from', 'jit', '--pool', '1', '--min-swap', '1000000', '--multiple', '2', '--once', '--wait', '40000', '-o', 'json', '--home', c.home, '--node', c.url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let botOut = '';
  let botErr = '';
  bot.stdout!.on('data', (d) => (botOut += d));
  bot.stderr!.on('data', (d) => (botErr += d));
  const botDone = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
  t.teardown(() => void bot.kill());
  await sleep(1500); // the bot unlocks its key and connects
  await waitHeight(c.url, (await height(c.url)) + 1); // a whole block interval for the swap to wait in the mempool

  const userC = await SigningStargateClient.connectWithSigner(c.url, user.wallet, { registry, gasPrice: GasPrice.fromString('0.025umkt') });
  const swapHash = await userC.signAndBroadcastSync(user.address, [{ typeUrl: TYPE_URLS.swapExactIn, value: { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '20000000000', minAmountOut: '0' } }], 'auto');
  t.is(await botDone, 0, `${c.name}: ${botErr}`);
  const b = JSON.parse(botOut);
  t.like(b, { swap_hash: swapHash, code: 0, codespace: '' }, `${c.name}: ${b.log}`);
  t.is(b.hashes[1], swapHash);

  const query = await StargateClient.connect(c.url);
  const envelope = await waitTx(query, b.bundle_id);
  const block = await query.getBlock(envelope.height);
  const inBlock = block.txs.map(hashOf);
  const i = inBlock.indexOf(b.bundle_id);
  t.deepEqual(inBlock.slice(i, i + 4), [b.bundle_id, ...b.hashes], `${c.name}: envelope → add → swap → remove, adjacent`);
  t.is(inBlock.filter((h) => h === swapHash).length, 1, `${c.name}: the swap once`);
  const [add, swap, rm] = await Promise.all(b.hashes.map((h: string) => waitTx(query, h)));
  t.deepEqual([envelope, add!, swap!, rm!].map((x) => [x.height, x.code]), [0, 1, 2, 3].map(() => [envelope.height, 0]));
  // nothing is left pending: the swap broadcast on its own was taken with the bundle
  await waitHeight(c.url, envelope.height + 2);
  t.is((await rpc(c.url, 'unconfirmed_txs')).total, '0', c.name);
  return {
    add: attrs(add!, 'amm.add_liquidity', ['tier', 'liquidity', 'amount0', 'amount1']),
    swap: attrs(swap!, 'amm.swap', ['amount_in', 'amount_out', 'fee', 'fee_short', 'fee_long', 'fee_transfer', 'fee_treasury']),
    remove: attrs(rm!, 'amm.remove_liquidity', ['tier', 'amount0', 'amount1', 'fees0', 'fees1']),
  };
}

test('[e2e/cometbft-bundles]: jit-bot through CometBFT RPC: the envelope lands as envelope → add → swap → remove with the embedded node\'s amounts and fee split; bad envelopes are refused by CheckTx (amm/31, amm/30, amm/29); amm bundle lands', async (t) => {
  t.timeout(300_000);
  const home = mkdtempSync(join(tmpdir(), 'marketchain-abci-bundles-'));
  const lines: string[] = [];
  const devAddress = await createDevHome(home, (l) => lines.push(l));
  const devMnemonic = lines[lines.findIndex((l) => l.startsWith('Its mnemonic')) + 1]!.trim();
  // 3 s between blocks: time for the bot to see the swap in CometBFT's mempool and answer
  const { comet } = await cometWithApp(t, home, { chain_id: DEFAULT_CHAIN_ID }, '3s');
  await comet.start(1, 60_000);
  const node = await TestNode.start({ blockTime: '3s' });
  t.teardown(() => node.destroy());

  const viaComet = await jitRound(t, { name: 'cometbft', home, url: comet.rpcUrl, devMnemonic, devAddress });
  const embedded = await jitRound(t, { name: 'embedded', home: node.home, url: node.url, devMnemonic: node.mnemonic, devAddress: node.devAddress });
  t.deepEqual(viaComet, embedded);
  // the dev pool (L ≈ 1.08e11, β = 0.5) and a JIT of twice its liquidity: of the 60,000,000 uusdc fee
  // the short tier's pro-rata 40,000,000 keeps half, the other half goes over to the long tier
  t.deepEqual(embedded, {
    add: { tier: 'short', liquidity: '215933825506', amount0: '20000000000', amount1: '200000000000' },
    swap: { amount_in: '20000000000', amount_out: '1955922806', fee: '60000000', fee_short: '20000000', fee_long: '40000000', fee_transfer: '20000000', fee_treasury: '0' },
    remove: { tier: 'short', amount0: '18696051462', amount1: '213293333332', fees0: '0', fees1: '19999999' },
  });

  // Bad envelopes through CometBFT's RPC: refused by CheckTx with their codes, none enters the mempool.
  const user = await testAccount('e2e-bundle-user');
  const userC = await SigningStargateClient.connectWithSigner(comet.rpcUrl, user.wallet, { registry });
  const { accountNumber, sequence } = await userC.getSequence(user.address);
  const chainId = await userC.getChainId();
  const fee = { amount: [{ denom: 'umkt', amount: '20000' }], gas: '400000' };
  const sign = async (msgs: EncodeObject[], seq: number) => TxRaw.encode(await userC.sign(user.address, msgs, fee, '', { accountNumber, sequence: seq, chainId })).finish();
  const pay = (seq: number) => sign([{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: user.address, toAddress: devAddress, amount: [{ denom: 'uusdc', amount: String(seq) }] } }], seq);
  const envelope = (txs: Uint8Array[]) => sign([{ typeUrl: TYPE_URLS.bundle, value: { sender: user.address, txs } }], sequence);
  const garbage = Uint8Array.of(7, 7, 7);
  const cases: [Uint8Array[], string, number, RegExp][] = [
    [[await pay(sequence + 1), await pay(sequence + 3)], 'amm', 31, /: bundle split$/],
    [[await pay(sequence + 2), await pay(sequence + 1)], 'amm', 30, /, in that order: bundle txs out of order$/],
    [[await pay(sequence + 1), garbage], 'amm', 29, new RegExp(`^bundle tx #1 \\(${hashOf(garbage)}\\) fails before execution: sdk/2 .*: invalid bundle tx$`)],
  ];
  for (const [txs, codespace, code, log] of cases) {
    const r = await rpc(comet.rpcUrl, 'broadcast_tx_sync', { tx: Buffer.from(await envelope(txs)).toString('base64') });
    t.deepEqual([r.codespace, r.code], [codespace, code], r.log);
    t.regex(r.log, log);
  }
  t.is((await rpc(comet.rpcUrl, 'unconfirmed_txs')).total, '0');

  // `marketchain amm bundle` through CometBFT: the jit key bids on a bundle wrapping the user's signed tx.
  const wrapped = await pay(sequence);
  const r = spawnSync(process.execPath, [CLI_BIN, 'amm', 'bundle', Buffer.from(wrapped).toString('base64'), '--from', 'jit', '--fees', '5000umkt', '-o', 'json', '--home', home, '--node', comet.rpcUrl], { encoding: 'utf8', timeout: 60_000 });
  t.is(r.status, 0, r.stderr);
  const sent = JSON.parse(r.stdout);
  t.like(sent, { code: 0, hashes: [hashOf(wrapped)] });
  const query = await StargateClient.connect(comet.rpcUrl);
  const landed = await waitTx(query, sent.bundle_id);
  const inBlock = (await query.getBlock(landed.height)).txs.map(hashOf);
  t.deepEqual(inBlock.slice(inBlock.indexOf(sent.bundle_id), inBlock.indexOf(sent.bundle_id) + 2), [sent.bundle_id, hashOf(wrapped)]);
  t.is((await waitTx(query, hashOf(wrapped))).code, 0);
});
