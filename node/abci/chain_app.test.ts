// ChainAbciApp (start --abci's AbciApp) over a real LevelDB and real signed txs, driven as CometBFT
// drives it: what Info reports is what is durable, FinalizeBlock persists nothing, Commit persists
// before the app commits, and a reopened app answers the same height, app hash and balances.
import test from 'ava';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { tendermint } from '../../proto/cometbft_abci.js';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { makeRegistry, signTx, sendMsg } from '../../test/helpers/accounts.js';
import { abciHome } from '../../test/helpers/abci_home.js';
import { marketchain } from '../../proto/amm.js';
import { TYPE_URLS } from '../../modules/amm/msgs.js';
import { ChainAbciApp, timestampToRfc3339 } from './chain_app.js';

import abci = tendermint.abci;

const CHAIN = 'abci-unit';
const time = (seconds: number) => ({ seconds, nanos: 5 });

const setup = (t: { teardown(f: () => void): void }) => abciHome(t, CHAIN, 'chain-abci');

async function balance(app: ChainAbciApp, address: string): Promise<string> {
  const r = await app.query(abci.RequestQuery.create({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address, denom: 'umkt' }).finish() }));
  return QueryBalanceResponse.decode(r.value!).balance!.amount;
}

test('timestampToRfc3339: CometBFT times as the app reads them (nine fraction digits)', (t) => {
  t.is(timestampToRfc3339({ seconds: 1_767_225_600, nanos: 123 }), '2026-01-01T00:00:00.000000123Z');
  t.is(timestampToRfc3339(null), '1970-01-01T00:00:00.000000000Z');
});

test('ChainAbciApp: InitChain, CheckTx new and recheck, proposals, FinalizeBlock persists nothing, Commit persists, a reopened app is level', async (t) => {
  const { db, sender, recipient, appState } = await setup(t);
  let app = await ChainAbciApp.open(db);
  t.teardown(() => app.close());
  t.deepEqual(app.info(abci.RequestInfo.create()), { data: 'marketchain', version: '0.1.0', appVersion: 1, lastBlockHeight: 0, lastBlockAppHash: new Uint8Array() });

  const init = app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: appState, initialHeight: 1 }));
  t.is(init.appHash!.length, 32);
  t.is(init.validators, undefined, 'CometBFT keeps the genesis validators');

  const tx = await signTx(sender, [sendMsg(sender.address, recipient, '700')], { chainId: CHAIN, accountNumber: 0, sequence: 0 });
  t.is(app.checkTx(abci.RequestCheckTx.create({ tx, type: abci.CheckTxType.NEW })).code, 0);
  const garbage = Uint8Array.of(1, 2, 3);
  const refused = app.checkTx(abci.RequestCheckTx.create({ tx: garbage, type: abci.CheckTxType.NEW }));
  t.deepEqual([refused.code, refused.codespace], [2, 'sdk']);

  // PrepareProposal: undecodable txs left out, and no more than max_tx_bytes.
  t.deepEqual((await app.prepareProposal(abci.RequestPrepareProposal.create({ height: 1, maxTxBytes: 1_000_000, txs: [garbage, tx] }))).txs, [tx]);
  t.deepEqual((await app.prepareProposal(abci.RequestPrepareProposal.create({ height: 1, maxTxBytes: tx.length - 1, txs: [tx] }))).txs, []);
  // ProcessProposal: deterministic, an undecodable tx rejects the block, a wrong height too.
  const { ACCEPT, REJECT } = abci.ResponseProcessProposal.ProposalStatus;
  t.is(app.processProposal(abci.RequestProcessProposal.create({ height: 1, time: time(1_767_225_601), txs: [tx] })).status, ACCEPT);
  t.is(app.processProposal(abci.RequestProcessProposal.create({ height: 1, time: time(1_767_225_601), txs: [tx, garbage] })).status, REJECT);
  t.is(app.processProposal(abci.RequestProcessProposal.create({ height: 2, time: time(1_767_225_601), txs: [tx] })).status, REJECT);

  const fin = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: 1, time: time(1_767_225_601), txs: [tx] }));
  t.is(fin.txResults!.length, 1);
  t.is(fin.txResults![0]!.code, 0);
  t.true(fin.txResults![0]!.events!.some((e) => e.type === 'transfer' && e.attributes!.some((a) => a.key === 'recipient' && a.value === recipient && a.index === true)));
  // FinalizeBlock persists nothing: an app reopened now is at genesis (height 0, InitChain comes again).
  await app.close();
  app = await ChainAbciApp.open(db);
  t.is(app.info(abci.RequestInfo.create()).lastBlockHeight, 0);
  const again = app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: appState, initialHeight: 1 }));
  t.deepEqual(again.appHash, init.appHash);
  const fin2 = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: 1, time: time(1_767_225_601), txs: [tx] }));
  t.deepEqual(fin2.appHash, fin.appHash);
  t.deepEqual(await app.commit(abci.RequestCommit.create()), { retainHeight: 0 });
  t.deepEqual(app.info(abci.RequestInfo.create()).lastBlockAppHash, fin.appHash);
  t.is(await balance(app, recipient), '700');

  // Recheck after the commit: the tx is now spent (its sequence is behind the account's).
  const recheck = app.checkTx(abci.RequestCheckTx.create({ tx, type: abci.CheckTxType.RECHECK }));
  t.deepEqual([recheck.code, recheck.codespace], [32, 'sdk']);
  const old = await app.query(abci.RequestQuery.create({ path: '/cosmos.bank.v1beta1.Query/Balance', height: 7 }));
  t.deepEqual([old.code, old.codespace, old.log], [26, 'sdk', 'cannot query with height in the future; please provide a valid height: invalid height']);
  await t.throwsAsync(() => Promise.resolve(app.commit(abci.RequestCommit.create())), { message: 'Commit without FinalizeBlock' });

  // A restart: the same height and app hash from disk, genesis state and block 1 both kept.
  await app.close();
  app = await ChainAbciApp.open(db);
  const info = app.info(abci.RequestInfo.create());
  t.is(info.lastBlockHeight, 1);
  t.deepEqual(info.lastBlockAppHash, fin.appHash);
  t.is(await balance(app, recipient), '700');
  t.true(BigInt(await balance(app, sender.address)) < 1_000_000n - 700n);
  // Snapshots are off unless configured; a chunk without an accepted offer aborts state sync.
  t.deepEqual(app.listSnapshots(abci.RequestListSnapshots.create()), { snapshots: [] });
  t.is((await app.applySnapshotChunk(abci.RequestApplySnapshotChunk.create())).result, abci.ResponseApplySnapshotChunk.Result.ABORT);
});

test('ChainAbciApp: a bundle envelope over ABCI: CheckTx refuses a split (amm/31), reordered (amm/30) or undecodable (amm/29) one; ProcessProposal accepts a bundle in place and rejects it split or reordered', async (t) => {
  const { db, sender, recipient, appState } = await setup(t);
  const app = await ChainAbciApp.open(db);
  t.teardown(() => app.close());
  app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: appState, initialHeight: 1 }));
  const registry = makeRegistry([[TYPE_URLS.bundle, marketchain.amm.v1.MsgBundle as any]]);
  const sign = (msgs: EncodeObject[], sequence: number) => signTx(sender, msgs, { chainId: CHAIN, accountNumber: 0, sequence, registry });
  const pay = (sequence: number) => sign([sendMsg(sender.address, recipient, String(100 + sequence))], sequence);
  const envelope = (txs: Uint8Array[]) => sign([{ typeUrl: TYPE_URLS.bundle, value: { sender: sender.address, txs } }], 0);
  const [one, two, three] = [await pay(1), await pay(2), await pay(3)];
  const check = async (txs: Uint8Array[]) => {
    const r = app.checkTx(abci.RequestCheckTx.create({ tx: await envelope(txs), type: abci.CheckTxType.NEW }));
    return [r.codespace, r.code];
  };
  t.deepEqual(await check([one, three]), ['amm', 31]);
  t.deepEqual(await check([two, one]), ['amm', 30]);
  t.deepEqual(await check([one, Uint8Array.of(9, 9)]), ['amm', 29]);
  t.deepEqual(await check([one, two]), ['', 0]);

  const { ACCEPT, REJECT } = abci.ResponseProcessProposal.ProposalStatus;
  const env = await envelope([one, two]);
  const verdict = (txs: Uint8Array[]) => app.processProposal(abci.RequestProcessProposal.create({ height: 1, time: time(1_767_225_601), txs })).status;
  t.is(verdict([env, one, two]), ACCEPT);
  t.is(verdict([env, one]), REJECT);
  t.is(verdict([env, two, one]), REJECT);
  t.is(verdict([one, env, two]), REJECT);
  // the proposer's own block: the envelope unpacked to its place, and FinalizeBlock runs it
  const proposal = await app.prepareProposal(abci.RequestPrepareProposal.create({ height: 1, time: time(1_767_225_601), maxTxBytes: 1_000_000, txs: [env] }));
  t.deepEqual(proposal.txs!.map((x) => Buffer.from(x).toString('hex')), [env, one, two].map((x) => Buffer.from(x).toString('hex')));
  const fin = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: 1, time: time(1_767_225_601), txs: proposal.txs! }));
  t.deepEqual(fin.txResults!.map((r) => r.code), [0, 0, 0]);
});

test('ChainAbciApp: CheckTx keeps an admitted tx prepared, the block uses it, Commit drops it, and a recheck that refuses a tx drops it', async (t) => {
  const { db, sender, recipient, appState } = await setup(t);
  const app = await ChainAbciApp.open(db);
  t.teardown(() => app.close());
  app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: appState, initialHeight: 1 }));
  const sign = (amount: string, sequence: number) => signTx(sender, [sendMsg(sender.address, recipient, amount)], { chainId: CHAIN, accountNumber: 0, sequence });
  const [a0, b0, a1] = [await sign('1', 0), await sign('2', 0), await sign('3', 1)];
  const check = (tx: Uint8Array, type = abci.CheckTxType.NEW) => app.checkTx(abci.RequestCheckTx.create({ tx, type })).code;
  t.is(check(a0), 0);
  t.is(check(a1), 0);
  t.is(app.preparedTxCount, 2);
  t.is(check(Uint8Array.of(1, 2, 3)), 2, 'refused: not kept');
  t.is(app.preparedTxCount, 2);
  // CometBFT's mempool may hold b0 (seen by another node's CheckTx state); the block carries it, not a0.
  const fin = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: 1, time: time(1_767_225_601), txs: [b0] }));
  t.deepEqual(fin.txResults!.map((r) => r.code), [0]);
  await app.commit(abci.RequestCommit.create());
  t.is(app.preparedTxCount, 2, 'b0 was never admitted here: nothing of it to drop');
  // Recheck: a0's sequence is spent (dropped); a1 is still valid (kept).
  t.is(check(a0, abci.CheckTxType.RECHECK), 32);
  t.is(check(a1, abci.CheckTxType.RECHECK), 0);
  t.is(app.preparedTxCount, 1);
  const fin2 = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height: 2, time: time(1_767_225_602), txs: [a1] }));
  t.deepEqual(fin2.txResults!.map((r) => r.code), [0]);
  await app.commit(abci.RequestCommit.create());
  t.is(app.preparedTxCount, 0, 'the committed tx left the map');
  t.is(await balance(app, recipient), '5');
});
