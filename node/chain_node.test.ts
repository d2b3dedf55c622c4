// The node as a consensus driver, in-process on a temporary home with real LevelDB: a block is on disk
// before the app commits it; a failed write stops the node with everything served as before; abci_info
// never pairs one height with another height's app hash; the handshake brings an app that missed the
// commit of a durable block level.
import test, { type ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryBalanceRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { fromBase64, toHex, toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { sendMsg, signTx, testAccount, type TestAccount } from '../test/helpers/accounts.js';
import { ChainNode } from './chain_node.js';
import { addGenesisAccount, initHome } from './home.js';
import { Producer } from './producer.js';
import { methods, type CallCtx } from './rpc/methods.js';
import { RawJson } from './rpc/raw_json.js';

const CHAIN_ID = 'marketchain-node-test';
const ctx = {} as CallCtx;

interface Setup {
  home: string;
  node: ChainNode;
  a: TestAccount;
  b: TestAccount;
  seq: { n: number };
}

async function setup(t: ExecutionContext, opts: { sigWorkers?: number } = {}): Promise<Setup> {
  const home = mkdtempSync(join(tmpdir(), 'marketchain-node-'));
  initHome(home, { chainId: CHAIN_ID, moniker: 'test' });
  const a = await testAccount('node-a');
  const b = await testAccount('node-b');
  addGenesisAccount(home, a.address, '1000000000000umkt');
  addGenesisAccount(home, b.address, '1000umkt');
  const s: Setup = { home, node: await open(home, opts), a, b, seq: { n: 0 } };
  t.teardown(async () => {
    await s.node.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
  });
  return s;
}

async function open(home: string, opts: { sigWorkers?: number } = {}): Promise<ChainNode> {
  // The database in this thread (dbThread false) so a test can fail its writes; real LevelDB all the same.
  const node = await ChainNode.open(home, { sigWorkers: opts.sigWorkers ?? 0, dbThread: false });
  node.log = () => undefined;
  return node;
}

/** Signs and admits `n` bank sends a → b (the account number of a is 0: it is the first genesis account). */
async function submitSends(s: Setup, n: number): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < n; i++) {
    const tx = await signTx(s.a, [sendMsg(s.a.address, s.b.address, '1')], { chainId: CHAIN_ID, accountNumber: 0, sequence: s.seq.n++ });
    const r = s.node.submitTx(tx);
    if (r.code !== 0) throw new Error(`CheckTx: ${r.codespace}/${r.code} ${r.log}`);
    hashes.push(r.hash);
  }
  return hashes;
}

const json = (v: unknown) => JSON.stringify(v, (_, x) => (x instanceof RawJson ? Buffer.from(x.bytes).toString() : typeof x === 'bigint' ? String(x) : x instanceof Uint8Array ? toHex(x) : x));

/** Everything a client can read of the node's latest state. */
async function served(node: ChainNode, s: Setup) {
  const balance = (address: string) => methods.abci_query!(node, { path: '/cosmos.bank.v1beta1.Query/Balance', data: toHex(QueryBalanceRequest.encode({ address, denom: 'umkt' }).finish()) }, ctx);
  const status = (await methods.status!(node, {}, ctx)) as { sync_info: unknown };
  return json({
    height: node.height,
    abciInfo: methods.abci_info!(node, {}, ctx),
    balances: [await balance(s.a.address), await balance(s.b.address)],
    sync: status.sync_info,
    block: await methods.block!(node, {}, ctx),
    results: await methods.block_results!(node, {}, ctx),
    unconfirmed: await methods.num_unconfirmed_txs!(node, {}, ctx),
  });
}

test('[node/driver]: a store write that fails mid-block leaves height, app hash and every query as before; the node stops with the error; a restart resumes from the last durable block', async (t) => {
  const s = await setup(t);
  const { node } = s;
  await submitSends(s, 5);
  await node.produceBlock(Date.now());
  t.is(node.height, 1);
  await submitSends(s, 7);
  const before = await served(node, s);
  const appHash = toHexUpper(node.app.lastAppHash);
  const write = node.db.commitBlock.bind(node.db);
  let writes = 0;
  node.db.commitBlock = async () => {
    writes++;
    throw new Error('injected: IO error: No space left on device');
  };
  const fatal = new Promise<Error>((resolve) => {
    const producer = new Producer(node, 5, () => undefined, resolve);
    producer.start();
  });
  const e = await fatal;
  t.is(writes, 1);
  t.is(e.message, 'block 2 could not be written to the database: injected: IO error: No space left on device; the node stops at height 1');
  t.is(node.halted, e);
  t.is(await served(node, s), before, 'height, app hash, queries, status, block, results and the mempool are as before the failed block');
  t.is(toHexUpper(node.app.lastAppHash), appHash);
  t.is(node.app.info().lastBlockHeight, 1);
  // The node produces nothing more, even with a working store again.
  node.db.commitBlock = write;
  await t.throwsAsync(node.produceBlock(Date.now()), { message: `the node has stopped: ${e.message}` });
  t.is(node.height, 1);
  await node.close();
  s.node = await open(s.home);
  t.is(s.node.height, 1);
  t.is(toHexUpper(s.node.app.lastAppHash), appHash);
  t.is(s.node.meta.appHash, appHash);
});

test('[node/driver]: abci_info never pairs a height with another height\'s app hash, and `tx` finds no tx of an uncommitted block, while blocks commit under load', async (t) => {
  const s = await setup(t);
  const { node } = s;
  const genesisHash = node.meta.appHash;
  const write = node.db.commitBlock.bind(node.db);
  let writing = false;
  node.db.commitBlock = async (...args) => {
    writing = true;
    try {
      await write(...args);
    } finally {
      writing = false;
    }
  };
  const samples: { height: number; hash: string; nodeHeight: number; writing: boolean }[] = [];
  // A tx of the block being written is not found by `tx` before the block is committed.
  const early: string[] = [];
  const write2 = node.db.commitBlock;
  node.db.commitBlock = async (block, ...rest) => {
    await write2(block, ...rest);
    for (const tx of block.txs) {
      const hash = toHexUpper(sha256(fromBase64(tx)));
      const found = await Promise.resolve(methods.tx!(node, { hash: '0x' + hash }, ctx)).then(() => true, () => false);
      if (found) early.push(`${hash} at ${block.header.height} while the node is at ${node.height}`);
    }
  };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const r = (methods.abci_info!(node, {}, ctx) as { response: { last_block_height: string; last_block_app_hash: string } }).response;
      samples.push({ height: Number(r.last_block_height), hash: toHexUpper(fromBase64(r.last_block_app_hash)), nodeHeight: node.height, writing });
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  // Load: txs keep arriving while each block is built and written.
  let feeding = true;
  const feeder = (async () => {
    while (feeding) {
      if (node.mempool.size < 400) await submitSends(s, 20);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  for (let i = 0; i < 8; i++) await node.produceBlock(Date.now());
  feeding = false;
  await feeder;
  sampling = false;
  await sampler;
  t.is(node.height, 8);
  t.true(samples.filter((x) => x.writing).length > 0, 'some answers were given while a block was being written');
  const stored = new Map<number, string>([[0, genesisHash]]);
  for (let h = 1; h <= 8; h++) stored.set(h, (await node.db.getResults(h))!.app_hash);
  const bad = samples.filter((x) => stored.get(x.height) !== x.hash || x.nodeHeight !== x.height);
  t.deepEqual(bad, []);
  t.deepEqual(early, []);
  const blocks = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((h) => node.db.getBlock(h)));
  t.true(blocks.reduce((n, b) => n + b!.txs.length, 0) > 0, 'the blocks carried txs');
});

test('[node/driver]: after a crash between the write and the commit, info reports the durable height at restart, and the handshake brings a lagging app level', async (t) => {
  const s = await setup(t);
  const { node } = s;
  await submitSends(s, 3);
  await node.produceBlock(Date.now());
  await submitSends(s, 4);
  const app = node.app;
  app.commit = () => {
    throw new Error('injected: crash before commit');
  };
  await t.throwsAsync(node.produceBlock(Date.now()), {
    message: 'block 2 is durable but the app could not commit it (a restart resumes from it): injected: crash before commit; the node stops at height 1',
  });
  delete (app as { commit?: unknown }).commit;
  const durable = (await node.db.getResults(2))!;
  t.is(durable.height, 2, 'block 2 is on disk');
  // The app missed the commit: it still serves block 1.
  t.is(app.info().lastBlockHeight, 1);
  t.is(node.height, 1);
  t.not(toHexUpper(app.info().lastBlockAppHash), durable.app_hash);
  // The handshake replays the stored block the app has not committed.
  t.is(await node.handshake(), 1);
  t.is(app.info().lastBlockHeight, 2);
  t.is(toHexUpper(app.info().lastBlockAppHash), durable.app_hash);
  t.is(node.height, 2);
  // A restart (a crash is a lost process): info reports the durable height; the handshake finds the app level.
  await node.close();
  s.node = await open(s.home);
  t.like(s.node.app.info(), { lastBlockHeight: 2 });
  t.is(toHexUpper(s.node.app.info().lastBlockAppHash), durable.app_hash);
  t.is(await s.node.handshake(), 0);
  // And it goes on from there.
  s.seq.n = 7;
  await submitSends(s, 1);
  await s.node.produceBlock(Date.now());
  t.is(s.node.height, 3);
  t.is(toHexUpper(s.node.app.info().lastBlockAppHash), (await s.node.db.getResults(3))!.app_hash);
});

test('[node/driver]: admission prepares a tx once: the signature workers\' answer fills the prepared tx the mempool holds, and the block executes it without verifying again', async (t) => {
  const { node, a, b } = await setup(t, { sigWorkers: 1 });
  const tx = await signTx(a, [sendMsg(a.address, b.address, '9')], { chainId: CHAIN_ID, accountNumber: 0, sequence: 0 });
  const r = await node.submitTxAsync(tx);
  t.is(r.code, 0);
  const pooled = node.mempool.get(r.hash)!;
  t.deepEqual(pooled.prepared.bytes, tx);
  t.is(pooled.prepared.hashHex, r.hash);
  const slot = pooled.prepared.signatures[0]!;
  t.like(slot, { chainId: CHAIN_ID, accountNumber: 0n, ok: true });
  // a forged signature: the pool says no, and CheckTx refuses it with sdk/4
  const forged = await signTx(a, [sendMsg(a.address, b.address, '10')], { chainId: CHAIN_ID, accountNumber: 0, sequence: 1 });
  forged[forged.length - 1]! ^= 1;
  const bad = await node.submitTxAsync(forged);
  t.deepEqual([bad.codespace, bad.code], ['sdk', 4]);
  const block = await node.produceBlock(Date.now());
  t.deepEqual(block.txs, [Buffer.from(tx).toString('base64')]);
  t.is(pooled.prepared.signatures[0], slot, 'the block used the slot admission filled (a verification would have replaced it)');
  t.false(node.mempool.has(r.hash));
});
