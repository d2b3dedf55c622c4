// `marketchain tx moneymarket …` and `marketchain query moneymarket …`.
import { addPageFlags, encodeKey, pageRequest, pageText, paginate, type PageFlags, type PageJson } from '../pagination.js';
import type { Command } from 'commander';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from '../env.js';
import { marketchain } from '../../proto/moneymarket.js';
import { formatDecimal, parseDecimal } from '../../chain/codec/decimal.js';
import { moneymarketRegistryTypes, typeUrl, validateMsg, type MsgName } from '../../modules/moneymarket/msgs.js';

const pb = marketchain.moneymarket.v1 as any;
const Q = '/marketchain.moneymarket.v1.Query/';
const lastCmd = (args: unknown[]) => args[args.length - 1] as Command;
/** Shortens an exact decimal for text output (the json output keeps every digit). */
const short = (d: string, digits = 6) => {
  const [i, f = ''] = d.split('.');
  const cut = f.slice(0, digits).replace(/0+$/, '');
  return cut ? `${i}.${cut}` : i!;
};
/** A decimal fraction as a percentage with 4 decimals ("0.0525" → "5.25%"). */
const pct = (d: string) => short(formatDecimal(parseDecimal(d, 18) * 100n, 18), 4) + '%';
const toObj = (type: string, v: unknown) => pb[type].toObject(v, { defaults: true });

async function send(env: CliEnv, o: TxOpts, name: MsgName, body: Record<string, unknown>): Promise<void> {
  const value = { sender: await env.resolveAddress(o, o.from), ...body };
  try {
    validateMsg(name, value);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  await env.broadcast(o, [{ typeUrl: typeUrl(name), value }]);
}

async function query(env: CliEnv, o: GlobalOpts, method: string, req: Record<string, unknown>): Promise<any> {
  const bytes = await env.abciQuery(o, Q + method, pb[`Query${method}Request`].encode(pb[`Query${method}Request`].fromObject(req)).finish());
  return toObj(`Query${method}Response`, pb[`Query${method}Response`].decode(bytes));
}

function modelFromOpts(o: { model: string; baseRate: string; slope: string; spreadBps: string; supplyRate: string; borrowRate: string }) {
  if (!/^[0-9]+$/.test(o.spreadBps)) throw new CliError(`invalid --spread-bps ${JSON.stringify(o.spreadBps)}`);
  return { kind: o.model, baseRate: o.baseRate, slope: o.slope, spreadBps: Number(o.spreadBps), fixedSupplyRate: o.supplyRate, fixedBorrowRate: o.borrowRate };
}

function marketText(m: any): string {
  return [
    `market ${m.denom} (${m.status})  price ${m.price}`,
    `  cash ${m.cash}${m.denom}  borrows ${m.totalBorrows}${m.denom}  supply ${m.totalSupply}${m.denom}  equity ${m.equity}${m.denom}`,
    `  borrow APR ${pct(m.borrowRateAnnual)}  supply APR ${pct(m.supplyRateAnnual)}  utilization ${pct(m.utilization)}`,
    `  indices supply ${short(m.supplyIndex, 12)} borrow ${short(m.borrowIndex, 12)}  last accrual block ${m.blockNumber}`,
  ].join('\n');
}

function registerTx(env: CliEnv, g: Command): void {
  const user = (verb: string, name: MsgName, desc: string) =>
    env.addTxFlags(g.command(`${verb} <denom> <amount>`).description(desc)).action(async (denom: string, amount: string, ...rest: unknown[]) => {
      await send(env, env.opts<TxOpts>(lastCmd(rest)), name, { denom, amount });
    });
  user('supply', 'MsgSupply', 'Supply <amount> base units of <denom> to earn interest');
  user('withdraw', 'MsgWithdraw', 'Withdraw supplied tokens (amount or "max" = as much as the collateral ratio allows)');
  user('borrow', 'MsgBorrow', 'Borrow <amount> base units (the origination fee is added to the debt)');
  user('repay', 'MsgRepay', 'Repay a borrow (amount or "max" = min(wallet, debt))');
  env.addTxFlags(g.command('liquidate <borrower> <borrow-denom> <collateral-denom> <amount>').description('Repay part of an under-collateralised borrow and receive discounted collateral as a supply balance (amount or "max")'))
    .action(async (borrower: string, borrowDenom: string, collateralDenom: string, amount: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts>(lastCmd(rest));
      await send(env, o, 'MsgLiquidate', { borrower: await env.resolveAddress(o, borrower), borrowDenom, collateralDenom, amount });
    });
  env.addTxFlags(g.command('set-price <denom> <price>').description('Oracle: set the value of one base unit of <denom> in the numeraire (decimal)'))
    .action(async (denom: string, price: string, ...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgSetAssetPrice', { denom, price }));
  const withModel = (c: Command) => c.option('--model <kind>', 'linear or fixed', 'linear').option('--base-rate <d>', 'annual base borrow rate', '0.02')
    .option('--slope <d>', 'annual borrow rate added per unit of utilization', '0.2').option('--spread-bps <n>', 'share of borrow interest kept as equity, bps', '1500')
    .option('--supply-rate <d>', 'fixed model: per-block supply rate', '0').option('--borrow-rate <d>', 'fixed model: per-block borrow rate', '0');
  env.addTxFlags(withModel(g.command('support-market <denom>').description('Admin: list (or unsuspend) a market; it needs a price first')))
    .action(async (denom: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts & any>(lastCmd(rest));
      await send(env, o, 'MsgSupportMarket', { denom, interestRateModel: modelFromOpts(o) });
    });
  env.addTxFlags(withModel(g.command('set-interest-rate-model <denom>').description("Admin: change a market's rate model (accrues first)")))
    .action(async (denom: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts & any>(lastCmd(rest));
      await send(env, o, 'MsgSetInterestRateModel', { denom, interestRateModel: modelFromOpts(o) });
    });
  env.addTxFlags(g.command('suspend-market <denom>').description('Admin: suspend a market (repay/withdraw only; liquidation regardless of health)'))
    .action(async (denom: string, ...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgSuspendMarket', { denom }));
  env.addTxFlags(g.command('set-risk-parameters <collateral-ratio> <liquidation-ratio> <liquidation-discount>').description('Admin: set CR, LR and the liquidation discount (decimals, 1 + discount < LR <= CR)'))
    .action(async (cr: string, lr: string, l: string, ...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgSetRiskParameters', { collateralRatio: cr, liquidationRatio: lr, liquidationDiscount: l }));
  env.addTxFlags(g.command('set-origination-fee <fee>').description('Admin: origination fee added to new borrows (decimal, at most 0.1)'))
    .action(async (fee: string, ...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgSetOriginationFee', { originationFee: fee }));
  env.addTxFlags(g.command('set-oracle <address>').description('Admin: the account allowed to set prices'))
    .action(async (a: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts>(lastCmd(rest));
      await send(env, o, 'MsgSetOracle', { oracle: await env.resolveAddress(o, a) });
    });
  env.addTxFlags(g.command('set-pending-admin <address>').description('Admin: propose a new admin (who must accept)'))
    .action(async (a: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts>(lastCmd(rest));
      await send(env, o, 'MsgSetPendingAdmin', { pendingAdmin: await env.resolveAddress(o, a) });
    });
  env.addTxFlags(g.command('accept-admin').description('Pending admin: become the admin'))
    .action(async (...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgAcceptAdmin', {}));
  env.addTxFlags(g.command('withdraw-equity <denom> <amount>').description('Admin: withdraw market equity to the admin (amount or "max")'))
    .action(async (denom: string, amount: string, ...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgWithdrawEquity', { denom, amount }));
  env.addTxFlags(g.command('set-paused <true|false>').description('Admin: pause or resume supply, withdraw, borrow, repay and liquidate'))
    .action(async (v: string, ...rest: unknown[]) => {
      if (v !== 'true' && v !== 'false') throw new CliError(`expected true or false, got ${JSON.stringify(v)}`);
      await send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgSetPaused', { paused: v === 'true' });
    });
  env.addTxFlags(g.command('add-reserves <denom> <amount>').description('Admin: add tokens to a market as cash and equity'))
    .action(async (denom: string, amount: string, ...rest: unknown[]) => send(env, env.opts<TxOpts>(lastCmd(rest)), 'MsgAddReserves', { denom, amount }));
}

function registerQuery(env: CliEnv, g: Command): void {
  const o = (a: unknown[]) => env.opts<GlobalOpts & PageFlags>(lastCmd(a));
  env.addQueryFlags(g.command('params').description('Admin, oracle, risk ratios, fee, blocks per year, caps')).action(async (...a: unknown[]) => {
    const p = (await query(env, o(a), 'Params', {})).params;
    env.output(o(a), p, () => Object.entries(p).map(([k, v]) => `${k.padEnd(20)} ${v === '' ? '(none)' : v}`).join('\n'));
  });
  env.addQueryFlags(g.command('market <denom>').description('One market: status, balance sheet, rates (annual %), utilization, price')).action(async (denom: string, ...a: unknown[]) => {
    const m = (await query(env, o(a), 'Market', { denom })).market;
    env.output(o(a), m, () => marketText(m));
  });
  env.addQueryFlags(addPageFlags(g.command('markets').description('All listed markets'))).action(async (...a: unknown[]) => {
    const page = pageRequest(o(a));
    const r = await query(env, o(a), 'Markets', {});
    const { items: markets, pagination } = paginate(r.markets as { denom: string }[], (m) => m.denom, page);
    env.output(o(a), { ...r, markets, pagination }, () => (markets.map(marketText).join('\n') || 'no markets') + pageText(pagination));
  });
  env.addQueryFlags(g.command('account <address>').description('Supply and borrow balances as of now, liquidity or shortfall, liquidatable')).action(async (addr: string, ...a: unknown[]) => {
    const s = await query(env, o(a), 'AccountSnapshot', { address: await env.resolveAddress(o(a), addr) });
    env.output(o(a), s, () => [
      `account ${s.address} at height ${s.height}`,
      ...s.positions.map((p: any) => `  ${p.denom}: supplied ${p.supplyBalance}${p.denom}  borrowed ${p.borrowBalance}${p.denom}  price ${p.price}`),
      `  supply value ${short(s.supplyValue)}  borrow value ${short(s.borrowValue)}`,
      `  required at collateral ratio ${short(s.requiredAtCollateralRatio)}  at liquidation ratio ${short(s.requiredAtLiquidationRatio)}`,
      `  liquidity ${short(s.liquidity)}  shortfall ${short(s.shortfall)}  liquidation shortfall ${short(s.liquidationShortfall)}`,
      `  liquidatable: ${s.liquidatable ? 'YES' : 'no'}${s.missingPrice ? `  (missing price: ${s.missingPrice})` : ''}`,
    ].join('\n'));
  });
  // The node pages these: --page-key is the offset of the next page (its next_key).
  const paged = addPageFlags;
  const page = (x: ReturnType<typeof o>) => {
    const p = pageRequest(x);
    const offset = p.key === undefined ? p.offset : /^\d{1,15}$/.test(p.key) ? Number(p.key) : NaN;
    if (Number.isNaN(offset)) throw new CliError('invalid --page-key: use the next_key of a previous page');
    return { limit: p.limit, offset, reverse: p.reverse };
  };
  const pageOut = (x: ReturnType<typeof o>, r: { pagination: { total: number; nextOffset: number } }): PageJson => ({
    next_key: r.pagination.nextOffset ? encodeKey(String(r.pagination.nextOffset)) : null,
    total: pageRequest(x).countTotal ? String(r.pagination.total) : '0',
  });
  env.addQueryFlags(paged(g.command('ledger <denom>').description('Journal of double-entry postings (height, tx, event, debit, credit, amount)'))).action(async (denom: string, ...a: unknown[]) => {
    const r = await query(env, o(a), 'Ledger', { denom, pagination: page(o(a)) });
    env.output(o(a), { ...r, pagination: pageOut(o(a), r) }, () => [...r.entries.map((e: any) => `#${e.seq} h${e.height} ${e.event.padEnd(18)} Dr ${e.debit.padEnd(10)} Cr ${e.credit.padEnd(10)} ${e.amount}${denom}${e.txHash ? '  tx ' + e.txHash.slice(0, 12) : ''}`), `(${r.entries.length} of ${r.pagination.total})`].join('\n'));
  });
  env.addQueryFlags(paged(g.command('rates <denom>').description('Rate history: height, per-block rates as annual %, indices'))).action(async (denom: string, ...a: unknown[]) => {
    const r = await query(env, o(a), 'RateHistory', { denom, pagination: page(o(a)) });
    const bpy = BigInt((await query(env, o(a), 'Params', {})).params.blocksPerYear);
    const apr = (d: string) => short(formatDecimal(parseDecimal(d, 18) * bpy * 100n, 18), 4) + '%';
    env.output(o(a), { ...r, pagination: pageOut(o(a), r) }, () => [...r.records.map((x: any) => `h${x.height}  borrow APR ${apr(x.borrowRate)}  supply APR ${apr(x.supplyRate)}  indices ${short(x.supplyIndex, 12)} / ${short(x.borrowIndex, 12)}`), `(${r.records.length} of ${r.pagination.total})`].join('\n'));
  });
  env.addQueryFlags(g.command('balance-sheet <denom>').description('Cash + Borrows = Supply + Equity for a market')).action(async (denom: string, ...a: unknown[]) => {
    const b = await query(env, o(a), 'BalanceSheet', { denom });
    env.output(o(a), b, () => `${denom} at block ${b.blockNumber}\n  cash    ${b.cash}${denom}\n  borrows ${b.borrows}${denom}\n  supply  ${b.supply}${denom}\n  equity  ${b.equity}${denom}\n  balanced: ${b.balanced ? 'yes' : 'NO'}`);
  });
}

export function registerMoneymarketCommands(env: CliEnv): void {
  env.registerTypes(moneymarketRegistryTypes());
  registerTx(env, env.tx.command('moneymarket').alias('mm').description('Money market: supply, withdraw, borrow, repay, liquidate, oracle and admin'));
  registerQuery(env, env.query.command('moneymarket').alias('mm').description('Money market queries'));
}
