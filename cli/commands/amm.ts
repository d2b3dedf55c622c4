// `marketchain tx amm …`, `marketchain query amm …`, `marketchain amm jit-bot` and `marketchain amm bundle`.
import type { Command } from 'commander';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from '../env.js';
import { marketchain } from '../../proto/amm.js';
import { fromBase64 } from '../../chain/codec/bytes.js';
import { formatDecimal, parseDecimal } from '../../chain/codec/decimal.js';
import * as V from '../../modules/amm/msgs.js';
import { registerAmmJitBot } from '../amm_jit_bot.js';
import { registerAmmBundle } from '../amm_bundle.js';

const pb = marketchain.amm.v1;
// Decoded views (nested proto messages are typed loosely by pbts).
type PoolViewT = any;
type PositionT = any;
const Q = '/marketchain.amm.v1.Query/';

function check(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}

function parseCoin(s: string): { amount: string; denom: string } {
  const m = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(s);
  if (!m) throw new CliError(`invalid coin ${JSON.stringify(s)}: expected e.g. 50000000uusdc`);
  return { amount: m[1]!, denom: m[2]! };
}

const int = (s: string, what: string) => {
  if (!/^[0-9]+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new CliError(`invalid ${what} ${JSON.stringify(s)}`);
  return Number(s);
};

const lastCmd = (args: unknown[]) => args[args.length - 1] as Command;

/** The default slippage tolerance of swaps and deposits, in percent. */
export const DEFAULT_SLIPPAGE = '0.5';
const TOL_ONE = 10n ** 20n; // 100 % with 18 fractional digits

/** A tolerance in percent ("0.5") as a fraction of TOL_ONE; refuses negative, malformed or ≥ 100 %. */
function parseSlippage(s: string): bigint {
  let v: bigint;
  try {
    v = parseDecimal(s, 18, 'slippage');
  } catch (e) {
    throw new CliError(`invalid --slippage ${JSON.stringify(s)}: ${(e as Error).message}`);
  }
  if (v >= TOL_ONE) throw new CliError(`--slippage ${s} must be below 100 (percent)`);
  return v;
}

/** amount · (1 − tolerance), rounded down (a least output or deposit). */
export const lessTolerance = (amount: bigint, tol: bigint) => (amount * (TOL_ONE - tol)) / TOL_ONE;
/** amount · (1 + tolerance), rounded up (a most input). */
export const plusTolerance = (amount: bigint, tol: bigint) => (amount * (TOL_ONE + tol) + TOL_ONE - 1n) / TOL_ONE;

/** What a deposit of the maxima uses at the pool's current price (the module's rounding: liquidity down, owed up). */
function depositQuote(p: any, max0: bigint, max1: bigint): { amount0: bigint; amount1: bigint } {
  const sa = BigInt(p.sqrtLowerX96), sb = BigInt(p.sqrtUpperX96), s0 = BigInt(p.sqrtPriceX96);
  const s = s0 < sa ? sa : s0 > sb ? sb : s0;
  const L = V.liquidityForAmountsDown(s, sa, sb, max0, max1);
  return { amount0: s < sb ? V.amount0DeltaUp(s, sb, L) : 0n, amount1: s > sa ? V.amount1DeltaUp(sa, s, L) : 0n };
}

export async function queryPool(env: CliEnv, o: GlobalOpts, poolId: number) {
  return pb.QueryPoolResponse.decode(await env.abciQuery(o, Q + 'Pool', pb.QueryPoolRequest.encode({ poolId }).finish())).pool!;
}

function poolJson(v: PoolViewT) {
  return { ...pb.Pool.toObject(v.pool!, { defaults: true, longs: String }), price: v.price, price_lower: v.priceLower, price_upper: v.priceUpper };
}

function poolText(v: PoolViewT): string {
  const p = v.pool!;
  return [
    `pool ${p.id}: ${p.denom0}/${p.denom1}  price ${v.price} ${p.denom1} per ${p.denom0}  range [${v.priceLower}, ${v.priceUpper}]`,
    `  fee ${formatDecimal(BigInt(p.feePips), 4)}%  beta ${formatDecimal(BigInt(p.betaPpm), 6)}  min long commitment ${p.minLongCommitmentBlocks} blocks`,
    `  liquidity long ${p.liquidityLong}  short ${p.liquidityShort}`,
    `  reserves ${p.reserve0}${p.denom0} ${p.reserve1}${p.denom1}  fee vaults ${p.feeVault0}${p.denom0} ${p.feeVault1}${p.denom1}`,
    `  treasury fees ${p.orphanFees0}${p.denom0} ${p.orphanFees1}${p.denom1}  sqrt price (Q64.96) ${p.sqrtPriceX96}`,
  ].join('\n');
}

function positionText(p: PositionT): string {
  return `position ${p.id}\n  owner ${p.owner}  pool ${p.poolId}  ${p.commitmentBlocks > 0 ? `long-term (commitment ${p.commitmentBlocks})` : 'short-term'}\n  liquidity ${p.liquidity}  minted at ${p.mintHeight}  unlocks at ${p.unlockHeight}  paid ${p.amount0} / ${p.amount1}`;
}

function registerTx(env: CliEnv, g: Command): void {
  env.addTxFlags(g.command('create-pool <denom0> <denom1>').description('Create a pool on a fixed price range (price = denom1 per denom0, decimals allowed)')
    .requiredOption('--price <p>', 'initial price').requiredOption('--lower <p>', 'lower bound of the range').requiredOption('--upper <p>', 'upper bound of the range')
    .option('--fee-pips <n>', 'fee in pips (3000 = 0.30%)', '3000').option('--beta-ppm <n>', 'share of its pro-rata fee a short-term LP keeps, ppm', '1000000'))
    .action(async (denom0: string, denom1: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts & { price: string; lower: string; upper: string; feePips: string; betaPpm: string }>(lastCmd(rest));
      const sender = await env.resolveAddress(o, o.from);
      const m = { sender, denom0, denom1, price: o.price, priceLower: o.lower, priceUpper: o.upper, feePips: int(o.feePips, 'fee-pips'), betaPpm: int(o.betaPpm, 'beta-ppm') };
      check(() => V.validateMsgCreatePool(pb.MsgCreatePool.create(m)));
      await env.broadcast(o, [{ typeUrl: V.TYPE_URLS.createPool, value: m }]);
    });
  env.addTxFlags(g.command('set-pool-params <pool-id>').description("Change a pool's fee, beta and minimum long commitment (module authority only)")
    .requiredOption('--fee-pips <n>', 'fee in pips').requiredOption('--beta-ppm <n>', 'beta in ppm')
    .option('--min-long-commitment <blocks>', 'least commitment of a new long-term position (default: keep the current one)'))
    .action(async (id: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts & { feePips: string; betaPpm: string; minLongCommitment?: string }>(lastCmd(rest));
      const poolId = int(id, 'pool id');
      const minLong = o.minLongCommitment !== undefined ? int(o.minLongCommitment, 'min-long-commitment') : Number((await queryPool(env, o, poolId)).pool!.minLongCommitmentBlocks);
      const m = { sender: await env.resolveAddress(o, o.from), poolId, feePips: int(o.feePips, 'fee-pips'), betaPpm: int(o.betaPpm, 'beta-ppm'), minLongCommitmentBlocks: minLong };
      check(() => V.validateMsgSetPoolParams(pb.MsgSetPoolParams.create(m)));
      await env.broadcast(o, [{ typeUrl: V.TYPE_URLS.setPoolParams, value: m }]);
    });
  env.addTxFlags(g.command('add-liquidity <pool-id>').description('Deposit at the current price; commitment 0 = short-term (JIT), >= 1 = long-term (unlocks at mint + commitment + 1)')
    .requiredOption('--amount0-max <n>', 'most denom0 base units to pay').requiredOption('--amount1-max <n>', 'most denom1 base units to pay')
    .option('--amount0-min <n>', 'least denom0 the deposit must use (default: the current quote less --slippage)')
    .option('--amount1-min <n>', 'least denom1 the deposit must use (default: the current quote less --slippage)')
    .option('--slippage <percent>', 'tolerance for the default minimums, in percent', DEFAULT_SLIPPAGE)
    .option('--commitment <blocks>', 'commitment in blocks', '1'))
    .action(async (id: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts & { amount0Max: string; amount1Max: string; amount0Min?: string; amount1Min?: string; slippage: string; commitment: string }>(lastCmd(rest));
      const m = {
        sender: await env.resolveAddress(o, o.from), poolId: int(id, 'pool id'), amount0Max: o.amount0Max, amount1Max: o.amount1Max, commitmentBlocks: int(o.commitment, 'commitment'),
        amount0Min: o.amount0Min ?? '', amount1Min: o.amount1Min ?? '',
      };
      check(() => V.validateMsgAddLiquidity(pb.MsgAddLiquidity.create(m)));
      if (o.amount0Min === undefined || o.amount1Min === undefined) {
        const tol = parseSlippage(o.slippage);
        const q = depositQuote((await queryPool(env, o, m.poolId)).pool!, BigInt(m.amount0Max), BigInt(m.amount1Max));
        if (o.amount0Min === undefined) m.amount0Min = lessTolerance(q.amount0, tol).toString();
        if (o.amount1Min === undefined) m.amount1Min = lessTolerance(q.amount1, tol).toString();
        process.stderr.write(`deposit quote ${q.amount0} / ${q.amount1}; applied amount0_min ${m.amount0Min}, amount1_min ${m.amount1Min} (slippage ${o.slippage}%)\n`);
      }
      await env.broadcast(o, [{ typeUrl: V.TYPE_URLS.addLiquidity, value: m }]);
    });
  env.addTxFlags(g.command('remove-liquidity <position-id>').description('Remove a whole position (principal + its tier fees); fails before its unlock height'))
    .action(async (positionId: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts>(lastCmd(rest));
      const m = { sender: await env.resolveAddress(o, o.from), positionId };
      check(() => V.validateMsgRemoveLiquidity(pb.MsgRemoveLiquidity.create(m)));
      await env.broadcast(o, [{ typeUrl: V.TYPE_URLS.removeLiquidity, value: m }]);
    });
  env.addTxFlags(g.command('swap <pool-id> <coin>').description('Swap exactly <coin> in (e.g. 50000000uusdc); with --exact-out, receive exactly <coin> paying --denom-in')
    .option('--min-out <n>', 'exact in: least output accepted (default: the SimulateSwap quote less --slippage)').option('--exact-out', 'treat <coin> as the exact output')
    .option('--denom-in <denom>', 'exact out: the denom paid').option('--max-in <n>', 'exact out: most input accepted (default: the SimulateSwap quote plus --slippage)')
    .option('--slippage <percent>', 'tolerance for the default bound, in percent', DEFAULT_SLIPPAGE)
    .option('--sqrt-price-limit <x96>', 'Q64.96 sqrt price at which the swap stops (exact in: a partial fill; exact out: fails past it)'))
    .action(async (id: string, coin: string, ...rest: unknown[]) => {
      const o = env.opts<TxOpts & { minOut?: string; exactOut?: boolean; denomIn?: string; maxIn?: string; slippage: string; sqrtPriceLimit?: string }>(lastCmd(rest));
      const sender = await env.resolveAddress(o, o.from);
      const c = parseCoin(coin);
      const poolId = int(id, 'pool id');
      const limit = o.sqrtPriceLimit ?? '';
      const denomIn = o.exactOut ? o.denomIn : c.denom;
      if (!denomIn) throw new CliError('--exact-out needs --denom-in');
      const bound = o.exactOut ? o.maxIn : o.minOut;
      let applied = bound;
      if (bound === undefined) {
        const tol = parseSlippage(o.slippage);
        const req = pb.QuerySimulateSwapRequest.encode({ poolId, denomIn, amount: c.amount, exactOut: !!o.exactOut, sqrtPriceLimitX96: limit }).finish();
        const q = pb.QuerySimulateSwapResponse.decode(await env.abciQuery(o, Q + 'SimulateSwap', req));
        applied = (o.exactOut ? plusTolerance(BigInt(q.amountIn), tol) : lessTolerance(BigInt(q.amountOut), tol)).toString();
        process.stderr.write(o.exactOut
          ? `quote: in ${q.amountIn}${denomIn}; applied max_amount_in ${applied} (slippage ${o.slippage}%)\n`
          : `quote: out ${q.amountOut}; applied min_amount_out ${applied} (slippage ${o.slippage}%)\n`);
      }
      if (o.exactOut) {
        const m = { sender, poolId, denomIn, amountOut: c.amount, maxAmountIn: applied!, sqrtPriceLimitX96: limit };
        check(() => V.validateMsgSwapExactOut(pb.MsgSwapExactOut.create(m)));
        await env.broadcast(o, [{ typeUrl: V.TYPE_URLS.swapExactOut, value: m }]);
      } else {
        const m = { sender, poolId, denomIn, amountIn: c.amount, minAmountOut: applied!, sqrtPriceLimitX96: limit };
        check(() => V.validateMsgSwapExactIn(pb.MsgSwapExactIn.create(m)));
        await env.broadcast(o, [{ typeUrl: V.TYPE_URLS.swapExactIn, value: m }]);
      }
    });
}

function registerQuery(env: CliEnv, g: Command): void {
  env.addQueryFlags(g.command('params').description('Module params (authority, treasury)')).action(async (...a: unknown[]) => {
    const o = env.opts(lastCmd(a));
    const p = pb.QueryParamsResponse.decode(await env.abciQuery(o, Q + 'Params', new Uint8Array())).params!;
    env.output(o, { authority: p.authority, treasury: p.treasury }, `authority ${p.authority}\ntreasury  ${p.treasury}`);
  });
  env.addQueryFlags(g.command('pool <pool-id>').description('One pool: prices, liquidity by tier, reserves, fees')).action(async (id: string, ...a: unknown[]) => {
    const o = env.opts(lastCmd(a));
    const v = await queryPool(env, o, int(id, 'pool id'));
    env.output(o, poolJson(v), () => poolText(v));
  });
  env.addQueryFlags(g.command('pools').description('All pools')).action(async (...a: unknown[]) => {
    const o = env.opts(lastCmd(a));
    const r = pb.QueryPoolsResponse.decode(await env.abciQuery(o, Q + 'Pools', new Uint8Array()));
    env.output(o, { pools: r.pools.map(poolJson) }, () => r.pools.map(poolText).join('\n') || 'no pools');
  });
  env.addQueryFlags(g.command('position <position-id>').description('One position and what removing it pays now')).action(async (id: string, ...a: unknown[]) => {
    const o = env.opts(lastCmd(a));
    const r = pb.QueryPositionResponse.decode(await env.abciQuery(o, Q + 'Position', pb.QueryPositionRequest.encode({ positionId: id }).finish()));
    const json = { position: pb.Position.toObject(r.position as any, { defaults: true, longs: String }), amount0: r.amount0, amount1: r.amount1, fees0: r.fees0, fees1: r.fees1, long_term: r.longTerm };
    env.output(o, json, () => `${positionText(r.position!)}\n  removable for ${r.amount0} + ${r.amount1}, fees ${r.fees0} + ${r.fees1}`);
  });
  env.addQueryFlags(g.command('positions <address>').description('Positions of an owner')).action(async (addr: string, ...a: unknown[]) => {
    const o = env.opts(lastCmd(a));
    const owner = await env.resolveAddress(o, addr);
    const r = pb.QueryPositionsByOwnerResponse.decode(await env.abciQuery(o, Q + 'PositionsByOwner', pb.QueryPositionsByOwnerRequest.encode({ owner }).finish()));
    env.output(o, { positions: r.positions.map((p) => pb.Position.toObject(p as any, { defaults: true, longs: String })) }, () => r.positions.map(positionText).join('\n') || 'no positions');
  });
  env.addQueryFlags(g.command('simulate-swap <pool-id> <coin>').description('Quote a swap: amount out, fee, execution price, price impact')
    .option('--exact-out', '<coin> is the wanted output').option('--denom-in <denom>', 'exact out: the denom paid'))
    .action(async (id: string, coin: string, ...a: unknown[]) => {
      const o = env.opts<GlobalOpts & { exactOut?: boolean; denomIn?: string }>(lastCmd(a));
      const c = parseCoin(coin);
      const denomIn = o.exactOut ? o.denomIn : c.denom;
      if (!denomIn) throw new CliError('--exact-out needs --denom-in');
      const r = pb.QuerySimulateSwapResponse.decode(await env.abciQuery(o, Q + 'SimulateSwap', pb.QuerySimulateSwapRequest.encode({ poolId: int(id, 'pool id'), denomIn, amount: c.amount, exactOut: !!o.exactOut }).finish()));
      const json = pb.QuerySimulateSwapResponse.toObject(r, { defaults: true });
      env.output(o, json, `in ${r.amountIn} (fee ${r.fee})  out ${r.amountOut}\nexecution price ${r.executionPrice}  price ${r.priceBefore} -> ${r.priceAfter}  impact ${formatDecimal(parseDecimal(r.priceImpact, 18) * 100n, 18)}%`);
    });
  env.addQueryFlags(g.command('pending-swaps').description('Swaps waiting in the public mempool (hash, sender, pool, direction, amount, limit, gas price)')
    .option('--limit <n>', 'most mempool txs to read', '100'))
    .action(async (...a: unknown[]) => {
      const o = env.opts<GlobalOpts & { limit: string }>(lastCmd(a));
      const r = await env.rpc(o, 'unconfirmed_txs', { limit: o.limit });
      const swaps = ((r.txs ?? []) as string[]).flatMap((b) => V.decodePendingSwap(fromBase64(b)));
      const json = swaps.map((s) => ({ hash: s.hash, sender: s.sender, pool_id: String(s.poolId), denom_in: s.denomIn, direction: s.exactOut ? 'exact_out' : 'exact_in', amount: s.amount.toString(), limit: s.limit.toString(), gas_limit: s.gasLimit.toString(), fee: s.fee, gas_price: s.gasPrice }));
      env.output(o, { swaps: json }, () => swaps.map((s) => `${s.hash} ${s.sender} pool ${s.poolId} ${s.exactOut ? `exact-out ${s.amount} paying ${s.denomIn} (max in ${s.limit})` : `${s.amount}${s.denomIn} in (min out ${s.limit})`} gas price ${s.gasPrice}`).join('\n') || 'no pending swaps');
    });
}

export function registerAmmCommands(env: CliEnv): void {
  env.registerTypes([
    [V.TYPE_URLS.createPool, pb.MsgCreatePool as any], [V.TYPE_URLS.setPoolParams, pb.MsgSetPoolParams as any],
    [V.TYPE_URLS.addLiquidity, pb.MsgAddLiquidity as any], [V.TYPE_URLS.removeLiquidity, pb.MsgRemoveLiquidity as any],
    [V.TYPE_URLS.swapExactIn, pb.MsgSwapExactIn as any], [V.TYPE_URLS.swapExactOut, pb.MsgSwapExactOut as any],
    [V.TYPE_URLS.bundle, pb.MsgBundle as any],
  ]);
  registerTx(env, env.tx.command('amm').description('AMM transactions: pools, liquidity, swaps'));
  registerQuery(env, env.query.command('amm').description('AMM queries'));
  const tools = env.root.command('amm').description('AMM tools: JIT bundles');
  registerAmmJitBot(env, tools);
  registerAmmBundle(env, tools);
}
