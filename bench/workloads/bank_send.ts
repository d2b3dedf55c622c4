// Workload 1: MsgSend of 1umkt among the funded bench accounts. Tx k is sent by account k mod A with
// sequence ⌊k / A⌋ to account (k + 1) mod A, so every sender's sequences are submitted in order and
// consecutive txs come from different senders.
import type { TxSpec } from '../sign_pool.js';
import type { Workload, WorkloadContext } from './types.js';

/**
 * What a cosmjs client sends with gas "auto" (simulated gas × 1.5): a send uses 32–39k gas. With the
 * earlier 100,000 the default block gas limit (200,000,000) capped blocks at 2,000 sends, below the
 * node's rate on two cores; 60,000 allows 3,333 per block.
 */
export const GAS_LIMIT = 60_000;
export const FEE = [{ denom: 'umkt', amount: '2000' }];

/** A 1umkt MsgSend from `from` to `to` at the sender's next sequence (advanced in ctx). */
export function sendSpec(ctx: WorkloadContext, from: WorkloadContext['accounts'][number], to: WorkloadContext['accounts'][number]): TxSpec {
  const seq = ctx.sequences.get(from.address)!;
  ctx.sequences.set(from.address, seq + 1n);
  return {
    from: from.index,
    msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: from.address, toAddress: to.address, amount: [{ denom: 'umkt', amount: '1' }] } }],
    chainId: ctx.chainId,
    accountNumber: ctx.accountNumbers.get(from.address)!,
    sequence: seq,
    fee: FEE,
    gas: GAS_LIMIT,
  };
}

export const bankSend: Workload = {
  name: 'bank_send',
  description: `bank MsgSend (1umkt) among funded accounts, fee 2000umkt, gas limit ${GAS_LIMIT}`,
  warmupTxs: 10_000,
  genesisCoins: () => '1000000000000umkt',
  build(ctx: WorkloadContext) {
    const a = ctx.accounts.length;
    const out: TxSpec[] = [];
    for (let k = 0; k < ctx.txs; k++) out.push(sendSpec(ctx, ctx.accounts[k % a]!, ctx.accounts[(k + 1) % a]!));
    return out;
  },
};
