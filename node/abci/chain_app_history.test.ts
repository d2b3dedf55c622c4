// The ABCI app's history (what `start --abci` serves CometBFT's abci_query): balances at past heights,
// a store proof checked against the app hash FinalizeBlock gave for that height (the next header's),
// the pruning window, and both kept over a reopen of the database.
import test from 'ava';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { tendermint } from '../../proto/cometbft_abci.js';
import { fromBech32 } from '../../chain/crypto.js';
import { balanceKey } from '../../modules/bank/keys.js';
import { checkStoreProof } from '../../cli/store_proof.js';
import { pruningOptions } from '../pruning.js';
import { signTx, sendMsg } from '../../test/helpers/accounts.js';
import { abciHome } from '../../test/helpers/abci_home.js';
import { ChainAbciApp } from './chain_app.js';
import { StoreDb } from '../store_db.js';
import { HISTORY_DIFF_PREFIX, HISTORY_FLOOR_KEY, HISTORY_VERSION_PREFIX } from '../db_layout.js';

import abci = tendermint.abci;

const CHAIN = 'abci-history';
const PRUNING = pruningOptions('custom', 3, 10);

async function balanceAt(app: ChainAbciApp, address: string, height: number) {
  const r = await app.query(abci.RequestQuery.create({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address, denom: 'umkt' }).finish(), height }));
  return r.code === 0 ? QueryBalanceResponse.decode(r.value!).balance!.amount : `${r.codespace}/${r.code}: ${r.log}`;
}

test('ChainAbciApp answers past heights and proofs within the pruning window, and after a reopen', async (t) => {
  const { db, sender, recipient, appState } = await abciHome(t, CHAIN, 'abci-history');
  let app = await ChainAbciApp.open(db, { pruning: PRUNING });
  t.teardown(() => app.close());
  app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: { seconds: 1_767_225_600 }, appStateBytes: appState, initialHeight: 1 }));
  const tx = await signTx(sender, [sendMsg(sender.address, recipient, '700')], { chainId: CHAIN, accountNumber: 0, sequence: 0 });
  const appHashes: Uint8Array[] = [];
  const block = async (h: number, txs: Uint8Array[] = []) => {
    appHashes[h] = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: h, time: { seconds: 1_767_225_600 + h }, txs })).appHash as Uint8Array;
    await app.commit(abci.RequestCommit.create());
  };
  await block(1);
  await block(2, [tx]);
  await block(3);
  // keep-recent 3 at height 3: versions 1, 2, 3.
  t.is(await balanceAt(app, recipient, 1), '0');
  t.is(await balanceAt(app, recipient, 2), '700');
  const key = balanceKey(fromBech32(recipient), 'umkt');
  const proof = await app.query(abci.RequestQuery.create({ path: '/store/bank/key', data: key, height: 2, prove: true }));
  t.is(proof.code, 0);
  t.is(Number(proof.height), 2);
  const ops = proof.proofOps!.ops!.map((o) => ({ type: o.type!, key: o.key!, data: o.data! }));
  // FinalizeBlock(2)'s app hash is the one CometBFT puts in header 3.
  t.is(checkStoreProof(ops, appHashes[2]!, 'bank', key, new TextEncoder().encode('700')), undefined);
  t.not(checkStoreProof(ops, appHashes[1]!, 'bank', key, new TextEncoder().encode('700')), undefined);

  // At most one past-height query runs and 32 wait: the rest are refused at once, and the app goes on.
  const burst = await Promise.all(Array.from({ length: 40 }, () => balanceAt(app, recipient, 2)));
  t.is(burst.filter((b) => b === '700').length, 33);
  t.deepEqual(new Set(burst.filter((b) => b !== '700')), new Set(['sdk/1: too many historical queries and proofs in progress (1 running and 32 waiting); retry later']));

  for (let h = 4; h <= 12; h++) await block(h);
  await app.history.settled();
  // keep-recent 3 at height 12: versions 10, 11, 12.
  t.is(await balanceAt(app, recipient, 10), '700');
  t.is(await balanceAt(app, recipient, 9), 'sdk/38: failed to load state at height 9; version does not exist (latest height: 12): not found');

  await app.close();
  app = await ChainAbciApp.open(db, { pruning: pruningOptions('nothing') });
  // The history pruned before stays pruned, whatever the new strategy; the rest is kept.
  t.is(await balanceAt(app, recipient, 8), '700');
  t.is(await balanceAt(app, recipient, 7), 'sdk/38: failed to load state at height 7; version does not exist (latest height: 12): not found');
  const again = await app.query(abci.RequestQuery.create({ path: '/store/bank/key', data: key, height: 11, prove: true }));
  t.is(checkStoreProof(again.proofOps!.ops!.map((o) => ({ type: o.type!, key: o.key!, data: o.data! })), appHashes[11]!, 'bank', key, again.value!), undefined);
});

test('a database written before history was kept opens; its history starts with the next block', async (t) => {
  const { db, sender, recipient, appState } = await abciHome(t, CHAIN, 'abci-history-old');
  let app = await ChainAbciApp.open(db);
  t.teardown(() => app.close());
  app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: { seconds: 1_767_225_600 }, appStateBytes: appState, initialHeight: 1 }));
  const tx = await signTx(sender, [sendMsg(sender.address, recipient, '700')], { chainId: CHAIN, accountNumber: 0, sequence: 0 });
  const block = async (h: number, txs: Uint8Array[] = []) => {
    app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: h, time: { seconds: 1_767_225_600 + h }, txs }));
    await app.commit(abci.RequestCommit.create());
  };
  for (let h = 1; h <= 3; h++) await block(h, h === 2 ? [tx] : []);
  await app.close();
  // Remove what an earlier release did not write: the floor and every history record.
  const raw = new StoreDb(db);
  await raw.open();
  await raw.db.del(HISTORY_FLOOR_KEY);
  await raw.db.clear({ gte: Uint8Array.of(HISTORY_DIFF_PREFIX), lt: Uint8Array.of(HISTORY_VERSION_PREFIX + 1) });
  await raw.close();
  app = await ChainAbciApp.open(db);
  t.is(await balanceAt(app, recipient, 3), '700');
  t.is(await balanceAt(app, recipient, 0), '700');
  await block(4);
  t.is(await balanceAt(app, recipient, 3), 'sdk/38: failed to load state at height 3; version does not exist (latest height: 4): not found');
  await block(5);
  t.is(await balanceAt(app, recipient, 4), '700');
});
