// The chain's app under the real CometBFT: `marketchaind start --abci` (node/abci/chain_app.ts) behind
// `cometbft node`, marketchain's app_state in CometBFT's genesis.json, an unmodified cosmjs
// SigningStargateClient on CometBFT's own RPC (fee by simulate through abci_query, balance through
// abci_query, the tx found by CometBFT's indexer), then both processes stopped and restarted: the
// app loads its durable state and CometBFT's handshake continues the chain from it.
import test from 'ava';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GasPrice, SigningStargateClient, StargateClient, assertIsDeliverTxSuccess } from '@cosmjs/stargate';
import { AbciAppProcess, cometWithApp } from '../helpers/abci_app_process.js';
import { runNodeCmd } from '../helpers/node_process.js';
import { testAccount } from '../helpers/accounts.js';
import { fromBech32 } from '../../chain/crypto.js';
import { balanceKey } from '../../modules/bank/keys.js';
import { checkStoreProof, proofOpsFromJson } from '../../cli/store_proof.js';

interface AbciInfo {
  response: { last_block_height: string; last_block_app_hash: string };
}

test('marketchaind start --abci under CometBFT: cosmjs bank send through CometBFT RPC, restart continues at the same height and app hash', async (t) => {
  t.timeout(60_000);
  const home = mkdtempSync(join(tmpdir(), 'marketchain-abci-'));
  const sender = await testAccount('abci-chain-sender');
  const recipient = (await testAccount('abci-chain-recipient')).address;
  t.is(runNodeCmd(['init', '--home', home]).code, 0);
  t.is(runNodeCmd(['genesis', 'add-account', sender.address, '1000000000umkt,5000uusdc', '--home', home]).code, 0);

  const pair = await cometWithApp(t, home);
  const { comet, chainId, address } = pair;
  await comet.start(2);

  const client = await SigningStargateClient.connectWithSigner(comet.rpcUrl, sender.wallet, { gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
  t.is(await client.getChainId(), chainId);
  const account = await client.getAccount(sender.address);
  t.is(account?.accountNumber, 0n);
  t.deepEqual(await client.getBalance(sender.address, 'umkt'), { denom: 'umkt', amount: '1000000000' });

  const sent = await client.sendTokens(sender.address, recipient, [{ denom: 'umkt', amount: '4321' }], 'auto', 'through CometBFT');
  assertIsDeliverTxSuccess(sent);
  t.true(sent.gasUsed > 0n && sent.gasUsed <= sent.gasWanted);
  t.true(sent.events.some((e) => e.type === 'transfer' && e.attributes.some((a) => a.key === 'recipient' && a.value === recipient)));
  t.is(sent.msgResponses[0]?.typeUrl, '/cosmos.bank.v1beta1.MsgSendResponse');
  t.deepEqual(await client.getBalance(recipient, 'umkt'), { denom: 'umkt', amount: '4321' });
  const fee = BigInt(1000000000 - 4321) - BigInt((await client.getBalance(sender.address, 'umkt')).amount);
  t.true(fee > 0n, 'the auto fee was paid');

  const got = await client.getTx(sent.transactionHash);
  t.is(got?.height, sent.height);
  t.is(got?.code, 0);
  t.deepEqual(
    (await client.searchTx(`transfer.recipient='${recipient}'`)).map((x) => x.hash),
    [sent.transactionHash],
  );
  // A tx CheckTx refuses is answered with the app's code through CometBFT's broadcast_tx_sync.
  const bad = (await comet.rpc('broadcast_tx_sync', { tx: Buffer.from('not a tx').toString('base64') })) as { code: number; codespace: string };
  t.deepEqual([bad.code, bad.codespace], [2, 'sdk']);
  // Past heights and proofs through CometBFT's abci_query: the recipient's balance before and at the
  // send's height, and its ICS-23 proof checked against the app hash of the next header.
  type Q = { response: { code: number; log: string; value: string | null; height: string; proofOps: { ops: { type: string; key: string; data: string }[] } | null } };
  const balanceKeyHex = Buffer.from(balanceKey(fromBech32(recipient), 'umkt')).toString('hex');
  const before = (await comet.rpc('abci_query', { path: '/store/bank/key', data: balanceKeyHex, height: String(sent.height - 1) })) as Q;
  t.deepEqual([before.response.code, before.response.value], [0, null]);
  const at = (await comet.rpc('abci_query', { path: '/store/bank/key', data: balanceKeyHex, height: String(sent.height), prove: true })) as Q;
  t.is(at.response.code, 0, at.response.log);
  t.is(Buffer.from(at.response.value!, 'base64').toString('utf8'), '4321');
  await comet.waitHeight(sent.height + 1);
  const header = (await comet.rpc('block', { height: String(sent.height + 1) })) as { block: { header: { app_hash: string } } };
  const appHash = new Uint8Array(Buffer.from(header.block.header.app_hash, 'hex'));
  const key = balanceKey(fromBech32(recipient), 'umkt');
  t.is(checkStoreProof(proofOpsFromJson(at.response.proofOps), appHash, 'bank', key, new TextEncoder().encode('4321')), undefined);
  t.not(checkStoreProof(proofOpsFromJson(at.response.proofOps), appHash, 'bank', key, new TextEncoder().encode('4320')), undefined);
  const future = (await comet.rpc('abci_query', { path: '/store/bank/key', data: balanceKeyHex, height: String(sent.height + 10_000) })) as { response: { code: number; log: string } };
  t.deepEqual([future.response.code, future.response.log], [26, 'cannot query with height in the future; please provide a valid height: invalid height']);
  client.disconnect();

  // Stop both. The app's last durable height and hash are what CometBFT's handshake continues from.
  await comet.stop();
  await pair.app.stop();
  const stoppedAt = Number(/stopped at height (\d+)/.exec(pair.app.log)?.[1]);
  t.true(stoppedAt >= sent.height);
  t.regex(pair.app.log, /InitChain: chain /);

  pair.app = await AbciAppProcess.start(home, address);
  const loaded = /loaded the app state at height (\d+) \(app hash ([0-9A-F]+)\)/.exec(pair.app.log);
  t.is(Number(loaded?.[1]), stoppedAt);
  await comet.start(stoppedAt + 3);
  t.notRegex(pair.app.log, /InitChain/, 'no second InitChain after a restart');
  // The block after the app's last committed one carries the app hash the app loaded from disk.
  const next = (await comet.rpc('block', { height: String(stoppedAt + 1) })) as { block: { header: { app_hash: string } } };
  t.is(next.block.header.app_hash, loaded![2]!);
  const info = (await comet.rpc('abci_info')) as AbciInfo;
  t.true(Number(info.response.last_block_height) >= stoppedAt + 2);

  const q = await StargateClient.connect(comet.rpcUrl);
  t.deepEqual(await q.getBalance(recipient, 'umkt'), { denom: 'umkt', amount: '4321' });
  t.is((await q.getTx(sent.transactionHash))?.height, sent.height);
  q.disconnect();
});
