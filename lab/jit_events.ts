// JIT detection by the Allium rule (spec amm-jit §4.4 metrics): a liquidity add and its removal in the
// same block, same pool, same sender, with at least one swap on that pool between them.
import type { BlockTx, Chain } from './chain.js';

export interface JitEvent {
  height: number;
  pool_id: string;
  sender: string;
  position_id: string;
  tier: string;
  liquidity: string;
  mint_tx: string;
  burn_tx: string;
  swap_txs: string[];
  /** What the LP put in and took out (principal), and the fees it took. */
  amount0_in: string;
  amount1_in: string;
  amount0_out: string;
  amount1_out: string;
  fees0: string;
  fees1: string;
}

/** The JIT events of one block, in block order (events flattened over txs: a multi-message tx counts in message order). */
export function detectJit(height: number, txs: BlockTx[]): JitEvent[] {
  const seq = txs.flatMap((tx) => (tx.code === 0 ? tx.events.filter((e) => e.type.startsWith('amm.')).map((e) => ({ tx: tx.hash, e })) : []));
  const out: JitEvent[] = [];
  seq.forEach(({ tx, e }, i) => {
    if (e.type !== 'amm.add_liquidity') return;
    const id = e.attrs.position_id, pool = e.attrs.pool_id, owner = e.attrs.owner;
    const j = seq.findIndex((x, k) => k > i && x.e.type === 'amm.remove_liquidity' && x.e.attrs.position_id === id);
    if (j < 0) return;
    const burn = seq[j]!.e;
    if (burn.attrs.owner !== owner || burn.attrs.pool_id !== pool) return;
    const swaps = seq.slice(i + 1, j).filter((x) => x.e.type === 'amm.swap' && x.e.attrs.pool_id === pool);
    if (swaps.length === 0) return;
    out.push({
      height, pool_id: pool!, sender: owner!, position_id: id!, tier: e.attrs.tier ?? '', liquidity: e.attrs.liquidity ?? '0',
      mint_tx: tx, burn_tx: seq[j]!.tx, swap_txs: [...new Set(swaps.map((x) => x.tx))],
      amount0_in: e.attrs.amount0 ?? '0', amount1_in: e.attrs.amount1 ?? '0',
      amount0_out: burn.attrs.amount0 ?? '0', amount1_out: burn.attrs.amount1 ?? '0', fees0: burn.attrs.fees0 ?? '0', fees1: burn.attrs.fees1 ?? '0',
    });
  });
  return out;
}

/** The most blocks one scan reads (two RPC calls each). */
export const MAX_SCAN_BLOCKS = 10_000;

/** Scans heights [from, to] (inclusive), optionally one pool. */
export async function scanJit(chain: Chain, from: number, to: number, poolId?: string, onBlock?: (h: number) => void): Promise<JitEvent[]> {
  if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from >= 1 && to >= from)) throw new Error(`invalid height range ${from}..${to}`);
  if (to - from + 1 > MAX_SCAN_BLOCKS) throw new Error(`height range ${from}..${to} spans ${to - from + 1} blocks; at most ${MAX_SCAN_BLOCKS} per scan`);
  const out: JitEvent[] = [];
  for (let h = from; h <= to; h++) {
    out.push(...detectJit(h, await chain.blockTxs(h)).filter((e) => poolId === undefined || e.pool_id === poolId));
    onBlock?.(h);
  }
  return out;
}
