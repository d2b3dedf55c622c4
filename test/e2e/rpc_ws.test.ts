// The WebSocket JSON-RPC at /websocket against a real node: unmodified cosmjs Comet38Client
// subscriptions, CometBFT 0.38's event shapes field by field, errors for bad frames and queries, the
// origin check and the ping keepalive.
import test, { registerCompletionHandler } from 'ava';
import { connect } from 'node:net';
import { createHash } from 'node:crypto';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { StargateClient } from '@cosmjs/stargate';
import { Comet38Client } from '@cosmjs/tendermint-rpc';
import { toHex } from '@cosmjs/encoding';
import { TestNode } from '../helpers/node_process.js';
import { sendMsg, signTx, testAccount, type TestAccount } from '../helpers/accounts.js';
import { WsClient } from '../helpers/ws_client.js';

// cosmjs's ReconnectingSocket schedules a reconnect even after disconnect(), and retries forever once
// the node is gone: the worker would never exit on its own.
registerCompletionHandler(() => process.exit());

const PING = '1s';
let node: TestNode;
let dev: TestAccount;
let sequence = 0;
let accountNumber: bigint | number = 0;

test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
  await node.restartWithRpc({ ws_ping_interval: PING }, ['--block-time', '200ms']);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [acc] = await wallet.getAccounts();
  dev = { address: acc!.address, pubkey: acc!.pubkey, wallet: wallet as unknown as TestAccount['wallet'] };
  const q = await StargateClient.connect(node.url);
  const a = (await q.getAccount(dev.address))!;
  q.disconnect();
  sequence = a.sequence;
  accountNumber = a.accountNumber;
});
test.after.always(async () => {
  await node?.destroy();
});

/** A signed bank send from the dev account (sequences taken in test order: the tests below run serially). */
async function devSend(to: string, amount: string): Promise<{ tx: Uint8Array; hash: string }> {
  const tx = await signTx(dev, [sendMsg(dev.address, to, amount)], { chainId: 'marketchain-local', accountNumber, sequence: sequence++ });
  return { tx, hash: createHash('sha256').update(tx).digest('hex').toUpperCase() };
}

test.serial('[e2e/rpc-ws]: cosmjs Comet38Client over ws:// gets subscribeNewBlock for 5 consecutive heights and subscribeTx for a tx another client sent', async (t) => {
  const client = await Comet38Client.connect(node.url.replace(/^http/, 'ws'));
  try {
    t.is((await client.status()).nodeInfo.network, 'marketchain-local');
    const blocks = await new Promise<{ height: number; chainId: string }[]>((resolve, reject) => {
      const got: { height: number; chainId: string }[] = [];
      const sub = client.subscribeNewBlock().subscribe({
        next: (b) => {
          got.push({ height: b.header.height, chainId: b.header.chainId });
          if (got.length === 5) {
            sub.unsubscribe();
            resolve(got);
          }
        },
        error: reject,
      });
    });
    t.true(blocks.every((b, i) => b.chainId === 'marketchain-local' && (i === 0 || b.height === blocks[i - 1]!.height + 1)), JSON.stringify(blocks));
    // Keplr's tracer: subscribed to the hash before the tx is sent; and one on an event attribute.
    const to = (await testAccount('ws-cosmjs-recipient')).address;
    const { tx, hash } = await devSend(to, '7');
    const byHash = new Promise<any>((resolve, reject) => {
      const sub = client.subscribeTx(`tx.hash='${hash}'`).subscribe({ next: (e) => (sub.unsubscribe(), resolve(e)), error: reject });
    });
    const byRecipient = new Promise<any>((resolve, reject) => {
      const sub = client.subscribeTx(`transfer.recipient='${to}'`).subscribe({ next: (e) => (sub.unsubscribe(), resolve(e)), error: reject });
    });
    await new Promise((r) => setTimeout(r, 300)); // the subscriptions are in place before the tx is sent
    // Another client (HTTP) sends it.
    const sent = await node.rpc('broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') });
    t.is(sent.code, 0);
    const [e1, e2] = await Promise.all([byHash, byRecipient]);
    const committed = await node.waitTx(hash);
    for (const e of [e1, e2]) {
      t.is(toHex(e.hash).toUpperCase(), hash);
      t.is(e.height, Number(committed.height));
      t.is(e.result.code, 0);
      t.deepEqual(Buffer.from(e.tx), Buffer.from(tx));
    }
  } finally {
    client.disconnect();
  }
});

test.serial('[e2e/rpc-ws]: NewBlock, NewBlockHeader, NewBlockEvents and Tx events in CometBFT 0.38 shapes, answered with the subscribe id', async (t) => {
  const c = await WsClient.open(node.url);
  try {
    const to = (await testAccount('ws-shapes-recipient')).address;
    const queries = { 11: "tm.event='NewBlock'", 12: "tm.event='NewBlockHeader'", 13: "tm.event='NewBlockEvents'", 14: `tm.event='Tx' AND transfer.recipient='${to}'` };
    for (const [id, query] of Object.entries(queries)) t.deepEqual(await c.request('subscribe', { query }, Number(id)), { jsonrpc: '2.0', id: Number(id), result: {} });
    const { tx, hash } = await devSend(to, '9');
    t.is((await node.rpc('broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') })).code, 0);
    const txFrame = await c.next((f) => f.id === 14 && f.result?.query);
    const committed = await node.waitTx(hash);
    const h = committed.height as string;
    t.deepEqual(Object.keys(txFrame.result).sort(), ['data', 'events', 'query']);
    t.is(txFrame.result.query, queries[14]);
    t.is(txFrame.result.data.type, 'tendermint/event/Tx');
    t.deepEqual(txFrame.result.data.value, { TxResult: { height: h, index: committed.index, tx: Buffer.from(tx).toString('base64'), result: committed.tx_result } });
    const ev = txFrame.result.events;
    t.deepEqual([ev['tm.event'], ev['tx.hash'], ev['tx.height']], [['Tx'], [hash], [h]]);
    t.true(ev['transfer.recipient'].includes(to));
    t.true(ev['message.sender'].includes(dev.address));

    // The block events of the tx's height.
    const block = await node.rpc('block', { height: h });
    const results = await node.rpc('block_results', { height: h });
    const nb = await c.next((f) => f.id === 11 && f.result?.data?.value?.block?.header?.height === h);
    t.is(nb.result.query, queries[11]);
    t.is(nb.result.data.type, 'tendermint/event/NewBlock');
    t.deepEqual(Object.keys(nb.result.data.value).sort(), ['block', 'block_id', 'result_finalize_block']);
    t.deepEqual(nb.result.data.value.block, block.block);
    t.deepEqual(nb.result.data.value.block_id, block.block_id);
    t.deepEqual(nb.result.data.value.result_finalize_block, {
      events: results.finalize_block_events ?? [],
      tx_results: results.txs_results ?? [],
      validator_updates: results.validator_updates ?? [],
      consensus_param_updates: results.consensus_param_updates ?? null,
      app_hash: results.app_hash,
    });
    t.deepEqual(nb.result.events['tm.event'], ['NewBlock']);
    const nh = await c.next((f) => f.id === 12 && f.result?.data?.value?.header?.height === h);
    t.deepEqual(nh.result, { query: queries[12], data: { type: 'tendermint/event/NewBlockHeader', value: { header: block.block.header } }, events: { 'tm.event': ['NewBlockHeader'] } });
    const ne = await c.next((f) => f.id === 13 && f.result?.data?.value?.height === h);
    t.deepEqual(ne.result.data, { type: 'tendermint/event/NewBlockEvents', value: { height: h, events: results.finalize_block_events?.length ? results.finalize_block_events : null, num_txs: String(block.block.data.txs.length) } });
    t.deepEqual(ne.result.events['tm.event'], ['NewBlockEvents']);
    // Only the tx matching the attribute query came on subscription 14.
    t.true(c.frames.filter((f) => f.id === 14 && f.result?.query).every((f) => f.result.events['transfer.recipient'].includes(to)));
  } finally {
    await c.close();
  }
});

test.serial('[e2e/rpc-ws]: every HTTP method over the socket (named, positional, batch); bad frames and queries get JSON-RPC errors; the connection and the node live on', async (t) => {
  const c = await WsClient.open(node.url);
  try {
    t.is((await c.request('status', [])).result.node_info.network, 'marketchain-local');
    t.is((await c.request('block', ['1'])).result.block.header.height, '1');
    t.is((await c.request('blockchain', { minHeight: '1', maxHeight: '2' })).result.block_metas.length, 2);
    c.send([
      { jsonrpc: '2.0', id: 'a', method: 'health' },
      { jsonrpc: '2.0', id: 'b', method: 'nope' },
    ]);
    const batch = await c.next((f) => Array.isArray(f));
    t.deepEqual(batch.map((r: any) => [r.id, r.error?.code ?? 0]), [['a', 0], ['b', -32601]]);

    const err = async (msg: unknown, id: number | string) => {
      c.send(msg);
      return (await c.next((f) => f.id === id && f.error)).error;
    };
    t.deepEqual(await err('not json', -1), { code: -32700, message: 'Parse error. Invalid JSON', data: `Unexpected token 'o', "not json" is not valid JSON` });
    const parseErrors = () => c.frames.filter((f) => f.error?.code === -32700).length;
    c.send(Buffer.from([0xff, 0x00, 0x01])); // a binary frame of garbage
    await c.next(() => parseErrors() === 2);
    t.is((await err({ jsonrpc: '2.0', id: 2 }, 2)).code, -32600);
    t.is((await err({ jsonrpc: '2.0', id: 3, method: 'no_such' }, 3)).code, -32601);
    t.deepEqual(await err({ jsonrpc: '2.0', id: 4, method: 'subscribe', params: { query: "tm.event = ((" } }, 4), {
      code: -32603,
      message: 'Internal error',
      data: `failed to parse query: invalid query condition "tm.event = ((": expected key='value', key=N, key>N, key CONTAINS 'x' or key EXISTS`,
    });
    t.deepEqual(await err({ jsonrpc: '2.0', id: 5, method: 'subscribe', params: {} }, 5), { code: -32602, message: 'Invalid params', data: 'missing parameter query' });
    t.is((await err({ jsonrpc: '2.0', id: 6, method: 'subscribe', params: { query: `a.b='${'x'.repeat(600)}'` } }, 6)).data, 'maximum query length exceeded');
    t.is((await err({ jsonrpc: '2.0', id: 7, method: 'subscribe', params: ['a', 'b'] }, 7)).data, 'error converting json params to arguments: expected 1 parameters ([query]), got 2');
    // Five subscriptions per connection (CometBFT's max_subscriptions_per_client), the same query once.
    for (let i = 0; i < 5; i++) t.deepEqual((await c.request('subscribe', [`tm.event='Tx' AND transfer.amount='${i}umkt'`], 100 + i)).result, {});
    t.deepEqual(await err({ jsonrpc: '2.0', id: 8, method: 'subscribe', params: { query: "tm.event='Tx' AND transfer.amount='0umkt'" } }, 8), { code: -32603, message: 'Internal error', data: 'max_subscriptions_per_client 5 reached' });
    t.deepEqual((await c.request('unsubscribe', { query: "tm.event='Tx' AND transfer.amount='0umkt'" }, 9)).result, {});
    t.is((await err({ jsonrpc: '2.0', id: 10, method: 'subscribe', params: { query: "tm.event='Tx' AND transfer.amount='1umkt'" } }, 10)).data, 'already subscribed');
    t.is((await err({ jsonrpc: '2.0', id: 11, method: 'unsubscribe', params: { query: "tm.event='Nope'" } }, 11)).data, 'subscription not found');
    t.deepEqual((await c.request('unsubscribe_all', undefined, 12)).result, {});
    t.is((await err({ jsonrpc: '2.0', id: 13, method: 'unsubscribe_all' }, 13)).data, 'subscription not found');
    t.is(c.closed, undefined);
    // subscribe is a WebSocket method: over HTTP it is not found (as CometBFT).
    const overHttp = await (await fetch(node.url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'subscribe', params: { query: "tm.event='NewBlock'" } }) })).json();
    t.is((overHttp as any).error.code, -32601);
  } finally {
    await c.close();
  }
  // A message over rpc.max_body_bytes closes its connection (1009, message too big); others are unaffected.
  const big = await WsClient.open(node.url);
  big.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status', params: { pad: 'x'.repeat(1_100_000) } }));
  for (let i = 0; i < 100 && !big.closed; i++) await new Promise((r) => setTimeout(r, 50));
  t.is(big.closed?.code, 1009);
  t.true((await node.height()) >= 1);
});

test.serial('[e2e/rpc-ws]: the upgrade only at /websocket and for allowed origins; a plain GET /websocket is 400', async (t) => {
  t.is((await fetch(node.url + '/websocket')).status, 400);
  await t.throwsAsync(WsClient.open(node.url.replace(/\/?$/, '') + '/other'), { message: 'HTTP 404' });
  await t.throwsAsync(WsClient.open(node.url, { Origin: 'https://evil.example' }), { message: 'HTTP 403' });
  // An upgrade whose request target is no URL is refused; the node lives on.
  const raw = connect(Number(new URL(node.url).port), '127.0.0.1');
  let answer = '';
  raw.on('data', (d) => (answer += d.toString('latin1')));
  raw.on('error', () => undefined);
  await new Promise((r) => raw.once('connect', r));
  raw.write(`GET //[::1 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${Buffer.alloc(16, 1).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  await new Promise((r) => raw.once('close', r));
  t.true(answer.startsWith('HTTP/1.1 404'), answer.slice(0, 30));
  const local = await WsClient.open(node.url, { Origin: 'http://localhost:3000' });
  t.is((await local.request('health')).result !== undefined, true);
  await local.close();
});

/** A WebSocket opened by hand on a plain TCP socket: what it received (latin1) and whether it closed. */
async function rawSocket() {
  const raw = connect(Number(new URL(node.url).port), '127.0.0.1');
  const state = { raw, received: '', ended: false };
  raw.on('error', () => undefined);
  raw.on('data', (d) => (state.received += d.toString('latin1')));
  raw.on('close', () => (state.ended = true));
  await new Promise((r) => raw.once('connect', r));
  raw.write(`GET /websocket HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${Buffer.alloc(16, 7).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  while (!state.received.includes('\r\n\r\n') && !state.ended) await new Promise((r) => setTimeout(r, 10));
  return state;
}

/** A client-to-server frame (masked with a zero mask, so the payload is sent as it is). */
const frame = (first: number, payload: Buffer) => Buffer.concat([Buffer.from([first, 0x80 | payload.length, 0, 0, 0, 0]), payload]);

test.serial('[e2e/rpc-ws]: malformed frames (reserved bits, invalid UTF-8, an unmasked frame) close only their own connection', async (t) => {
  const other = await WsClient.open(node.url);
  for (const bytes of [frame(0xf1, Buffer.from('{}')), frame(0x81, Buffer.from([0xff, 0xfe, 0xfd])), Buffer.from([0x81, 0x02, 0x7b, 0x7d])]) {
    const s = await rawSocket();
    t.true(s.received.startsWith('HTTP/1.1 101'));
    s.raw.write(bytes);
    for (let i = 0; i < 100 && !s.ended; i++) await new Promise((r) => setTimeout(r, 20));
    t.true(s.ended, `closed after ${bytes.toString('hex')}`);
    s.raw.destroy();
  }
  t.deepEqual((await other.request('health')).result, {});
  t.true((await node.height()) >= 1);
  await other.close();
});

test.serial('[e2e/rpc-ws]: a connection that answers no ping is closed; one that does stays', async (t) => {
  const s = await rawSocket();
  const polite = await WsClient.open(node.url); // the ws library answers pings
  const t0 = Date.now();
  while (!s.ended && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
  t.true(s.received.startsWith('HTTP/1.1 101'), s.received.slice(0, 40));
  t.true(s.ended, 'the silent connection was closed');
  t.true(Date.now() - t0 < 4_000, `closed after ${Date.now() - t0} ms with pings every ${PING}`);
  t.regex(node.log, /closed WebSocket connection from 127\.0\.0\.1:\d+: no pong within rpc\.ws_ping_interval \(1000 ms\)/);
  t.is(polite.closed, undefined);
  t.deepEqual((await polite.request('health')).result, {});
  await polite.close();
});

test.serial('[e2e/rpc-ws]: a NewBlock over 64 KiB (its body sent once, shared by the subscribers, in fragments) arrives whole to each subscriber', async (t) => {
  const subscribers = await Promise.all([WsClient.open(node.url), WsClient.open(node.url)]);
  try {
    for (const c of subscribers) t.deepEqual((await c.request('subscribe', { query: "tm.event='NewBlock'" }, 'big')).result, {});
    const recipients = await Promise.all(Array.from({ length: 20 }, (_, i) => testAccount(`ws-big-${i}`)));
    const txs: string[] = [];
    for (let i = 0; i < 60; i++) {
      const tx = await signTx(dev, recipients.map((r) => sendMsg(dev.address, r.address, '1')), { chainId: 'marketchain-local', accountNumber, sequence: sequence++, gas: 2_000_000 });
      txs.push(Buffer.from(tx).toString('base64'));
    }
    const answers = (await (await fetch(node.url, { method: 'POST', body: JSON.stringify(txs.map((tx, id) => ({ jsonrpc: '2.0', id, method: 'broadcast_tx_sync', params: { tx } }))) })).json()) as any[];
    t.true(answers.every((a) => a.result?.code === 0), JSON.stringify(answers.find((a) => a.result?.code !== 0)));
    const last = createHash('sha256').update(Buffer.from(txs[59]!, 'base64')).digest('hex').toUpperCase();
    const h = (await node.waitTx(last)).height as string;
    const block = await node.rpc('block', { height: h });
    const frames = await Promise.all(subscribers.map((c) => c.next((f) => f.id === 'big' && f.result?.data?.value?.block?.header?.height === h)));
    t.true(JSON.stringify(frames[0]).length > 64 * 1024, `a NewBlock of ${JSON.stringify(frames[0]).length} bytes`);
    for (const f of frames) {
      t.deepEqual(f.result.data.value.block, block.block);
      t.is(f.result.data.value.result_finalize_block.tx_results.length, block.block.data.txs.length);
    }
    t.deepEqual(frames[0], frames[1]);
  } finally {
    await Promise.all(subscribers.map((c) => c.close()));
  }
});
