// Four validators under the real CometBFT, written by `marketchaind testnet` and run as `npm run testnet`
// runs them (node/testnet_run.ts): bank sends by an unmodified cosmjs client on one node's RPC; every
// app's own FinalizeBlock app hash (block_results) equal across the four at every height; one validator
// killed with SIGKILL (CometBFT and app) while the other three keep committing; restarted, it catches
// up (handshake + block sync) to the same app hashes. Then one app is killed -9 between FinalizeBlock
// and Commit of a block with a tx and comes back level with that tx; and a fifth node started from
// empty homes joins by state sync from the validators' snapshots and follows at the same app hash.
import test from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, assertIsDeliverTxSuccess } from '@cosmjs/stargate';
import { runNodeCmd } from '../helpers/node_process.js';
import { testAccount } from '../helpers/accounts.js';
import { cometRpc, latestHeight, readTestnet, TestnetMember } from '../../node/testnet_run.js';
import { addStateSyncNode } from '../../node/testnet.js';

const VALIDATORS = 4;
const BLOCKS = 50;
/** Snapshots every 10 blocks, so the joining node finds one soon. */
const SNAPSHOT_INTERVAL = 10;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A base port whose 10·n block (the testnet's layout) is free now. */
async function freeBase(n: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 30_000 + 10 * Math.floor(Math.random() * 2_500);
    const ports = Array.from({ length: n }, (_, i) => [0, 1, 2].map((k) => base + 10 * i + k)).flat();
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error('no free port block found');
}

/** Polls until `ok` holds (checked at least every 200 ms) or the time is up. */
async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The app hash the node's own app returned from FinalizeBlock at `height`, in hex as headers show it. */
async function resultHash(rpc: string, height: number): Promise<string> {
  const b64 = ((await cometRpc(rpc, 'block_results', { height: String(height) })) as { app_hash: string }).app_hash;
  return Buffer.from(b64, 'base64').toString('hex').toUpperCase();
}

/** What a member's app wrote to its log so far (TestnetMember appends it to node<i>/app.log). */
function appLog(m: TestnetMember): string {
  const path = join(dirname(m.node.app_home), 'app.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

test('testnet of 4 validators: same app hash on every node at every height; one killed, the rest commit; restarted, it catches up; an app killed between FinalizeBlock and Commit comes back level; a fifth node joins by state sync', async (t) => {
  t.timeout(480_000);
  const dir = mkdtempSync(join(tmpdir(), 'marketchain-testnet-test-'));
  // A port block for the four validators and the node that joins by state sync.
  const out = runNodeCmd(['testnet', '--output', join(dir, 'net'), '--validators', String(VALIDATORS), '--base-port', String(await freeBase(VALIDATORS + 1)), '--chain-id', 'testnet-e2e', '--snapshot-interval', String(SNAPSHOT_INTERVAL)]);
  t.is(out.code, 0, out.stderr);
  const net = readTestnet(join(dir, 'net'));
  t.is(net.nodes.length, VALIDATORS);
  t.is(new Set(net.nodes.flatMap((n) => [n.p2p, n.rpc, n.proxy_app])).size, 3 * VALIDATORS, 'no two listeners share a port');

  // Small snapshot chunks, so the node joining by state sync fetches several from its peers.
  for (const n of net.nodes) {
    const cfg = join(n.app_home, 'config', 'config.json');
    const c = JSON.parse(readFileSync(cfg, 'utf8')) as { state_sync: Record<string, number> };
    t.deepEqual(c.state_sync, { snapshot_interval: SNAPSHOT_INTERVAL, snapshot_keep_recent: 2 }, 'marketchaind testnet set the snapshot interval');
    c.state_sync.snapshot_chunk_bytes = 1024;
    writeFileSync(cfg, JSON.stringify(c));
  }

  const died: string[] = [];
  const members = net.nodes.map((n) => new TestnetMember(n, net.cometbft));
  for (const m of members) m.onUnexpectedExit = (what, code, signal) => died.push(`${m.node.moniker} ${what} ${code ?? signal}`);
  t.teardown(async () => {
    await Promise.all(members.map((m) => m.stop()));
    for (const m of members) m.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await Promise.all(members.map((m) => m.startApp()));
  for (const m of members) m.startComet();
  const rpcs = net.nodes.map((n) => n.rpc);
  const heights = (): Promise<(number | undefined)[]> => Promise.all(rpcs.map(latestHeight));
  await until('every node at height 2', 60_000, heights, (hs) => hs.every((h) => h !== undefined && h >= 2));

  // The genesis is the same everywhere: one chain id, all four validators at equal power.
  const vals = (await cometRpc(rpcs[3]!, 'validators')) as { validators: { voting_power: string }[] };
  t.deepEqual(vals.validators.map((v) => v.voting_power), Array(VALIDATORS).fill('10'));

  // Bank sends through node 1's RPC, signed with the testnet's funded account.
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(net.account.mnemonic, { prefix: 'mkt' });
  t.is((await wallet.getAccounts())[0]!.address, net.account.address);
  const recipient = (await testAccount('testnet-recipient')).address;
  const client = await SigningStargateClient.connectWithSigner(rpcs[1]!, wallet, { gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 60_000 });
  t.is(await client.getChainId(), 'testnet-e2e');
  let lastTxHeight = 0;
  for (let i = 1; i <= 5; i++) {
    const r = await client.sendTokens(net.account.address, recipient, [{ denom: 'umkt', amount: String(1000 * i) }], 'auto');
    assertIsDeliverTxSuccess(r);
    lastTxHeight = r.height;
  }
  client.disconnect();
  // Another validator's app holds the same balance once it has committed that block. CometBFT stores
  // a block before its app executes it, so its latest height reaching H says nothing of H's state;
  // it moves on to H + 1 only after the app's Commit of H.
  await until('node 3 past the last tx', 60_000, () => latestHeight(rpcs[3]!), (h) => h !== undefined && h > lastTxHeight);
  const q3 = await StargateClient.connect(rpcs[3]!);
  t.deepEqual(await q3.getBalance(recipient, 'umkt'), { denom: 'umkt', amount: '15000' });
  q3.disconnect();

  // Every app returned the same app hash at every height, and it is what the next header carries.
  const top = Math.max(BLOCKS, lastTxHeight) + 1;
  await until(`every node at height ${top}`, 120_000, heights, (hs) => hs.every((h) => h !== undefined && h >= top));
  for (let h = 1; h < top; h++) {
    const hashes = await Promise.all(rpcs.map((r) => resultHash(r, h)));
    t.is(new Set(hashes).size, 1, `app hashes differ at height ${h}: ${hashes.join(' ')}`);
    t.regex(hashes[0]!, /^[0-9A-F]{64}$/);
    const next = (await cometRpc(rpcs[0]!, 'block', { height: String(h + 1) })) as { block: { header: { app_hash: string } } };
    t.is(next.block.header.app_hash, hashes[0]!, `header ${h + 1}`);
  }

  // kill -9 one validator (CometBFT and app): three of four (75 % of the power) keep committing.
  await members[3]!.kill();
  const atKill = (await latestHeight(rpcs[0]!))!;
  const live = await until('the other three 5 blocks on', 90_000, () => Promise.all(rpcs.slice(0, 3).map(latestHeight)), (hs) => hs.every((h) => h !== undefined && h >= atKill + 5));
  t.true(live.every((h) => h! >= atKill + 5));
  t.is(await latestHeight(rpcs[3]!), undefined, 'the killed node is down');

  // Restarted, it replays what its app lacks, block-syncs the rest and follows at the same app hash.
  await members[3]!.start();
  const target = (await latestHeight(rpcs[0]!))! + 2;
  await until(`node 3 back at height ${target}`, 120_000, () => latestHeight(rpcs[3]!), (h) => h !== undefined && h >= target);
  for (const h of [atKill, atKill + 3, target - 1]) {
    const hashes = await Promise.all(rpcs.map((r) => resultHash(r, h)));
    t.is(new Set(hashes).size, 1, `after the restart, app hashes differ at height ${h}: ${hashes.join(' ')}`);
  }
  const info = (await cometRpc(rpcs[3]!, 'abci_info')) as { response: { last_block_height: string } };
  t.true(Number(info.response.last_block_height) >= target - 1);
  const q = await StargateClient.connect(rpcs[3]!);
  t.deepEqual(await q.getBalance(recipient, 'umkt'), { denom: 'umkt', amount: '15000' });
  q.disconnect();

  // kill -9 of an app between FinalizeBlock and Commit: node 2's app restarted with the test hook
  // that never completes the Commit of the first block with txs; a tx goes in; once the app has
  // finalized that block (and written nothing of it), the app and its CometBFT are killed -9.
  await members[2]!.stop();
  const from = (await latestHeight(rpcs[0]!))! + 1;
  await members[2]!.startApp(60_000, { MARKETCHAIN_TEST_PAUSE_BEFORE_COMMIT: String(from) });
  members[2]!.startComet();
  await until('node 2 level again', 90_000, () => Promise.all([latestHeight(rpcs[0]!), latestHeight(rpcs[2]!)]), ([a, b]) => a !== undefined && b !== undefined && b >= Math.max(a, from) - 1);
  const sender = await SigningStargateClient.connectWithSigner(rpcs[0]!, wallet, { gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 60_000 });
  const crashTx = await sender.sendTokens(net.account.address, recipient, [{ denom: 'umkt', amount: '7000' }], 'auto');
  assertIsDeliverTxSuccess(crashTx);
  sender.disconnect();
  const paused = `TEST HOOK: paused before Commit at height ${crashTx.height} (1 tx finalized, nothing written)`;
  await until('node 2 paused before the Commit of the tx block', 60_000, async () => appLog(members[2]!).includes(paused), Boolean);
  await members[2]!.kill();
  const logBefore = appLog(members[2]!).length;
  await members[2]!.start();
  const level = (await latestHeight(rpcs[0]!))! + 2;
  await until(`node 2 back at height ${level}`, 120_000, () => latestHeight(rpcs[2]!), (h) => h !== undefined && h >= level);
  // Its app had only height-1 durable; the handshake replayed the tx's block into it.
  t.true(appLog(members[2]!).slice(logBefore).includes(`loaded the app state at height ${crashTx.height - 1} `), 'the killed app restarted one block behind');
  for (const h of [crashTx.height, crashTx.height + 1, level - 1]) {
    const hashes = await Promise.all(rpcs.map((r) => resultHash(r, h)));
    t.is(new Set(hashes).size, 1, `after the crash before Commit, app hashes differ at height ${h}: ${hashes.join(' ')}`);
  }
  const q2 = await StargateClient.connect(rpcs[2]!);
  t.deepEqual(await q2.getBalance(recipient, 'umkt'), { denom: 'umkt', amount: '22000' }, "the crashed block's tx is in node 2's state");
  q2.disconnect();

  // State sync: the validators keep snapshots every 10 blocks; a fifth node from empty homes, trusting
  // a recent block of node 0, restores the newest one from them and follows the chain.
  const snapshotsOf = (i: number) => join(net.nodes[i]!.app_home, 'data', 'snapshots');
  const kept = readdirSync(snapshotsOf(0)).map(Number).sort((x, y) => x - y);
  t.is(kept.length, 2, `node 0 keeps the 2 most recent snapshots (${kept.join(', ')})`);
  t.true(kept.every((h) => h % SNAPSHOT_INTERVAL === 0) && kept[1]! >= level - 2 * SNAPSHOT_INTERVAL, `recent snapshots: ${kept.join(', ')}`);
  const trustHeight = (await latestHeight(rpcs[0]!))!;
  const trust = (await cometRpc(rpcs[0]!, 'block', { height: String(trustHeight) })) as { block_id: { hash: string } };
  const joiner = new TestnetMember(addStateSyncNode(join(dir, 'net'), net, { rpcServers: [rpcs[0]!, rpcs[1]!], trustHeight, trustHash: trust.block_id.hash }), net.cometbft);
  joiner.onUnexpectedExit = (what, code, signal) => died.push(`${joiner.node.moniker} ${what} ${code ?? signal}`);
  members.push(joiner);
  await joiner.start();
  const restoredLine = await until('the fifth node restored a snapshot', 120_000, async () => /restored snapshot (\d+): app hash ([0-9A-F]{64}) verified/.exec(appLog(joiner)), (m) => m !== null);
  const restored = Number(restoredLine![1]);
  const chunks = Number(new RegExp(`restoring snapshot ${restored} \\((\\d+) chunk`).exec(appLog(joiner))![1]);
  t.true(chunks > 1, `the snapshot came in several chunks (${chunks})`);
  t.is(restored % SNAPSHOT_INTERVAL, 0);
  t.is(restoredLine![2], (await cometRpc(rpcs[0]!, 'block', { height: String(restored + 1) }) as { block: { header: { app_hash: string } } }).block.header.app_hash, "the restored app hash is the chain's");
  const follow = (await latestHeight(rpcs[0]!))! + 3;
  await until(`the fifth node at height ${follow}`, 120_000, () => latestHeight(joiner.node.rpc), (h) => h !== undefined && h >= follow);
  const st = (await cometRpc(joiner.node.rpc, 'status')) as { sync_info: { earliest_block_height: string } };
  t.true(Number(st.sync_info.earliest_block_height) > restored, `no block at or below the snapshot was fetched (earliest ${st.sync_info.earliest_block_height})`);
  for (const h of [restored + 1, follow - 1]) {
    const hashes = await Promise.all([...rpcs, joiner.node.rpc].map((r) => resultHash(r, h)));
    t.is(new Set(hashes).size, 1, `the state-synced node's app hash differs at height ${h}: ${hashes.join(' ')}`);
  }
  const q5 = await StargateClient.connect(joiner.node.rpc);
  t.deepEqual(await q5.getBalance(recipient, 'umkt'), { denom: 'umkt', amount: '22000' });
  q5.disconnect();
  t.deepEqual(died, [], 'no process died on its own');
});

test('marketchaind testnet refuses a bad validator count, a port range past 65535, a bad snapshot interval and a non-empty output', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'marketchain-testnet-bad-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const zero = runNodeCmd(['testnet', '--output', join(dir, 'a'), '--validators', '0']);
  t.is(zero.code, 1);
  t.regex(zero.stderr, /--validators must be a whole number from 1 to 50, got "0"/);
  const ports = runNodeCmd(['testnet', '--output', join(dir, 'a'), '--validators', '4', '--base-port', '65500']);
  t.is(ports.code, 1);
  t.regex(ports.stderr, /--base-port must leave room for 4 nodes/);
  const snap = runNodeCmd(['testnet', '--output', join(dir, 'a'), '--validators', '1', '--snapshot-interval', 'often']);
  t.is(snap.code, 1);
  t.regex(snap.stderr, /--snapshot-interval must be a whole number of blocks \(0 for none\), got "often"/);
  writeFileSync(join(dir, 'keep'), '');
  const full = runNodeCmd(['testnet', '--output', dir, '--validators', '1']);
  t.is(full.code, 1);
  t.regex(full.stderr, /is not empty/);
});
