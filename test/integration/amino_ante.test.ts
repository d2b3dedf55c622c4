// SIGN_MODE_LEGACY_AMINO_JSON in the ante, on the whole app in memory: a tx signed by cosmjs's amino
// path (Secp256k1Wallet + SigningStargateClient.sign with the client's AminoTypes) is admitted and
// executed; the same tx with a changed memo, fee or message field is refused with sdk/4; a result the
// signature pool primed for the amino sign bytes is the one the ante uses; other sign modes stay refused.
import test from 'ava';
import { Secp256k1Wallet } from '@cosmjs/amino';
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import { QueryCtx } from '../../chain/context.js';
import { aminoSignBytes, decodeForAmino } from '../../chain/tx/amino_sign_doc.js';
import { decodeTx } from '../../chain/tx/decode.js';
import { getBalance } from '../../modules/bank/keeper.js';
import { marketchainAminoTypes, marketchainRegistry } from '../../client/index.js';
import { makeTestChain, TEST_CHAIN_ID } from '../helpers/app.js';
import { sendMsg } from '../helpers/accounts.js';

const FEE: StdFee = { amount: [{ denom: 'umkt', amount: '5000' }], gas: '200000' };
const SIG_FAIL = `signature verification failed; please verify account number (0), sequence (0) and chain-id (${TEST_CHAIN_ID}): unauthorized`;

async function setup() {
  const c = await makeTestChain(2);
  // makeTestChain's account 0 key (test/helpers/accounts.ts), as an amino-only signer.
  const wallet = await Secp256k1Wallet.fromKey(new Uint8Array(createHash('sha256').update('marketchain-test-0').digest()), 'mkt');
  const client = await SigningStargateClient.offline(wallet, { registry: marketchainRegistry(), aminoTypes: marketchainAminoTypes() });
  const [a, b] = c.accounts;
  const sign = async (msgs: EncodeObject[], memo = 'hello', fee = FEE, timeoutHeight?: bigint) =>
    TxRaw.encode(await client.sign(a!.address, msgs, fee, memo, { accountNumber: 0n, sequence: 0, chainId: TEST_CHAIN_ID }, timeoutHeight)).finish();
  return { c, a: a!, b: b!, sign };
}

/** The tx with its body or auth info re-encoded after `edit`, the signature kept. */
function tamper(bytes: Uint8Array, edit: { body?: (b: TxBody) => void; auth?: (a: AuthInfo) => void }): Uint8Array {
  const raw = TxRaw.decode(bytes);
  const body = TxBody.decode(raw.bodyBytes);
  const auth = AuthInfo.decode(raw.authInfoBytes);
  edit.body?.(body);
  edit.auth?.(auth);
  return TxRaw.encode({ bodyBytes: TxBody.encode(body).finish(), authInfoBytes: AuthInfo.encode(auth).finish(), signatures: raw.signatures }).finish();
}

test('[integration/amino]: an amino-signed bank send (memo, timeout height) is admitted and executed', async (t) => {
  const { c, a, b, sign } = await setup();
  const tx = await sign([sendMsg(a.address, b.address, '777')], 'hello & <bye>', FEE, 50n);
  t.is(AuthInfo.decode(TxRaw.decode(tx).authInfoBytes).signerInfos[0]!.modeInfo!.single!.mode, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
  t.like(c.app.checkTx(tx).result, { code: 0, codespace: '' });
  const before = getBalance(new QueryCtx(c.app.lastBlock, c.app.commitStore), b.address, 'umkt');
  const out = c.block([tx]);
  t.is(out.txResults[0]!.code, 0, out.txResults[0]!.log);
  t.is(getBalance(new QueryCtx(c.app.lastBlock, c.app.commitStore), b.address, 'umkt'), before + 777n);
});

test('[integration/amino]: a changed memo, fee amount, gas, message field or timeout height is refused with sdk/4 (signature verification failed)', async (t) => {
  const { c, a, b, sign } = await setup();
  const tx = await sign([sendMsg(a.address, b.address, '777')]);
  const cases: [string, Uint8Array][] = [
    ['memo', tamper(tx, { body: (x) => void (x.memo = 'hellO') })],
    ['timeout height', tamper(tx, { body: (x) => void (x.timeoutHeight = 99n) })],
    ['fee amount', tamper(tx, { auth: (x) => void (x.fee!.amount = [{ denom: 'umkt', amount: '5001' }]) })],
    ['gas', tamper(tx, { auth: (x) => void (x.fee!.gasLimit = 200001n) })],
    ['amount', tamper(tx, { body: (x) => void (x.messages[0] = marketchainRegistry().encodeAsAny(sendMsg(a.address, b.address, '778'))) })],
    ['recipient', tamper(tx, { body: (x) => void (x.messages[0] = marketchainRegistry().encodeAsAny(sendMsg(a.address, a.address, '777'))) })],
  ];
  for (const [what, bad] of cases) {
    const r = c.app.checkTx(bad).result;
    t.deepEqual({ code: r.code, codespace: r.codespace, log: r.log }, { code: 4, codespace: 'sdk', log: SIG_FAIL }, what);
  }
  t.is(c.app.checkTx(tx).result.code, 0, 'the untouched tx');
});

test('[integration/amino]: a module message (moneymarket MsgSupply) signed with amino passes the ante; a changed field fails it', async (t) => {
  const { c, a, sign } = await setup();
  const supply = { typeUrl: '/marketchain.moneymarket.v1.MsgSupply', value: { sender: a.address, denom: 'uusdc', amount: '1000' } };
  const tx = await sign([supply]);
  const bad = tamper(tx, { body: (x) => void (x.messages[0] = marketchainRegistry().encodeAsAny({ ...supply, value: { ...supply.value, amount: '1001' } })) });
  t.like(c.app.checkTx(bad).result, { code: 4, codespace: 'sdk', log: SIG_FAIL });
  // CheckTx runs the ante only: the signature verified (the message itself would need a uusdc market).
  const r = c.app.checkTx(tx).result;
  t.is(r.code, 0, r.log);
});

test('[integration/amino]: the signature jobs of an amino tx carry its amino sign bytes, and the ante takes the primed result', async (t) => {
  const { c, a, b, sign } = await setup();
  const tx = await sign([sendMsg(a.address, b.address, '5')]);
  const prepared = c.app.prepareTx(tx);
  const jobs = c.app.signatureJobs(prepared);
  t.is(jobs.length, 1);
  const d = decodeTx(tx);
  t.deepEqual(jobs[0]!.msg, aminoSignBytes(d, decodeForAmino(d, c.app.env.routes), TEST_CHAIN_ID, 0n, 0n));
  t.deepEqual(jobs[0]!.slot, { index: 0, chainId: TEST_CHAIN_ID, accountNumber: 0n });
  // A pool answering "invalid" for this valid signature: the ante uses that answer (it verified nothing itself).
  prepared.recordVerified(jobs, [false]);
  t.like(c.app.checkTx(prepared).result, { code: 4, codespace: 'sdk' });
  // The same bytes prepared anew carry no answer: the ante verifies them and they pass.
  t.is(c.app.checkTx(tx).result.code, 0);
});

test('[integration/amino]: other sign modes (TEXTUAL, DIRECT_AUX, UNSPECIFIED) are refused with sdk/4', async (t) => {
  const { c, a, b, sign } = await setup();
  const tx = await sign([sendMsg(a.address, b.address, '5')]);
  for (const mode of [SignMode.SIGN_MODE_TEXTUAL, SignMode.SIGN_MODE_DIRECT_AUX, SignMode.SIGN_MODE_UNSPECIFIED]) {
    const bad = tamper(tx, { auth: (x) => void (x.signerInfos[0]!.modeInfo = { single: { mode } }) });
    t.like(c.app.checkTx(bad).result, { code: 4, codespace: 'sdk', log: `signature mode ${mode} is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON: unauthorized` }, String(mode));
  }
});
