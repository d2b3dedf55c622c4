// State-sync snapshots of ChainAbciApp over real LevelDB and real signed txs: taken every N blocks in
// the background from the state of their height, pruned to the most recent, served by ListSnapshots /
// LoadSnapshotChunk, restored by an empty app through OfferSnapshot / ApplySnapshotChunk with every
// chunk's hash and the final app hash checked; bad offers and chunks refused, nothing half-restored kept.
import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { tendermint } from '../../proto/cometbft_abci.js';
import { toHex } from '../../chain/codec/bytes.js';
import { addGenesisAccount, initHome, paths } from '../home.js';
import { signTx, sendMsg, testAccount, type TestAccount } from '../../test/helpers/accounts.js';
import { StoreDb } from '../store_db.js';
import { ChainAbciApp } from './chain_app.js';
import { ChunkWriter, decodeChunk, encodeMetadata, MAX_CHUNKS, sha256, snapshotHash, SNAPSHOT_FORMAT, type SnapshotMetadata } from './snapshot_format.js';
import { MAX_CHUNK_RETRIES } from './snapshot_restore.js';

import abci = tendermint.abci;

const CHAIN = 'snap-unit';
const { ACCEPT: OFFER_ACCEPT, REJECT, REJECT_FORMAT, ABORT: OFFER_ABORT } = abci.ResponseOfferSnapshot.Result;
const { ACCEPT, RETRY, RETRY_SNAPSHOT, REJECT_SNAPSHOT, ABORT } = abci.ResponseApplySnapshotChunk.Result;
const time = (seconds: number) => ({ seconds, nanos: 0 });

interface Chain {
  home: string;
  sender: TestAccount;
  recipient: string;
  appState: Buffer;
  /** The app hash after each committed height. */
  hashes: Map<number, Uint8Array>;
}

async function setup(t: { teardown(f: () => void): void }): Promise<Chain> {
  const home = mkdtempSync(join(tmpdir(), 'snapshots-'));
  t.teardown(() => rmSync(home, { recursive: true, force: true }));
  const sender = await testAccount('snapshots-sender');
  const recipient = (await testAccount('snapshots-recipient')).address;
  initHome(home, { chainId: CHAIN });
  addGenesisAccount(home, sender.address, '1000000umkt');
  const appState = Buffer.from(JSON.stringify((JSON.parse(readFileSync(paths(home).genesis, 'utf8')) as { app_state: unknown }).app_state));
  return { home, sender, recipient, appState, hashes: new Map() };
}

function balance(app: ChainAbciApp, address: string): string {
  const r = app.query(abci.RequestQuery.create({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address, denom: 'umkt' }).finish() }));
  return QueryBalanceResponse.decode(r.value!).balance!.amount;
}

/** Finalizes and commits `height` with one send of `amount` by the sender (none when 0). */
async function block(c: Chain, app: ChainAbciApp, height: number, amount: number, sequence: number): Promise<void> {
  const txs = amount === 0 ? [] : [await signTx(c.sender, [sendMsg(c.sender.address, c.recipient, String(amount))], { chainId: CHAIN, accountNumber: 0, sequence })];
  const fin = app.finalizeBlock(abci.RequestFinalizeBlock.create({ height, time: time(1_767_225_600 + height), txs }));
  for (const r of fin.txResults!) if (r.code !== 0) throw new Error(`tx failed: ${r.log}`);
  await app.commit(abci.RequestCommit.create());
  c.hashes.set(height, fin.appHash!);
}

/**
 * A source app with snapshots every 2 blocks in chunks of 256 bytes, run to height 6; block 3 is
 * committed while height 2's snapshot is still being written (`busyAt2` says it was).
 */
async function source(t: { teardown(f: () => Promise<void> | void): void }, c: Chain, keepRecent = 2) {
  const dir = join(c.home, 'data', 'snapshots');
  const app = await ChainAbciApp.open(paths(c.home).abciDb, { snapshots: { dir, interval: 2, keepRecent, chunkBytes: 256 } });
  t.teardown(() => app.close());
  app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: c.appState, initialHeight: 1 }));
  await block(c, app, 1, 100, 0);
  await block(c, app, 2, 200, 1);
  const busyAt2 = app.snapshotStore!.busy;
  await block(c, app, 3, 300, 2);
  await app.snapshotStore!.idle();
  for (let h = 4; h <= 6; h++) {
    await block(c, app, h, h === 5 ? 500 : 0, 3);
    await app.snapshotStore!.idle();
  }
  return { app, dir, busyAt2 };
}

async function emptyApp(t: { teardown(f: () => Promise<void> | void): void }, home: string): Promise<{ app: ChainAbciApp; db: string }> {
  const db = join(home, 'restored', 'abci_state.db');
  const app = await ChainAbciApp.open(db);
  t.teardown(() => app.close());
  return { app, db };
}

async function chunksOf(app: ChainAbciApp, s: abci.ISnapshot | abci.Snapshot.$Properties): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let i = 0; i < s.chunks!; i++) out.push((await app.loadSnapshotChunk(abci.RequestLoadSnapshotChunk.create({ height: s.height!, format: s.format!, chunk: i }))).chunk!);
  return out;
}

/** A snapshot of our format built from chunks (metadata hashes, hash of the metadata), as a peer could send it. */
function forge(height: number, chunks: Uint8Array[], appHash: string, over: Partial<SnapshotMetadata> = {}): abci.Snapshot.$Properties {
  const metadata = encodeMetadata({ chain_id: CHAIN, time: '2026-01-01T00:00:06.000000000Z', app_hash: appHash, chunk_hashes: chunks.map((c) => toHex(sha256(c))), ...over });
  return { height, format: SNAPSHOT_FORMAT, chunks: chunks.length, hash: snapshotHash(metadata), metadata };
}

const hex = (b: Uint8Array) => toHex(b).toUpperCase();

test('snapshots every 2 blocks, in the background, of their height; the 2 most recent kept and listed; an empty app restores one (a corrupt chunk refetched), verifies the app hash, persists it and follows the chain', async (t) => {
  const c = await setup(t);
  const { app: src, dir } = await source(t, c);

  const listed = src.listSnapshots(abci.RequestListSnapshots.create()).snapshots!;
  t.deepEqual(listed.map((s) => s.height), [6, 4]);
  t.deepEqual(readdirSync(dir).sort(), ['4', '6'], 'height 2 pruned, no tmp folder left');
  const s6 = listed[0]!;
  t.is(s6.format, SNAPSHOT_FORMAT);
  t.true(s6.chunks! > 1, `several 256-byte chunks (${s6.chunks})`);
  const meta = JSON.parse(Buffer.from(s6.metadata!).toString('utf8')) as SnapshotMetadata;
  t.deepEqual(meta.chain_id, CHAIN);
  t.is(meta.time, '2026-01-01T00:00:06.000000000Z');
  t.is(meta.app_hash, hex(c.hashes.get(6)!));
  t.deepEqual(s6.hash, sha256(s6.metadata!));
  const chunks = await chunksOf(src, s6);
  t.deepEqual(chunks.map((x) => toHex(sha256(x))), meta.chunk_hashes);
  t.true(chunks.every((x) => x.length <= 256 && x.length > 0));
  // Unknown snapshots and chunks load as nothing (CometBFT's "missing").
  t.deepEqual((await src.loadSnapshotChunk(abci.RequestLoadSnapshotChunk.create({ height: 2, format: 1, chunk: 0 }))).chunk, new Uint8Array());
  t.deepEqual((await src.loadSnapshotChunk(abci.RequestLoadSnapshotChunk.create({ height: 6, format: 1, chunk: s6.chunks! }))).chunk, new Uint8Array());
  t.deepEqual((await src.loadSnapshotChunk(abci.RequestLoadSnapshotChunk.create({ height: 6, format: 2, chunk: 0 }))).chunk, new Uint8Array());

  // The restore: offer, chunk 0 corrupted in transit (refetched, its sender rejected), then all chunks.
  const { app: dst, db } = await emptyApp(t, c.home);
  t.is(dst.offerSnapshot(abci.RequestOfferSnapshot.create({ snapshot: s6, appHash: c.hashes.get(6)! })).result, OFFER_ACCEPT);
  const bad = Uint8Array.from(chunks[0]!);
  bad[bad.length - 1]! ^= 1;
  t.deepEqual(await dst.applySnapshotChunk(abci.RequestApplySnapshotChunk.create({ index: 0, chunk: bad, sender: 'peer-bad' })), { result: RETRY, refetchChunks: [0], rejectSenders: ['peer-bad'] });
  for (const [i, chunk] of chunks.entries()) {
    t.is((await dst.applySnapshotChunk(abci.RequestApplySnapshotChunk.create({ index: i, chunk, sender: 'peer-good' }))).result, ACCEPT, `chunk ${i}`);
    // Not the last: nothing is visible yet.
    if (i < chunks.length - 1) t.is(dst.info(abci.RequestInfo.create()).lastBlockHeight, 0);
  }
  const info = dst.info(abci.RequestInfo.create());
  t.is(info.lastBlockHeight, 6);
  t.deepEqual(info.lastBlockAppHash, c.hashes.get(6));
  t.is(balance(dst, c.recipient), '1100');

  // Durable: reopened from disk, the same state.
  await dst.close();
  const again = await ChainAbciApp.open(db);
  t.teardown(() => again.close());
  t.is(again.info(abci.RequestInfo.create()).lastBlockHeight, 6);
  t.deepEqual(again.info(abci.RequestInfo.create()).lastBlockAppHash, c.hashes.get(6));
  // It follows the chain: block 7 gives the source's app hash.
  const tx = await signTx(c.sender, [sendMsg(c.sender.address, c.recipient, '700')], { chainId: CHAIN, accountNumber: 0, sequence: 4 });
  const req = abci.RequestFinalizeBlock.create({ height: 7, time: time(1_767_225_607), txs: [tx] });
  t.deepEqual(again.finalizeBlock(req).appHash, src.finalizeBlock(req).appHash);
  // An app that has state refuses to restore over it.
  t.is(again.offerSnapshot(abci.RequestOfferSnapshot.create({ snapshot: s6, appHash: c.hashes.get(6)! })).result, OFFER_ABORT);
});

test('the snapshot taken at height 2 holds the state of height 2 although block 3 was committed while it was written; a reopened store lists what is on disk', async (t) => {
  const c = await setup(t);
  const { app: src, dir, busyAt2 } = await source(t, c, 0);
  t.true(busyAt2, 'Commit at height 2 returned with the snapshot still being written');
  t.deepEqual(src.listSnapshots(abci.RequestListSnapshots.create()).snapshots!.map((s) => s.height), [6, 4, 2], 'keep-recent 0 keeps all');
  const s2 = src.listSnapshots(abci.RequestListSnapshots.create()).snapshots!.find((s) => s.height === 2)!;
  t.is((JSON.parse(Buffer.from(s2.metadata!).toString()) as SnapshotMetadata).app_hash, hex(c.hashes.get(2)!));
  const { app: dst } = await emptyApp(t, c.home);
  t.is(dst.offerSnapshot(abci.RequestOfferSnapshot.create({ snapshot: s2, appHash: c.hashes.get(2)! })).result, OFFER_ACCEPT);
  for (const [i, chunk] of (await chunksOf(src, s2)).entries()) t.is((await dst.applySnapshotChunk(abci.RequestApplySnapshotChunk.create({ index: i, chunk }))).result, ACCEPT);
  t.deepEqual(dst.info(abci.RequestInfo.create()).lastBlockAppHash, c.hashes.get(2));
  t.is(balance(dst, c.recipient), '300', 'blocks 1 and 2, not block 3');

  // Reopened, the store lists the snapshots on disk and drops an interrupted one's tmp folder.
  await src.close();
  mkdirSync(join(dir, 'tmp-8'));
  const reopened = await ChainAbciApp.open(paths(c.home).abciDb, { snapshots: { dir, interval: 2, keepRecent: 0 } });
  t.teardown(() => reopened.close());
  t.deepEqual(reopened.listSnapshots(abci.RequestListSnapshots.create()).snapshots!.map((s) => s.height), [6, 4, 2]);
  t.false(existsSync(join(dir, 'tmp-8')));
});

test('refused: another format, a malformed or inconsistent offer, an app hash other than the chain one, chunks out of order or corrupt too often, a forged state; the app stays empty on disk', async (t) => {
  const c = await setup(t);
  const { app: src } = await source(t, c);
  const s6 = src.listSnapshots(abci.RequestListSnapshots.create()).snapshots![0]!;
  const chunks = await chunksOf(src, s6);
  const trusted = c.hashes.get(6)!;
  const { app: dst, db } = await emptyApp(t, c.home);
  const offer = (snapshot: abci.Snapshot.$Properties, appHash = trusted) => dst.offerSnapshot(abci.RequestOfferSnapshot.create({ snapshot, appHash })).result;
  const apply = async (index: number, chunk: Uint8Array) => (await dst.applySnapshotChunk(abci.RequestApplySnapshotChunk.create({ index, chunk, sender: 'p' }))).result;

  t.is(await apply(0, chunks[0]!), ABORT, 'no snapshot offered');
  t.is(offer({ ...s6, format: 2 }), REJECT_FORMAT);
  t.is(offer({ ...s6, hash: sha256(Uint8Array.of(1)) }), REJECT, 'hash is not sha256(metadata)');
  t.is(offer({ ...s6, chunks: s6.chunks! + 1 }), REJECT, 'chunk count differs from the metadata');
  t.is(offer(forge(6, [], hex(trusted))), REJECT, 'no chunks');
  t.is(offer({ ...forge(6, chunks, hex(trusted)), chunks: MAX_CHUNKS + 1 }), REJECT, 'too many chunks');
  t.is(offer(forge(6, chunks, hex(trusted), { chunk_hashes: ['zz'] as string[] })), REJECT, 'malformed chunk hash');
  const notJson = Uint8Array.from(Buffer.from('{'));
  t.is(offer({ ...s6, metadata: notJson, hash: sha256(notJson) }), REJECT, 'metadata not JSON');
  t.is(offer(s6, c.hashes.get(4)!), REJECT, 'the chain has another app hash at that height');

  // Chunks out of order restart the snapshot; a chunk corrupt again and again rejects it.
  t.is(offer(s6), OFFER_ACCEPT);
  t.is(await apply(1, chunks[1]!), RETRY_SNAPSHOT);
  t.is(await apply(0, chunks[0]!), ABORT, 'the restart needs a new offer');
  t.is(offer(s6), OFFER_ACCEPT);
  const bad = Uint8Array.from(chunks[0]!).fill(7, 0, 4);
  for (let i = 0; i < MAX_CHUNK_RETRIES; i++) t.is(await apply(0, bad), RETRY);
  t.is(await apply(0, bad), REJECT_SNAPSHOT);

  // A chunk matching the metadata but not well formed, or with a key of no store of this app.
  t.is(offer(forge(6, [Uint8Array.of(0, 0, 0, 9, 1)], hex(trusted))), OFFER_ACCEPT);
  t.is(await apply(0, Uint8Array.of(0, 0, 0, 9, 1)), REJECT_SNAPSHOT);
  const w = new ChunkWriter(256);
  w.add(Uint8Array.of(0xee, 1), Uint8Array.of(1));
  const alien = w.take().chunk;
  t.is(offer(forge(6, [alien], hex(trusted))), OFFER_ACCEPT);
  t.is(await apply(0, alien), REJECT_SNAPSHOT);

  // A forged state consistent with its own metadata: every chunk matches, the last check finds the
  // app hash is not the chain's: refused, and nothing of it is kept.
  const entries = chunks.flatMap((x) => decodeChunk(x));
  const fw = new ChunkWriter(1 << 20);
  for (const [i, [k, v]] of entries.entries()) fw.add(k, i === entries.length - 1 ? Uint8Array.of(...v, 0) : v);
  const forged = [fw.take().chunk];
  t.is(offer(forge(6, forged, hex(trusted))), OFFER_ACCEPT);
  t.is(await apply(0, forged[0]!), REJECT_SNAPSHOT);
  t.is(dst.info(abci.RequestInfo.create()).lastBlockHeight, 0);
  t.is(await apply(0, chunks[0]!), ABORT, 'the rejected restore is gone');
  await dst.close();
  const sdb = new StoreDb(db);
  await sdb.open();
  t.is(await sdb.getMeta(), undefined);
  let n = 0;
  for await (const _ of sdb.state()) n++;
  t.is(n, 0, 'no state entry on disk');
  await sdb.close();
  const reopened = await ChainAbciApp.open(db);
  t.teardown(() => reopened.close());
  t.is(reopened.info(abci.RequestInfo.create()).lastBlockHeight, 0);
  // The genuine snapshot still restores into it.
  t.is(reopened.offerSnapshot(abci.RequestOfferSnapshot.create({ snapshot: s6, appHash: trusted })).result, OFFER_ACCEPT);
  for (const [i, chunk] of chunks.entries()) t.is((await reopened.applySnapshotChunk(abci.RequestApplySnapshotChunk.create({ index: i, chunk }))).result, ACCEPT);
  t.deepEqual(reopened.info(abci.RequestInfo.create()).lastBlockAppHash, trusted);
});

test('ListSnapshots offers the 10 most recent snapshots (all CometBFT looks at); keep-recent 0 keeps every one on disk; interval 0 takes none', async (t) => {
  const c = await setup(t);
  const dir = join(c.home, 'data', 'snapshots');
  const app = await ChainAbciApp.open(paths(c.home).abciDb, { snapshots: { dir, interval: 1, keepRecent: 0 } });
  t.teardown(() => app.close());
  app.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: c.appState, initialHeight: 1 }));
  for (let h = 1; h <= 12; h++) {
    await block(c, app, h, 0, 0);
    await app.snapshotStore!.idle();
  }
  t.deepEqual(app.listSnapshots(abci.RequestListSnapshots.create()).snapshots!.map((s) => s.height), [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  t.is(readdirSync(dir).length, 12);

  const c2 = await setup(t);
  const dir2 = join(c2.home, 'data', 'snapshots');
  const off = await ChainAbciApp.open(paths(c2.home).abciDb, { snapshots: { dir: dir2, interval: 0, keepRecent: 2 } });
  t.teardown(() => off.close());
  off.initChain(abci.RequestInitChain.create({ chainId: CHAIN, time: time(1_767_225_600), appStateBytes: c2.appState, initialHeight: 1 }));
  await block(c2, off, 1, 0, 0);
  t.false(off.snapshotStore!.busy);
  t.deepEqual(off.listSnapshots(abci.RequestListSnapshots.create()).snapshots, []);
  t.deepEqual(readdirSync(dir2), []);
});
