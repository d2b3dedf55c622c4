import test from 'ava';
import { MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { marketchain } from '../proto/moneymarket.js';
import { blockCtx } from './context.js';
import { ChainError, sdkErrors } from './errors.js';
import { EventManager } from './events.js';
import { bySender, msgRoute, type MsgRoute } from './module.js';
import { MemoryStore } from './store/memory_store.js';

const ctx = () => blockCtx({ height: 1, time: '2026-01-01T00:00:00Z', chainId: 'test' }, new MemoryStore(), new EventManager(), 'deliver');
const pb = marketchain.moneymarket.v1;

test('[chain/module]: msgRoute decodes with the generated type, runs the stateless check, names the signer and encodes the response fields', (t) => {
  const seen: string[] = [];
  const route = msgRoute({
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    msg: MsgSend,
    response: MsgSendResponse,
    validateBasic: (m) => {
      if (m.amount.length === 0) throw sdkErrors.InvalidCoins('no coins');
      seen.push('check ' + m.toAddress);
    },
    signer: (m) => m.fromAddress,
    handle: (_ctx, m) => (seen.push('handle ' + m.amount[0]!.amount), {}),
  });
  const bytes = MsgSend.encode({ fromAddress: 'mkt1from', toAddress: 'mkt1to', amount: [{ denom: 'umkt', amount: '7' }] }).finish();
  const m = route.decode(bytes);
  t.deepEqual(m, MsgSend.decode(bytes));
  route.validateBasic(m);
  t.deepEqual(route.signers(m), ['mkt1from']);
  t.deepEqual(route.handle(ctx(), m), new Uint8Array());
  t.deepEqual(seen, ['check mkt1to', 'handle 7']);
  // The stateless check's error reaches the caller unchanged (code and codespace).
  const empty = route.decode(MsgSend.encode({ fromAddress: 'mkt1from', toAddress: 'mkt1to', amount: [] }).finish());
  const e = t.throws(() => route.validateBasic(empty), { instanceOf: ChainError })!;
  t.deepEqual([e.codespace, e.code, e.message], ['sdk', 10, 'no coins: invalid coins']);
});

test('[chain/module]: a msgRoute response is the generated encoding of the handler result (as fromObject + encode gave), and a handler error passes through', (t) => {
  const route: MsgRoute = msgRoute({
    typeUrl: '/marketchain.moneymarket.v1.MsgSupply',
    msg: pb.MsgSupply,
    response: pb.MsgSupplyResponse,
    validateBasic: () => undefined,
    signer: bySender,
    handle: (_ctx, m) => {
      if (m.amount === '0') throw sdkErrors.Unauthorized('amount 0');
      return { amount: m.amount, newBalance: '' };
    },
  });
  const msg = route.decode(pb.MsgSupply.encode({ sender: 'mkt1s', denom: 'uusdc', amount: '12345' }).finish());
  t.deepEqual(route.signers(msg), ['mkt1s']);
  const out = route.handle(ctx(), msg);
  t.deepEqual(out, pb.MsgSupplyResponse.encode(pb.MsgSupplyResponse.fromObject({ amount: '12345', newBalance: '' })).finish());
  t.deepEqual(pb.MsgSupplyResponse.decode(out!).amount, '12345');
  const zero = route.decode(pb.MsgSupply.encode({ sender: 'mkt1s', denom: 'uusdc', amount: '0' }).finish());
  const e = t.throws(() => route.handle(ctx(), zero), { instanceOf: ChainError })!;
  t.deepEqual([e.codespace, e.code, e.message], ['sdk', 4, 'amount 0: unauthorized']);
});
