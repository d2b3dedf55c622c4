// An unmodified @cosmjs/stargate SigningStargateClient against the real node process.
import test from 'ava';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, assertIsDeliverTxSuccess } from '@cosmjs/stargate';
import { TestNode } from '../helpers/node_process.js';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start();
});
test.after.always(async () => {
  await node?.destroy();
});

test.serial('[e2e/cosmjs]: connect, query, sign and broadcast MsgSend with fixed and auto fees, read back', async (t) => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [dev] = await wallet.getAccounts();
  t.is(dev!.address, node.devAddress);
  const client = await SigningStargateClient.connectWithSigner(node.url, wallet, { gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
  t.is(await client.getChainId(), 'marketchain-local');
  t.true((await client.getHeight()) >= 1);

  const acc = await client.getAccount(dev!.address);
  t.is(acc?.address, dev!.address);
  t.is(acc?.accountNumber, 0n);
  const stranger = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' })).getAccounts())[0]!.address;
  t.is(await client.getAccount(stranger), null);
  const startUmkt = BigInt((await client.getBalance(dev!.address, 'umkt')).amount);
  t.true(startUmkt > 0n);
  t.deepEqual(await client.getBalance(stranger, 'umkt'), { denom: 'umkt', amount: '0' });
  const all = await client.getAllBalances(dev!.address);
  t.deepEqual(all.map((c) => c.denom), ['uatom', 'umkt', 'uusdc']);

  const fixed = await client.sendTokens(dev!.address, stranger, [{ denom: 'umkt', amount: '1234' }], { amount: [{ denom: 'umkt', amount: '5000' }], gas: '200000' }, 'fixed fee');
  assertIsDeliverTxSuccess(fixed);
  t.is(fixed.gasWanted, 200000n);
  t.true(fixed.gasUsed > 0n && fixed.gasUsed < 200000n);
  t.true(fixed.events.some((e) => e.type === 'transfer' && e.attributes.some((a) => a.key === 'recipient' && a.value === stranger)));
  t.is(fixed.msgResponses[0]?.typeUrl, '/cosmos.bank.v1beta1.MsgSendResponse');

  const auto = await client.sendTokens(dev!.address, stranger, [{ denom: 'uusdc', amount: '77' }], 'auto');
  assertIsDeliverTxSuccess(auto);
  t.deepEqual(await client.getBalance(stranger, 'umkt'), { denom: 'umkt', amount: '1234' });
  t.deepEqual(await client.getBalance(stranger, 'uusdc'), { denom: 'uusdc', amount: '77' });
  t.deepEqual(await client.getBalance(dev!.address, 'umkt'), { denom: 'umkt', amount: String(startUmkt - 1234n - 5000n - feeOf(auto)) });

  const got = await client.getTx(fixed.transactionHash);
  t.is(got?.height, fixed.height);
  t.is(got?.code, 0);
  const search = await client.searchTx(`transfer.recipient='${stranger}'`);
  t.deepEqual(search.map((x) => x.hash).sort(), [fixed.transactionHash, auto.transactionHash].sort());
  const byHeight = await client.searchTx(`tx.height=${fixed.height}`);
  t.true(byHeight.some((x) => x.hash === fixed.transactionHash));
  const block = await client.getBlock(fixed.height);
  t.is(block.header.height, fixed.height);
  t.is(block.header.chainId, 'marketchain-local');
  t.true(block.txs.length >= 1);

  const q = await StargateClient.connect(node.url);
  t.deepEqual(await q.getBalance(stranger, 'uusdc'), { denom: 'uusdc', amount: '77' });
  client.disconnect();
  q.disconnect();

  autoFee = feeOf(auto);
});

let autoFee = 0n;
function feeOf(r: { events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[] }): bigint {
  const fee = r.events.find((e) => e.type === 'tx' && e.attributes.some((a) => a.key === 'fee'))!.attributes.find((a) => a.key === 'fee')!.value;
  return BigInt(fee.replace('umkt', '') || '0');
}

test.serial('[e2e/cosmjs]: a wrong sequence is rejected with code 32 and replay passes', async (t) => {
  t.true(autoFee > 0n);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const client = await SigningStargateClient.connectWithSigner(node.url, wallet, { broadcastPollIntervalMs: 100 });
  const [dev] = await wallet.getAccounts();
  const acc = await client.getAccount(dev!.address);
  const signed = await client.sign(dev!.address, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev!.address, toAddress: dev!.address, amount: [{ denom: 'umkt', amount: '1' }] } }], { amount: [{ denom: 'umkt', amount: '5000' }], gas: '200000' }, '', { accountNumber: acc!.accountNumber, sequence: Number(acc!.sequence) + 5, chainId: 'marketchain-local' });
  const { TxRaw } = await import('cosmjs-types/cosmos/tx/v1beta1/tx');
  const err = await t.throwsAsync(client.broadcastTx(TxRaw.encode(signed).finish()));
  t.regex(err!.message, /code 32|account sequence mismatch, expected \d+, got \d+/);
  client.disconnect();
  await node.waitHeight((await node.height()) + 1);
  const r = node.replay();
  t.is(r.code, 0, r.stdout + r.stderr);
  t.regex(r.stdout, /replay OK/);
});
