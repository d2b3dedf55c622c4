// WebSocket bounds against a real node: 500 subscribers (rpc.max_subscription_clients) all receive
// every block's event while `status` stays fast and RSS bounded, the 501st is refused; a client that
// sends requests and never reads its answers is disconnected at rpc.ws_max_buffered_bytes.
import test from 'ava';
import { TestNode } from '../helpers/node_process.js';
import { watchNode as watchProbes } from '../helpers/probes.js';
import { WsClient } from '../helpers/ws_client.js';

const SUBSCRIBERS = 500;
const MAX_BUFFERED = 1024 * 1024;

let node: TestNode;

test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
  await node.restartWithRpc({ max_subscription_clients: SUBSCRIBERS, ws_max_buffered_bytes: MAX_BUFFERED }, ['--block-time', '200ms']);
});
test.after.always(async () => {
  await node?.destroy();
});

const watchNode = () => watchProbes(node.proc!.pid!, node.url);

test.serial(`[e2e/rpc-ws-limits]: ${SUBSCRIBERS} subscribers each get every NewBlock while status answers under 1 s and RSS stays bounded; subscriber ${SUBSCRIBERS + 1} is refused`, async (t) => {
  const { base, rss, probe } = await watchNode();
  const clients: WsClient[] = [];
  try {
    for (let i = 0; i < SUBSCRIBERS; i += 50) {
      const batch = await Promise.all(Array.from({ length: 50 }, () => WsClient.open(node.url)));
      clients.push(...batch);
      const acks = await Promise.all(batch.map((c) => c.request('subscribe', { query: "tm.event='NewBlock'" }, 1)));
      for (const a of acks) if (a.error) throw new Error(JSON.stringify(a.error));
    }
    const extra = await WsClient.open(node.url);
    clients.push(extra);
    t.deepEqual((await extra.request('subscribe', { query: "tm.event='NewBlock'" }, 1)).error, { code: -32603, message: 'Internal error', data: `max_subscription_clients ${SUBSCRIBERS} reached` });
    // A connection without subscriptions still calls methods.
    t.is((await extra.request('status')).result.node_info.network, 'marketchain-local');
    const from = (await node.height()) + 1;
    await node.waitHeight(from + 10);
    const to = from + 8;
    const heightsOf = (c: WsClient) => new Set(c.frames.filter((f) => f.result?.data?.type === 'tendermint/event/NewBlock').map((f) => Number(f.result.data.value.block.header.height)));
    // Every subscriber got every height of the window (events of a height come in one dispatch).
    await new Promise((r) => setTimeout(r, 500));
    const missing = clients.slice(0, SUBSCRIBERS).filter((c) => {
      const hs = heightsOf(c);
      for (let h = from; h <= to; h++) if (!hs.has(h)) return true;
      return false;
    });
    t.is(missing.length, 0, `${missing.length} subscribers missed a height in [${from}, ${to}]`);
    const { latencies, failed } = await probe.stop();
    const peak = await rss.stop();
    t.log(`${SUBSCRIBERS} subscribers; RSS ${base.toFixed(0)} → peak ${peak.toFixed(0)} MB; status answered ${latencies.length}× (max ${Math.max(...latencies)} ms)`);
    t.is(failed, 0);
    t.true(latencies.length >= 10, 'status answered while the events went out');
    t.true(Math.max(...latencies) < 1000, `status took up to ${Math.max(...latencies)} ms`);
    t.true(peak < base + 150, `peak RSS ${peak} MB (base ${base} MB)`);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  // The subscriber slots are free again once the connections are gone.
  await new Promise((r) => setTimeout(r, 300));
  const again = await WsClient.open(node.url);
  t.deepEqual((await again.request('subscribe', { query: "tm.event='NewBlock'" }, 1)).result, {});
  await again.close();
});

test.serial('[e2e/rpc-ws-limits]: a client that sends requests and never reads is disconnected at rpc.ws_max_buffered_bytes; memory stays bounded and the node serves others', async (t) => {
  const { base, rss, probe } = await watchNode();
  const c = await WsClient.open(node.url);
  const socket = (c.ws as unknown as { _socket: import('node:net').Socket })._socket;
  socket.pause(); // never reads again: the node's answers pile up on its side
  const req = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'blockchain', params: { minHeight: '1', maxHeight: '20' } });
  for (let i = 0; i < 3000 && !socket.destroyed; i++) c.send(req);
  const t0 = Date.now();
  while (!/closed WebSocket connection from 127\.0\.0\.1:\d+: \d+ unsent bytes pass rpc\.ws_max_buffered_bytes \(1048576\): the client does not read/.test(node.log)) {
    if (Date.now() - t0 > 60_000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const { latencies, failed } = await probe.stop();
  const peak = await rss.stop();
  t.log(`non-reader dropped after ${Date.now() - t0} ms; RSS ${base.toFixed(0)} → peak ${peak.toFixed(0)} MB; status max ${Math.max(...latencies)} ms`);
  t.regex(node.log, /closed WebSocket connection from 127\.0\.0\.1:\d+: \d+ unsent bytes pass rpc\.ws_max_buffered_bytes \(1048576\): the client does not read/);
  t.is(failed, 0);
  t.true(Math.max(...latencies) < 1000, `status took up to ${Math.max(...latencies)} ms`);
  t.true(peak < base + 100, `peak RSS ${peak} MB (base ${base} MB)`);
  socket.destroy();
  const other = await WsClient.open(node.url);
  t.is((await other.request('status')).result.node_info.network, 'marketchain-local');
  await other.close();
});

test.serial('[e2e/rpc-ws-limits]: while all connections together hold more unsent bytes than rpc.max_buffered_bytes, the one holding most is closed', async (t) => {
  const TOTAL = 2 * 1024 * 1024;
  await node.restartWithRpc({ ws_max_buffered_bytes: 64 * 1024 * 1024, max_buffered_bytes: TOTAL }, ['--block-time', '200ms']);
  const logFrom = node.log.length;
  const clients = await Promise.all([WsClient.open(node.url), WsClient.open(node.url)]);
  const req = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'blockchain', params: { minHeight: '1', maxHeight: '20' } });
  for (const c of clients) {
    (c.ws as unknown as { _socket: import('node:net').Socket })._socket.pause();
    for (let i = 0; i < 3000; i++) c.send(req);
  }
  const shed = new RegExp(`closed WebSocket connection from 127\\.0\\.0\\.1:\\d+: all WebSocket connections hold \\d+ unsent bytes, more than rpc\\.max_buffered_bytes \\(${TOTAL}\\); this one holds \\d+`);
  const t0 = Date.now();
  while (!shed.test(node.log.slice(logFrom)) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 100));
  t.regex(node.log.slice(logFrom), shed);
  t.notRegex(node.log.slice(logFrom), /rpc\.ws_max_buffered_bytes/, 'no connection reached its own cap');
  for (const c of clients) (c.ws as unknown as { _socket: import('node:net').Socket })._socket.destroy();
  const other = await WsClient.open(node.url);
  t.is((await other.request('status')).result.node_info.network, 'marketchain-local');
  await other.close();
});
