// Four validators under the real CometBFT, written by `marketchaind testnet` and run as `npm run testnet`
// runs them (node/testnet_run.ts): bank sends by an unmodified cosmjs client on one node's RPC; every
// app's own FinalizeBlock app hash (block_results) equal across the four at every height; one validator
// killed with SIGKILL (CometBFT and app) while the other three keep committing; restarted, it catches
// up (handshake + block sync) to the same app hashes.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, assertIsDeliverTxSuccess } from '@cosmjs/stargate';
import { runNodeCmd } from '../helpers/node_process.js';
import { testAccount } from '../helpers/accounts.js';
import { cometRpc, freeBasePort, latestHeight, readTestnet, TestnetMember } from '../../node/testnet_run.js';

const VALIDATORS = 4;
const BLOCKS = 50;

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

test('testnet of 4 validators: same app hash on every node at every height; one killed, the rest commit; restarted, it catches up', async (t) => {
  t.timeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'marketchain-testnet-test-'));
  const out = runNodeCmd(['testnet', '--output', join(dir, 'net'), '--validators', String(VALIDATORS), '--base-port', String(await freeBasePort(VALIDATORS)), '--chain-id', 'testnet-e2e']);
  t.is(out.code, 0, out.stderr);
  const net = readTestnet(join(dir, 'net'));
  t.is(net.nodes.length, VALIDATORS);
  t.is(new Set(net.nodes.flatMap((n) => [n.p2p, n.rpc, n.proxy_app])).size, 3 * VALIDATORS, 'no two listeners share a port');

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
  // Another validator's app holds the same balance once it has that block.
  await until('node 3 past the last tx', 60_000, () => latestHeight(rpcs[3]!), (h) => h !== undefined && h >= lastTxHeight);
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
  t.deepEqual(died, [], 'no process died on its own');
});

test('marketchaind testnet refuses a bad validator count, a port range past 65535 and a non-empty output', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'marketchain-testnet-bad-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const zero = runNodeCmd(['testnet', '--output', join(dir, 'a'), '--validators', '0']);
  t.is(zero.code, 1);
  t.regex(zero.stderr, /--validators must be a whole number from 1 to 50, got "0"/);
  const ports = runNodeCmd(['testnet', '--output', join(dir, 'a'), '--validators', '4', '--base-port', '65500']);
  t.is(ports.code, 1);
  t.regex(ports.stderr, /--base-port must leave room for 4 nodes/);
  writeFileSync(join(dir, 'keep'), '');
  const full = runNodeCmd(['testnet', '--output', dir, '--validators', '1']);
  t.is(full.code, 1);
  t.regex(full.stderr, /is not empty/);
});
