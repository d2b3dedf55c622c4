// Test support: a whole app (makeTestChain) with amm types registered, per-account sequences and
// state snapshots for "no state change" assertions. Imported by tests only.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { QueryCtx } from '../../../chain/context.js';
import { makeTestChain, type TestChain } from '../../../test/helpers/app.js';
import { makeRegistry, signTx, testAccount, type TestAccount } from '../../../test/helpers/accounts.js';
import { getAccount } from '../../auth/keeper.js';
import { getAllBalances, getBalance } from '../../bank/keeper.js';
import { marketchain } from '../../../proto/amm.js';
import { TYPE_URLS } from '../msgs.js';

export const pb = marketchain.amm.v1;
export const registry = makeRegistry([
  [TYPE_URLS.createPool, pb.MsgCreatePool as any], [TYPE_URLS.setPoolParams, pb.MsgSetPoolParams as any],
  [TYPE_URLS.addLiquidity, pb.MsgAddLiquidity as any], [TYPE_URLS.removeLiquidity, pb.MsgRemoveLiquidity as any],
  [TYPE_URLS.swapExactIn, pb.MsgSwapExactIn as any], [TYPE_URLS.swapExactOut, pb.MsgSwapExactOut as any],
  [TYPE_URLS.bundle, pb.MsgBundle as any],
]);

export const TREASURY_SEED = 'treasury';
export const BIG = '1000000000000000';

export interface AmmChain extends TestChain {
  treasury: string;
  q(): QueryCtx;
  sign(acc: TestAccount, msgs: EncodeObject[], fee?: string): Promise<Uint8Array>;
  /** Signs at an explicit sequence (the kit's own count is left alone): bundles sign ahead. */
  signAt(acc: TestAccount, msgs: EncodeObject[], sequence: bigint, fee?: string): Promise<Uint8Array>;
  /** Signs and runs one tx in its own block; returns its result. */
  run(acc: TestAccount, msgs: EncodeObject[]): Promise<{ code: number; codespace: string; log: string; events: any[]; data: Uint8Array }>;
  balance(addr: string, denom: string): bigint;
  /** amm state plus every non-umkt balance (umkt moves with fees). */
  snapshot(): unknown;
}

export async function makeAmmChain(amm: (addrs: string[]) => unknown = () => undefined, appOptions: Parameters<typeof makeTestChain>[3] = {}): Promise<AmmChain> {
  const addrs = await Promise.all([0, 1, 2, 3].map(async (i) => (await testAccount(String(i))).address));
  const treasury = (await testAccount(TREASURY_SEED)).address;
  const section = amm(addrs) ?? { params: { authority: addrs[0], treasury }, next_pool_id: '1', pools: [], positions: [], genesis_deposits: [] };
  const c = await makeTestChain(4, [{ denom: 'uatom', amount: BIG }, { denom: 'umkt', amount: BIG }, { denom: 'uusdc', amount: BIG }], { amm: section }, appOptions);
  const seq = new Map<string, bigint>();
  const q = () => new QueryCtx(c.app.lastBlock, c.app.commitStore);
  const sign = async (acc: TestAccount, msgs: EncodeObject[], fee = '2000') => {
    const a = getAccount(q(), acc.address)!;
    const s = seq.get(acc.address) ?? a.sequence;
    seq.set(acc.address, s + 1n);
    return signTx(acc, msgs, { accountNumber: a.accountNumber, sequence: s, registry, fee: [{ denom: 'umkt', amount: fee }], gas: 2_000_000 });
  };
  const signAt = async (acc: TestAccount, msgs: EncodeObject[], sequence: bigint, fee = '2000') =>
    signTx(acc, msgs, { accountNumber: getAccount(q(), acc.address)!.accountNumber, sequence, registry, fee: [{ denom: 'umkt', amount: fee }], gas: 2_000_000 });
  return {
    ...c,
    treasury,
    q,
    sign,
    signAt,
    async run(acc, msgs) {
      const out = c.block([await sign(acc, msgs)]);
      const r = out.txResults[0]!;
      if (r.code !== 0) seq.delete(acc.address); // re-read: the sequence still advanced on a failed message
      return { code: r.code, codespace: r.codespace, log: r.log, events: r.events, data: r.data };
    },
    balance: (addr, denom) => getBalance(q(), addr, denom),
    snapshot() {
      const g = c.app.exportGenesis();
      return { amm: g.amm, balances: c.accounts.map((a) => getAllBalances(q(), a.address).filter((x) => x.denom !== 'umkt')) };
    },
  };
}

/** Decodes the first message response of a tx result's data. */
export function msgResponse<T>(data: Uint8Array, type: { decode(b: Uint8Array): T }): T {
  return type.decode(TxMsgData.decode(data).msgResponses[0]!.value);
}

export const msg = (typeUrl: string, value: object): EncodeObject => ({ typeUrl, value });

export function createPoolMsg(sender: string, over: Partial<Record<string, unknown>> = {}): EncodeObject {
  return msg(TYPE_URLS.createPool, { sender, denom0: 'uatom', denom1: 'uusdc', price: '2000', priceLower: '1600', priceUpper: '2500', feePips: 3000, betaPpm: 500000, ...over });
}

export function attr(events: any[], type: string, key: string): string | undefined {
  const e = events.find((x) => x.type === type);
  return e?.attributes.find((a: any) => a.key === key)?.value;
}
