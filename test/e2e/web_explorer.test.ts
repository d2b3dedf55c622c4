// The explorer (web/) in a real headless Chromium (Debian's package, driven by playwright-core) against
// a real node with the dev genesis and scripted txs (a money-market borrow, AMM swaps, a repo round up to
// its selected trade, another whose dealer never reveals). Every page's key numbers are compared with the
// node's own REST/RPC answers; the wallet signs with a pasted mnemonic and through a stand-in Keplr; a new
// block shows up live; an unknown hash or address gives the not-found page; a stopped node gives the
// reconnecting banner and the page recovers when the node is back. One screenshot per page goes to
// test-artifacts/web/.
import test from 'ava';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { assertIsDeliverTxSuccess, defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { marketchain as amm } from '../../proto/amm.js';
import { marketchain as mm } from '../../proto/moneymarket.js';
import { marketchain as repo } from '../../proto/repo.js';
import { amount0DeltaUp, amount1DeltaUp, positionIdFromTx, TYPE_URLS as AMM_URLS } from '../../modules/amm/msgs.js';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import { computeCommitment, TYPE_URLS as REPO_URLS } from '../../modules/repo/msgs.js';
import { TestNode } from '../helpers/node_process.js';
import { toBech32 } from '../../chain/crypto.js';

const BLOCK_MS = 1000;
/** Functions passed to page.evaluate run in the page (the node build has no DOM lib). */
declare const document: any;
const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/web/', import.meta.url));
const WEB_BUILT = fileURLToPath(new URL('../../web/index.html', import.meta.url));
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const MM = mm.moneymarket.v1;
const R = repo.repo.v1;
const registry = new Registry([
  ...defaultRegistryTypes,
  ['/marketchain.moneymarket.v1.MsgSupply', MM.MsgSupply as any],
  ['/marketchain.moneymarket.v1.MsgBorrow', MM.MsgBorrow as any],
  [AMM_URLS.swapExactIn, amm.amm.v1.MsgSwapExactIn as any],
  [AMM_URLS.addLiquidity, amm.amm.v1.MsgAddLiquidity as any],
  [AMM_URLS.removeLiquidity, amm.amm.v1.MsgRemoveLiquidity as any],
  [REPO_URLS.openRound, R.MsgOpenRound as any],
  [REPO_URLS.commitReport, R.MsgCommitReport as any],
  [REPO_URLS.revealReport, R.MsgRevealReport as any],
] as [string, GeneratedType][]);

let node: TestNode;
let browser: Browser;
let page: Page;
let mmTx: { hash: string; height: number };
/** The dev account's client (funds the Keplr test's account). */
let dev: SigningStargateClient;
/** The round where BDrm commits and never reveals: its bond is forfeited to BDmm when the reveal deadline passes. */
let slashRound: { id: number; bdMm: string; bdRm: string; bond: string };
/** Every URL the page requested (all assets are bundled: only the node's own addresses may appear). */
const requests: string[] = [];

async function rest(path: string): Promise<any> {
  const r = await fetch(node.apiUrl + path);
  return r.json();
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** Opens a route and waits until the router has drawn it. */
async function open(hash: string): Promise<void> {
  await page.goto(`${node.apiUrl}/${hash}`);
  await page.waitForFunction((h) => document.querySelector('main')?.dataset.route === h && !document.querySelector('main')?.hasAttribute('aria-busy'), hash, { timeout: 15_000 });
}

const pts = (xs: [number, number][]) => xs.map(([r, q]) => ({ rateBps: r, qty: q }));
const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);

test.before(async () => {
  if (!existsSync(WEB_BUILT)) throw new Error(`${WEB_BUILT} missing: run \`npm run build\` (it builds web/ with vite)`);
  if (!CHROMIUM) throw new Error('Chromium not found: run `node scripts/chromium_install.mjs` (or `apt-get install -y chromium`)');
  mkdirSync(ARTIFACTS, { recursive: true });
  node = await TestNode.start({ blockTime: `${BLOCK_MS}ms` });
  const opts = { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 };
  dev = await SigningStargateClient.connectWithSigner(node.url, await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' }), opts);
  const me = node.devAddress;
  const send = async (c: SigningStargateClient, from: string, msgs: { typeUrl: string; value: object }[]) => {
    const r = await c.signAndBroadcast(from, msgs, 'auto');
    assertIsDeliverTxSuccess(r);
    return r;
  };
  // Money market: supply both, borrow uusdc (utilization and rates become non-zero).
  const m = await send(dev, me, [
    { typeUrl: '/marketchain.moneymarket.v1.MsgSupply', value: { sender: me, denom: 'uusdc', amount: '10000000' } },
    { typeUrl: '/marketchain.moneymarket.v1.MsgSupply', value: { sender: me, denom: 'uatom', amount: '1000000' } },
    { typeUrl: '/marketchain.moneymarket.v1.MsgBorrow', value: { sender: me, denom: 'uusdc', amount: '3000000' } },
  ]);
  mmTx = { hash: m.transactionHash, height: m.height };
  // AMM: two swaps, one each way.
  await send(dev, me, [{ typeUrl: AMM_URLS.swapExactIn, value: { sender: me, poolId: 1, denomIn: 'uusdc', amountIn: '500000000', minAmountOut: '0' } }]);
  await send(dev, me, [{ typeUrl: AMM_URLS.swapExactIn, value: { sender: me, poolId: 1, denomIn: 'uatom', amountIn: '20000000', minAmountOut: '0' } }]);
  // Repo: four parties, a round opened, both reports committed and revealed: the trade is selected.
  // A JIT searcher too, funded in the same tx.
  const who: Record<string, { address: string; c: SigningStargateClient }> = {};
  for (const n of ['bdmm', 'bdrm', 'mm', 'rm', 'jit']) {
    const w = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
    who[n] = { address: (await w.getAccounts())[0]!.address, c: await SigningStargateClient.connectWithSigner(node.url, w, opts) };
  }
  const fund = [{ denom: 'uatom', amount: '60000000000' }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: '150000000000' }];
  await send(dev, me, Object.values(who).map((x) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: me, toAddress: x.address, amount: fund } })));
  await jitBundle(dev, who.jit!.c, who.jit!.address);
  const a = (n: string) => who[n]!.address;
  const tx = (n: string, typeUrl: string, value: object) => send(who[n]!.c, a(n), [{ typeUrl, value: { sender: a(n), ...value } }]);
  await tx('bdmm', REPO_URLS.openRound, {
    bdMm: a('bdmm'), bdRm: a('bdrm'), mmClient: a('mm'), rmClient: a('rm'), cashDenom: 'uusdc', collateralDenom: 'uatom',
    lotSize: '1000000000', tenorBlocks: 30, maxQty: 50, bond: '1475647uusdc', commitBlocks: 200, revealBlocks: 200, acceptBlocks: 200,
  });
  const salt = (k: number) => Uint8Array.from({ length: 32 }, (_, i) => k * i + 1);
  const big = (p: typeof D) => p.map((x) => ({ rateBps: BigInt(x.rateBps), qty: BigInt(x.qty) }));
  await tx('bdmm', REPO_URLS.commitReport, { roundId: 1, commitment: computeCommitment(1n, 'mm', 0n, big(D), salt(7)) });
  await tx('bdrm', REPO_URLS.commitReport, { roundId: 1, commitment: computeCommitment(1n, 'rm', 0n, big(S), salt(9)) });
  await tx('bdmm', REPO_URLS.revealReport, { roundId: 1, hurdleBps: 0, points: D, salt: salt(7) });
  await tx('bdrm', REPO_URLS.revealReport, { roundId: 1, hurdleBps: 0, points: S, salt: salt(9) });
  // Round 2, short phases (the module allows one block): both dealers commit, only BDmm reveals; the
  // end-block sweep after the reveal deadline aborts it, BDrm's bond to BDmm, BDmm's bond returned.
  slashRound = { id: 2, bdMm: a('bdmm'), bdRm: a('bdrm'), bond: '1475647uusdc' };
  await tx('bdmm', REPO_URLS.openRound, {
    bdMm: a('bdmm'), bdRm: a('bdrm'), mmClient: a('mm'), rmClient: a('rm'), cashDenom: 'uusdc', collateralDenom: 'uatom',
    lotSize: '1000000000', tenorBlocks: 30, maxQty: 50, bond: slashRound.bond, commitBlocks: 6, revealBlocks: 6, acceptBlocks: 1,
  });
  await Promise.all([
    tx('bdmm', REPO_URLS.commitReport, { roundId: 2, commitment: computeCommitment(2n, 'mm', 0n, big(D), salt(3)) }),
    tx('bdrm', REPO_URLS.commitReport, { roundId: 2, commitment: computeCommitment(2n, 'rm', 0n, big(S), salt(5)) }),
  ]);
  await tx('bdmm', REPO_URLS.revealReport, { roundId: 2, hurdleBps: 0, points: D, salt: salt(3) });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (w) => requests.push(w.url()));
});

/**
 * A JIT bundle (mint–swap–burn in one block): the dev's swap waits in the mempool; the searcher adds
 * short-tier liquidity as large as the pool's before it and removes it after, through broadcast_bundle.
 */
async function jitBundle(dev: SigningStargateClient, jit: SigningStargateClient, jitAddr: string): Promise<void> {
  const swapHash = await dev.signAndBroadcastSync(node.devAddress, [{ typeUrl: AMM_URLS.swapExactIn, value: { sender: node.devAddress, poolId: 1, denomIn: 'uusdc', amountIn: '2000000000', minAmountOut: '0' } }], 'auto');
  const hashOf = (b64: string) => createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').toUpperCase();
  let swapB64: string | undefined;
  for (let i = 0; i < 50 && !swapB64; i++) swapB64 = ((await node.rpc('unconfirmed_txs', {})).txs as string[]).find((b) => hashOf(b) === swapHash);
  if (!swapB64) throw new Error('the swap never showed in unconfirmed_txs');
  const p = (await rest('/marketchain/amm/v1/pools/1')).pool.pool;
  const L = BigInt(p.liquidity_long) + BigInt(p.liquidity_short);
  const [s, sa, sb] = [BigInt(p.sqrt_price_x96), BigInt(p.sqrt_lower_x96), BigInt(p.sqrt_upper_x96)];
  const acc = await jit.getSequence(jitAddr);
  const chainId = await jit.getChainId();
  const fee = { amount: [{ denom: 'umkt', amount: '50000' }], gas: '1000000' };
  const add = { typeUrl: AMM_URLS.addLiquidity, value: { sender: jitAddr, poolId: 1, amount0Max: amount0DeltaUp(s, sb, L).toString(), amount1Max: amount1DeltaUp(sa, s, L).toString(), commitmentBlocks: 0 } };
  const addTx = TxRaw.encode(await jit.sign(jitAddr, [add], fee, '', { accountNumber: acc.accountNumber, sequence: acc.sequence, chainId })).finish();
  const rmTx = TxRaw.encode(await jit.sign(jitAddr, [{ typeUrl: AMM_URLS.removeLiquidity, value: { sender: jitAddr, positionId: positionIdFromTx(jitAddr, addTx) } }], fee, '', { accountNumber: acc.accountNumber, sequence: acc.sequence + 1, chainId })).finish();
  const b = await node.rpc('broadcast_bundle', { txs: [Buffer.from(addTx).toString('base64'), swapB64, Buffer.from(rmTx).toString('base64')] });
  if (b.code !== 0) throw new Error(`bundle refused: ${b.log}`);
  await node.waitTx(swapHash);
}

test.after.always(async () => {
  await browser?.close();
  await node?.destroy();
});

test.serial('[e2e/web]: the node serves the explorer at / with content types; API routes still answer; no path leaves the built files', async (t) => {
  const index = await fetch(node.apiUrl + '/');
  t.is(index.status, 200);
  t.is(index.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await index.text();
  const js = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  const asset = await fetch(node.apiUrl + js);
  t.is(asset.headers.get('content-type'), 'text/javascript; charset=utf-8');
  t.is(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  t.deepEqual(await rest('/web-config.json'), { rpc_url: node.url, websocket_url: node.url.replace('http', 'ws') + '/websocket' });
  t.is((await rest('/cosmos/base/tendermint/v1beta1/node_info')).default_node_info.network, 'marketchain-local');
  for (const p of ['/assets/../../node/main.js', '/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/nope.html']) {
    const r = await fetch(node.apiUrl + p);
    t.is(r.status, 404, p);
    t.deepEqual(await r.json(), { code: 5, message: 'Not Found', details: [] }, p);
  }
  t.regex(node.log, new RegExp(`marketchaind started: .*, explorer ${node.apiUrl}/`));
});

test.serial('[e2e/web]: chain page: a new block appears live (WebSocket) within two block times', async (t) => {
  await open('#/');
  const first = Number(await page.locator('#blocks tbody tr').first().getAttribute('data-height'));
  t.true(first >= 1);
  // When the row of the next block is inserted, by the page's clock (the node's clock: same machine);
  // measured from the block's own time, so a late block on a loaded machine does not count against the page.
  const seenAt: number = await page.evaluate((h: number) => new Promise((resolve, reject) => {
    const body = document.querySelector('#blocks tbody');
    const mo = new (globalThis as any).MutationObserver(() => {
      if (body.querySelector(`tr[data-height="${h}"]`)) {
        mo.disconnect();
        resolve(Date.now());
      }
    });
    mo.observe(body, { childList: true });
    setTimeout(() => reject(new Error(`block ${h} not shown within 15 s`)), 15_000);
  }), first + 1);
  const time = (await rest(`/cosmos/base/tendermint/v1beta1/blocks/${first + 1}`)).block.header.time as string;
  const madeAt = Date.parse(time.slice(0, 23) + 'Z');
  t.log(`block ${first + 1} shown ${seenAt - madeAt} ms after its time`);
  t.true(seenAt - madeAt <= 2 * BLOCK_MS, `block ${first + 1} made at ${time}, shown ${seenAt - madeAt} ms later`);
  t.is(await page.locator('#blocks tbody tr').first().getAttribute('data-height'), String(first + 1));
  await shot('chain');
});

test.serial('[e2e/web]: block, tx and account pages show the node’s data; search by height, hash and address', async (t) => {
  await open(`#/block/${mmTx.height}`);
  t.true((await page.locator('#block-txs').innerText()).includes(mmTx.hash.slice(0, 10)));
  t.regex(await page.locator('#block-txs').innerText(), /MsgSupply, MsgSupply, MsgBorrow/);
  await shot('block');

  const rpcTx = await node.rpc('tx', { hash: '0x' + mmTx.hash });
  await open(`#/tx/${mmTx.hash}`);
  t.is(await page.locator('dd[data-key="Gas used"]').innerText(), rpcTx.tx_result.gas_used);
  t.is(await page.locator('dd[data-key="Gas wanted"]').innerText(), rpcTx.tx_result.gas_wanted);
  t.is(await page.locator('dd[data-key="Result"]').innerText(), 'success');
  t.deepEqual(await page.locator('#tx-msgs > li > strong').allInnerTexts(), ['/marketchain.moneymarket.v1.MsgSupply', '/marketchain.moneymarket.v1.MsgSupply', '/marketchain.moneymarket.v1.MsgBorrow']);
  t.true((await page.locator('#tx-events').innerText()).includes('moneymarket.borrow'));
  await shot('tx');

  const bal = await rest(`/cosmos/bank/v1beta1/balances/${node.devAddress}`);
  await open(`#/account/${node.devAddress}`);
  const uusdc = bal.balances.find((c: any) => c.denom === 'uusdc').amount as string;
  t.is(await page.locator('#balances tr', { hasText: 'uusdc' }).locator('.amt').getAttribute('data-exact'), uusdc);
  t.true((await page.locator('#account-txs').innerText()).includes(mmTx.hash.slice(0, 10)));
  await shot('account');

  // search: a tx hash (lower case), a height, an address
  await page.fill('#q', mmTx.hash.toLowerCase());
  await page.press('#q', 'Enter');
  await page.waitForFunction((h) => document.querySelector('main')?.dataset.route === `#/tx/${h}`, mmTx.hash);
  await page.fill('#q', String(mmTx.height));
  await page.press('#q', 'Enter');
  await page.waitForFunction((h) => document.querySelector('main')?.dataset.route === `#/block/${h}`, mmTx.height);
  t.is(await page.locator('h1').innerText(), `Block ${mmTx.height}`);
});

test.serial('[e2e/web]: unknown hash, address or route: the not-found page', async (t) => {
  const unknown = 'AB'.repeat(32);
  await page.fill('#q', unknown);
  await page.press('#q', 'Enter');
  await page.waitForFunction((h) => document.querySelector('main')?.dataset.route === `#/tx/${h}` && document.querySelector('#not-found'), unknown);
  t.is(await page.locator('#not-found h1').innerText(), 'Not found');
  t.regex(await page.locator('#not-found').innerText(), new RegExp(`tx not found: ${unknown}`));
  await shot('not-found');
  const fresh = toBech32(new Uint8Array(20).fill(7));
  await open(`#/account/${fresh}`);
  t.is(await page.locator('#not-found p').first().innerText(), `account ${fresh} not found`);
  await open('#/block/99999999');
  t.true(await page.locator('#not-found').isVisible());
  await page.fill('#q', 'hello world');
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => document.querySelector('main')?.dataset.route === '#/not-found/hello%20world');
  t.regex(await page.locator('#not-found').innerText(), /Nothing matches “hello world”/);
});

test.serial('[e2e/web]: money market: utilization and APRs as the node’s market query; balance-sheet identity; ledger', async (t) => {
  await open('#/mm');
  const { markets } = await rest('/marketchain/moneymarket/v1/markets');
  const m = markets.find((x: any) => x.denom === 'uusdc');
  t.not(m.utilization, '0');
  const row = page.locator('#markets tr[data-denom="uusdc"]');
  const pcts = await row.locator('.pct').evaluateAll((els) => els.map((e) => [(e as any).dataset.exact, e.textContent]));
  const p2 = (f: string) => `${(Number(f) * 100).toFixed(2)}%`;
  t.deepEqual(pcts, [[m.utilization, p2(m.utilization)], [m.supply_rate_annual, p2(m.supply_rate_annual)], [m.borrow_rate_annual, p2(m.borrow_rate_annual)]]);
  t.deepEqual(await row.locator('.amt').evaluateAll((els) => els.map((e) => (e as any).dataset.exact)), [m.cash, m.total_borrows, m.total_supply, m.equity]);
  t.is(await row.locator('.amt').first().getAttribute('title'), `${BigInt(m.cash).toLocaleString('en-US')} uusdc`);
  await shot('money-market');

  await open('#/mm/market/uusdc');
  const sheet = await rest('/marketchain/moneymarket/v1/markets/uusdc/balance_sheet');
  t.is(await page.locator('#balance-sheet').getAttribute('data-holds'), 'true');
  t.deepEqual(await page.locator('#balance-sheet .amt').evaluateAll((els) => els.map((e) => (e as any).dataset.exact)), [sheet.cash, sheet.borrows, String(BigInt(sheet.cash) + BigInt(sheet.borrows)), String(BigInt(sheet.supply) + BigInt(sheet.equity)), sheet.supply, sheet.equity]);
  t.true(await page.locator('#rate-model canvas').isVisible());
  const ledger = await rest('/marketchain/moneymarket/v1/markets/uusdc/ledger?pagination.limit=1');
  t.regex(await page.locator('nav.pager').innerText(), new RegExp(`\\(${ledger.pagination.total} entries\\)`));
  t.true(await page.locator('#rate-history canvas').isVisible());
  await shot('market');

  // the journal paged: page 2 of 2-entry pages, newest first, as the node's ledger query pages it
  await open('#/mm/market/uusdc?page=1&size=2');
  const second = await rest('/marketchain/moneymarket/v1/markets/uusdc/ledger?pagination.limit=2&pagination.offset=2&pagination.reverse=true');
  t.true(second.entries.length >= 1);
  t.deepEqual(await page.locator('#ledger tbody tr td:first-child').allInnerTexts(), second.entries.map((e: any) => String(e.seq)));
  t.is(await page.locator('nav.pager a', { hasText: '← newer' }).getAttribute('href'), '#/mm/market/uusdc?page=0&size=2');

  await open(`#/mm/account/${node.devAddress}`);
  const acct = await rest(`/marketchain/moneymarket/v1/accounts/${node.devAddress}`);
  t.is(await page.locator('dd[data-key="Borrow value"]').innerText(), acct.borrow_value);
  t.is(await page.locator('#positions tbody tr').count(), acct.positions.length);
});

test.serial('[e2e/web]: AMM: a pool’s fee income by tier equals the sum of its swap events', async (t) => {
  await open('#/amm');
  const { pool } = await rest('/marketchain/amm/v1/pools/1');
  const row = page.locator('#pools tr[data-pool="1"]');
  t.deepEqual(await row.locator('.amt').evaluateAll((els) => els.slice(0, 4).map((e) => (e as any).dataset.exact)), [pool.pool.reserve0, pool.pool.reserve1, pool.pool.liquidity_long, pool.pool.liquidity_short]);
  const swaps = await node.rpc('tx_search', { query: "amm.swap.pool_id='1'", per_page: '100' });
  const fees: Record<string, { long: bigint; short: bigint }> = {};
  for (const tx of swaps.txs) {
    for (const e of tx.tx_result.events.filter((x: any) => x.type === 'amm.swap')) {
      const at = Object.fromEntries(e.attributes.map((x: any) => [x.key, x.value]));
      const f = (fees[at.denom_in] ??= { long: 0n, short: 0n });
      f.long += BigInt(at.fee_long);
      f.short += BigInt(at.fee_short);
    }
  }
  t.deepEqual(Object.keys(fees).sort(), ['uatom', 'uusdc']);
  const cells = row.locator('td');
  for (const [denom, f] of Object.entries(fees)) {
    t.true(f.long > 0n);
    t.is(await cells.nth(9).locator(`[data-denom="${denom}"] .amt`).getAttribute('data-exact'), String(f.long), `long ${denom}`);
    t.is(await cells.nth(10).locator(`[data-denom="${denom}"] .amt`).getAttribute('data-exact'), String(f.short), `short ${denom}`);
  }
  t.true(fees.uusdc!.short > 0n, 'the JIT bundle earned the short tier a fee');
  // JIT bundles: short-tier positions minted and burned in one block, as the node's events say
  const evs = async (q: string, type: string) => (await node.rpc('tx_search', { query: q, per_page: '100' })).txs.flatMap((x: any) => x.tx_result.events.filter((e: any) => e.type === type).map((e: any) => ({ height: x.height, ...Object.fromEntries(e.attributes.map((a: any) => [a.key, a.value])) })));
  const adds = (await evs("amm.add_liquidity.tier='short'", 'amm.add_liquidity')).filter((a: any) => a.tier === 'short');
  const removes = await evs("amm.remove_liquidity.pool_id='1'", 'amm.remove_liquidity');
  const jits = adds.filter((a: any) => removes.some((r: any) => r.position_id === a.position_id && r.height === a.height));
  t.is(jits.length, 1);
  t.is(await page.locator('h2', { hasText: 'Pool 1: price over swaps' }).innerText(), 'Pool 1: price over swaps (1 JIT bundle marked)');
  t.true(await page.locator('#pool-1-price canvas').isVisible());
  t.regex(await page.locator('#pending').innerText(), /tx\(s\) pending in the mempool/);
  await shot('amm');
});

test.serial('[e2e/web]: repo: rounds by phase; the revealed round’s candidate table highlights the chosen trade', async (t) => {
  await open('#/repo');
  t.true((await page.locator('#rounds-MATCHED').innerText()).includes('commit'));
  await shot('repo');
  await open('#/repo/round/1');
  const { round } = await rest('/marketchain/repo/v1/rounds/1');
  t.is(round.selection.q, '20');
  const chosen = page.locator('#candidates tr.chosen td');
  t.deepEqual((await chosen.allInnerTexts()).slice(0, 3), [round.selection.q, round.selection.r_mm_bps, round.selection.r_rm_bps]);
  t.is(await page.locator('#candidates tr.chosen').count(), 1);
  t.is(await page.locator('#r-bd').innerText(), `${Number(round.selection.r_bd_x2) / 2} bps`);
  t.is(await page.locator('#chosen-q').innerText(), '20');
  await shot('repo-round');
});

test.serial('[e2e/web]: repo: a dealer that does not reveal is slashed; the round shows exactly the forfeit and return the node’s events say', async (t) => {
  const id = slashRound.id;
  let round: any;
  for (let i = 0; i < 60; i++) {
    round = (await rest(`/marketchain/repo/v1/rounds/${id}`)).round;
    if (round.phase === 'ABORTED') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  t.is(round.phase, 'ABORTED', round.outcome);
  // The node's own record: the bond events of this round, wherever they are (block_search on the
  // finalize-block events; tx_search on tx results), with their heights.
  const fromBlocks = (await node.rpc('block_search', { query: `repo.bond_forfeited.round_id=${id}` })).blocks as any[];
  t.is(fromBlocks.length, 1);
  t.is(Number(fromBlocks[0].block.header.height), Number(round.closed_height));
  t.is((await node.rpc('tx_search', { query: `repo.bond_forfeited.round_id=${id}` })).total_count, '0');
  const results = await node.rpc('block_results', { height: String(round.closed_height) });
  const ev = (type: string) => (results.finalize_block_events as any[]).filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a: any) => [a.key, a.value]))).filter((a) => a.round_id === String(id));
  const forfeits = ev('repo.bond_forfeited');
  const returns = ev('repo.bond_returned');
  t.deepEqual(forfeits.map((a) => [a.dealer, a.recipient, a.amount]), [[slashRound.bdRm, slashRound.bdMm, slashRound.bond]]);
  t.deepEqual(returns.map((a) => [a.dealer, a.amount]), [[slashRound.bdMm, slashRound.bond]]);

  await open('#/repo');
  t.is(await page.locator(`#rounds-ABORTED .slashed[data-round="${id}"]`).innerText(), 'slashed');
  t.is(await page.locator('#rounds-MATCHED .slashed').count(), 0);
  await open(`#/repo/round/${id}`);
  const row = (kind: string) => page.locator(`#bonds tr.bond-${kind}`);
  t.is(await row('forfeited').count(), forfeits.length);
  t.is(await row('returned').count(), returns.length);
  const cells = async (kind: string) => (await row(kind).locator('td').allInnerTexts()).map((x) => x.trim());
  const amountDenom = /^(\d+)(\D.*)$/.exec(slashRound.bond)!;
  const shown = `${BigInt(amountDenom[1]!).toLocaleString('en-US')} ${amountDenom[2]}`;
  t.deepEqual(await cells('forfeited'), ['forfeited', slashRound.bdRm, slashRound.bdMm, shown, String(round.closed_height), 'end-block sweep']);
  t.deepEqual(await cells('returned'), ['returned', slashRound.bdMm, slashRound.bdMm, shown, String(round.closed_height), 'end-block sweep']);
  t.is(await row('forfeited').locator('.amt').getAttribute('data-exact'), amountDenom[1]!);
  t.is(await row('forfeited').locator('a').last().getAttribute('href'), `#/block/${round.closed_height}`);
  // Round 1 (matched, not accepted) has moved no bond yet.
  await shot('repo-round-slashed');
  await open('#/repo/round/1');
  t.is(await page.locator('#bonds').count(), 0);
  t.regex(await page.locator('main').innerText(), /No bond returned or forfeited yet\./);
});

test.serial('[e2e/web]: wallet (dev chain): a pasted mnemonic signs a supply in the page; a refused borrow shows the node’s error', async (t) => {
  await open('#/wallet');
  // no window.keplr in this browser: no Keplr button
  t.is(await page.locator('#keplr-connect').count(), 0);
  await page.fill('#mnemonic', node.mnemonic);
  await page.click('#wallet-connect button');
  await page.waitForFunction((a) => document.querySelector('#wallet-address')?.textContent === `Signing as ${a}`, node.devAddress, { timeout: 30_000 });
  const before = BigInt((await rest(`/cosmos/bank/v1beta1/balances/${node.devAddress}/by_denom?denom=uusdc`)).balance.amount);
  await page.fill('#wallet-supply input[name="amount"]', '1000');
  await page.click('#wallet-supply button');
  await page.waitForSelector('#wallet-result [data-code]', { timeout: 30_000 });
  t.is(await page.locator('#wallet-result [data-code]').getAttribute('data-code'), '0', await page.locator('#wallet-result').innerText());
  const hash = (await page.locator('#wallet-result a').innerText()).trim();
  const tx = await node.rpc('tx', { hash: '0x' + hash });
  t.is(tx.tx_result.code, 0);
  t.like(Object.fromEntries(tx.tx_result.events.find((e: any) => e.type === 'moneymarket.supply_received').attributes.map((a: any) => [a.key, a.value])), { account: node.devAddress, asset: 'uusdc', amount: '1000' });
  // fees are paid in umkt: the uusdc balance falls by exactly the supplied amount
  t.is(BigInt((await rest(`/cosmos/bank/v1beta1/balances/${node.devAddress}/by_denom?denom=uusdc`)).balance.amount), before - 1000n);
  await shot('wallet');

  await page.fill('#wallet-borrow input[name="amount"]', '999999999999999');
  await page.evaluate(() => document.querySelector('#wallet-result').replaceChildren());
  await page.click('#wallet-borrow button');
  await page.waitForSelector('#wallet-result [data-code]', { timeout: 30_000 });
  t.is(await page.locator('#wallet-result [data-code]').getAttribute('data-code'), 'error');
  t.is(await page.locator('#wallet-result').innerText(), `Refused: Query failed with (7): failed to execute message; message index: 0: borrowing 999999999999999uusdc (1000999999999998 with fee) exceeds the liquidity of ${node.devAddress}: INSUFFICIENT_LIQUIDITY: account liquidity too low`);
});

/**
 * Stands in for the Keplr extension, which cannot run headless: window.keplr with exactly the methods
 * the page calls (experimentalSuggestChain, enable, getOfflineSigner), each call recorded. The key stays
 * outside the page as in Keplr: the signer's getAccounts and signDirect go to a cosmjs
 * DirectSecp256k1HdWallet in this test process (exposed functions), bytes passed as base64.
 */
const KEPLR_STUB = `(() => {
  const b64 = (u) => btoa(String.fromCharCode(...u));
  const bytes = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const calls = (window.keplrCalls = []);
  window.keplr = {
    async experimentalSuggestChain(info) { calls.push(['experimentalSuggestChain', info]); },
    async enable(chainId) { calls.push(['enable', chainId]); },
    getOfflineSigner(chainId) {
      calls.push(['getOfflineSigner', chainId]);
      return {
        async getAccounts() { return (await window.keplrKeyAccounts()).map((a) => ({ ...a, pubkey: bytes(a.pubkey) })); },
        async signDirect(signer, doc) {
          calls.push(['signDirect', signer, doc.chainId]);
          const r = await window.keplrKeySignDirect(signer, { bodyBytes: b64(doc.bodyBytes), authInfoBytes: b64(doc.authInfoBytes), chainId: doc.chainId, accountNumber: String(doc.accountNumber) });
          return { signed: { bodyBytes: bytes(r.bodyBytes), authInfoBytes: bytes(r.authInfoBytes), chainId: r.chainId, accountNumber: BigInt(r.accountNumber) }, signature: r.signature };
        },
      };
    },
  };
})();`;

test.serial('[e2e/web]: wallet with Keplr: the node’s chain info is suggested, the chain enabled, and a supply signed through Keplr’s signer lands on chain', async (t) => {
  const key = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
  const [acct] = await key.getAccounts();
  const addr = acct!.address;
  const fund = await dev.signAndBroadcast(node.devAddress, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: node.devAddress, toAddress: addr, amount: [{ denom: 'umkt', amount: '10000000' }, { denom: 'uusdc', amount: '5000000' }] } }], 'auto');
  assertIsDeliverTxSuccess(fund);
  const kp = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  t.teardown(() => kp.close());
  kp.on('request', (r) => requests.push(r.url()));
  const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
  await kp.exposeFunction('keplrKeyAccounts', async () => (await key.getAccounts()).map((a) => ({ address: a.address, algo: a.algo, pubkey: b64(a.pubkey) })));
  await kp.exposeFunction('keplrKeySignDirect', async (signer: string, d: { bodyBytes: string; authInfoBytes: string; chainId: string; accountNumber: string }) => {
    const r = await key.signDirect(signer, { bodyBytes: Buffer.from(d.bodyBytes, 'base64'), authInfoBytes: Buffer.from(d.authInfoBytes, 'base64'), chainId: d.chainId, accountNumber: BigInt(d.accountNumber) });
    return { bodyBytes: b64(r.signed.bodyBytes), authInfoBytes: b64(r.signed.authInfoBytes), chainId: r.signed.chainId, accountNumber: String(r.signed.accountNumber), signature: r.signature };
  });
  await kp.addInitScript(KEPLR_STUB);
  await kp.goto(`${node.apiUrl}/#/wallet`);
  await kp.waitForFunction(() => document.querySelector('main')?.dataset.route === '#/wallet' && !document.querySelector('main')?.hasAttribute('aria-busy'), undefined, { timeout: 15_000 });
  await kp.click('#keplr-connect');
  await kp.waitForFunction((a) => document.querySelector('#wallet-address')?.textContent === `Signing as ${a}`, addr, { timeout: 30_000 });
  t.is(await kp.locator('#wallet-address').getAttribute('data-via'), 'keplr');

  const chainInfo = await rest('/chain-info.json');
  t.like(chainInfo, { chainId: 'marketchain-local', rpc: node.url, rest: node.apiUrl, bech32Config: { bech32PrefixAccAddr: 'mkt' } });
  const supply = (await rest('/cosmos/bank/v1beta1/supply')).supply.map((c: any) => c.denom).sort();
  t.deepEqual(chainInfo.currencies.map((c: any) => c.coinMinimalDenom).sort(), supply);
  t.like(chainInfo.feeCurrencies[0], { coinMinimalDenom: 'umkt', coinDecimals: 6, gasPriceStep: { low: 0.01, average: 0.025, high: 0.04 } });
  const calls = () => kp.evaluate(() => (globalThis as any).keplrCalls as unknown[][]);
  t.deepEqual((await calls()).slice(0, 3), [['experimentalSuggestChain', chainInfo], ['enable', 'marketchain-local'], ['getOfflineSigner', 'marketchain-local']]);

  await kp.fill('#wallet-supply input[name="amount"]', '2500');
  await kp.click('#wallet-supply button');
  await kp.waitForSelector('#wallet-result [data-code]', { timeout: 30_000 });
  t.is(await kp.locator('#wallet-result [data-code]').getAttribute('data-code'), '0', await kp.locator('#wallet-result').innerText());
  t.deepEqual((await calls()).filter((c) => c[0] === 'signDirect'), [['signDirect', addr, 'marketchain-local']]);
  const hash = (await kp.locator('#wallet-result a').innerText()).trim();
  const tx = await node.rpc('tx', { hash: '0x' + hash });
  t.is(tx.tx_result.code, 0);
  t.like(Object.fromEntries(tx.tx_result.events.find((e: any) => e.type === 'moneymarket.supply_received').attributes.map((a: any) => [a.key, a.value])), { account: addr, asset: 'uusdc', amount: '2500' });
  t.is((await rest(`/cosmos/bank/v1beta1/balances/${addr}/by_denom?denom=uusdc`)).balance.amount, String(5000000 - 2500));
  await kp.screenshot({ path: `${ARTIFACTS}wallet-keplr.png`, fullPage: true });
});

test.serial('[e2e/web]: keyboard: the nav links are reachable with Tab and followed with Enter', async (t) => {
  await open('#/');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('main')?.dataset.route === '#/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // Chain
  await page.keyboard.press('Tab'); // Money market
  t.is(await page.evaluate(() => document.activeElement?.textContent), 'Money market');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main')?.dataset.route === '#/mm');
  t.pass();
});

test.serial('[e2e/web]: dark or light by the system preference (prefers-color-scheme)', async (t) => {
  await open('#/mm');
  const bg = () => page.evaluate(() => (globalThis as any).getComputedStyle(document.body).backgroundColor as string);
  await page.emulateMedia({ colorScheme: 'dark' });
  t.is(await bg(), 'rgb(21, 23, 28)');
  await shot('money-market-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  t.is(await bg(), 'rgb(255, 255, 255)');
});

test.serial('[e2e/web]: no request leaves the node: every URL the pages asked for is the node’s REST, RPC or WebSocket', (t) => {
  t.true(requests.length > 20);
  t.true(requests.includes(node.url.replace('http', 'ws') + '/websocket'));
  const own = [node.apiUrl + '/', node.url, node.url.replace('http', 'ws') + '/websocket'];
  t.deepEqual(requests.filter((u) => !own.some((o) => u.startsWith(o)) && !u.startsWith('data:')), []);
});

test.serial('[e2e/web]: node stopped: the reconnecting banner; node back: banner gone, live blocks again', async (t) => {
  await open('#/');
  t.true(await page.locator('#banner').isHidden());
  await node.stop('SIGTERM');
  await page.waitForSelector('#banner:not([hidden])', { timeout: 10_000 });
  t.is(await page.locator('#banner').innerText(), 'Connection to the node lost: reconnecting…');
  await shot('reconnecting');
  await node.spawn();
  await page.waitForSelector('#banner[hidden]', { state: 'attached', timeout: 20_000 });
  const h = await node.height();
  await page.waitForSelector(`#blocks tr[data-height="${h + 1}"]`, { timeout: 20_000 });
  t.true(await page.locator('#banner').isHidden());
});
