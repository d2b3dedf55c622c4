// The modules' flows under the real CometBFT: one `cometbft node` validator in front of
// `marketchaind start --abci`, CometBFT's genesis carrying the dev home's app_state (money-market
// markets, the AMM's uatom/uusdc pool, repo params), and the unmodified `marketchain` CLI pointed at
// CometBFT's own RPC with `--node`: a money-market supply, borrow, oracle price move and liquidation,
// then an AMM swap bounded by the CLI's default slippage. The numbers are those the embedded node
// gives for the same txs (test/e2e/moneymarket.test.ts, test/e2e/amm.test.ts).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbciAppProcess } from '../helpers/abci_app_process.js';
import { CometNode } from '../helpers/cometbft_process.js';
import { CLI_BIN, freePort } from '../helpers/node_process.js';
import { createDevHome } from '../../node/dev_home.js';
import { DEFAULT_CHAIN_ID } from '../../node/home.js';

const attr = (r: any, type: string, key: string): string | undefined =>
  r.events?.find((e: any) => e.type === type)?.attributes.find((a: any) => a.key === key)?.value;

test('[e2e/cometbft-modules]: CLI through CometBFT RPC: money-market supply, borrow, price move, liquidate; AMM swap at the default slippage', async (t) => {
  t.timeout(90_000);
  const home = mkdtempSync(join(tmpdir(), 'marketchain-abci-modules-'));
  const dev = await createDevHome(home, () => {});
  const appState = (JSON.parse(readFileSync(join(home, 'config', 'genesis.json'), 'utf8')) as { app_state: unknown }).app_state;

  const address = `tcp://127.0.0.1:${await freePort()}`;
  const comet = await CometNode.init(address);
  const cometGenesis = join(comet.home, 'config', 'genesis.json');
  // The dev home's client config names marketchain-local; CometBFT's chain carries that id too.
  writeFileSync(cometGenesis, JSON.stringify({ ...(JSON.parse(readFileSync(cometGenesis, 'utf8')) as object), chain_id: DEFAULT_CHAIN_ID, app_state: appState }, null, 2));

  const app = await AbciAppProcess.start(home, address);
  t.teardown(async () => {
    await comet.remove();
    await app.stop();
    rmSync(home, { recursive: true, force: true });
  });
  await comet.start(2);

  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI_BIN, ...args, '--home', home, '--node', comet.rpcUrl], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const cliJson = (args: string[]): any => {
    const r = cli([...args, '-o', 'json']);
    if (r.code !== 0) throw new Error(`marketchain ${args.join(' ')} failed (${r.code}): ${r.stderr}${r.stdout}`);
    return JSON.parse(r.stdout);
  };
  const tx = (args: string[]): any => {
    const r = cliJson(['tx', ...args, '-y']);
    t.is(r.code, 0, `${args.join(' ')}: ${r.raw_log ?? r.rawLog ?? ''}`);
    return r;
  };
  const balance = (who: string, denom: string): bigint =>
    BigInt((cliJson(['query', 'bank', 'balances', who]).balances as { denom: string; amount: string }[]).find((c) => c.denom === denom)?.amount ?? '0');

  const bob: string = cliJson(['keys', 'add', 'bob']).address;
  tx(['bank', 'send', 'dev', bob, '2000000uatom,30000000uusdc,10000000umkt', '--from', 'dev']);
  t.is(balance(bob, 'uatom'), 2_000_000n);

  // Money market: the dev account supplies the cash, bob supplies uatom (price 8) and borrows against it.
  tx(['moneymarket', 'supply', 'uusdc', '100000000', '--from', 'dev']);
  tx(['moneymarket', 'supply', 'uatom', '1000000', '--from', 'bob']);
  const borrowed = tx(['moneymarket', 'borrow', 'uusdc', '5000000', '--from', 'bob']);
  t.is(attr(borrowed, 'moneymarket.borrow_taken', 'borrow_amount_with_fee'), '5005000');
  let acct = cliJson(['query', 'moneymarket', 'account', bob]);
  t.like(acct, { liquidatable: false, supplyValue: '8000000' });
  t.is(acct.positions.find((p: any) => p.denom === 'uusdc').borrowBalance, '5005000');
  t.is(balance(bob, 'uusdc'), 35_000_000n);
  // Beyond the collateral ratio: refused with the module's code, nothing changes.
  const tooMuch = cli(['tx', 'moneymarket', 'borrow', 'uusdc', '5000000', '--from', 'bob', '-y', '-o', 'json']);
  t.not(tooMuch.code, 0);
  t.is(balance(bob, 'uusdc'), 35_000_000n);
  // The oracle (dev) moves uatom from 8 to 6: 6,000,000 < 1.25 × 5,005,000 → liquidatable.
  const priced = tx(['moneymarket', 'set-price', 'uatom', '6', '--from', 'dev']);
  t.is(attr(priced, 'moneymarket.price_set', 'new_price'), '6');
  t.true(cliJson(['query', 'moneymarket', 'account', bob]).liquidatable);
  const liq = tx(['moneymarket', 'liquidate', bob, 'uusdc', 'uatom', 'max', '--from', 'dev']);
  t.true(BigInt(attr(liq, 'moneymarket.borrow_liquidated', 'amount_repaid') ?? '0') > 0n);
  t.false(cliJson(['query', 'moneymarket', 'account', bob]).liquidatable);
  const m = cliJson(['query', 'moneymarket', 'market', 'uusdc']);
  t.is(m.denom, 'uusdc');
  t.is(cliJson(['query', 'moneymarket', 'balance-sheet', 'uusdc']).balanced, true);

  // AMM: bob swaps 20 USDC into the dev pool (uatom/uusdc at 10); without --min-out the CLI signs the
  // SimulateSwap quote less the default 0.5 %, and the swap pays exactly the quote.
  const quote = cliJson(['query', 'amm', 'simulate-swap', '1', '20000000uusdc']);
  const out = BigInt(quote.amountOut);
  t.true(out > 0n);
  const [atomBefore, usdcBefore] = [balance(bob, 'uatom'), balance(bob, 'uusdc')];
  const r = cli(['tx', 'amm', 'swap', '1', '20000000uusdc', '--from', 'bob', '-y', '-o', 'json']);
  t.is(r.code, 0, r.stderr);
  t.is(r.stderr, `quote: out ${out}; applied min_amount_out ${(out * 995n) / 1000n} (slippage 0.5%)\n`);
  const swapped = JSON.parse(r.stdout);
  t.is(swapped.code, 0);
  t.is(attr(swapped, 'amm.swap', 'amount_out'), String(out));
  t.is(balance(bob, 'uatom'), atomBefore + out);
  t.is(balance(bob, 'uusdc'), usdcBefore - 20_000_000n);
  t.is(dev.length > 0, true);
});
