// Issue 6's capability check: 100,000 funded accounts in state (genesis), a modest bank-send load, and
// the node's peak RSS (target < 500 MB). The first 1,000 accounts sign (their account numbers are the
// only ones queried); each tx k goes from account k mod 1,000 to a pseudo-random account among all of
// them, so the load also touches the large state instead of a hot subset.
import { createHash } from 'node:crypto';
import type { TxSpec } from '../sign_pool.js';
import { sendSpec } from './bank_send.js';
import type { Workload, WorkloadContext } from './types.js';

const SENDERS = 1000;

export const rss: Workload = {
  name: 'rss',
  description: 'bank MsgSend (1umkt) from 1,000 senders to random accounts among 100,000 funded ones (peak-RSS check)',
  defaultAccounts: 100_000,
  defaultTxs: 5000,
  signers: (n) => Math.min(SENDERS, n),
  genesisCoins: () => '1000000000000umkt',
  build(ctx: WorkloadContext) {
    const a = ctx.accounts.length;
    const senders = Math.min(SENDERS, a);
    const out: TxSpec[] = [];
    for (let k = 0; k < ctx.txs; k++) {
      const from = ctx.accounts[k % senders]!;
      const to = ctx.accounts[createHash('sha256').update(`${ctx.seed}/rss/${k}`).digest().readUInt32BE(0) % a]!;
      out.push(sendSpec(ctx, from, to));
    }
    return out;
  },
};
