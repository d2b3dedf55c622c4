#!/usr/bin/env node
// `npm run bench`: starts a real marketchaind (LevelDB on disk in a temp home, durable commits) with 1,000
// deterministic funded accounts, pre-signs a workload, drives it from a separate load-generator process
// over RPC, replays the resulting chain, and measures the machine's secp256k1 verification bound in the
// same run. Writes bench/results/latest.json and prints a Markdown table. Not part of `npm test`.
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { StargateClient } from '@cosmjs/stargate';
import { paths, readJson, writeJsonAtomic, type GenesisFile, type NodeConfig } from '../node/home.js';
import { parseCoins } from '../chain/coins.js';
import { benchAccounts } from './accounts.js';
import { measureBound, type BoundResult } from './bound.js';
import { encodeTxFile, type LoadArgs, type LoadMessage, type LoadResult, type PlanItem } from './load.js';
import { describeMachine, type Machine } from './machine.js';
import { freePort, marketchaind, NodeProcess, type ProcStats } from './node_proc.js';
import { workloads, type Workload, type WorkloadContext } from './workloads/index.js';
import { markdownTable } from './report.js';
import { CometBenchNet, type CometSettings } from './comet_net.js';
import { latestHeight } from '../node/testnet_run.js';
import { signParallel } from './sign_pool.js';

const HERE = fileURLToPath(new URL('.', import.meta.url)); // dist/bench/
const SRC_RESULTS = join(HERE, '..', '..', 'bench', 'results');

const opts = new Command('bench')
  .description('marketchain throughput benchmark against a real node, with the same-run secp256k1 verification bound')
  .option('--workload <name>', `workload: ${Object.keys(workloads).join(', ')}`, 'bank_send')
  .option('--txs <n>', 'number of pre-signed txs to submit (default 40,000, so that the timed load spans 7–10 blocks; 5,000 for rss)')
  .option('--accounts <n>', 'funded accounts (default 1,000; 100,000 for --workload rss)')
  .option('--baseline <workload>', 'also run this workload (same tx count) on the same node first, and report the ratio (default for mixed: bank_send; "none" to skip)')
  .option('--quick', 'small run (2,000 txs, no warm-up) to check the harness')
  .option('--block-time <duration>', 'node block time', '1s')
  .option('--block-max-gas <gas>', "the node's block gas limit (config.json block.max_gas; the default config's 200,000,000 fits 3,333 bank sends of 60,000 gas)", '1000000000')
  .option('--mempool-size <txs>', "the node's mempool capacity (config.json mempool.size; the default config's 5,000 capped blocks at 5,000 txs, and the load backed off whenever it filled)", '20000')
  .option('--concurrency <n>', 'in-flight broadcast_tx_sync calls', '128')
  .option('--batch <n>', 'most broadcast_tx_sync calls per JSON-RPC batch request, like cosmjs HttpBatchClient (1 = one HTTP request per tx)', '20')
  .option('--rate <tx/s>', 'target submission rate (0 = as fast as accepted)', '0')
  .option('--warmup <n>', 'untimed bank_send txs submitted before every timed phase, so the timed load runs on a node whose hot paths V8 has compiled, as in a node that has been running (default 10,000 for bank_send and mixed, 0 for rss; 0 = time a cold start). Replay is then timed from the first block after the warm-up as well')
  .option('--half-load-txs <n>', 'after the main bank_send load, submit this many more at half its committed rate and report their latency (default: a quarter of --txs for bank_send, 0 otherwise)')
  .option('--bound-seconds <s>', 'duration of the verification-bound measurement', '2')
  .option('--seed <s>', 'key derivation seed', 'bench-1')
  .option('--out <file>', 'JSON result file', join(SRC_RESULTS, 'latest.json'))
  .option('--keep', 'keep the temp node home')
  .option('--engine <engine>', 'embedded: the embedded node only; cometbft: also the same warm-up and timed load through CometBFT\'s RPC (validators running `marketchaind start --abci`), after the embedded node in the same run', 'embedded')
  .option('--validators <n>', 'with --engine cometbft: validators in the local CometBFT network (marketchaind testnet)', '1')
  .option('--comet-timeout-commit <duration>', 'with --engine cometbft: consensus.timeout_commit (default: --block-time)')
  .option('--comet-indexer <kv|null>', 'with --engine cometbft: tx_index.indexer of the first validator (the RPC the load uses; the others index nothing and discard ABCI responses)', 'kv')
  .option('--comet-recheck <true|false>', 'with --engine cometbft: mempool.recheck', 'true')
  .option('--comet-abci <tcp|unix>', 'with --engine cometbft: how CometBFT reaches its app (proxy_app): a TCP port on 127.0.0.1 or a Unix socket', 'tcp')
  .parse(process.argv)
  .opts();

const tty = process.stderr.isTTY;
const say = (s: string) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}${s}\n`);
function bar(label: string, done: number, total: number, extra = '') {
  if (!tty) return;
  const w = 30;
  const f = Math.round((total > 0 ? Math.min(done / total, 1) : 1) * w);
  process.stderr.write(`\r\x1b[K${label} [${'#'.repeat(f)}${'.'.repeat(w - f)}] ${done}/${total}${extra}`);
}

export interface BenchResult {
  date: string;
  git_commit: string;
  machine: Machine;
  params: { workload: string; txs: number; warmup: number; accounts: number; block_time: string; block_max_gas: number; mempool_size: number; concurrency: number; batch: number; rate: number };
  setup_seconds: { genesis: number; sign: number };
  /**
   * Untimed bank sends on the fresh node before the timed phases. `wall_tps`: committed over the wall
   * time from the first submission to the last commit (a few blocks: the sustained-rate window is too short).
   */
  warmup?: { txs: number; load: LoadResult; node_cpu_seconds: number; last_height: number; wall_tps: number; wall_over_bound: number };
  load: LoadResult;
  /** The baseline workload run on the same node just before the main one (e.g. bank_send for mixed). */
  baseline?: { workload: string; load: LoadResult; node_cpu_seconds: number; main_over_baseline: number };
  node: ProcStats & { cpu_seconds_during_load: number; cpu_utilisation_during_load: number };
  /** Rate of the blocks after the warm-up (all blocks without one); `whole`: every block, timed from the start of a cold process. */
  replay: { ok: boolean; height: number; txs: number; seconds: number; wall_seconds: number; txs_per_second: number; from_height: number; whole: { txs: number; seconds: number; txs_per_second: number } };
  bound: BoundResult & { before_load: number; after_replay: number };
  /** The same measurement with the node's verifier (chain/secp256k1.ts), before the load. */
  node_verifier: BoundResult;
  ratios: { committed_over_bound: number; replay_over_bound: number; replay_over_live: number; committed_over_node_verifier: number };
  /** bank_send at half the committed rate of the main load, right after it (issue 6: p99 ≤ 3 block times). */
  half_load?: { rate: number; load: LoadResult; block_time_ms: number; p99_in_block_times: number };
  /** --engine cometbft: the same warm-up and timed load through CometBFT's RPC, after the embedded node. */
  cometbft?: CometResult;
}

export interface CometResult {
  settings: CometSettings;
  warmup?: { load: LoadResult; last_height: number };
  load: LoadResult;
  /** CPU seconds over the timed load: all apps, all CometBFT processes. */
  cpu_seconds_during_load: { apps: number; cometbft: number; wall: number };
  peak_rss_mb: { app_mb: number; cometbft_mb: number };
  /** Committed tx/s over the embedded node's in the same run. */
  over_embedded: number;
}

function durationMs(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(s);
  if (!m) throw new Error(`bad duration ${JSON.stringify(s)} (use e.g. 500ms or 1s)`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

async function main(): Promise<void> {
  const wl = workloads[opts.workload];
  if (!wl) throw new Error(`unknown workload ${opts.workload}; known: ${Object.keys(workloads).join(', ')}`);
  const nTxs = opts.quick ? 2000 : Number(opts.txs ?? wl.defaultTxs ?? 40000);
  const nAcc = Number(opts.accounts ?? wl.defaultAccounts ?? 1000);
  const baseName: string = opts.baseline ?? (wl.name === 'mixed' ? 'bank_send' : 'none');
  const base: Workload | undefined = baseName === 'none' ? undefined : workloads[baseName];
  if (baseName !== 'none' && !base) throw new Error(`unknown baseline workload ${baseName}`);
  const concurrency = Number(opts.concurrency);
  const batch = Number(opts.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 100) throw new Error(`--batch must be a whole number from 1 to 100 (the node's batch cap), got ${opts.batch}`);
  const rate = Number(opts.rate);
  const blockMaxGas = Number(opts.blockMaxGas);
  if (!Number.isSafeInteger(blockMaxGas) || blockMaxGas < 1) throw new Error(`--block-max-gas must be a positive whole number, got ${opts.blockMaxGas}`);
  const mempoolSize = Number(opts.mempoolSize);
  if (!Number.isSafeInteger(mempoolSize) || mempoolSize < 1) throw new Error(`--mempool-size must be a positive whole number, got ${opts.mempoolSize}`);
  const warmTxs = Number(opts.warmup ?? (opts.quick ? 0 : (wl.warmupTxs ?? 0)));
  if (!Number.isSafeInteger(warmTxs) || warmTxs < 0) throw new Error(`--warmup must be a whole number of txs, got ${opts.warmup}`);
  if (warmTxs > 0 && wl.signers) throw new Error(`--warmup sends among all accounts; workload ${wl.name} signs with only some of them (use --warmup 0)`);
  const engine: string = opts.engine;
  if (engine !== 'embedded' && engine !== 'cometbft') throw new Error(`--engine must be embedded or cometbft, got ${engine}`);
  const validators = Number(opts.validators);
  if (!Number.isInteger(validators) || validators < 1 || validators > 10) throw new Error(`--validators must be a whole number from 1 to 10, got ${opts.validators}`);
  if (opts.cometIndexer !== 'kv' && opts.cometIndexer !== 'null') throw new Error(`--comet-indexer must be kv or null, got ${opts.cometIndexer}`);
  if (opts.cometAbci !== 'tcp' && opts.cometAbci !== 'unix') throw new Error(`--comet-abci must be tcp or unix, got ${opts.cometAbci}`);
  if (opts.cometRecheck !== 'true' && opts.cometRecheck !== 'false') throw new Error(`--comet-recheck must be true or false, got ${opts.cometRecheck}`);
  // The half-load phase is the embedded node's latency target; a CometBFT run leaves it out unless asked.
  const halfTxs = Number(opts.halfLoadTxs ?? (wl.name === 'bank_send' && engine === 'embedded' ? Math.max(500, Math.round(nTxs / 4)) : 0));
  const blockMs = durationMs(opts.blockTime);
  const chainId = 'marketchain-bench';
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const machine = describeMachine();
  say(`machine: ${machine.cpu_model}, ${machine.cores} cores, ${machine.memory_gb} GB, node ${machine.node}`);

  const home = mkdtempSync(join(tmpdir(), 'marketchain-bench-'));
  let node: NodeProcess | undefined;
  try {
    // 1. Home, genesis with funded accounts.
    let t = performance.now();
    marketchaind(['init', '--home', home, '--chain-id', chainId, '--moniker', 'bench']);
    const accounts = benchAccounts(opts.seed, nAcc);
    // The first account goes through the real CLI; the rest through the same function in-process
    // (a process per account would take minutes).
    marketchaind(['genesis', 'add-account', accounts[0]!.address, wl.genesisCoins(0), '--home', home]);
    // The rest in one read-modify-write of genesis.json, with the same entries addGenesisAccount writes
    // (sorted balances, empty supply); then the workload's module sections.
    const g = readJson<GenesisFile>(paths(home).genesis, 'genesis.json');
    const balances: { address: string; coins: { denom: string; amount: string }[] }[] = g.app_state.bank.balances;
    for (let i = 1; i < nAcc; i++) {
      const coins = parseCoins(wl.genesisCoins(i)).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
      balances.push({ address: accounts[i]!.address, coins: coins.sort((a, b) => (a.denom < b.denom ? -1 : 1)) });
      if (i % 1000 === 0) bar('genesis', i, nAcc);
    }
    balances.sort((a, b) => (a.address < b.address ? -1 : 1));
    g.app_state.bank.supply = [];
    wl.genesis?.(g.app_state, accounts);
    writeJsonAtomic(paths(home).genesis, g);
    const cfg = readJson<NodeConfig>(paths(home).configFile, 'config.json');
    cfg.block.max_gas = blockMaxGas;
    cfg.mempool.size = mempoolSize;
    writeJsonAtomic(paths(home).configFile, cfg);
    const genesisS = (performance.now() - t) / 1000;
    say(`genesis: ${nAcc} accounts in ${genesisS.toFixed(1)}s (home ${home})`);

    // The bound is measured twice in the run (before the load and after the replay) and averaged, so a
    // shared machine's changing background load shows up in the result instead of skewing one side.
    say(`measuring the secp256k1 verification bound (${machine.cores} worker threads, ${opts.boundSeconds}s)…`);
    const boundBefore = await measureBound(Number(opts.boundSeconds) * 1000);
    // The node's own verifier, measured the same way (reported beside the bound, not instead of it).
    const nodeVerifier = await measureBound(Number(opts.boundSeconds) * 1000, machine.cores, 'node');
    say(`the node's verifier (${nodeVerifier.verifier}): ${nodeVerifier.verifies_per_second} verifications/s`);

    // 2. Node.
    node = new NodeProcess(home, await freePort());
    await node.start(opts.blockTime);
    say(`node started at ${node.url}, block time ${opts.blockTime}`);

    // 3. Untimed: account numbers, workload setup, signing.
    const client = await StargateClient.connect(node.url);
    const accountNumbers = new Map<string, bigint>();
    const sequences = new Map<string, bigint>();
    const nSigners = wl.signers?.(nAcc) ?? nAcc;
    for (let i = 0; i < nSigners; i += 50) {
      const got = await Promise.all(accounts.slice(i, Math.min(i + 50, nSigners)).map((a) => client.getAccount(a.address)));
      got.forEach((acc, j) => {
        const a = accounts[i + j]!;
        if (!acc) throw new Error(`genesis account ${a.address} not found on chain`);
        accountNumbers.set(a.address, BigInt(acc.accountNumber));
        sequences.set(a.address, BigInt(acc.sequence));
      });
    }
    client.disconnect();
    const ctx: WorkloadContext = { chainId, rpcUrl: node.url, accounts, accountNumbers, sequences, txs: nTxs, seed: opts.seed };
    if (wl.setup) await wl.setup(ctx);
    t = performance.now();
    // Every phase (the baseline first, on the same accounts with the sequences that follow) is signed
    // before any timing starts.
    const prepare = async (w: Workload, tag: string): Promise<LoadArgs> => {
      const specs = w.build(ctx);
      let txs = await signParallel(opts.seed, specs, (d, n) => bar(`sign ${w.name}`, d, n));
      // As a wallet does, a sender's next tx is broadcast once CheckTx answered the previous one
      // (`s`): without it, concurrent requests reorder a sender's sequences in flight.
      let plan: PlanItem[] = specs.map((sp, i) => ({ tx: i, s: sp.from }));
      if (w.finish) {
        const f: { txs: Uint8Array[]; plan: PlanItem[] } = w.finish(ctx, txs);
        txs = f.txs;
        plan = f.plan;
      }
      const planFile = join(home, `plan-${tag}.json`);
      writeFileSync(planFile, JSON.stringify(plan));
      const txFile = join(home, `txs-${tag}.bin`);
      writeFileSync(txFile, encodeTxFile(txs));
      say(`signed ${txs.length} ${w.name} txs (before timing)`);
      return { txFile, planFile, url: node!.url, concurrency, batch, rate, pollMs: 50, stallMs: 5000 };
    };
    /** Extra bank sends (warm-up, half load): `n` of them, signed in their place in each sender's sequence. */
    const prepareSends = async (n: number, tag: string): Promise<LoadArgs | undefined> => {
      if (n === 0) return undefined;
      ctx.txs = n;
      const args = await prepare(workloads.bank_send!, tag);
      ctx.txs = nTxs;
      return args;
    };
    const warmArgs = await prepareSends(warmTxs, 'warmup');
    const baseArgs = base ? await prepare(base, 'baseline') : undefined;
    const mainArgs = await prepare(wl, 'main');
    const halfArgs = await prepareSends(halfTxs, 'half');
    const signS = (performance.now() - t) / 1000;
    say(`signing done in ${signS.toFixed(1)}s`);

    // 4. Untimed warm-up on the fresh node, then the timed phases: the load generator in its own
    // process (the baseline first, when there is one).
    /** A load-generator run and the node CPU it cost. */
    const phase = async (args: LoadArgs, label: string): Promise<{ load: LoadResult; cpu: number }> => {
      const before = node!.stats();
      const load = await runLoadProcess(args, label);
      return { load, cpu: Math.round((node!.stats().cpu_seconds - before.cpu_seconds) * 100) / 100 };
    };
    let warmup: Omit<NonNullable<BenchResult['warmup']>, 'wall_over_bound'> | undefined;
    if (warmArgs) {
      const w = await phase(warmArgs, 'warm-up (untimed)');
      const lastHeight = Number((await node.rpc('status')).sync_info.latest_block_height);
      const wallTps = Math.round((w.load.committed_ok / w.load.wall_seconds) * 10) / 10;
      warmup = { txs: warmTxs, load: w.load, node_cpu_seconds: w.cpu, last_height: lastHeight, wall_tps: wallTps };
      say(`warm-up (untimed): ${w.load.committed_ok}/${w.load.submitted} committed in ${w.load.wall_seconds}s (${wallTps} tx/s) on the cold node; timing starts after height ${lastHeight}`);
    }
    let baseline: BenchResult['baseline'];
    if (base && baseArgs) {
      const { load: bl, cpu } = await phase(baseArgs, `load ${base.name}`);
      say(`baseline ${base.name}: ${bl.committed_ok}/${bl.submitted} committed, ${bl.committed_tps} tx/s, p50 ${bl.latency_ms.p50} ms, p99 ${bl.latency_ms.p99} ms`);
      baseline = { workload: base.name, load: bl, node_cpu_seconds: cpu, main_over_baseline: 0 };
    }
    const before = node.stats();
    const loadStart = performance.now();
    const load = await runLoadProcess(mainArgs, `load ${wl.name}`);
    if (baseline) baseline.main_over_baseline = Math.round((load.committed_tps / baseline.load.committed_tps) * 1000) / 1000;
    const loadS = (performance.now() - loadStart) / 1000;
    const after = node.stats();
    say(`load: ${load.committed_ok}/${load.submitted} committed, ${load.committed_tps} tx/s, p50 ${load.latency_ms.p50} ms, p99 ${load.latency_ms.p99} ms`);
    let halfLoad: BenchResult['half_load'];
    if (halfArgs) {
      const halfRate = Math.max(1, Math.round(load.committed_tps / 2));
      const hl = await runLoadProcess({ ...halfArgs, rate: halfRate }, `half load (${halfRate} tx/s)`);
      halfLoad = { rate: halfRate, load: hl, block_time_ms: blockMs, p99_in_block_times: Math.round((hl.latency_ms.p99 / blockMs) * 100) / 100 };
      say(`half load: ${hl.committed_ok}/${hl.submitted} committed at ${halfRate} tx/s offered, p50 ${hl.latency_ms.p50} ms, p99 ${hl.latency_ms.p99} ms (${halfLoad.p99_in_block_times} block times)`);
    }
    await node.stop();
    const cpuLoad = after.cpu_seconds - before.cpu_seconds;
    const nodeStats = { ...after, cpu_seconds_during_load: Math.round(cpuLoad * 100) / 100, cpu_utilisation_during_load: Math.round((cpuLoad / loadS) * 100) / 100 };

    // 5. Replay of the resulting chain (node stopped).
    say('replaying the chain…');
    t = performance.now();
    // With a warm-up, the replay is timed from the first block after it, as the load was.
    const fromHeight = warmup ? warmup.last_height + 1 : 1;
    let rep: { ok: boolean; height: number; txs: number; seconds: number; timed?: { txs: number; seconds: number } };
    try {
      rep = JSON.parse(marketchaind(['replay', '--home', home, '-o', 'json', ...(warmup ? ['--time-from', String(fromHeight)] : [])]).trim().split('\n').pop()!);
    } catch (e) {
      say(`replay gave no result: ${(e as Error).message.split('\n')[0]}`);
      rep = { ok: false, height: 0, txs: 0, seconds: NaN };
    }
    const replayWall = (performance.now() - t) / 1000;
    const timed = rep.timed ?? { txs: rep.txs, seconds: rep.seconds };
    const replay = {
      ok: rep.ok,
      height: rep.height,
      txs: timed.txs,
      seconds: r3(timed.seconds),
      wall_seconds: r3(replayWall),
      txs_per_second: Math.round(timed.txs / timed.seconds),
      from_height: fromHeight,
      whole: { txs: rep.txs, seconds: r3(rep.seconds), txs_per_second: Math.round(rep.txs / rep.seconds) },
    };
    say(`replay: ${replay.ok ? 'OK' : 'FAILED'}, ${replay.txs} txs from height ${fromHeight} in ${replay.seconds}s → ${replay.txs_per_second} tx/s (whole chain from a cold start: ${replay.whole.txs_per_second} tx/s)`);

    // 5b. The same warm-up and timed load through CometBFT (the embedded node is stopped by now).
    let cometbft: CometResult | undefined;
    if (engine === 'cometbft') cometbft = await runComet(home, { validators, timeoutCommit: opts.cometTimeoutCommit ?? opts.blockTime, mempoolSize, cacheSize: 2 * mempoolSize, mempoolBytes: 1024 * 1024 * 1024, recheck: opts.cometRecheck === 'true', indexer: opts.cometIndexer, blockMaxBytes: 4 * 1024 * 1024, blockMaxGas, rpcBatch: batch, abci: opts.cometAbci }, warmArgs, mainArgs, load.committed_tps);

    // 6. The bound again, with nothing of ours running.
    const boundAfter = await measureBound(Number(opts.boundSeconds) * 1000);
    const bound = {
      ...boundAfter,
      verifies_per_second: Math.round((boundBefore.verifies_per_second + boundAfter.verifies_per_second) / 2),
      before_load: boundBefore.verifies_per_second,
      after_replay: boundAfter.verifies_per_second,
    };
    say(`bound: ${bound.verifies_per_second} verifications/s (before ${bound.before_load}, after ${bound.after_replay})`);

    const result: BenchResult = {
      date: new Date().toISOString(),
      git_commit: gitCommit(),
      machine,
      params: { workload: wl.name, txs: nTxs, warmup: warmTxs, accounts: nAcc, block_time: opts.blockTime, block_max_gas: blockMaxGas, mempool_size: mempoolSize, concurrency, batch, rate },
      setup_seconds: { genesis: r3(genesisS), sign: r3(signS) },
      ...(warmup && { warmup: { ...warmup, wall_over_bound: r3(warmup.wall_tps / bound.verifies_per_second) } }),
      load,
      baseline,
      node: nodeStats,
      replay,
      bound,
      node_verifier: nodeVerifier,
      ratios: {
        committed_over_node_verifier: r3(load.committed_tps / nodeVerifier.verifies_per_second),
        committed_over_bound: r3(load.committed_tps / bound.verifies_per_second),
        replay_over_bound: r3(replay.txs_per_second / bound.verifies_per_second),
        replay_over_live: r3(replay.txs_per_second / load.committed_tps),
      },
      half_load: halfLoad,
      cometbft,
    };
    mkdirSync(join(opts.out, '..'), { recursive: true });
    writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
    say(`wrote ${opts.out}`);
    process.stdout.write(markdownTable(result) + '\n');
    if (!replay.ok) process.exitCode = 2;
  } finally {
    if (node && node.proc.exitCode === null) await node.stop();
    if (!opts.keep) rmSync(home, { recursive: true, force: true });
    else say(`kept ${home}`);
  }
}

/** Starts the CometBFT network, runs the warm-up and the timed load on it (same pre-signed txs), stops it. */
async function runComet(home: string, settings: CometSettings, warmArgs: LoadArgs | undefined, mainArgs: LoadArgs, embeddedTps: number): Promise<CometResult> {
  say(`CometBFT: ${settings.validators} validator(s), timeout_commit ${settings.timeoutCommit}, mempool ${settings.mempoolSize} txs (recheck ${settings.recheck}), indexer ${settings.indexer}`);
  const net = await CometBenchNet.start(join(home, 'cometbft-net'), home, settings, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
  try {
    say(`CometBFT network up, RPC ${net.url}`);
    let warmup: CometResult['warmup'];
    if (warmArgs) {
      const w = await runLoadProcess({ ...warmArgs, url: net.url }, 'cometbft warm-up (untimed)');
      const lastHeight = (await latestHeight(net.url)) ?? 0;
      warmup = { load: w, last_height: lastHeight };
      say(`cometbft warm-up: ${w.committed_ok}/${w.submitted} committed in ${w.wall_seconds}s`);
    }
    const before = net.cpu();
    const t = performance.now();
    const load = await runLoadProcess({ ...mainArgs, url: net.url }, `cometbft load (${settings.validators} validators)`);
    const wall = (performance.now() - t) / 1000;
    const after = net.cpu();
    const r2 = (x: number) => Math.round(x * 100) / 100;
    say(`cometbft load: ${load.committed_ok}/${load.submitted} committed, ${load.committed_tps} tx/s, p50 ${load.latency_ms.p50} ms, p99 ${load.latency_ms.p99} ms`);
    return {
      settings,
      warmup,
      load,
      cpu_seconds_during_load: { apps: r2(after.apps - before.apps), cometbft: r2(after.comets - before.comets), wall: r2(wall) },
      peak_rss_mb: net.peakRss(),
      over_embedded: Math.round((load.committed_tps / embeddedTps) * 1000) / 1000,
    };
  } finally {
    await net.stop();
  }
}

function runLoadProcess(args: LoadArgs, label: string): Promise<LoadResult> {
  const start = performance.now();
  return new Promise<LoadResult>((resolve, reject) => {
    // BENCH_LOAD_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/lgprof", profiles the load generator.
    const execArgv = (process.env.BENCH_LOAD_ARGS ?? '').split(' ').filter(Boolean);
    const child = fork(join(HERE, 'load.js'), [JSON.stringify(args)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
    let result: LoadResult | undefined;
    child.on('message', (m: LoadMessage) => {
      if (m.type === 'progress') bar(label, m.committed, m.total, `  submitted ${m.submitted}  ${((m.committed / (performance.now() - start)) * 1000).toFixed(0)} tx/s`);
      else if (m.type === 'result') result = m.result;
      else reject(new Error(`load generator failed: ${m.message}`));
    });
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`load generator exited with ${code}`))));
  });
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', cwd: HERE }).trim();
  } catch {
    return '';
  }
}

main().catch((e: Error) => {
  say(`bench failed: ${e.stack ?? e.message}`);
  process.exit(1);
});
