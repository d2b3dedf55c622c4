// Hostile tx bytes against the real node: txs from an existing account that carry its key and a
// signature of every length from 0 to 1,024 bytes (an empty fee, as an attacker sends), keys of the
// wrong length, and random bytes, through broadcast_tx_sync, _async, _commit and broadcast_bundle. Each
// is refused with its exact code; the node stays up, keeps producing blocks and still commits a valid tx.
import test from 'ava';
import { createHash } from 'node:crypto';
import { DirectSecp256k1HdWallet, encodePubkey, makeAuthInfoBytes } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { StargateClient } from '@cosmjs/stargate';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { makeRegistry, sendMsg, signTx } from '../helpers/accounts.js';
import { TestNode } from '../helpers/node_process.js';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

/** `n` deterministic pseudo-random bytes for `seed`. */
function bytes(seed: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let at = 0, i = 0; at < n; at += 32, i++) out.set(createHash('sha256').update(`${seed}/${i}`).digest().subarray(0, Math.min(32, n - at)), at);
  return out;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

type Answer = { code: number; codespace: string; log: string };

/** One JSON-RPC batch of `method` calls (at most 100); the results in order. Fails the test if the node died. */
async function batch(method: string, params: Record<string, unknown>[]): Promise<any[]> {
  const body = JSON.stringify(params.map((p, id) => ({ jsonrpc: '2.0', id, method, params: p })));
  let r: Response;
  try {
    r = await fetch(node.url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  } catch (e) {
    throw new Error(`${method}: the node did not answer (exit code ${node.proc?.exitCode}): ${(e as Error).message}\n${node.log.slice(-2000)}`);
  }
  const answers = (await r.json()) as any[];
  return answers.map((a) => {
    if (a.error) throw new Error(`${method}: JSON-RPC error ${a.error.code} ${a.error.data}`);
    return a.result;
  });
}

/** Every tx through the four broadcast methods, in batches of 100: each method's answers, in tx order. */
async function broadcastAll(txs: Uint8Array[]): Promise<Record<'sync' | 'async' | 'commit' | 'bundle', Answer[]>> {
  const out = { sync: [] as Answer[], async: [] as Answer[], commit: [] as Answer[], bundle: [] as Answer[] };
  for (let from = 0; from < txs.length; from += 100) {
    const part = txs.slice(from, from + 100);
    out.sync.push(...(await batch('broadcast_tx_sync', part.map((t) => ({ tx: b64(t) })))));
    out.async.push(...(await batch('broadcast_tx_async', part.map((t) => ({ tx: b64(t) })))));
    out.commit.push(...(await batch('broadcast_tx_commit', part.map((t) => ({ tx: b64(t) })))).map((r) => r.check_tx));
    out.bundle.push(...(await batch('broadcast_bundle', part.map((t) => ({ txs: [b64(t)] })))));
  }
  return out;
}

const pick = (a: Answer) => ({ code: a.code, codespace: a.codespace });

test.serial('[e2e/hostile-tx]: signatures of 0–1,024 bytes, wrong-length keys and random bytes are refused with exact codes by every broadcast method; the node lives on and commits a valid tx', async (t) => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [dev] = await wallet.getAccounts();
  const query = await StargateClient.connect(node.url);
  const acc = (await query.getAccount(dev!.address))!;
  query.disconnect();
  const to = 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr';
  const bodyBytes = makeRegistry().encodeTxBody({ messages: [sendMsg(dev!.address, to, '1')], memo: '' });
  const pubkey = encodePubkey(encodeSecp256k1Pubkey(dev!.pubkey));
  // The attack: the account's real key and sequence, an empty fee, any signature bytes.
  const noFee = makeAuthInfoBytes([{ pubkey, sequence: BigInt(acc.sequence) }], [], 0, undefined, undefined);
  const bySigLength = Array.from({ length: 1025 }, (_, n) => TxRaw.encode({ bodyBytes, authInfoBytes: noFee, signatures: [bytes(`sig${n}`, n)] }).finish());
  const answers = await broadcastAll(bySigLength);
  const want = (n: number) =>
    n === 64
      ? { code: 41, codespace: 'sdk' } // the right length reaches the fee check: no gas limit
      : { code: 4, codespace: 'sdk' };
  for (const m of ['sync', 'async', 'commit', 'bundle'] as const) {
    t.deepEqual(answers[m].map(pick), bySigLength.map((_, n) => want(n)), `${m}: every signature length refused`);
  }
  t.is(answers.sync[256]!.log, 'signature 0 is 256 bytes; a secp256k1 signature is 64: unauthorized');
  t.regex(answers.bundle[1024]!.log, /^bundle tx #0 \([0-9A-F]{64}\) failed: signature 0 is 1024 bytes; a secp256k1 signature is 64: unauthorized$/);
  t.is(node.proc!.exitCode, null, 'the node is running');

  // Keys that are not 33 bytes, with a real fee and a 64-byte signature: refused as an invalid pubkey.
  const fee = [{ denom: 'umkt', amount: '5000' }];
  const badKeys = [0, 1, 32, 34, 65, 255, 256, 300, 1024].map((n) => {
    const key = Any.fromPartial({ typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: bytes(`key${n}`, n) }).finish() });
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: key, sequence: BigInt(acc.sequence) }], fee, 200_000, undefined, undefined);
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [bytes(`ksig${n}`, 64)] }).finish();
  });
  const keyAnswers = await broadcastAll(badKeys);
  for (const m of ['sync', 'commit', 'bundle'] as const) t.deepEqual(keyAnswers[m].map(pick), badKeys.map(() => ({ code: 8, codespace: 'sdk' })), `${m}: wrong-length keys`);
  t.deepEqual(keyAnswers.async.map(pick), badKeys.map(() => ({ code: 0, codespace: '' })), 'async: the key is checked against the account in CheckTx, after the answer');

  // Random bytes: each method refuses each one with the code CheckTx gives it.
  const random = Array.from({ length: 200 }, (_, i) => bytes(`random${i}`, 1 + ((i * 37) % 2048)));
  const rnd = await broadcastAll(random);
  for (const [i, a] of rnd.sync.entries()) {
    t.true(a.code !== 0 && a.codespace === 'sdk', `random #${i}: ${a.codespace}/${a.code}`);
  }
  for (const m of ['async', 'commit', 'bundle'] as const) t.deepEqual(rnd[m].map(pick), rnd.sync.map(pick), `${m}: random bytes`);

  // Still alive: blocks go on and a valid tx commits.
  const h = await node.height();
  await node.waitHeight(h + 2);
  const signer = { address: dev!.address, pubkey: dev!.pubkey, wallet: wallet as any };
  const good = await signTx(signer, [sendMsg(dev!.address, to, '7')], { chainId: 'marketchain-local', accountNumber: acc.accountNumber, sequence: acc.sequence });
  const c = await node.rpc('broadcast_tx_commit', { tx: b64(good) });
  t.deepEqual([c.check_tx.code, c.tx_result.code], [0, 0]);
  t.true(Number(c.height) > h);
  t.is(node.proc!.exitCode, null);
  t.false(/RangeError|uncaught|FATAL/i.test(node.log), 'no uncaught error in the node log');
});
