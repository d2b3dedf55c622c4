// RPC under load: 200 concurrent loopback clients mixing queries (status, abci_query balances, block,
// tx_search) and broadcasts of real signed txs against a real node producing blocks; a probe asserts
// `status` answers within 1 s throughout, and the node's RSS (VmRSS) stays under 500 MB. Then the caps:
// request body size, open connections (max_open_connections), page sizes, with clear errors.
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { StargateClient } from '@cosmjs/stargate';
import { QueryBalanceRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { TestNode, sleep } from '../helpers/node_process.js';
import { sendMsg, signTx, type TestAccount } from '../helpers/accounts.js';
import { SLOW } from '../helpers/fuzz.js';

const CLIENTS = 200;
const PER_CLIENT = SLOW ? 60 : 15;
const RSS_LIMIT_MB = 500;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

async function post(url: string, method: string, params: Record<string, unknown> = {}) {
  const r = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return { status: r.status, json: (await r.json()) as any };
}

test.serial(`[e2e/rpc-load]: ${CLIENTS} concurrent clients × ${PER_CLIENT} mixed requests while blocks are produced: status < 1 s, RSS < ${RSS_LIMIT_MB} MB; caps answer clearly`, async (t) => {
  const node = await TestNode.start({ blockTime: '200ms' });
  try {
    const pid = node.proc!.pid!;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
    const [devAcc] = await wallet.getAccounts();
    const dev: TestAccount = { address: devAcc!.address, pubkey: devAcc!.pubkey, wallet: wallet as unknown as TestAccount['wallet'] };
    const c = await StargateClient.connect(node.url);
    const acc = (await c.getAccount(dev.address))!;
    c.disconnect();
    // One signed send per client, with consecutive sequences (broadcast in whatever order they arrive:
    // those ahead of the account's sequence are rejected with a code, which is fine for load).
    const txs: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const tx = await signTx(dev, [sendMsg(dev.address, 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr', '1')], { chainId: 'marketchain-local', accountNumber: acc.accountNumber, sequence: acc.sequence + i, gas: 100_000 });
      txs.push(Buffer.from(tx).toString('base64'));
    }
    const balData = Buffer.from(QueryBalanceRequest.encode({ address: dev.address, denom: 'umkt' }).finish()).toString('hex');
    const startHeight = await node.height();

    // The status probe runs in its own process, so the 200 clients of this process do not delay it.
    const probeScript = `
      let max = 0; let stop = false;
      process.stdin.on('data', () => { stop = true; });
      (async () => {
        while (!stop) {
          const t0 = Date.now();
          await fetch(${JSON.stringify(node.url)}, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status' }) }).then((r) => r.json());
          max = Math.max(max, Date.now() - t0);
          await new Promise((r) => setTimeout(r, 100));
        }
        process.stdout.write(String(max));
        process.exit(0);
      })();`;
    const probeProc = spawn(process.execPath, ['-e', probeScript], { stdio: ['pipe', 'pipe', 'inherit'] });
    let probeOut = '';
    probeProc.stdout!.on('data', (d) => (probeOut += d));
    const probeDone = new Promise<void>((r) => probeProc.once('exit', () => r()));
    let running = true;
    let maxRss = rssMb(pid);
    const rssProbe = (async () => {
      while (running) {
        maxRss = Math.max(maxRss, rssMb(pid));
        await sleep(100);
      }
    })();
    const counts = { ok: 0, rpcError: 0, failed: 0 };
    const client = async (k: number) => {
      for (let i = 0; i < PER_CLIENT; i++) {
        const kind = (k + i) % 5;
        try {
          const r =
            kind === 0 ? await post(node.url, 'status')
            : kind === 1 ? await post(node.url, 'abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: balData })
            : kind === 2 ? await post(node.url, 'block', {})
            : kind === 3 ? await post(node.url, 'tx_search', { query: `message.sender='${dev.address}'`, per_page: '20' })
            : await post(node.url, 'broadcast_tx_sync', { tx: txs[k]! });
          if (r.status === 200 && (r.json.result !== undefined)) counts.ok++;
          else counts.rpcError++;
        } catch {
          counts.failed++;
        }
      }
    };
    const t0 = Date.now();
    await Promise.race([Promise.all(Array.from({ length: CLIENTS }, (_, k) => client(k))), sleep(60_000).then(() => Promise.reject(new Error('load did not finish within 60 s')))]);
    const loadMs = Date.now() - t0;
    running = false;
    await rssProbe;
    probeProc.stdin!.end('stop');
    await probeDone;
    const maxStatusMs = Number(probeOut);
    const endHeight = await node.height();
    t.log(`${CLIENTS * PER_CLIENT} requests in ${loadMs} ms: ${JSON.stringify(counts)}; status max ${maxStatusMs} ms; peak RSS ${maxRss.toFixed(0)} MB; blocks ${startHeight} → ${endHeight}`);
    t.is(counts.failed, 0, 'every request got an HTTP answer');
    t.is(counts.rpcError, 0, 'every request got a result');
    t.true(maxStatusMs < 1000, `status took ${maxStatusMs} ms under load`);
    t.true(maxRss < RSS_LIMIT_MB, `RSS ${maxRss} MB`);
    t.true(endHeight > startHeight, 'blocks kept being produced');

    // Caps. Body size: 413 with a JSON-RPC error naming the limit.
    const big = await fetch(node.url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status', params: { pad: 'x'.repeat(1_100_000) } }) });
    t.is(big.status, 413);
    t.regex(((await big.json()) as any).error.data, /request body larger than 1000000 bytes/);
    // Page sizes: per_page above 100 is capped at 100; a page past the end is a clear invalid-params error.
    const page = await post(node.url, 'tx_search', { query: `message.sender='${dev.address}'`, per_page: '1000' });
    t.true(page.json.result.txs.length <= 100);
    t.true(Number(page.json.result.total_count) > 100 ? page.json.result.txs.length === 100 : true);
    const past = await post(node.url, 'tx_search', { query: `message.sender='${dev.address}'`, page: '100000' });
    t.is(past.json.error.code, -32602);
    t.regex(past.json.error.data, /page should be within/);
    const neg = await post(node.url, 'tx_search', { query: `message.sender='${dev.address}'`, per_page: '-5' });
    t.is(neg.json.error.code, -32602);
    const lim = await post(node.url, 'unconfirmed_txs', { limit: '100000' });
    t.true(Number(lim.json.result.n_txs) <= 100);

    // Connection count: restart with max_open_connections = 20, hold 60 idle sockets; the excess are
    // closed by the server, and status still answers once they are released.
    t.log('caps checked; restarting with max_open_connections = 20');
    await node.stop('SIGTERM');
    const cfgPath = join(node.home, 'config', 'config.json');
    const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
    cfg.rpc.max_open_connections = 20;
    // A home written before the localhost-only default still says "*": it works, and the node says why that is risky.
    cfg.rpc.cors_allowed_origins = ['*'];
    writeFileSync(cfgPath, JSON.stringify(cfg, null, 2));
    await node.spawn(['--block-time', '200ms']);
    t.log(`restarted after ${Date.now() - t0 - loadMs} ms`);
    t.regex(node.log, /warning: rpc\.cors_allowed_origins allows every origin \("\*"\): any web page you visit can read and drive this node/);
    const anyOrigin = await fetch(`${node.url}/status`, { headers: { Origin: 'https://evil.example' } });
    t.is(anyOrigin.headers.get('access-control-allow-origin'), '*');
    const sockets: Socket[] = [];
    let closedByServer = 0;
    for (let i = 0; i < 60; i++) {
      const s = connect(node.port, '127.0.0.1');
      s.on('close', () => closedByServer++);
      s.on('error', () => {});
      sockets.push(s);
    }
    await sleep(500);
    t.true(closedByServer >= 40 - 5, `server closed ${closedByServer} of 60 connections over the cap of 20`);
    for (const s of sockets) s.destroy();
    await sleep(200);
    t.true((await node.height()) >= 1, 'status answers after the connection flood');
  } finally {
    await node.destroy();
  }
});
