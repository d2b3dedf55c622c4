// Bundle envelopes on the embedded node (ChainNode.submitTx, what broadcast_tx_* runs): an admitted
// envelope waits with the bundles under its tx hash, not with the txs, and the next block holds it
// immediately followed by its inner tx; once the pending bundles are at their cap an envelope is refused
// with sdk/20 before CheckTx, so its searcher's sequence is still free for an ordinary tx.
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBase64, toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { QueryCtx } from '../chain/context.js';
import { ChainError } from '../chain/errors.js';
import { getAccount } from '../modules/auth/keeper.js';
import { makeRegistry, sendMsg, signTx, testAccount } from '../test/helpers/accounts.js';
import { marketchain } from '../proto/amm.js';
import { TYPE_URLS } from '../modules/amm/msgs.js';
import { ChainNode } from './chain_node.js';
import { addGenesisAccount, initHome, paths } from './home.js';

const CHAIN_ID = 'marketchain-envelope-test';
const hash = (tx: Uint8Array) => toHexUpper(sha256(tx));

test('[node/envelope]: an envelope is queued as a bundle under its hash and lands followed by its tx; past the bundle cap one is refused (sdk/20) leaving its sequence free', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'marketchain-envelope-'));
  initHome(home, { chainId: CHAIN_ID, moniker: 'test' });
  // mempool size 100: at most max(16, 100 / 10) = 16 pending bundles
  const cfg = JSON.parse(readFileSync(join(paths(home).config, 'config.json'), 'utf8'));
  writeFileSync(join(paths(home).config, 'config.json'), JSON.stringify({ ...cfg, mempool: { ...cfg.mempool, size: 100 } }));
  const searchers = await Promise.all(Array.from({ length: 17 }, (_, i) => testAccount(`envelope-searcher-${i}`)));
  searchers.forEach((s) => addGenesisAccount(home, s.address, '1000000000umkt'));
  const node = await ChainNode.open(home, { sigWorkers: 0, dbThread: false });
  node.log = () => undefined;
  t.teardown(async () => {
    await node.close();
    rmSync(home, { recursive: true, force: true });
  });
  const registry = makeRegistry([[TYPE_URLS.bundle, marketchain.amm.v1.MsgBundle as any]]);
  const accountNumber = (address: string) => getAccount(new QueryCtx(node.app.lastBlock, node.app.commitStore), address)!.accountNumber;
  const signed = await Promise.all(searchers.map(async (s) => {
    const inner = await signTx(s, [sendMsg(s.address, searchers[0]!.address, '1')], { chainId: CHAIN_ID, accountNumber: accountNumber(s.address), sequence: 1 });
    const envelope = await signTx(s, [{ typeUrl: TYPE_URLS.bundle, value: { sender: s.address, txs: [inner] } }], { chainId: CHAIN_ID, accountNumber: accountNumber(s.address), sequence: 0, registry });
    return { inner, envelope };
  }));

  for (const { envelope } of signed.slice(0, 16)) t.is(node.submitTx(envelope).code, 0);
  t.deepEqual(node.mempool.bundleList().map((b) => b.id), signed.slice(0, 16).map((x) => hash(x.envelope)));
  t.is(node.mempool.size, 0, 'an envelope does not wait with the txs');
  const e = t.throws(() => node.submitTx(signed[16]!.envelope)) as ChainError;
  t.deepEqual([e.codespace, e.code, e.message], ['sdk', 20, 'too many pending bundles: mempool is full']);
  const plain = await signTx(searchers[16]!, [sendMsg(searchers[16]!.address, searchers[0]!.address, '1')], { chainId: CHAIN_ID, accountNumber: accountNumber(searchers[16]!.address), sequence: 0 });
  t.is(node.submitTx(plain).code, 0, 'the refused envelope took no sequence');

  const block = await node.produceBlock(Date.now());
  const txs = block.txs;
  t.is(txs.length, 16 * 2 + 1);
  for (const { envelope, inner } of signed.slice(0, 16)) {
    const i = txs.indexOf(toBase64(envelope));
    t.true(i >= 0);
    t.is(txs[i + 1], toBase64(inner));
  }
  t.deepEqual(node.mempool.bundleList(), []);
});

test('[node/envelope]: with signature workers an envelope\'s inner txs are verified by the pool with it, into their own slots, and the block uses those slots without verifying again', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'marketchain-envelope-'));
  initHome(home, { chainId: CHAIN_ID, moniker: 'test' });
  const [s, u] = await Promise.all([testAccount('envelope-pool-searcher'), testAccount('envelope-pool-user')]);
  addGenesisAccount(home, s.address, '1000000000umkt');
  addGenesisAccount(home, u.address, '1000000000umkt');
  const node = await ChainNode.open(home, { sigWorkers: 1, dbThread: false });
  node.log = () => undefined;
  t.teardown(async () => {
    await node.close();
    rmSync(home, { recursive: true, force: true });
  });
  // The real pool, observed: how many signatures each request asked for.
  const pool = node.sigPool!;
  const asked: number[] = [];
  const verify = pool.verify.bind(pool);
  pool.verify = (jobs) => (asked.push(jobs.length), verify(jobs));
  const registry = makeRegistry([[TYPE_URLS.bundle, marketchain.amm.v1.MsgBundle as any]]);
  const accountNumber = (address: string) => getAccount(new QueryCtx(node.app.lastBlock, node.app.commitStore), address)!.accountNumber;
  const wrapped = await signTx(u, [sendMsg(u.address, s.address, '2')], { chainId: CHAIN_ID, accountNumber: accountNumber(u.address), sequence: 0 });
  const own = await signTx(s, [sendMsg(s.address, u.address, '1')], { chainId: CHAIN_ID, accountNumber: accountNumber(s.address), sequence: 1 });
  const envelope = await signTx(s, [{ typeUrl: TYPE_URLS.bundle, value: { sender: s.address, txs: [wrapped, own] } }], { chainId: CHAIN_ID, accountNumber: accountNumber(s.address), sequence: 0, registry });

  const r = await node.submitTxAsync(envelope);
  t.is(r.code, 0, r.log);
  t.deepEqual(asked, [3], 'one request: the envelope and its two inner txs');
  const [b] = node.mempool.bundleList();
  t.is(b!.id, hash(envelope));
  const prepared = b!.txs[0]!;
  t.deepEqual(b!.txs.slice(1), prepared.envelope!.txs);
  const slots = b!.txs.map((x) => x.signatures[0]!);
  t.deepEqual(slots.map((x) => [x.accountNumber, x.ok]), [[accountNumber(s.address), true], [accountNumber(u.address), true], [accountNumber(s.address), true]]);

  const block = await node.produceBlock(Date.now());
  t.deepEqual(block.txs, [envelope, wrapped, own].map(toBase64));
  t.true(b!.txs.every((x, i) => x.signatures[0] === slots[i]), 'the block used the slots the pool filled (a verification would have replaced them)');
});
