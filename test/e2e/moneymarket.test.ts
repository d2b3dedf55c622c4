// Money market end to end against the real node: an unmodified cosmjs SigningStargateClient supplies,
// borrows, moves a price with the oracle (the dev account) and liquidates, then reads Market and
// AccountSnapshot over abci_query; the marketchain CLI repeats the flow with -o json; replay passes.
import test from 'ava';
import { DirectSecp256k1HdWallet, Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { existsSync } from 'node:fs';
import { CLI_BIN, TestNode } from '../helpers/node_process.js';
import { marketchain } from '../../proto/moneymarket.js';
import { moneymarketRegistryTypes } from '../../modules/moneymarket/msgs.js';

const pb = marketchain.moneymarket.v1 as any;
const registry = new Registry([...defaultRegistryTypes, ...moneymarketRegistryTypes()]);
const T = '/marketchain.moneymarket.v1.';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '300ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

async function q(method: string, req: Record<string, unknown>): Promise<any> {
  const data = pb[`Query${method}Request`].encode(pb[`Query${method}Request`].fromObject(req)).finish();
  const r = await node.rpc('abci_query', { path: `/marketchain.moneymarket.v1.Query/${method}`, data: Buffer.from(data).toString('hex') });
  if (r.response.code) throw new Error(r.response.log);
  return pb[`Query${method}Response`].toObject(pb[`Query${method}Response`].decode(Buffer.from(r.response.value ?? '', 'base64')), { defaults: true });
}

const attr = (res: any, type: string, key: string) => res.events.find((e: any) => e.type === type)?.attributes.find((a: any) => a.key === key)?.value;

test.serial('[e2e/moneymarket]: cosmjs and CLI: supply, borrow, oracle price move, liquidate; queries; replay', async (t) => {
  const devW = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const dev = (await devW.getAccounts())[0]!.address;
  const userW = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
  const user = (await userW.getAccounts())[0]!.address;
  const opts = { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 };
  const devC = await SigningStargateClient.connectWithSigner(node.url, devW, opts);
  const userC = await SigningStargateClient.connectWithSigner(node.url, userW, opts);
  t.is((await devC.sendTokens(dev, user, [{ denom: 'uatom', amount: '2000000' }, { denom: 'umkt', amount: '100000000' }], 'auto')).code, 0);

  const send = async (c: SigningStargateClient, from: string, name: string, value: Record<string, unknown>) => {
    const r = await c.signAndBroadcast(from, [{ typeUrl: T + name, value: { sender: from, ...value } }], 'auto');
    t.is(r.code, 0, `${name}: ${r.rawLog}`);
    return r;
  };
  await send(devC, dev, 'MsgSupply', { denom: 'uusdc', amount: '100000000' });
  await send(userC, user, 'MsgSupply', { denom: 'uatom', amount: '1000000' });
  const borrowed = await send(userC, user, 'MsgBorrow', { denom: 'uusdc', amount: '5000000' });
  t.is(attr(borrowed, 'moneymarket.borrow_taken', 'borrow_amount_with_fee'), '5005000');
  let snap = await q('AccountSnapshot', { address: user });
  t.like(snap, { liquidatable: false, supplyValue: '8000000' });
  // a failing tx: borrowing beyond the collateral ratio
  const tooMuch = await userC.signAndBroadcast(user, [{ typeUrl: T + 'MsgBorrow', value: { sender: user, denom: 'uusdc', amount: '5000000' } }], { amount: [{ denom: 'umkt', amount: '50000' }], gas: '2000000' });
  t.is(tooMuch.code, 7);
  // the oracle (dev) moves uatom from 8 to 6: 6,000,000 < 1.25 × 5,005,000+ → liquidatable
  const priced = await send(devC, dev, 'MsgSetAssetPrice', { denom: 'uatom', price: '6' });
  t.is(attr(priced, 'moneymarket.price_set', 'new_price'), '6');
  snap = await q('AccountSnapshot', { address: user });
  t.true(snap.liquidatable);
  const liq = await send(devC, dev, 'MsgLiquidate', { borrower: user, borrowDenom: 'uusdc', collateralDenom: 'uatom', amount: 'max' });
  const repaid = BigInt(attr(liq, 'moneymarket.borrow_liquidated', 'amount_repaid'));
  t.true(repaid > 0n);
  snap = await q('AccountSnapshot', { address: user });
  t.false(snap.liquidatable);
  const m = (await q('Market', { denom: 'uusdc' })).market;
  t.is(m.status, 'supported');
  t.true(BigInt(m.cash) + BigInt(m.totalBorrows) === BigInt(m.totalSupply) + BigInt(m.equity));
  t.true(BigInt(m.totalBorrows) > 0n);
  t.is((await q('BalanceSheet', { denom: 'uatom' })).balanced, true);

  if (existsSync(CLI_BIN)) {
    const added = node.cliJson(['keys', 'add', 'bob']);
    const bob: string = added.address;
    t.is(node.cliJson(['tx', 'bank', 'send', 'dev', bob, '2000000uatom,10000000umkt', '--from', 'dev', '-y']).code, 0);
    const cli = (args: string[]) => node.cliJson(['tx', 'moneymarket', ...args, '-y']);
    t.is(cli(['supply', 'uatom', '1000000', '--from', 'bob']).code, 0);
    t.is(cli(['borrow', 'uusdc', '3900000', '--from', 'bob']).code, 0);
    const acct = node.cliJson(['query', 'moneymarket', 'account', bob]);
    t.like(acct, { liquidatable: false, supplyValue: '6000000' });
    t.is(acct.positions.find((p: any) => p.denom === 'uusdc').borrowBalance, '3903900');
    t.is(cli(['set-price', 'uatom', '4.5', '--from', 'dev']).code, 0);
    t.true(node.cliJson(['query', 'moneymarket', 'account', bob]).liquidatable);
    const r = cli(['liquidate', bob, 'uusdc', 'uatom', 'max', '--from', 'dev']);
    t.is(r.code, 0);
    t.false(node.cliJson(['query', 'moneymarket', 'account', bob]).liquidatable);
    const bad = node.cli(['tx', 'moneymarket', 'liquidate', bob, 'uusdc', 'uatom', 'max', '--from', 'dev', '-y', '-o', 'json']);
    t.not(bad.code, 0);
    const mk = node.cliJson(['query', 'moneymarket', 'market', 'uusdc']);
    t.is(mk.denom, 'uusdc');
    t.regex(node.cli(['query', 'moneymarket', 'market', 'uusdc']).stdout, /borrow APR [0-9.]+%/);
    const ledger = node.cliJson(['query', 'moneymarket', 'ledger', 'uusdc', '--limit', '500']);
    t.true(ledger.entries.some((e: any) => e.event === 'liquidate_repay'));
    t.is(node.cliJson(['query', 'moneymarket', 'balance-sheet', 'uusdc']).balanced, true);
    t.true(node.cliJson(['query', 'moneymarket', 'rates', 'uusdc']).records.length > 0);
    t.is(node.cliJson(['query', 'moneymarket', 'params']).admin, dev);
    const invalid = node.cli(['tx', 'moneymarket', 'supply', 'uusdc', '-5', '--from', 'dev', '-y']);
    t.not(invalid.code, 0);
  } else {
    t.log(`CLI not built (${CLI_BIN} missing): CLI steps skipped`);
  }
  await node.stop();
  const rp = node.replay();
  t.is(rp.code, 0, rp.stderr + rp.stdout);
});
