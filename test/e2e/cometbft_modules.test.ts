// The modules' flows under the real CometBFT: one `cometbft node` validator in front of
// `marketchaind start --abci`, CometBFT's genesis carrying the dev home's app_state (money-market
// markets, the AMM's uatom/uusdc pool, repo params), and the unmodified `marketchain` CLI pointed at
// CometBFT's own RPC with `--node`: a money-market supply, borrow, oracle price move and liquidation,
// an AMM swap bounded by the CLI's default slippage, and a repo round's open. The numbers are those the embedded node
// gives for the same txs (test/e2e/moneymarket.test.ts, test/e2e/amm.test.ts, test/e2e/repo.test.ts).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cometWithApp } from '../helpers/abci_app_process.js';
import { CLI_BIN } from '../helpers/node_process.js';
import { createDevHome } from '../../node/dev_home.js';
import { DEFAULT_CHAIN_ID } from '../../node/home.js';

const attr = (r: any, type: string, key: string): string | undefined =>
  r.events?.find((e: any) => e.type === type)?.attributes.find((a: any) => a.key === key)?.value;

test('[e2e/cometbft-modules]: CLI through CometBFT RPC: money-market supply, borrow, price move, liquidate; AMM swap at the default slippage; repo open', async (t) => {
  t.timeout(90_000);
  const home = mkdtempSync(join(tmpdir(), 'marketchain-abci-modules-'));
  const dev = await createDevHome(home, () => {});

  // The dev home's client config names marketchain-local; CometBFT's chain carries that id too.
  const { comet } = await cometWithApp(t, home, { chain_id: DEFAULT_CHAIN_ID });
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
  t.is(tooMuch.code, 1);
  t.regex(tooMuch.stderr, /\(moneymarket\/7\)/);
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
  // 20,000,000 uusdc at 10 uusdc per uatom, less the 0.30 % fee and the price impact
  t.is(out, 1_993_883n);
  const [atomBefore, usdcBefore] = [balance(bob, 'uatom'), balance(bob, 'uusdc')];
  const r = cli(['tx', 'amm', 'swap', '1', '20000000uusdc', '--from', 'bob', '-y', '-o', 'json']);
  t.is(r.code, 0, r.stderr);
  t.is(r.stderr, `quote: out ${out}; applied min_amount_out ${(out * 995n) / 1000n} (slippage 0.5%)\n`);
  const swapped = JSON.parse(r.stdout);
  t.is(swapped.code, 0);
  t.is(attr(swapped, 'amm.swap', 'amount_out'), String(out));
  t.is(balance(bob, 'uatom'), atomBefore + out);
  t.is(balance(bob, 'uusdc'), usdcBefore - 20_000_000n);

  // Repo: BDmm opens a round; without --bond the CLI posts the required bond under the node's params,
  // ceil(50 × 10⁹ × 100,000 × 100 / (10⁴ × 31,536,000)) + 1,000,000 (test/e2e/repo.test.ts).
  const addr: Record<string, string> = {};
  for (const k of ['cbdmm', 'cbdrm', 'cmm', 'crm']) addr[k] = cliJson(['keys', 'add', k]).address;
  tx(['bank', 'send', 'dev', addr.cbdmm!, '10000000uusdc,10000000umkt', '--from', 'dev']);
  const open = (extra: string[]) => ['repo', 'open', '--bd-mm', 'cbdmm', '--bd-rm', 'cbdrm', '--mm-client', 'cmm', '--rm-client', 'crm', '--cash-denom', 'uusdc', '--collateral-denom', 'uatom',
    '--lot-size', '1000000000', '--tenor-blocks', '100', '--max-qty', '50', ...extra, '--from', 'cbdmm'];
  const opened = tx(open(['--commit-blocks', '400', '--reveal-blocks', '400', '--accept-blocks', '400']));
  const ev = Object.fromEntries((opened.events as any[]).find((e) => e.type === 'repo.round_opened')!.attributes.map((x: any) => [x.key, x.value]));
  t.like(ev, { round_id: '1', bd_mm: addr.cbdmm, bd_rm: addr.cbdrm, mm_client: addr.cmm, rm_client: addr.crm, max_qty: '50', bond: '2585490uusdc', required_bond: '2585490uusdc' });
  t.like(cliJson(['query', 'repo', 'round', '1']), { maxQty: 50, bond: '2585490uusdc', requiredBond: '2585490uusdc', phase: 'COMMIT' });
  t.is(balance(addr.cbdmm!, 'uusdc'), 10_000_000n, 'the bond is escrowed at commit, not at open');
  const low = cli(['tx', ...open(['--bond', '1000000umkt']), '-y']);
  t.is(low.code, 1);
  t.regex(low.stderr, /bond below the minimum \(repo\/21\)/);
  t.is(cliJson(['query', 'moneymarket', 'params']).admin, dev);
});
