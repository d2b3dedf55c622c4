// Each ante failure is rejected with the SDK's (codespace, code) and changes nothing; a failing message
// keeps exactly the fee and the sequence increment (ARCHITECTURE §4).
import test, { type ExecutionContext } from 'ava';
import { makeAuthInfoBytes, makeSignDoc, encodePubkey } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createPublicKey, verify as opensslVerify } from 'node:crypto';
import { makeSignBytes } from '../../chain/tx/sign_doc.js';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import type { App } from '../../chain/app.js';
import { QueryCtx } from '../../chain/context.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { getBalance } from '../../modules/bank/keeper.js';
import { createMarketApp, FEE_COLLECTOR } from '../../node/app_factory.js';
import { blockTime, GENESIS_TIME, makeTestChain, TEST_CHAIN_ID, type TestChain } from '../helpers/app.js';
import { makeRegistry, sendMsg, signTx, testAccount, type TestAccount } from '../helpers/accounts.js';

const START = 1_000_000_000n;
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function q(app: App) {
  return new QueryCtx(app.lastBlock, app.commitStore);
}

function state(app: App, addr: string) {
  const c = q(app);
  return { umkt: getBalance(c, addr, 'umkt'), uusdc: getBalance(c, addr, 'uusdc'), sequence: getAccount(c, addr)?.sequence };
}

interface Expect {
  code: number;
  codespace: string;
  /** Omitted when CheckTx and the block word it differently (the block time is in it). */
  log?: string;
}

/**
 * Builds the tx on a fresh chain; checks CheckTx and FinalizeBlock both reject it exactly as `want`,
 * that CheckTx left the check state alone (sequence 0 still admitted), and that the block changed
 * nothing: same app hash as a twin chain given an empty block, balances and sequence untouched.
 */
async function rejects(t: ExecutionContext, build: (c: TestChain, a: TestAccount, b: TestAccount) => Promise<Uint8Array>, want: Expect, opts: { deliverHeight?: number } = {}) {
  const c = await makeTestChain(2);
  const twin = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  while (c.app.lastHeight + 1 < (opts.deliverHeight ?? 1)) {
    c.block([]);
    twin.block([]);
  }
  const tx = await build(c, a, b);
  const chk = c.app.checkTx(tx);
  t.like(chk.result, want, 'checkTx');
  t.true(chk.anteFailed);
  t.deepEqual(chk.result.events, []);
  const ok = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0 });
  t.is(c.app.checkTx(ok).result.code, 0, 'check state not advanced by the rejected tx');

  const out = c.block([tx]);
  const empty = twin.block([]);
  t.is(out.txResults.length, 1, 'the failed tx is recorded in the block');
  t.deepEqual(out.txs.map((x) => x.bytes), [tx]);
  t.like(out.txResults[0]!, want, 'finalizeBlock');
  t.deepEqual(out.txResults[0]!.events, []);
  t.is(out.txResults[0]!.gasUsed <= out.txResults[0]!.gasWanted || out.txResults[0]!.gasWanted === 0, true);
  t.deepEqual(Buffer.from(out.appHash).toString('hex'), Buffer.from(empty.appHash).toString('hex'), 'state unchanged');
  t.deepEqual(state(c.app, a.address), { umkt: START, uusdc: START, sequence: 0n });
  t.deepEqual(state(c.app, b.address), { umkt: START, uusdc: START, sequence: 0n });
  t.is(getAccount(q(c.app), FEE_COLLECTOR), undefined);
  t.deepEqual(c.app.checkInvariants(), []);
  return { c, tx, out };
}

const sigFail = (seq = 0) =>
  `signature verification failed; please verify account number (0), sequence (${seq}) and chain-id (${TEST_CHAIN_ID}): unauthorized`;

function withSignature(tx: Uint8Array, f: (sig: Uint8Array) => Uint8Array): Uint8Array {
  const raw = TxRaw.decode(tx);
  return TxRaw.encode({ ...raw, signatures: [f(raw.signatures[0]!)] }).finish();
}

test('[integration/ante]: bad signature → sdk/4', async (t) => {
  await rejects(t, async (_c, a, b) => {
    const tx = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0 });
    return withSignature(tx, (s) => {
      const x = Uint8Array.from(s);
      x[10]! ^= 1;
      return x;
    });
  }, { code: 4, codespace: 'sdk', log: sigFail() });
});

for (const n of [0, 63, 65, 256, 1024]) {
  test(`[integration/ante]: a ${n}-byte signature with an empty fee → sdk/4 before the fee and the account are looked at`, async (t) => {
    await rejects(t, async (_c, a, b) => {
      const tx = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [], gas: 0 });
      return withSignature(tx, () => new Uint8Array(n).fill(7));
    }, { code: 4, codespace: 'sdk', log: `signature 0 is ${n} bytes; a secp256k1 signature is 64: unauthorized` });
  });
}

test('[integration/ante]: signed for another account number → sdk/4', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 1, sequence: 0 }), { code: 4, codespace: 'sdk', log: sigFail() });
});

test('[integration/ante]: wrong chain id → sdk/4 with the chain id in the log', async (t) => {
  await rejects(
    t,
    (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, chainId: 'other-chain' }),
    { code: 4, codespace: 'sdk', log: sigFail() },
  );
});

test('[integration/ante]: high-S signature (s replaced by n−s) → sdk/4', async (t) => {
  await rejects(t, async (_c, a, b) => {
    const tx = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0 });
    // the original (low-S) signature is valid: prove it, then flip it
    return withSignature(tx, (sig) => {
      const s = BigInt('0x' + Buffer.from(sig.subarray(32)).toString('hex'));
      t.true(s <= N >> 1n);
      const hi = Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex');
      const out = new Uint8Array(64);
      out.set(sig.subarray(0, 32));
      out.set(hi, 32);
      // The flipped signature is mathematically valid (OpenSSL accepts it): only the low-S rule rejects it.
      const raw = TxRaw.decode(tx);
      const key = createPublicKey({ key: Buffer.concat([Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex'), a.pubkey]), format: 'der', type: 'spki' });
      const signBytes = makeSignBytes(raw.bodyBytes, raw.authInfoBytes, TEST_CHAIN_ID, 0n);
      t.true(opensslVerify('sha256', signBytes, { key, dsaEncoding: 'ieee-p1363' }, out));
      return out;
    });
  }, { code: 4, codespace: 'sdk', log: sigFail() });
});

test('[integration/ante]: wrong sequence → sdk/32 "account sequence mismatch"', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 3 }), {
    code: 32,
    codespace: 'sdk',
    log: 'account sequence mismatch, expected 0, got 3: incorrect account sequence',
  });
});

test('[integration/ante]: unknown signer account → sdk/9', async (t) => {
  const fresh = await testAccount('never-funded');
  await rejects(t, (_c, _a, b) => signTx(fresh, [sendMsg(fresh.address, b.address, '1')], { accountNumber: 0, sequence: 0 }), {
    code: 9,
    codespace: 'sdk',
    log: `account ${fresh.address} not found: unknown address`,
  });
});

test('[integration/ante]: insufficient funds for the fee → sdk/5', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [{ denom: 'umkt', amount: '1000000001' }] }), {
    code: 5,
    codespace: 'sdk',
    log: 'spendable balance 1000000000umkt is smaller than 1000000001umkt: insufficient funds',
  });
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [{ denom: 'uatom', amount: '1' }] }), {
    code: 5,
    codespace: 'sdk',
    log: 'spendable balance 0uatom is smaller than 1uatom: insufficient funds',
  });
});

test('[integration/ante]: tx too large → sdk/21 (checked before the memo limit)', async (t) => {
  const [a, b] = [await testAccount('0'), await testAccount('1')]; // the accounts makeTestChain funds
  const tx = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, memo: 'x'.repeat(256 * 1024) });
  t.true(tx.length > 262144);
  await rejects(t, async () => tx, { code: 21, codespace: 'sdk', log: `tx size ${tx.length} bytes exceeds the maximum 262144: tx too large` });
});

test('[integration/ante]: memo too large → sdk/12; the limit is 256 UTF-8 bytes, as the SDK measures it', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, memo: 'x'.repeat(257) }), {
    code: 12,
    codespace: 'sdk',
    log: 'maximum number of characters is 256 but received 257 characters: memo too large',
  });
  // 129 two-byte characters are 258 bytes (Go's len() in the SDK's ValidateMemoDecorator)
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, memo: 'é'.repeat(129) }), {
    code: 12,
    codespace: 'sdk',
    log: 'maximum number of characters is 256 but received 258 characters: memo too large',
  });
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  const ascii = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, memo: 'x'.repeat(256) });
  const utf = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 1, memo: 'é'.repeat(128) });
  t.deepEqual(c.block([ascii, utf]).txResults.map((r) => r.code), [0, 0]);
});

test('[integration/ante]: timeout height passed → sdk/30; the timeout height itself is still valid', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, timeoutHeight: 1n }), {
    code: 30,
    codespace: 'sdk',
    log: 'block height: 2, timeout height: 1: tx timeout height',
  }, { deliverHeight: 2 });
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  c.block([]);
  const ok = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, timeoutHeight: 2n });
  t.is(c.block([ok]).txResults[0]!.code, 0);
});

test('[integration/ante]: no messages → sdk/18', async (t) => {
  await rejects(t, (_c, a) => signTx(a, [], { accountNumber: 0, sequence: 0 }), { code: 18, codespace: 'sdk', log: 'must contain at least one message: invalid request' });
});

test('[integration/ante]: unknown message type → sdk/6', async (t) => {
  await rejects(
    t,
    (_c, a) =>
      signTx(a, [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: { delegatorAddress: a.address, validatorAddress: 'mktvaloper1x', amount: { denom: 'umkt', amount: '1' } } }], {
        accountNumber: 0,
        sequence: 0,
      }),
    { code: 6, codespace: 'sdk', log: 'unrecognized message type: /cosmos.staking.v1beta1.MsgDelegate: unknown request' },
  );
});

test('[integration/ante]: negative, malformed, zero, empty, unsorted and duplicate amounts → sdk/10', async (t) => {
  const cases: [{ denom: string; amount: string }[], string][] = [
    [[{ denom: 'umkt', amount: '-5' }], 'invalid amount of umkt: "-5" is not a non-negative integer'],
    [[{ denom: 'umkt', amount: '1.5' }], 'invalid amount of umkt: "1.5" is not a non-negative integer'],
    [[{ denom: 'umkt', amount: 'abc' }], 'invalid amount of umkt: "abc" is not a non-negative integer'],
    [[{ denom: 'umkt', amount: '007' }], 'invalid amount of umkt: "007" is not a non-negative integer'],
    [[{ denom: 'umkt', amount: '' }], 'invalid amount of umkt: "" is not a non-negative integer'],
    [[{ denom: 'umkt', amount: '0' }], 'amount of umkt must be positive'],
    [[], 'amount is empty'],
    [[{ denom: 'uusdc', amount: '1' }, { denom: 'umkt', amount: '1' }], 'amount coins are not sorted by denom or contain duplicates'],
    [[{ denom: 'umkt', amount: '1' }, { denom: 'umkt', amount: '1' }], 'amount coins are not sorted by denom or contain duplicates'],
    [[{ denom: '1x', amount: '1' }], 'invalid denom: "1x"'],
  ];
  for (const [amount, msg] of cases) {
    await rejects(
      t,
      (_c, a, b) => signTx(a, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: a.address, toAddress: b.address, amount } }], { accountNumber: 0, sequence: 0 }),
      { code: 10, codespace: 'sdk', log: `${msg}: invalid coins` },
    );
  }
});

test('[integration/ante]: a malformed fee amount → sdk/10', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [{ denom: 'umkt', amount: '-1' }] }), {
    code: 10,
    codespace: 'sdk',
    log: 'invalid fee of umkt: "-1" is not a non-negative integer: invalid coins',
  });
});

test('[integration/ante]: invalid address → sdk/7', async (t) => {
  const cosmosAddr = 'cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu';
  await rejects(t, (_c, a) => signTx(a, [sendMsg(a.address, cosmosAddr, '1')], { accountNumber: 0, sequence: 0 }), {
    code: 7,
    codespace: 'sdk',
    log: `invalid to address "${cosmosAddr}": invalid address`,
  });
  await rejects(t, (_c, a) => signTx(a, [sendMsg(a.address, 'mkt1notanaddress', '1')], { accountNumber: 0, sequence: 0 }), {
    code: 7,
    codespace: 'sdk',
    log: 'invalid to address "mkt1notanaddress": invalid address',
  });
});

test('[integration/ante]: gas limit 0 → sdk/41', async (t) => {
  await rejects(t, (_c, a, b) => signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, gas: 0 }), {
    code: 41,
    codespace: 'sdk',
    log: 'gas limit 0 must be between 1 and 100000000: invalid gas limit',
  });
});

test('[integration/ante]: fee below the minimum gas price → sdk/13 in CheckTx only', async (t) => {
  const [a, b] = [await testAccount('0'), await testAccount('1')];
  const mk = () => {
    const app = createMarketApp({ minGasPrices: [{ denom: 'umkt', priceE18: 25n * 10n ** 15n }] }); // 0.025umkt
    app.initChain(TEST_CHAIN_ID, GENESIS_TIME, {
      bank: { balances: [a, b].map((x) => ({ address: x.address, coins: [{ denom: 'umkt', amount: START.toString() }] })), supply: [] },
    });
    return app;
  };
  const app = mk();
  const low = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [{ denom: 'umkt', amount: '4999' }], gas: 200_000 });
  const chk = app.checkTx(low);
  t.like(chk.result, { code: 13, codespace: 'sdk', log: 'insufficient fees; got: 4999umkt required: 5000umkt: insufficient fee', gasUsed: 0 });
  t.true(chk.anteFailed);
  const wrongDenom = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [{ denom: 'uusdc', amount: '9999999' }] });
  t.like(app.checkTx(wrongDenom).result, { code: 13, codespace: 'sdk', log: 'insufficient fees; got: 9999999uusdc required: 5000umkt: insufficient fee' });
  const noFee = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [] });
  t.like(app.checkTx(noFee).result, { code: 13, codespace: 'sdk', log: 'insufficient fees; got: 0 required: 5000umkt: insufficient fee' });
  const enough = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 0, fee: [{ denom: 'umkt', amount: '5000' }], gas: 200_000 });
  t.is(app.checkTx(enough).result.code, 0, 'the rejected txs did not advance the check sequence');
  // The floor is validator-local: a block containing the low-fee tx executes it (SDK semantics).
  const other = mk();
  const out = other.finalizeBlock({ height: 1, time: blockTime(1), txs: [low] });
  other.commit();
  t.is(out.txResults[0]!.code, 0);
  t.deepEqual(state(other, a.address), { umkt: START - 4999n - 1n, uusdc: 0n, sequence: 1n });
});

test('[integration/ante]: out of gas in the message → sdk/11; fee charged and sequence bumped, transfer reverted, no transfer event', async (t) => {
  // Measure the ante's gas (CheckTx stops after the ante) and the whole tx's gas on fresh chains.
  const c0 = await makeTestChain(2);
  const [a, b] = c0.accounts as [TestAccount, TestAccount];
  const full = await signTx(a, [sendMsg(a.address, b.address, '777')], { accountNumber: 0, sequence: 0, gas: 200_000 });
  const anteGas = c0.app.checkTx(full).result.gasUsed;
  const total = c0.block([full]).txResults[0]!.gasUsed;
  t.true(anteGas > 0 && total > anteGas + 1000, `ante ${anteGas}, total ${total}`);
  const limit = anteGas + Math.floor((total - anteGas) / 2);
  const tx = await signTx(a, [sendMsg(a.address, b.address, '777')], { accountNumber: 0, sequence: 0, gas: limit });
  t.is(tx.length, full.length, 'same size, so the same ante gas');

  const c = await makeTestChain(2);
  const chk = c.app.checkTx(tx);
  t.is(chk.result.code, 0, 'the ante alone fits in the limit');
  const out = c.block([tx]);
  const r = out.txResults[0]!;
  t.is(r.code, 11);
  t.is(r.codespace, 'sdk');
  t.regex(r.log, new RegExp(`^failed to execute message; message index: 0: out of gas in location: \\w+; gasWanted: ${limit}, gasUsed: \\d+: out of gas$`));
  t.is(r.gasWanted, limit);
  t.is(r.gasUsed, limit);
  t.deepEqual(state(c.app, a.address), { umkt: START - 2000n, uusdc: START, sequence: 1n });
  t.deepEqual(state(c.app, b.address), { umkt: START, uusdc: START, sequence: 0n });
  t.is(getBalance(q(c.app), FEE_COLLECTOR, 'umkt'), 2000n);
  const transfers = r.events.filter((e) => e.type === 'transfer').map((e) => Object.fromEntries(e.attributes.map((x) => [x.key, x.value])));
  t.deepEqual(transfers, [{ recipient: FEE_COLLECTOR, sender: a.address, amount: '2000umkt' }]);
  t.false(r.events.some((e) => e.type === 'message'));
  t.false(r.events.some((e) => e.attributes.some((x) => x.value === b.address)));
  t.deepEqual(c.app.checkInvariants(), []);
});

test('[integration/ante]: a failing message (insufficient funds) keeps exactly the fee and the sequence', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  const tx = await signTx(a, [sendMsg(a.address, b.address, '1', 'uusdc'), sendMsg(a.address, b.address, '2000000000')], { accountNumber: 0, sequence: 0 });
  const r = c.block([tx]).txResults[0]!;
  t.like(r, { code: 5, codespace: 'sdk', log: 'failed to execute message; message index: 1: spendable balance 999998000umkt is smaller than 2000000000umkt: insufficient funds', gasWanted: 200_000 });
  t.deepEqual(state(c.app, a.address), { umkt: START - 2000n, uusdc: START, sequence: 1n }, 'message 0 is reverted too');
  t.deepEqual(state(c.app, b.address), { umkt: START, uusdc: START, sequence: 0n });
  t.deepEqual(r.data, new Uint8Array());
  t.false(r.events.some((e) => e.type === 'message'));
  // The next tx from the account must use sequence 1.
  const next = await signTx(a, [sendMsg(a.address, b.address, '5')], { accountNumber: 0, sequence: 1 });
  t.is(c.block([next]).txResults[0]!.code, 0);
  t.deepEqual(state(c.app, b.address), { umkt: START + 5n, uusdc: START, sequence: 0n });
});

test('[integration/ante]: several pending txs from one account pass CheckTx in sequence order; a gap or replay is rejected', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  const txs = [];
  for (let s = 0; s < 3; s++) txs.push(await signTx(a, [sendMsg(a.address, b.address, String(s + 1))], { accountNumber: 0, sequence: s }));
  for (const tx of txs) t.is(c.app.checkTx(tx).result.code, 0);
  const gap = await signTx(a, [sendMsg(a.address, b.address, '9')], { accountNumber: 0, sequence: 4 });
  const gapOut = c.app.checkTx(gap);
  t.like(gapOut.result, { code: 32, codespace: 'sdk', log: 'account sequence mismatch, expected 3, got 4: incorrect account sequence' });
  t.deepEqual(gapOut.sequenceMismatch, { expected: 3n, got: 4n }, 'the node reads both sequences as fields, not from the log');
  const behind = c.app.checkTx(txs[1]!);
  t.like(behind.result, { code: 32, codespace: 'sdk', log: 'account sequence mismatch, expected 3, got 1: incorrect account sequence' });
  t.deepEqual(behind.sequenceMismatch, { expected: 3n, got: 1n });
  t.is(c.app.checkTx(Uint8Array.of(1, 2, 3)).sequenceMismatch, undefined, 'other failures carry no sequences');
  t.deepEqual(state(c.app, a.address).sequence, 0n, 'CheckTx does not touch committed state');
  const out = c.block(txs);
  t.deepEqual(out.txResults.map((r) => r.code), [0, 0, 0]);
  t.deepEqual(state(c.app, a.address), { umkt: START - 6000n - 6n, uusdc: START, sequence: 3n });
  // after the commit the check state restarts from the committed sequence
  t.like(c.app.checkTx(txs[2]!).result, { code: 32, log: 'account sequence mismatch, expected 3, got 2: incorrect account sequence' });
  const s3 = await signTx(a, [sendMsg(a.address, b.address, '1')], { accountNumber: 0, sequence: 3 });
  t.is(c.app.checkTx(s3).result.code, 0);
  // a replayed tx in a block is rejected too
  const out2 = c.block([txs[0]!]);
  t.like(out2.txResults[0]!, { code: 32, log: 'account sequence mismatch, expected 3, got 0: incorrect account sequence' });
});

function unsignedTx(acc: TestAccount, msgs: ReturnType<typeof sendMsg>[], seq: number, fee: { denom: string; amount: string }[], gas: number): Uint8Array {
  const bodyBytes = makeRegistry().encodeTxBody({ messages: msgs, memo: '' });
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(acc.pubkey)), sequence: BigInt(seq) }], fee, gas, undefined, undefined);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array()] }).finish();
}

test('[integration/ante]: simulate returns the gas used without a signature and changes nothing', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  const fee = [{ denom: 'umkt', amount: '2000' }];
  const sim = unsignedTx(a, [sendMsg(a.address, b.address, '10')], 0, fee, 200_000);
  const qr = c.app.query('/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes: sim }).finish());
  t.like(qr, { code: 0, codespace: '', log: '' });
  const resp = SimulateResponse.decode(qr.value);
  const simGas = Number(resp.gasInfo!.gasUsed);
  t.true(resp.result!.events.some((e) => e.type === 'transfer' && e.attributes.some((x) => x.key === 'recipient' && x.value === b.address)));
  t.deepEqual(resp.result!.msgResponses.map((m) => m.typeUrl), ['/cosmos.bank.v1beta1.MsgSendResponse']);
  t.deepEqual(state(c.app, a.address), { umkt: START, uusdc: START, sequence: 0n }, 'simulate commits nothing');

  // The signed tx differs only by the 64 signature bytes (10 gas per tx byte).
  const signed = await signTx(a, [sendMsg(a.address, b.address, '10')], { accountNumber: 0, sequence: 0, fee, gas: 200_000 });
  t.is(signed.length, sim.length + 64);
  t.is(c.app.checkTx(signed).result.code, 0, 'simulate did not advance the check sequence');
  const real = c.block([signed]).txResults[0]!;
  t.is(real.code, 0);
  t.is(simGas, real.gasUsed - 640);

  // cosmjs-style: empty fee, zero gas limit
  const est = unsignedTx(a, [sendMsg(a.address, b.address, '10')], 1, [], 0);
  const out = c.app.simulate(est);
  t.is(out.result.code, 0);
  t.true(out.result.gasUsed > 0);
  // a simulate with a wrong sequence reports the ante error through the query
  const bad = unsignedTx(a, [sendMsg(a.address, b.address, '10')], 0, fee, 200_000);
  t.like(c.app.query('/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes: bad }).finish()), {
    code: 32,
    codespace: 'sdk',
    log: 'account sequence mismatch, expected 1, got 0: incorrect account sequence',
  });
});

// ---- unknown fields and the newer TxBody fields (timeout_timestamp, unordered) ----

function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** A length-delimited field. */
const ld = (num: number, payload: Uint8Array | number[] | string) => cat(varint(num * 8 + 2), varint(typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length), typeof payload === 'string' ? [...Buffer.from(payload)] : payload);
/** A varint field. */
const vi = (num: number, v: number | bigint) => cat(varint(num * 8), varint(v));

/** Where an extra (unknown) field goes: each nested message of the signed bytes. */
type Spot = 'body' | 'timestamp' | 'msgAny' | 'authInfo' | 'signerInfo' | 'pubkeyAny' | 'pubkey' | 'modeInfo' | 'single' | 'fee' | 'coin';

/**
 * A MsgSend of 1umkt from a to b, signed over hand-built bytes, with `extra` appended inside the message
 * named by `at` and an optional timeout timestamp (seconds, nanos) in TxBody field 5.
 */
async function signedWith(a: TestAccount, b: TestAccount, opts: { at?: Spot; extra?: Uint8Array; timeout?: [bigint, number]; bodyTail?: Uint8Array } = {}): Promise<Uint8Array> {
  const x = (spot: Spot) => (opts.at === spot ? opts.extra! : new Uint8Array());
  const registry = makeRegistry();
  const msgAny = registry.encodeAsAny(sendMsg(a.address, b.address, '1'));
  const ts = opts.timeout ? ld(5, cat(vi(1, opts.timeout[0]), opts.timeout[1] ? vi(2, opts.timeout[1]) : [], x('timestamp'))) : opts.at === 'timestamp' ? ld(5, x('timestamp')) : new Uint8Array();
  const bodyBytes = cat(ld(1, cat(ld(1, msgAny.typeUrl), ld(2, msgAny.value), x('msgAny'))), ts, x('body'), opts.bodyTail ?? []);
  const pubkeyAny = cat(ld(1, '/cosmos.crypto.secp256k1.PubKey'), ld(2, cat(ld(1, a.pubkey), x('pubkey'))), x('pubkeyAny'));
  const modeInfo = cat(ld(1, cat(vi(1, 1), x('single'))), x('modeInfo'));
  const signerInfo = cat(ld(1, pubkeyAny), ld(2, modeInfo), x('signerInfo'));
  const fee = cat(ld(1, cat(ld(1, 'umkt'), ld(2, '2000'), x('coin'))), vi(2, 200_000), x('fee'));
  const authInfoBytes = cat(ld(1, signerInfo), ld(2, fee), x('authInfo'));
  const { signature } = await a.wallet.signDirect(a.address, makeSignDoc(bodyBytes, authInfoBytes, TEST_CHAIN_ID, 0));
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
}

test('[integration/ante]: the hand-built tx of these tests is valid as it is', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  const tx = await signedWith(a, b);
  t.is(c.app.checkTx(tx).result.code, 0);
  t.is(c.block([tx]).txResults[0]!.code, 0);
});

const unknownField = (type: string, num: number, wire: string) => `errUnknownField "${type}": {TagNum: ${num}, WireType: "${wire}"}: tx parse error`;

for (const [at, type] of [
  ['body', '*tx.TxBody'],
  ['msgAny', '*types.Any'],
  ['timestamp', '*timestamppb.Timestamp'],
  ['authInfo', '*tx.AuthInfo'],
  ['signerInfo', '*tx.SignerInfo'],
  ['pubkeyAny', '*types.Any'],
  ['pubkey', '*secp256k1.PubKey'],
  ['modeInfo', '*tx.ModeInfo'],
  ['single', '*tx.ModeInfo_Single'],
  ['fee', '*tx.Fee'],
  ['coin', '*types.Coin'],
] as [Spot, string][]) {
  test(`[integration/ante]: an unknown critical field in ${type} (${at}) → sdk/2`, async (t) => {
    await rejects(t, (_c, a, b) => signedWith(a, b, { at, extra: vi(99, 7) }), { code: 2, codespace: 'sdk', log: unknownField(type, 99, 'varint') });
  });
}

for (const at of ['authInfo', 'signerInfo', 'fee', 'coin', 'pubkey', 'modeInfo'] as Spot[]) {
  test(`[integration/ante]: an unknown non-critical field (1025) inside AuthInfo (${at}) → sdk/2: AuthInfo allows none`, async (t) => {
    const { out } = await rejects(t, (_c, a, b) => signedWith(a, b, { at, extra: ld(1025, 'x') }), { code: 2, codespace: 'sdk' });
    t.regex(out.txResults[0]!.log, /^errUnknownField "\*[a-zA-Z0-9_.]+": \{TagNum: 1025, WireType: "bytes"\}: tx parse error$/);
  });
}

test('[integration/ante]: unknown non-critical fields (bit 11 set: 1025, 3073) in TxBody and its nested messages are accepted, as the SDK does; 2048 is critical', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  const body = await signedWith(a, b, { at: 'body', extra: ld(1025, 'note') });
  const nested = await signedWith(a, b, { at: 'msgAny', extra: vi(3073, 1) });
  t.deepEqual([c.app.checkTx(body).result.code], [0]);
  t.deepEqual(c.block([body]).txResults.map((r) => [r.code, r.codespace]), [[0, '']]);
  const nestedLater = await signedWith(a, b, { at: 'msgAny', extra: vi(3073, 1) });
  t.deepEqual(nestedLater, nested);
  const d = await makeTestChain(2);
  t.deepEqual(d.block([nested]).txResults.map((r) => r.code), [0]);
  await rejects(t, (_c, a2, b2) => signedWith(a2, b2, { at: 'body', extra: vi(2048, 1) }), { code: 2, codespace: 'sdk', log: unknownField('*tx.TxBody', 2048, 'varint') });
});

test('[integration/ante]: a known field with the wrong wire type and a truncated unknown field → sdk/2', async (t) => {
  await rejects(t, (_c, a, b) => signedWith(a, b, { at: 'fee', extra: ld(2, [1, 2]) }), { code: 2, codespace: 'sdk', log: 'Mismatched "*tx.Fee": {TagNum: 2, GotWireType: "bytes" != WantWireType: "varint"}: tx parse error' });
  await rejects(t, (_c, a, b) => signedWith(a, b, { at: 'body', extra: cat(varint(1025 * 8 + 2), varint(100), [1]) }), { code: 2, codespace: 'sdk' });
});

test('[integration/ante]: a tx signed to expire in 2020 (timeout_timestamp) → sdk/42 "tx timeout" against the block time', async (t) => {
  const { out } = await rejects(t, (_c, a, b) => signedWith(a, b, { timeout: [1_577_836_800n, 0] }), { code: 42, codespace: 'sdk' });
  t.is(out.txResults[0]!.log, 'block time: 2026-01-01T00:00:01.000000000Z, timeout timestamp: 2020-01-01T00:00:00.000000000Z: tx timeout');
});

test('[integration/ante]: timeout_timestamp is compared with the block time to the nanosecond; the epoch means none', async (t) => {
  const c = await makeTestChain(2);
  const [a, b] = c.accounts as [TestAccount, TestAccount];
  // 2026-01-01T00:00:00.5Z: after the genesis time CheckTx sees, before block 1 (00:00:01).
  const half = await signedWith(a, b, { timeout: [1_767_225_600n, 500_000_000] });
  t.is(c.app.checkTx(half).result.code, 0, 'CheckTx: not yet expired at the last block time');
  const r = c.block([half]).txResults[0]!;
  t.deepEqual([r.code, r.codespace, r.log], [42, 'sdk', 'block time: 2026-01-01T00:00:01.000000000Z, timeout timestamp: 2026-01-01T00:00:00.500000000Z: tx timeout']);
  // exactly the block time is still valid (only "before" expires), as is the epoch (unset)
  const exact = await signedWith(a, b, { timeout: [1_767_225_602n, 0] });
  const d = await makeTestChain(2);
  d.block([]);
  t.deepEqual(d.block([exact]).txResults.map((x) => x.code), [0]);
  const epoch = await signedWith(a, b, { timeout: [0n, 0] });
  const e = await makeTestChain(2);
  t.deepEqual(e.block([epoch]).txResults.map((x) => x.code), [0]);
});

test('[integration/ante]: unordered (TxBody field 4) and a tip → sdk/37 not supported', async (t) => {
  await rejects(t, (_c, a, b) => signedWith(a, b, { bodyTail: vi(4, 1) }), { code: 37, codespace: 'sdk', log: 'unordered transactions are not supported: feature not supported' });
  await rejects(t, (_c, a, b) => signedWith(a, b, { at: 'authInfo', extra: ld(3, cat(ld(1, cat(ld(1, 'umkt'), ld(2, '1'))))) }), { code: 37, codespace: 'sdk', log: 'tips are not supported: feature not supported' });
});

test('[integration/ante]: non-critical extension options (TxBody field 2047) with a type this chain does not know → sdk/2', async (t) => {
  await rejects(t, (_c, a, b) => signedWith(a, b, { bodyTail: ld(2047, cat(ld(1, '/x.y.Ext'), ld(2, []))) }), { code: 2, codespace: 'sdk', log: 'unable to resolve type URL /x.y.Ext: tx parse error' });
});
