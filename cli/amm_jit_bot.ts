// `marketchain amm jit-bot`: a small JIT liquidity provider. It watches the public mempool and, for
// each pending swap on its pool at or above --min-swap, broadcasts the atomic bundle [add short-term
// liquidity (K × the pool's liquidity), the user's swap by its exact bytes, remove] in a bundle
// envelope tx (MsgBundle), which the embedded node and CometBFT both take through broadcast_tx_sync.
import type { Command } from 'commander';
import { CliError, type CliEnv, type TxOpts } from './env.js';
import { marketchain } from '../proto/amm.js';
import { fromBase64 } from '../chain/codec/bytes.js';
import { sendEnvelope } from './amm_bundle.js';
import * as V from '../modules/amm/msgs.js';

const pb = marketchain.amm.v1;

interface BotOpts extends TxOpts { pool: string; minSwap: string; multiple: string; once?: boolean; interval: string; wait: string }

export interface BundlePlan { liquidity: bigint; amount0Max: bigint; amount1Max: bigint }

/** Deposit maxima that buy K × the pool's current liquidity at its current price (owed amounts rounded up). */
export function planJitDeposit(pool: { liquidityLong?: string | null; liquidityShort?: string | null; sqrtPriceX96?: string | null; sqrtLowerX96?: string | null; sqrtUpperX96?: string | null }, multiple: bigint): BundlePlan {
  const L = BigInt(pool.liquidityLong ?? 0) + BigInt(pool.liquidityShort ?? 0);
  const liquidity = L * multiple;
  const s = BigInt(pool.sqrtPriceX96 ?? 0), sa = BigInt(pool.sqrtLowerX96 ?? 0), sb = BigInt(pool.sqrtUpperX96 ?? 0);
  return { liquidity, amount0Max: V.amount0DeltaUp(s, sb, liquidity), amount1Max: V.amount1DeltaUp(sa, s, liquidity) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FEE_DENOM = 'umkt';
/** Gas limit signOnly uses per bundle tx when --gas is auto. */
const BUNDLE_TX_GAS = 400_000n;

/** Fee per bundle tx (in umkt) whose gas price is strictly above the pending swap's. */
export function outbidFee(swap: { fee: { denom: string; amount: string }[]; gasLimit: bigint }, gasFlag?: string): bigint {
  const gas = gasFlag && gasFlag !== 'auto' && /^[0-9]+$/.test(gasFlag) ? BigInt(gasFlag) : BUNDLE_TX_GAS;
  const f = swap.fee.find((c) => c.denom === FEE_DENOM);
  const userFee = f && /^[0-9]+$/.test(f.amount) ? BigInt(f.amount) : 0n;
  return swap.gasLimit > 0n ? (userFee * gas) / swap.gasLimit + 1n : 1n;
}

export function registerAmmJitBot(env: CliEnv, group: Command): void {
  env.addTxFlags(group.command('jit-bot').description('Watch the mempool and wrap large swaps in JIT liquidity bundles [add short-term, swap, remove]')
    .requiredOption('--pool <id>', 'pool to provide JIT liquidity on')
    .option('--min-swap <amount>', 'smallest swap amount (base units of its input) worth a bundle', '1')
    .option('--multiple <k>', 'JIT liquidity as a multiple of the pool liquidity', '9')
    .option('--once', 'stop after the first round that bundled a swap (or after --wait)')
    .option('--interval <ms>', 'mempool poll interval in ms', '200')
    .option('--wait <ms>', 'with --once: how long to wait for a swap', '15000'))
    .action(async (...args: unknown[]) => {
      const o = env.opts<BotOpts>(args[args.length - 1] as Command);
      const poolId = Number(o.pool);
      if (!Number.isSafeInteger(poolId) || poolId < 1) throw new CliError(`invalid --pool ${o.pool}`);
      if (!/^[1-9][0-9]*$/.test(o.multiple)) throw new CliError(`invalid --multiple ${o.multiple}: a positive integer`);
      const minSwap = V.parseAmount(o.minSwap, 'min-swap', false);
      const me = await env.resolveAddress(o, o.from);
      // Unlock the key and connect before watching: a bundle must reach the node before the next block.
      await env.signOnly(o, [], 0);
      const seen = new Set<string>();
      const deadline = Date.now() + Number(o.wait);
      const results: unknown[] = [];
      for (;;) {
        const r = await env.rpc(o, 'unconfirmed_txs', { limit: '100' });
        for (const b64 of (r.txs ?? []) as string[]) {
          const bytes = fromBase64(b64);
          const swap = V.decodePendingSwap(bytes).find((s) => s.poolId === poolId && s.sender !== me && s.amount >= minSwap);
          if (!swap || seen.has(swap.hash)) continue;
          seen.add(swap.hash);
          const view = pb.QueryPoolResponse.decode(await env.abciQuery(o, '/marketchain.amm.v1.Query/Pool', pb.QueryPoolRequest.encode({ poolId }).finish())).pool!;
          const plan = planJitDeposit(view.pool!, BigInt(o.multiple));
          if (plan.liquidity === 0n) continue;
          const add = { sender: me, poolId, amount0Max: plan.amount0Max.toString(), amount1Max: plan.amount1Max.toString(), commitmentBlocks: 0 };
          // A bundle is ordered by its searcher's own gas price; on a tie the earlier arrival (the
          // user's swap, standalone) wins and the bundle is dropped. Without --fees / --gas-prices,
          // bid one base unit per tx above the swap's own price.
          const so: TxOpts = o.fees !== undefined || o.gasPrices !== undefined ? o : { ...o, fees: `${outbidFee(swap, o.gas)}${FEE_DENOM}` };
          // The bundle travels as one envelope tx (MsgBundle) signed at the bot's next sequence, its
          // own txs at the two after it: an ordinary tx, so the embedded node and CometBFT take it alike.
          const addTx = await env.signOnly(so, [{ typeUrl: V.TYPE_URLS.addLiquidity, value: add }], 1);
          const positionId = V.positionIdFromTx(me, addTx, 0);
          const rmTx = await env.signOnly(so, [{ typeUrl: V.TYPE_URLS.removeLiquidity, value: { sender: me, positionId } }], 2);
          const res = await sendEnvelope(env, so, me, [addTx, bytes, rmTx]);
          const out = {
            swap_hash: swap.hash, swap_sender: swap.sender, denom_in: swap.denomIn, amount: swap.amount.toString(), liquidity: plan.liquidity.toString(),
            amount0_max: add.amount0Max, amount1_max: add.amount1Max, position_id: positionId, fees: so.fees ?? '', gas_prices: so.gasPrices ?? '', ...res,
          };
          results.push(out);
          env.output(o, out, `bundle ${res.bundle_id} code ${res.code}${res.log ? ` (${res.log})` : ''}: envelope bid and add short-term L=${plan.liquidity} (${o.multiple}x, max ${add.amount0Max}/${add.amount1Max}, fee ${so.fees ?? so.gasPrices ?? '0'} each) -> swap ${swap.hash} (${swap.amount}${swap.denomIn} from ${swap.sender}) -> remove ${positionId}`);
        }
        if (o.once && (results.length > 0 || Date.now() > deadline)) {
          if (results.length === 0) env.output(o, { bundles: [] }, 'no pending swap to bundle');
          return;
        }
        await sleep(Number(o.interval));
      }
    });
}
