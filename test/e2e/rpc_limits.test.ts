// RPC abuse bounds against a real node holding 600 txs of 40 bank sends each (24,000 transfers in a
// handful of blocks): tx_search pages before loading and refuses queries broader than its budget; the
// node's RSS stays bounded and `status` answers while the abuse runs.
import test from 'ava';
import { connect, type Socket } from 'node:net';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { StargateClient } from '@cosmjs/stargate';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { TestNode } from '../helpers/node_process.js';
import { sendMsg, signTx, testAccount, type TestAccount } from '../helpers/accounts.js';
import { rssPeak, statusProbe, watchNode as watchProbes } from '../helpers/probes.js';

const TXS = 600;
const SENDS = 40;
/** tx_search's budget for this node (rpc.tx_search_max_scan), scaled down with the data. */
const MAX_SCAN = 20_000;
/** rpc.write_timeout for this node (the default is 10s, as CometBFT's): shorter, so the test waits less. */
const WRITE_TIMEOUT = '3s';
const MIB = 1024 * 1024;

let node: TestNode;
let dev: TestAccount;
/** Our txs' hashes in commit order, and each one's height. */
const hashes: string[] = [];
const heights: number[] = [];

async function post(body: unknown): Promise<any> {
  const init = { method: 'POST', body: JSON.stringify(body) };
  // After seconds of signing, the pooled keep-alive socket may be one the node closed (keepAliveTimeout)
  // before this loop saw it: a turn of the event loop first, and one retry on a fresh socket.
  await new Promise((r) => setImmediate(r));
  const r = await fetch(node.url, init).catch((e) => {
    if ((e as any)?.cause?.code !== 'UND_ERR_SOCKET') throw e;
    return fetch(node.url, init);
  });
  return r.json();
}

const rpcReq = (method: string, params: Record<string, unknown>, id = 1) => ({ jsonrpc: '2.0', id, method, params });

export async function simulateGas(n: TestNode, tx: Uint8Array): Promise<{ code: number; log: string; gasUsed: number }> {
  const data = Buffer.from(SimulateRequest.encode({ txBytes: tx }).finish()).toString('hex');
  const r = (await n.rpc('abci_query', { path: '/cosmos.tx.v1beta1.Service/Simulate', data })).response;
  if (r.code !== 0) return { code: r.code, log: r.log, gasUsed: 0 };
  return { code: 0, log: '', gasUsed: Number(SimulateResponse.decode(Buffer.from(r.value, 'base64')).gasInfo!.gasUsed) };
}

test.before(async () => {
  node = await TestNode.start({ blockTime: '500ms' });
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const [acc] = await wallet.getAccounts();
  dev = { address: acc!.address, pubkey: acc!.pubkey, wallet: wallet as unknown as TestAccount['wallet'] };
  const query = await StargateClient.connect(node.url);
  const account = (await query.getAccount(dev.address))!;
  query.disconnect();
  const recipients = await Promise.all(Array.from({ length: SENDS }, (_, i) => testAccount(`rpc-limits-${i}`)));
  const msgs = recipients.map((r) => sendMsg(dev.address, r.address, '1'));
  const opts = (sequence: number, gas: number) => ({ chainId: 'marketchain-local', accountNumber: account.accountNumber, sequence: account.sequence + sequence, gas, fee: [{ denom: 'umkt', amount: '1' }] });
  // A gas limit just above what the tx uses, so that many fit a block (blocks are filled by gas limit).
  const probe = await simulateGas(node, await signTx(dev, msgs, opts(0, 1)));
  const gas = Math.ceil(probe.gasUsed * 1.3);
  const txs: string[] = [];
  for (let i = 0; i < TXS; i++) {
    const tx = await signTx(dev, msgs, opts(i, gas));
    txs.push(Buffer.from(tx).toString('base64'));
  }
  for (let i = 0; i < TXS; i += 50) {
    const answers = (await post(txs.slice(i, i + 50).map((tx, k) => rpcReq('broadcast_tx_sync', { tx }, k)))) as any[];
    const bad = answers.filter((a) => a.result?.code !== 0);
    if (bad.length > 0) throw new Error(`broadcast refused: ${JSON.stringify(bad[0])}`);
    for (const a of answers) hashes.push(a.result.hash);
  }
  const deadline = Date.now() + 120_000;
  while (!(await post(rpcReq('tx', { hash: hashes[TXS - 1] }))).result) {
    if (Date.now() > deadline) throw new Error('the txs were not committed in time');
    await new Promise((r) => setTimeout(r, 200));
  }
  // The budget is read at start: restart with the scaled-down one.
  await node.restartWithRpc({ tx_search_max_scan: MAX_SCAN, write_timeout: WRITE_TIMEOUT }, ['--block-time', '500ms']);
  for (let page = 1; page <= TXS / 100; page++) {
    const r = await node.rpc('tx_search', { query: `message.sender='${dev.address}'`, per_page: '100', page: String(page) });
    for (const tx of r.txs) heights.push(Number(tx.height));
  }
});

test.after.always(async () => {
  await node?.destroy();
});

test.serial('[e2e/rpc-limits]: tx_search pages are exact (page 2 of per_page 5, desc, tx.height ranges, EXISTS) with total_count counted from the indexes', async (t) => {
  const bySender = await node.rpc('tx_search', { query: `message.sender='${dev.address}' AND tx.height>0`, per_page: '5', page: '2' });
  t.is(bySender.total_count, String(TXS));
  t.deepEqual(bySender.txs.map((x: any) => x.hash), hashes.slice(5, 10));
  t.deepEqual(Object.keys(bySender.txs[0]), ['hash', 'height', 'index', 'tx_result', 'tx']);
  t.is(bySender.txs[0].tx_result.events.filter((e: any) => e.type === 'transfer').length, SENDS + 1); // and the fee
  const desc = await node.rpc('tx_search', { query: `message.sender='${dev.address}'`, per_page: '5', order_by: 'desc' });
  t.deepEqual(desc.txs.map((x: any) => x.hash), hashes.slice(-5).reverse());
  // No equality condition at all.
  const mid = heights[TXS / 2]!;
  const fromMid = await node.rpc('tx_search', { query: `tx.height>=${mid}`, per_page: '3' });
  const expected = heights.map((h, i) => [h, i] as const).filter(([h]) => h >= mid);
  t.is(fromMid.total_count, String(expected.length));
  t.deepEqual(fromMid.txs.map((x: any) => x.hash), expected.slice(0, 3).map(([, i]) => hashes[i]));
  const exists = await node.rpc('tx_search', { query: 'message.sender EXISTS', per_page: '2', page: String(TXS / 2) });
  t.is(exists.total_count, String(TXS));
  t.deepEqual(exists.txs.map((x: any) => x.hash), hashes.slice(TXS - 2));
  const range = await node.rpc('tx_search', { query: `tx.height>${heights[0]} AND tx.height<=${heights[TXS - 1]} AND transfer.amount='1umkt'`, per_page: '100' });
  t.is(range.total_count, String(heights.filter((h) => h > heights[0]!).length));
  const byHash = await node.rpc('tx_search', { query: `tx.hash='${hashes[7]}' AND tx.height=${heights[7]}` });
  t.deepEqual([byHash.total_count, byHash.txs[0].hash, byHash.txs[0].index], ['1', hashes[7], heights.slice(0, 7).filter((h) => h === heights[7]).length]);
  const past = await post(rpcReq('tx_search', { query: 'message.sender EXISTS', per_page: '100', page: '7' }));
  t.deepEqual([past.error.code, past.error.data], [-32602, 'page should be within [1, 6] range, given 7']);
});

test.serial('[e2e/rpc-limits]: a query broader than rpc.tx_search_max_scan, alone or in a batch sharing the budget, is refused with "query too broad"', async (t) => {
  // 40 recipients × 600 txs: 24,000 locations to examine, over the budget of 20,000.
  const broad = await post(rpcReq('tx_search', { query: 'transfer.recipient EXISTS' }));
  t.is(broad.error.code, -32602);
  t.is(broad.error.message, 'Invalid params');
  t.is(broad.error.data, `query too broad: it needs more than ${MAX_SCAN} index entries and tx locations (rpc.tx_search_max_scan, shared by a batch); add an equality condition or narrow tx.height`);
  // Each of these costs ~610 units: a batch of 40 shares 20,000, so the first ones are answered exactly and the rest refused.
  const batch = (await post(Array.from({ length: 40 }, (_, i) => rpcReq('tx_search', { query: "message.module='bank' AND tx.height>0", per_page: '1' }, i)))) as any[];
  const answered = batch.filter((r) => r.result);
  t.true(answered.length >= 25 && answered.length < 40, `${answered.length} answered`);
  t.deepEqual(batch.slice(0, answered.length).map((r) => r.result?.total_count), answered.map(() => String(TXS)));
  t.true(batch.slice(answered.length).every((r) => r.error?.code === -32602 && /^query too broad/.test(r.error.data)));
  // The budget is per HTTP request: the next one is answered.
  t.is((await node.rpc('tx_search', { query: "message.module='bank'", per_page: '1' })).total_count, String(TXS));
});

test.serial('[e2e/rpc-limits]: a batch of 20 broad tx_searches keeps RSS bounded and status answering', async (t) => {
  const { base, rss, probe } = await watchNode();
  const queries = ["message.module='bank' AND tx.height>0", 'tx.height>=1', 'message.sender EXISTS', 'transfer.recipient EXISTS', 'coin_received.amount EXISTS'];
  const t0 = Date.now();
  const rounds = await Promise.all(
    Array.from({ length: 5 }, () => post(Array.from({ length: 20 }, (_, i) => rpcReq('tx_search', { query: queries[i % queries.length], per_page: '30' }, i)))),
  );
  const ms = Date.now() - t0;
  const { latencies, failed } = await probe.stop();
  const peak = await rss.stop();
  t.log(`5 batches of 20 broad tx_searches in ${ms} ms; RSS ${base.toFixed(0)} → peak ${peak.toFixed(0)} MB; status answered ${latencies.length}× (max ${Math.max(...latencies)} ms)`);
  for (const batch of rounds as any[][]) {
    for (const r of batch) t.true(r.result ? r.result.total_count === String(TXS) && r.result.txs.length === 30 : /^query too broad/.test(r.error.data), JSON.stringify(r).slice(0, 200));
  }
  t.true(peak < base + 150 && peak < 450, `peak RSS ${peak} MB (base ${base} MB)`);
  t.is(failed, 0);
  t.true(latencies.length >= 3, 'status answered while the batches ran');
  t.true(Math.max(...latencies) < 1000, `status took up to ${Math.max(...latencies)} ms`);
});

/** A batch of `n` block_results calls over the heights holding our txs (each answer a few MB of events). */
function blockResultsBatch(n: number): string {
  const big = [...new Set(heights)];
  return JSON.stringify(Array.from({ length: n }, (_, i) => rpcReq('block_results', { height: String(big[i % big.length]) }, i)));
}

function httpPost(body: string): string {
  return `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** A connection that writes `payload` and reads nothing until resumed; `closed()` once the node has closed it. */
function neverReading(payload: string): { socket: Socket; closed: () => boolean } {
  const socket = connect(node.port, '127.0.0.1');
  socket.pause();
  let closed = false;
  socket.on('close', () => (closed = true));
  socket.on('error', () => {});
  socket.write(payload);
  return { socket, closed: () => closed };
}

/** The node's RSS now, its peak from now on, and a `status` probe that has answered once. */
function watchNode() {
  return watchProbes(node.proc!.pid!, node.url);
}

async function waitFor(what: () => boolean, ms: number): Promise<number> {
  const t0 = Date.now();
  while (!what()) {
    if (Date.now() - t0 > ms) return -1;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - t0;
}

test.serial('[e2e/rpc-limits]: one answer (a batch\'s answers together) is capped at rpc.max_response_bytes; the rest of the batch gets "response too large"', async (t) => {
  const one = await fetch(node.url, { method: 'POST', body: blockResultsBatch(1) });
  const oneBytes = Number(one.headers.get('content-length'));
  await one.arrayBuffer();
  t.true(oneBytes > MIB, `a block_results of ${oneBytes} bytes`);
  const r = (await post(JSON.parse(blockResultsBatch(100)))) as any[];
  const answered = r.filter((x) => x.result).length;
  t.true(answered >= 1 && answered < 100, `${answered} answered`);
  t.true(r.slice(0, answered).every((x) => x.result));
  t.deepEqual(r[answered].error, { code: -32603, message: 'Internal error', data: `response too large: more than ${32 * MIB} bytes (rpc.max_response_bytes, shared by a batch); ask for less at a time` });
  t.true(r.slice(answered).every((x) => x.error?.code === -32603));
});

test.serial('[e2e/rpc-limits]: a client that pipelines large block_results batches and never reads is closed; one that never reads one answer is closed after write_timeout; RSS stays bounded and status answers', async (t) => {
  const { pid, base, rss, probe } = await watchNode();
  const logFrom = node.log.length;
  const closedLines = () => node.log.slice(logFrom).split('\n').filter((l) => l.includes('closed RPC connection'));
  // 20 pipelined requests of ~32 MB answers each, written at once; the client never reads.
  const req = httpPost(blockResultsBatch(100));
  const flood = neverReading(req.repeat(20));
  const capMs = await waitFor(() => closedLines().some((l) => l.includes('rpc.max_buffered_bytes_per_connection')), 15_000);
  t.true(capMs >= 0, `the flooding connection was not closed: ${closedLines().join(' | ')}`);
  // One request, its answer never read: closed after the write timeout.
  const t0 = Date.now();
  const slow = neverReading(req);
  const timeoutMs = await waitFor(() => closedLines().some((l) => l.includes('rpc.write_timeout')), 15_000);
  t.true(timeoutMs >= 2500 && timeoutMs < 12_000, `closed for the write timeout after ${timeoutMs} ms (${Date.now() - t0} ms)`);
  // What the kernel still held is delivered, then the connections end.
  flood.socket.resume();
  slow.socket.resume();
  t.true((await waitFor(() => flood.closed() && slow.closed(), 15_000)) >= 0, 'the closed connections end for the client');
  const { latencies, failed } = await probe.stop();
  const peak = await rss.stop();
  t.log(`flood closed after ${capMs} ms, slow reader after ${timeoutMs} ms; RSS ${base.toFixed(0)} → peak ${peak.toFixed(0)} MB; status ${latencies.length}× (max ${Math.max(...latencies)} ms)`);
  t.true(peak < base + 250, `peak RSS ${peak} MB (base ${base} MB)`);
  t.is(failed, 0);
  t.true(latencies.length >= 10);
  t.true(Math.max(...latencies) < 1500, `status took up to ${Math.max(...latencies)} ms`);
  // What the closed connections held is reusable: a second flood does not add to the peak. (RSS itself
  // need not fall at once: the allocator keeps freed pages until it trims.)
  const rss2 = rssPeak(pid);
  const closedBefore = closedLines().length;
  const again = neverReading(req.repeat(20));
  t.true((await waitFor(() => closedLines().length > closedBefore, 15_000)) >= 0, `the second flood is closed too: ${closedLines().slice(closedBefore).join(' | ')}`);
  again.socket.resume();
  t.true((await waitFor(again.closed, 15_000)) >= 0);
  const peak2 = await rss2.stop();
  t.log(`second flood: peak ${peak2.toFixed(0)} MB`);
  t.true(peak2 < base + 250, `the memory the first flood held is reused: peak ${peak2} MB after it (base ${base} MB)`);
});

test.serial('[e2e/rpc-limits]: Simulate is capped at rpc.simulate_gas_limit (sdk/11 with a clear log); 32 concurrent expensive simulations neither stretch block intervals beyond one block time nor hold up status', async (t) => {
  const query = await StargateClient.connect(node.url);
  const account = (await query.getAccount(dev.address))!;
  query.disconnect();
  const to = (await testAccount('rpc-limits-sim')).address;
  // Sends of three denoms: the most gas per tx byte of the bank messages.
  const send3 = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev.address, toAddress: to, amount: ['uatom', 'umkt', 'uusdc'].map((denom) => ({ denom, amount: '1' })) } };
  const sendsTx = (n: number) => signTx(dev, Array.from({ length: n }, () => send3), { chainId: 'marketchain-local', accountNumber: account.accountNumber, sequence: account.sequence, gas: 1 });
  // Gas per send, measured: then a tx just over the 25,000,000 cap, and one just under it.
  const small = await simulateGas(node, await sendsTx(100));
  t.is(small.code, 0);
  const perSend = small.gasUsed / 100;
  const over = await simulateGas(node, await sendsTx(Math.ceil(25_000_000 / perSend) + 20));
  t.is(over.code, 11);
  t.regex(over.log, /out of gas in location: .*; gasWanted: 25000000, gasUsed: \d+: out of gas \(simulations may use at most 25000000 gas\)$/);
  const expensive = await sendsTx(Math.floor((25_000_000 * 0.9) / perSend));
  const t1 = Date.now();
  const alone = await simulateGas(node, expensive);
  const oneMs = Date.now() - t1;
  t.is(alone.code, 0);
  t.true(alone.gasUsed > 20_000_000 && alone.gasUsed <= 25_000_000, `gas ${alone.gasUsed}`);

  const blockMs = 500;
  // The machine's own block-time jitter, measured just before (CI shares two cores between test files):
  // the simulations may add at most one block time to it.
  const hb = await node.height();
  await node.waitHeight(hb + 6);
  const h0 = await node.height();
  const gapsOf = async (from: number, to: number): Promise<number[]> => {
    const metas = (await node.rpc('blockchain', { minHeight: String(from), maxHeight: String(Math.min(to, from + 19)) })).block_metas.reverse();
    const times = metas.map((m: any) => Date.parse(m.header.time));
    return times.slice(1).map((x: number, i: number) => x - times[i]!);
  };
  const jitter = Math.max(0, ...(await gapsOf(hb, h0)).map((g) => g - blockMs));
  const probe = statusProbe(node.url, 20);
  await probe.ready;
  const t0 = Date.now();
  const sims = await Promise.all(Array.from({ length: 32 }, () => simulateGas(node, expensive)));
  const simsMs = Date.now() - t0;
  const { latencies, failed } = await probe.stop();
  const h1 = await node.height();
  t.deepEqual(sims.map((s) => [s.code, s.gasUsed]), sims.map(() => [0, alone.gasUsed]));
  const gaps = await gapsOf(h0, h1);
  t.log(`one simulation ${oneMs} ms; 32 concurrent in ${simsMs} ms; blocks ${h0} → ${h1}, gaps ${gaps.join(' ')} ms (jitter before: ${jitter} ms); status ${latencies.length}× (max ${Math.max(...latencies)} ms)`);
  t.true(h1 - h0 >= Math.floor(simsMs / blockMs / 2), `only ${h1 - h0} blocks in ${simsMs} ms`);
  t.true(Math.max(...gaps) <= 2 * blockMs + jitter, `a block interval of ${Math.max(...gaps)} ms (block time ${blockMs} ms, jitter before ${jitter} ms)`);
  t.is(failed, 0);
  // Ratios of the block time (the machine is shared): status waits for at most the simulation in progress.
  t.true(Math.max(...latencies) <= 2 * blockMs, `status took up to ${Math.max(...latencies)} ms (block time ${blockMs} ms)`);
  t.true(latencies.length >= simsMs / blockMs, `status answered ${latencies.length}× in ${simsMs} ms`);
});
