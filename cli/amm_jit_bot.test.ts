// The CLI command group and the JIT bot against a fake CliEnv whose queries, signing and RPC are backed
// by an in-memory app: the bot's bundle envelope passes CheckTx and, run as a block, executes
// envelope → add → swap → remove with the β split.
import test from 'ava';
import { Command } from 'commander';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { toBase64, toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { getAccount } from '../modules/auth/keeper.js';
import { signTx } from '../test/helpers/accounts.js';
import { createPoolMsg, makeAmmChain, msg, msgResponse, pb, registry, type AmmChain } from '../modules/amm/testing/kit.js';
import { positionIdFromTx, TYPE_URLS } from '../modules/amm/msgs.js';
import type { CliEnv } from './env.js';
import { registerAmmCommands } from './commands/amm.js';

function fakeEnv(c: AmmChain, pending: Uint8Array[]) {
  const root = new Command().exitOverride();
  const tx = root.command('tx'), query = root.command('query');
  const printed: unknown[] = [], broadcasts: any[] = [], sent: { tx: Uint8Array; bundle?: Uint8Array[] }[] = [];
  const flags = (cmd: Command) => cmd.option('-o, --output <o>', '', 'json').option('--node <n>', '', 'x').option('--home <h>', '', 'x');
  const byAddr = (a: string) => c.accounts.find((x) => x.address === a || x.address === (a === 'jit' ? c.accounts[2]!.address : ''))!;
  const env: CliEnv = {
    tx, query, root,
    addTxFlags: (cmd) => flags(cmd).option('--from <k>').option('-y, --yes'),
    addQueryFlags: flags,
    opts: (cmd: Command) => cmd.optsWithGlobals() as any,
    registerTypes: () => undefined,
    broadcast: async (_o, msgs) => { broadcasts.push(msgs); return { code: 0, height: 1, hash: '', events: [] }; },
    abciQuery: async (_o, path, req) => {
      const r = c.app.query(path, req);
      if (r.code !== 0) throw new Error(r.log);
      return r.value;
    },
    output: (_o, json) => void printed.push(json),
    resolveAddress: async (_o, n) => (n === 'jit' ? c.accounts[2]!.address : n),
    rpc: async (_o, method, params: any) => {
      if (method === 'unconfirmed_txs') return { txs: pending.map(toBase64) };
      if (method === 'broadcast_tx_sync') {
        const tx = new Uint8Array(Buffer.from(params.tx, 'base64'));
        const r = c.app.checkTx(tx);
        sent.push({ tx, bundle: r.bundle?.txs.map((b) => b.bytes) });
        return { code: r.result.code, codespace: r.result.codespace, log: r.result.log, hash: '' };
      }
      throw new Error(method);
    },
    signOnly: async (o, msgs, off = 0) => {
      const acc = byAddr(o.from);
      const a = getAccount(c.q(), acc.address)!;
      return signTx(acc, msgs, { accountNumber: a.accountNumber, sequence: a.sequence + BigInt(off), registry, gas: 2_000_000 });
    },
  };
  registerAmmCommands(env);
  return { root, printed, broadcasts, sent };
}

test('[amm/cli]: jit-bot --once wraps a pending swap in a bundle envelope that CheckTx admits; the block executes envelope → add → swap → remove', async (t) => {
  const c = await makeAmmChain();
  const [admin, passive, jit, user] = c.accounts as any[];
  t.is((await c.run(admin, [createPoolMsg(admin.address, { betaPpm: 500000 })])).code, 0);
  t.is((await c.run(passive, [msg(TYPE_URLS.addLiquidity, { sender: passive.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 1 })])).code, 0);
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })]);
  const small /* below --min-swap */ = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000', minAmountOut: '0' })]);
  const f = fakeEnv(c, [small, swap]);
  await f.root.parseAsync(['amm', 'jit-bot', '--from', 'jit', '--pool', '1', '--min-swap', '1000000', '--multiple', '9', '--once'], { from: 'user' });
  // one envelope tx, admitted by CheckTx, carrying [add, the user's swap, remove]
  t.is(f.sent.length, 1);
  const p = f.printed[0] as any;
  t.like(p, { liquidity: '381246117966', amount0_max: '900000000', amount1_max: '1799999999958', code: 0, codespace: '' });
  const txs = f.sent[0]!.bundle!;
  t.is(txs.length, 4);
  t.is(toBase64(txs[0]!), toBase64(f.sent[0]!.tx));
  t.is(toBase64(txs[2]!), toBase64(swap));
  // bundle_id: the envelope's hash; hashes: its inner txs'
  t.deepEqual([p.bundle_id, ...p.hashes], txs.map((x) => toHexUpper(sha256(x))));
  const body = TxBody.decode(TxRaw.decode(txs[0]!).bodyBytes);
  t.deepEqual(body.messages.map((m) => m.typeUrl), [TYPE_URLS.bundle]);
  t.is(pb.MsgBundle.decode(body.messages[0]!.value).sender, jit.address);
  const out = c.block(txs);
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0, 0]);
  t.is(msgResponse(out.txResults[3]!.data, pb.MsgRemoveLiquidityResponse).fees1, '67499999');
});

test('[amm/cli]: tx commands validate before signing and build the right messages', async (t) => {
  const c = await makeAmmChain();
  const a = c.accounts[0]!.address;
  const f = fakeEnv(c, []);
  await f.root.parseAsync(['tx', 'amm', 'swap', '1', '5000uusdc', '--min-out', '7', '--from', a], { from: 'user' });
  t.deepEqual(f.broadcasts[0][0], { typeUrl: TYPE_URLS.swapExactIn, value: { sender: a, poolId: 1, denomIn: 'uusdc', amountIn: '5000', minAmountOut: '7', sqrtPriceLimitX96: '' } });
  await f.root.parseAsync(['tx', 'amm', 'create-pool', 'uatom', 'uusdc', '--price', '10', '--lower', '5', '--upper', '20', '--from', a], { from: 'user' });
  t.is(f.broadcasts[1][0].value.betaPpm, 1000000);
  await t.throwsAsync(f.root.parseAsync(['tx', 'amm', 'create-pool', 'uatom', 'uusdc', '--price', '30', '--lower', '5', '--upper', '20', '--from', a], { from: 'user' }), { message: /price 30 must lie in \[5, 20\]/ });
  await t.throwsAsync(f.root.parseAsync(['tx', 'amm', 'remove-liquidity', 'nothex', '--from', a], { from: 'user' }), { message: /64 lowercase hex/ });
  t.is(f.broadcasts.length, 2);
});

/** Pool 1 at 2000 in [1600, 2500], 0.30 %, with L = 42360679774 (the module tests' fixture). */
async function fundedPool() {
  const c = await makeAmmChain();
  const [admin, lp] = c.accounts as any[];
  if ((await c.run(admin, [createPoolMsg(admin.address)])).code !== 0) throw new Error('create');
  if ((await c.run(lp, [msg(TYPE_URLS.addLiquidity, { sender: lp.address, poolId: 1, amount0Max: '100000000', amount1Max: '1000000000000000', commitmentBlocks: 1 })])).code !== 0) throw new Error('add');
  return c;
}

test.serial('[amm/cli]: swap without --min-out applies the SimulateSwap quote less 0.5 % (rounded down); the swap fails when the pool moves more before it runs', async (t) => {
  const c = await fundedPool();
  const [, , other, user] = c.accounts as any[];
  const f = fakeEnv(c, []);
  const stderr: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as any;
  try {
    await f.root.parseAsync(['tx', 'amm', 'swap', '1', '50000000000uusdc', '--from', user.address], { from: 'user' });
    await f.root.parseAsync(['tx', 'amm', 'swap', '1', '50000000000uusdc', '--slippage', '1', '--from', user.address], { from: 'user' });
    await f.root.parseAsync(['tx', 'amm', 'swap', '1', '1000000uatom', '--exact-out', '--denom-in', 'uusdc', '--from', user.address], { from: 'user' });
  } finally {
    process.stderr.write = write;
  }
  // the quote is 24285939 uatom: floor(24285939 × 0.995) = 24164509, floor(× 0.99) = 24043079
  t.deepEqual(f.broadcasts[0][0].value, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '24164509', sqrtPriceLimitX96: '' });
  t.is(f.broadcasts[1][0].value.minAmountOut, '24043079');
  t.is(stderr[0], 'quote: out 24285939; applied min_amount_out 24164509 (slippage 0.5%)\n');
  const quoteIn = BigInt(/in (\d+)uusdc/.exec(stderr[2]!)![1]!);
  t.is(f.broadcasts[2][0].value.maxAmountIn, ((quoteIn * 1005n + 999n) / 1000n).toString(), 'exact out: the quoted input plus 0.5 %, rounded up');
  // another swap moves the price first: the signed bound refuses the worse fill
  t.is((await c.run(other, [msg(TYPE_URLS.swapExactIn, { sender: other.address, poolId: 1, denomIn: 'uusdc', amountIn: '5000000000', minAmountOut: '0' })])).code, 0);
  const r = await c.run(user, f.broadcasts[0]);
  t.deepEqual([r.codespace, r.code], ['amm', 14]);
  t.regex(r.log, /amount out \d+ is below min_amount_out 24164509/);
  await t.throwsAsync(f.root.parseAsync(['tx', 'amm', 'swap', '1', '5000uusdc', '--slippage', '100', '--from', user.address], { from: 'user' }), { message: /--slippage 100 must be below 100/ });
});

test.serial('[amm/cli]: add-liquidity without minimums applies the deposit quote less 0.5 %', async (t) => {
  const c = await fundedPool();
  const lp = c.accounts[1]!;
  const f = fakeEnv(c, []);
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as any;
  try {
    await f.root.parseAsync(['tx', 'amm', 'add-liquidity', '1', '--amount0-max', '100000000', '--amount1-max', '1000000000000000', '--from', lp.address], { from: 'user' });
    await f.root.parseAsync(['tx', 'amm', 'add-liquidity', '1', '--amount0-max', '100000000', '--amount1-max', '1000000000000000', '--amount0-min', '1', '--amount1-min', '2', '--from', lp.address], { from: 'user' });
  } finally {
    process.stderr.write = write;
  }
  // the deposit uses 100000000 uatom and 199999999996 uusdc
  t.like(f.broadcasts[0][0].value, { amount0Min: '99500000', amount1Min: '198999999996' });
  t.like(f.broadcasts[1][0].value, { amount0Min: '1', amount1Min: '2' });
  const r = await c.run(lp, f.broadcasts[0]);
  t.is(r.code, 0, r.log);
});

test('[amm/cli]: set-pool-params keeps the pool\'s minimum long commitment unless --min-long-commitment is given', async (t) => {
  const c = await fundedPool();
  const a = c.accounts[0]!.address;
  const f = fakeEnv(c, []);
  await f.root.parseAsync(['tx', 'amm', 'set-pool-params', '1', '--fee-pips', '3000', '--beta-ppm', '0', '--min-long-commitment', '10', '--from', a], { from: 'user' });
  t.deepEqual(f.broadcasts[0][0].value, { sender: a, poolId: 1, feePips: 3000, betaPpm: 0, minLongCommitmentBlocks: 10 });
  t.is((await c.run(c.accounts[0]!, f.broadcasts[0])).code, 0);
  const g = fakeEnv(c, []);
  await g.root.parseAsync(['tx', 'amm', 'set-pool-params', '1', '--fee-pips', '500', '--beta-ppm', '0', '--from', a], { from: 'user' });
  t.is(g.broadcasts[0][0].value.minLongCommitmentBlocks, 10);
});

test('[amm/cli]: amm bundle wraps signed txs and a pending tx named by its hash in an envelope that CheckTx admits; a split one is refused with the node\'s code', async (t) => {
  const c = await fundedPool();
  const [, , jit, user] = c.accounts as any[];
  const s = getAccount(c.q(), jit.address)!.sequence;
  const hex = (x: Uint8Array) => toHexUpper(sha256(x));
  const add = await c.signAt(jit, [msg(TYPE_URLS.addLiquidity, { sender: jit.address, poolId: 1, amount0Max: '900000000', amount1Max: '1799999999958', commitmentBlocks: 0 })], s + 1n);
  const rmAt = (seq: bigint) => c.signAt(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: positionIdFromTx(jit.address, add) })], seq);
  const swap = await c.sign(user, [msg(TYPE_URLS.swapExactIn, { sender: user.address, poolId: 1, denomIn: 'uusdc', amountIn: '50000000000', minAmountOut: '0' })]);
  const f = fakeEnv(c, [swap]);
  const bundle = (txs: string[]) => f.root.parseAsync(['amm', 'bundle', ...txs, '--from', 'jit'], { from: 'user' });
  await t.throwsAsync(bundle([toBase64(add), hex(swap), toBase64(await rmAt(s + 3n))]), { message: /: bundle split \(code 31, codespace amm\)$/ });
  await t.throwsAsync(bundle(['00'.repeat(32)]), { message: `no tx ${'00'.repeat(32)} is pending in the mempool of x` });
  await t.throwsAsync(bundle(['not base64!']), { message: 'invalid tx "not base64!": expected base64 TxRaw bytes or a pending tx\'s hash' });
  const rm = await rmAt(s + 2n);
  await bundle([toBase64(add), hex(swap).toLowerCase(), toBase64(rm)]);
  const sent = f.sent[f.sent.length - 1]!;
  t.deepEqual(f.printed[0], { bundle_id: hex(sent.tx), hashes: [add, swap, rm].map(hex), code: 0, codespace: '', log: '' });
  t.deepEqual(c.block(sent.bundle!).txResults.map((r) => r.code), [0, 0, 0, 0]);
});
