#!/usr/bin/env node
// `node dist/bench/app_path.js --home <home kept by npm run bench -- --keep>`: the app's share of a bank
// send, measured in one process without the RPC, the mempool, the database or other threads. It reads the
// kept run's genesis and pre-signed txs, runs the warm-up txs, then times the main load: per block of
// `--block-txs`, each tx prepared, its signature jobs (recorded as verified, as the worker pool's are), CheckTx, then the
// block's DeliverTx and finish. Prints CPU and wall time per tx and the GC pause total (the GC's helper
// threads make CPU exceed wall). Steadier than the full bench on a shared machine: used for A/B
// comparisons of the app path, run alternately with two builds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { Command } from 'commander';
import type { GenesisFile } from '../node/home.js';
import { createMarketApp } from '../node/app_factory.js';
import { readTxFile } from './load.js';

const opts = new Command('app_path')
  .description("CPU per bank send of the app alone (CheckTx + block execution, one process), from a home kept by `npm run bench -- --keep`")
  .requiredOption('--home <dir>', 'the kept bench home (config/genesis.json, txs-warmup.bin, txs-main.bin)')
  .option('--block-txs <n>', 'txs per block', '3600')
  .option('-o, --output <format>', 'text or json', 'text')
  .parse(process.argv)
  .opts();

const perBlock = Number(opts.blockTxs);
if (!Number.isInteger(perBlock) || perBlock < 1) throw new Error(`--block-txs must be a positive whole number, got ${opts.blockTxs}`);
const genesisPath = join(opts.home, 'config', 'genesis.json');
if (!existsSync(genesisPath) || !existsSync(join(opts.home, 'txs-main.bin'))) {
  console.error(`error: ${opts.home} is not a home kept by \`npm run bench -- --keep\` (it needs config/genesis.json and txs-main.bin)`);
  process.exit(1);
}
const g = JSON.parse(readFileSync(genesisPath, 'utf8')) as GenesisFile;
const app = createMarketApp();
app.initChain(g.chain_id, g.genesis_time, g.app_state as Record<string, unknown>);
const warmFile = join(opts.home, 'txs-warmup.bin'); // absent after --warmup 0
const warm = existsSync(warmFile) ? readTxFile(warmFile) : [];
const main = readTxFile(join(opts.home, 'txs-main.bin'));
let gcMs = 0;
new PerformanceObserver((l) => l.getEntries().forEach((e) => (gcMs += e.duration))).observe({ entryTypes: ['gc'] });

let height = 0;
const t0 = Date.parse(g.genesis_time);
function run(txs: Uint8Array[]): void {
  for (let i = 0; i < txs.length; i += perBlock) {
    const part = txs.slice(i, i + perBlock).map((b) => app.prepareTx(b));
    for (const b of part) {
      const jobs = app.signatureJobs(b);
      b.recordVerified(jobs, jobs.map(() => true));
      const r = app.checkTx(b).result;
      if (r.code !== 0) throw new Error(`CheckTx rejected a tx of the kept run: ${r.codespace}/${r.code} ${r.log}`);
    }
    height++;
    const exec = app.beginBlock({ height, time: new Date(t0 + height * 1000).toISOString() });
    for (const b of part) exec.deliverTx(b, true);
    exec.finish();
    app.commit(); // which also restarts the check state from the new state
  }
}

run(warm);
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
gcMs = 0;
run(main);
const cpu = process.cpuUsage(cpu0);
const wallMs = performance.now() - wall0;
await new Promise((r) => setTimeout(r, 50)); // GC entries are delivered asynchronously
const result = {
  txs: main.length,
  us_per_tx_cpu: Math.round(((cpu.user + cpu.system) / main.length) * 10) / 10,
  us_per_tx_wall: Math.round(((wallMs * 1000) / main.length) * 10) / 10,
  gc_pause_ms: Math.round(gcMs),
  heap_used_mb: Math.round(process.memoryUsage().heapUsed / 1e6),
};
if (opts.output === 'json') console.log(JSON.stringify(result));
else console.log(`${result.txs} bank sends after ${warm.length} warm-up ones: ${result.us_per_tx_cpu} µs CPU and ${result.us_per_tx_wall} µs wall per tx, GC pauses ${result.gc_pause_ms} ms, heap ${result.heap_used_mb} MB`);
