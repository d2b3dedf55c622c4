// SIGN_MODE_LEGACY_AMINO_JSON end to end on the real node process: an unmodified cosmjs
// SigningStargateClient with an amino signer (Secp256k1HdWallet, as Ledger and Keplr's signAmino sign)
// and client/'s AminoTypes sends a bank send and a message of each module (moneymarket, amm, repo),
// one tx of several messages with a memo and a timeout height; the same signed tx with a changed memo,
// fee or message field is refused by broadcast_tx_sync with sdk/4.
import test from 'ava';
import { Secp256k1HdWallet } from '@cosmjs/amino';
import { assertIsDeliverTxSuccess, GasPrice, SigningStargateClient, type DeliverTxResponse } from '@cosmjs/stargate';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { marketchainAminoTypes, marketchainRegistry } from '../../client/index.js';
import { marketchain } from '../../proto/repo.js';
import { TestNode } from '../helpers/node_process.js';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start();
});
test.after.always(async () => {
  await node?.destroy();
});

const attr = (r: DeliverTxResponse, type: string, key: string) => r.events.find((e) => e.type === type)?.attributes.find((a) => a.key === key)?.value;

async function aminoClient() {
  const wallet = await Secp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const client = await SigningStargateClient.connectWithSigner(node.url, wallet, {
    registry: marketchainRegistry(), aminoTypes: marketchainAminoTypes(), gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100,
  });
  return { client, address: (await wallet.getAccounts())[0]!.address };
}

test.serial('[e2e/amino]: cosmjs with an amino signer: a bank send and moneymarket, amm and repo messages are signed with LEGACY_AMINO_JSON and executed', async (t) => {
  const { client, address: dev } = await aminoClient();
  t.is(dev, node.devAddress);
  const others = await Promise.all([0, 1, 2].map(async () => (await (await Secp256k1HdWallet.generate(12, { prefix: 'mkt' })).getAccounts())[0]!.address));
  const [to] = others;

  const sent = await client.sendTokens(dev, to!, [{ denom: 'umkt', amount: '1234567' }, { denom: 'uusdc', amount: '5' }], 'auto', 'first & <amino>');
  assertIsDeliverTxSuccess(sent);
  t.deepEqual(await client.getAllBalances(to!), [{ denom: 'umkt', amount: '1234567' }, { denom: 'uusdc', amount: '5' }]);
  const tx = TxRaw.decode((await client.getTx(sent.transactionHash))!.tx);
  t.is(AuthInfo.decode(tx.authInfoBytes).signerInfos[0]!.modeInfo!.single!.mode, 127);
  t.is(TxBody.decode(tx.bodyBytes).memo, 'first & <amino>');

  const send = async (msgs: EncodeObject[], memo = '', timeoutHeight?: bigint) => {
    const r = await client.signAndBroadcast(dev, msgs, 'auto', memo, timeoutHeight);
    t.is(r.code, 0, r.rawLog);
    return r;
  };
  const supplied = await send([{ typeUrl: '/marketchain.moneymarket.v1.MsgSupply', value: { sender: dev, denom: 'uusdc', amount: '3000000' } }]);
  t.is(attr(supplied, 'moneymarket.supply_received', 'amount'), '3000000');

  const swapped = await send([{ typeUrl: '/marketchain.amm.v1.MsgSwapExactIn', value: { sender: dev, poolId: 1, denomIn: 'uusdc', amountIn: '1000000', minAmountOut: '1', sqrtPriceLimitX96: '' } }]);
  t.truthy(swapped.events.find((e) => e.type === 'amm.swap'));

  const opened = await send([{
    typeUrl: '/marketchain.repo.v1.MsgOpenRound',
    value: {
      sender: dev, bdMm: dev, bdRm: others[0], mmClient: others[1], rmClient: others[2], cashDenom: 'uusdc', collateralDenom: 'uatom',
      lotSize: '1000000000', tenorBlocks: 30, maxQty: 50, bond: '1475647uusdc', commitBlocks: 50, revealBlocks: 50, acceptBlocks: 50,
    },
  }]);
  t.true(marketchain.repo.v1.MsgOpenRoundResponse.decode(opened.msgResponses[0]!.value).roundId >= 1);

  // Several messages of two modules in one tx, with a memo and a timeout height.
  const h = BigInt(await node.height());
  const multi = await send([
    { typeUrl: '/marketchain.moneymarket.v1.MsgSetAssetPrice', value: { sender: dev, denom: 'uatom', price: '8' } },
    { typeUrl: '/marketchain.moneymarket.v1.MsgSupply', value: { sender: dev, denom: 'uusdc', amount: '1' } },
    { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev, toAddress: to, amount: [{ denom: 'umkt', amount: '1' }] } },
  ], 'several', h + 100n);
  t.is(TxBody.decode(TxRaw.decode((await client.getTx(multi.transactionHash))!.tx).bodyBytes).timeoutHeight, h + 100n);
  t.is((await client.getBalance(to!, 'umkt')).amount, '1234568');
  client.disconnect();
});

test.serial('[e2e/amino]: an amino-signed tx with a changed memo, fee or message field is refused by the node with sdk/4', async (t) => {
  const { client, address: dev } = await aminoClient();
  const msg = { typeUrl: '/marketchain.moneymarket.v1.MsgSupply', value: { sender: dev, denom: 'uusdc', amount: '1000' } };
  const signed = TxRaw.encode(await client.sign(dev, [msg], { amount: [{ denom: 'umkt', amount: '10000' }], gas: '300000' }, 'memo')).finish();
  const tamper = (body?: (b: TxBody) => void, auth?: (a: AuthInfo) => void) => {
    const raw = TxRaw.decode(signed);
    const b = TxBody.decode(raw.bodyBytes);
    const a = AuthInfo.decode(raw.authInfoBytes);
    body?.(b);
    auth?.(a);
    return TxRaw.encode({ bodyBytes: TxBody.encode(b).finish(), authInfoBytes: AuthInfo.encode(a).finish(), signatures: raw.signatures }).finish();
  };
  const cases: [string, Uint8Array][] = [
    ['memo', tamper((b) => void (b.memo = 'Memo'))],
    ['fee', tamper(undefined, (a) => void (a.fee!.amount = [{ denom: 'umkt', amount: '10001' }]))],
    ['message field', tamper((b) => void (b.messages[0] = marketchainRegistry().encodeAsAny({ ...msg, value: { ...msg.value, amount: '1001' } })))],
  ];
  const broadcast = (tx: Uint8Array) => node.rpc('broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') });
  for (const [what, tx] of cases) {
    const r = await broadcast(tx);
    t.like(r, { code: 4, codespace: 'sdk' }, what);
    t.regex(r.log, /^signature verification failed; please verify account number \(\d+\), sequence \(\d+\) and chain-id \(.+\): unauthorized$/, what);
  }
  const ok = await broadcast(signed);
  t.is(ok.code, 0, ok.log);
  t.is((await node.waitTx(ok.hash)).tx_result.code, 0);
  client.disconnect();
});
