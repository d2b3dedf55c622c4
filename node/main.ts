#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=16
// marketchaind: the node binary (init, genesis add-account, start, replay, status, export, zk setup).
import { Command, Option } from 'commander';
import { paths, defaultHome, initHome, addGenesisAccount, loadConfig, parseDuration, readJson, type GenesisFile } from './home.js';
import { ChainNode } from './chain_node.js';
import { Producer } from './producer.js';
import { parseLaddr, startRpcServer } from './rpc/server.js';
import { startApi } from './api/start.js';
import { createDevHome, isInitialised } from './dev_home.js';
import { replay } from './replay.js';
import { parseMinGasPrices } from './gas_prices.js';
import { progressBar } from './progress.js';
import { HELPER_NICE, parseHelperNice } from './thread_priority.js';
import { startAbci } from './abci/start.js';
import { createTestnet, parseBasePort, parseSnapshotInterval, parseValidatorCount, TESTNET_SNAPSHOT_INTERVAL } from './testnet.js';
import { startPruning } from './start_pruning.js';
import { zkCheck, zkSetup } from './zk_setup.js';
import { CIRCUITS, CIRCUITS_DIR } from '../zk/files.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const program = new Command('marketchaind')
  .description('marketchain node: a single-validator Cosmos-style chain with a CometBFT-compatible RPC')
  .showHelpAfterError()
  .configureOutput({ outputError: (s, w) => w(s) });

const homeOpt = () => new Option('--home <dir>', 'node home directory (env MARKETCHAIN_HOME)').default(defaultHome(), '~/.marketchain');

function fail(msg: string): never {
  process.stderr.write(`Error: ${msg}\n`);
  process.exit(1);
}

const helperNiceOpt = () =>
  new Option('--helper-nice <n>', 'nice value (0-19) of the signature and database threads, below the thread that checks txs and executes blocks so their wake-ups do not take its core (Linux; 0 = same priority)').default(String(HELPER_NICE));

function helperNice(v: string): number {
  try {
    return parseHelperNice(v);
  } catch (e) {
    fail((e as Error).message);
  }
}

function parseWorkerCount(v: string): number {
  if (!/^\d{1,3}$/.test(v) || Number(v) > 256) fail(`--sig-workers must be a whole number from 0 to 256, got ${JSON.stringify(v)}`);
  return Number(v);
}

async function run<T>(fn: () => Promise<T> | T): Promise<T> {
  // If the event loop drains while the command still awaits something (nothing left to wake it), node
  // would exit with 0 as if it had succeeded: exit 1 with a message instead.
  // ('beforeExit' is emitted only when the loop drains, never on process.exit.)
  let finished = false;
  process.once('beforeExit', () => {
    if (!finished) fail('the command stopped before it finished (nothing left to wait for)');
  });
  try {
    const out = await fn();
    finished = true;
    return out;
  } catch (e) {
    finished = true;
    fail((e as Error).message);
  }
}

program
  .command('init')
  .description('create a home: config, genesis.json and an ed25519 validator key')
  .addOption(homeOpt())
  .option('--chain-id <id>', 'chain id', 'marketchain-local')
  .option('--moniker <name>', 'node name', 'marketchain-node')
  .option('--overwrite', 'replace an existing home (deletes its chain data)')
  .action((o) =>
    run(() => {
      const g = initHome(o.home, { chainId: o.chainId, moniker: o.moniker, overwrite: o.overwrite });
      console.log(JSON.stringify({ home: o.home, chain_id: g.chain_id, moniker: o.moniker, validator: g.validators[0]!.address }, null, 2));
    }),
  );

const genesis = program.command('genesis').description('edit genesis.json before the first start');
genesis
  .command('add-account')
  .description('add an account with coins to genesis.json, e.g. add-account mkt1… 1000000umkt,500uusdc')
  .argument('<address>', 'bech32 account address (mkt1…)')
  .argument('<coins>', 'comma-separated coins, e.g. 1000000umkt,500uusdc')
  .addOption(homeOpt())
  .action((address, coins, o) =>
    run(() => {
      addGenesisAccount(o.home, address, coins);
      console.log(`added ${coins} for ${address} to ${paths(o.home).genesis}`);
    }),
  );

program
  .command('testnet')
  .description('write the homes of a local N-validator network under CometBFT: per node a CometBFT home and an app home for `start --abci`, one shared genesis (npm run testnet starts it)')
  .requiredOption('--output <dir>', 'directory to create (must be empty or missing)')
  .option('--validators <n>', 'number of validators', '4')
  .option('--chain-id <id>', 'chain id', 'marketchain-testnet')
  .option('--base-port <port>', 'first loopback port; node i uses base+10i (p2p), +1 (rpc), +2 (proxy_app)', '26600')
  .option('--block-time <duration>', "CometBFT's timeout_commit, e.g. 250ms", '250ms')
  .option('--snapshot-interval <n>', "each app's state-sync snapshot interval in blocks (config.json state_sync.snapshot_interval; 0 for none)", String(TESTNET_SNAPSHOT_INTERVAL))
  .action((o) =>
    run(async () => {
      const validators = parseValidatorCount(o.validators);
      const snapshotInterval = parseSnapshotInterval(o.snapshotInterval);
      const net = await createTestnet({ validators, output: o.output, chainId: o.chainId, basePort: parseBasePort(o.basePort, validators), blockTime: o.blockTime, snapshotInterval });
      console.log(JSON.stringify({ output: o.output, chain_id: net.chain_id, account: net.account.address, nodes: net.nodes.map((n) => ({ moniker: n.moniker, rpc: n.rpc, proxy_app: n.proxy_app, p2p: n.p2p })) }, null, 2));
    }),
  );

program
  .command('start')
  .description('run the node: produce blocks and serve RPC until SIGINT/SIGTERM')
  .addOption(homeOpt())
  .option('--rpc.laddr <addr>', 'RPC listen address (default from config: tcp://127.0.0.1:26657)')
  .option('--block-time <duration>', 'block interval, e.g. 1s, 500ms (default from config)')
  .option('--api.address <addr>', 'REST (LCD) API listen address (default from config: tcp://127.0.0.1:1317; node/api/README.md)')
  .option('--api.enable <bool>', 'serve the REST API: true or false (default from config: true)')
  .option('--minimum-gas-prices <prices>', 'fee floor for CheckTx, e.g. 0.025umkt (default from config)')
  .option('--dev', 'create a funded local dev home first if none exists')
  .option('--abci <addr>', 'serve the app to CometBFT over ABCI 2.0 at tcp://127.0.0.1:26658 or unix:///path.sock instead of producing blocks and serving RPC (node/abci/README.md)')
  .option('--state-sync.snapshot-interval <n>', 'with --abci: take a state-sync snapshot every n blocks, 0 for none (default from config.json state_sync.snapshot_interval, else 100)')
  .option('--state-sync.snapshot-keep-recent <n>', 'with --abci: keep the n most recent snapshots, 0 for all (default from config.json state_sync.snapshot_keep_recent, else 2)')
  .option('--sig-workers <n>', 'signature-verification worker threads for CheckTx; 0 verifies on the main thread (default: one per core)')
  .addOption(helperNiceOpt())
  .option('--pruning <strategy>', 'past versions kept for queries and proofs: default (362), nothing (all), everything (2), custom (default from config)')
  .option('--pruning-keep-recent <n>', 'with --pruning custom: versions kept (at least 2)')
  .option('--pruning-interval <n>', 'with --pruning custom: blocks between prunings (at least 10)')
  .action((o) =>
    run(async () => {
      const log = (s: string) => console.log(`${new Date().toISOString()} ${s}`);
      const pruning = startPruning(o.home, o);
      if (o.abci !== undefined) return startAbci(o.home, o.abci, o.minimumGasPrices, log, { interval: o['stateSync.snapshotInterval'], keepRecent: o['stateSync.snapshotKeepRecent'] }, pruning);
      const sigWorkers = o.sigWorkers === undefined ? undefined : parseWorkerCount(o.sigWorkers);
      const nice = helperNice(o.helperNice);
      if (!isInitialised(o.home)) {
        if (!o.dev) fail(`home ${o.home} is not initialised: run \`marketchaind init --home ${o.home}\` (or start with --dev)`);
        await createDevHome(o.home, (s) => console.log(s));
      }
      const cfg = loadConfig(o.home);
      const laddr = parseLaddr(o['rpc.laddr'] ?? o.rpcLaddr ?? cfg.rpc.laddr);
      const blockTime = parseDuration(o.blockTime ?? cfg.block_time);
      if (o.minimumGasPrices !== undefined) parseMinGasPrices(o.minimumGasPrices);
      const node = await ChainNode.open(o.home, { minGasPrices: o.minimumGasPrices, sigWorkers, helperNice: nice, pruning: pruning ?? undefined });
      const server = await startRpcServer(node, {
        host: laddr.host,
        port: laddr.port,
        maxBodyBytes: cfg.rpc.max_body_bytes,
        maxConnections: cfg.rpc.max_open_connections,
        corsOrigins: cfg.rpc.cors_allowed_origins,
        txSearchMaxScan: cfg.rpc.tx_search_max_scan,
        maxResponseBytes: cfg.rpc.max_response_bytes,
        maxConnBuffered: cfg.rpc.max_buffered_bytes_per_connection,
        maxBuffered: cfg.rpc.max_buffered_bytes,
        writeTimeout: parseDuration(cfg.rpc.write_timeout),
        maxSubscriptionClients: cfg.rpc.max_subscription_clients,
        maxSubscriptionsPerClient: cfg.rpc.max_subscriptions_per_client,
        wsMaxBuffered: cfg.rpc.ws_max_buffered_bytes,
        wsPingInterval: parseDuration(cfg.rpc.ws_ping_interval),
        log,
      }).catch((e: Error) => fail(`cannot listen on ${laddr.host}:${laddr.port}: ${e.message}`));
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : laddr.port;
      const api = await startApi(node, cfg, { address: o['api.address'] ?? o.apiAddress, enable: o['api.enable'] ?? o.apiEnable, rpcUrl: `http://${laddr.host}:${port}` }, log).catch((e: Error) => fail(e.message));
      log(`marketchaind started: chain ${node.meta.chainId}, height ${node.height}, RPC http://${laddr.host}:${port} (WebSocket ws://${laddr.host}:${port}/websocket), ${api ? `REST API ${api.url}` : 'REST API off'}, block time ${blockTime}ms${api?.web ? `, explorer ${api.url}/` : ''}`);
      if (cfg.rpc.cors_allowed_origins.includes('*')) {
        log('warning: rpc.cors_allowed_origins allows every origin ("*"): any web page you visit can read and drive this node; the default is localhost origins only (node/rpc/README.md)');
      }
      let stopping = false;
      const stop = async (sig: string, code = 0) => {
        if (stopping) return;
        stopping = true;
        log(code === 0 ? `received ${sig}: finishing the block in progress` : `stopping: ${sig}`);
        await producer.stop();
        server.close();
        server.closeAllConnections();
        api?.server.close();
        api?.server.closeAllConnections();
        await node.close().catch((e: Error) => log(`closing the database: ${e.message}`));
        log(`stopped at height ${node.height}`);
        process.exit(code);
      };
      // A block that could not be made durable stops the node (exit code 1): the RPC never serves on
      // past a write failure, and a restart resumes from the last durable block.
      const producer = new Producer(node, blockTime, log, (e) => void stop(e.message, 1));
      producer.start();
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    }),
  );

program
  .command('replay')
  .description('re-execute all stored blocks from genesis in a scratch state and verify every app hash; never modifies the node data')
  .addOption(homeOpt())
  .option('--to <height>', 'stop at this height')
  .option('--time-from <height>', 'also report the rate of the blocks from this height on, timed by themselves (e.g. after a benchmark warm-up)')
  .addOption(helperNiceOpt())
  .option('-o, --output <format>', 'text or json', 'text')
  .action((o) =>
    run(async () => {
      const height = (name: string, v: unknown) => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isSafeInteger(n) || n < 1) fail(`--${name} must be a positive height, got ${v}`);
        return n;
      };
      const to = height('to', o.to);
      const timeFrom = height('time-from', o.timeFrom);
      const nice = helperNice(o.helperNice);
      const bar = process.stderr.isTTY && o.output !== 'json' ? progressBar('replay') : undefined;
      const r = await replay(o.home, { to, timeFrom, progress: bar, helperNice: nice });
      bar?.(r.height, r.height, true);
      const bps = r.seconds > 0 ? r.height / r.seconds : 0;
      const tps = r.seconds > 0 ? r.txs / r.seconds : 0;
      if (o.output === 'json') console.log(JSON.stringify({ ...r, blocks_per_second: Math.round(bps), txs_per_second: Math.round(tps) }));
      else if (r.ok) {
        console.log(`replay OK: ${r.height} blocks, ${r.txs} txs in ${r.seconds.toFixed(2)}s (${bps.toFixed(1)} blocks/s, ${tps.toFixed(1)} tx/s); every app hash and results hash matches, stored state matches`);
        if (r.timed) console.log(`from height ${r.timed.from_height}: ${r.timed.txs} txs in ${r.timed.seconds.toFixed(2)}s (${(r.timed.seconds > 0 ? r.timed.txs / r.timed.seconds : 0).toFixed(1)} tx/s)`);
      } else {
        const m = r.mismatch!;
        console.log(`replay FAILED at height ${m.height}: ${m.what} mismatch${m.store ? ` in store ${m.store}` : ''}: ${m.detail}`);
      }
      process.exit(r.ok ? 0 : 2);
    }),
  );

program
  .command('status')
  .description('print height, app hash and latest block time (asks the running node over RPC)')
  .addOption(homeOpt())
  .option('--node <url>', 'RPC address (default: the home config)')
  .option('-o, --output <format>', 'text or json', 'text')
  .action((o) =>
    run(async () => {
      const cfg = loadConfig(o.home);
      const url = o.node ?? `http://${parseLaddr(cfg.rpc.laddr).host}:${parseLaddr(cfg.rpc.laddr).port}`;
      const call = async (method: string) => {
        const r = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: {} }) }).catch((e: Error) => fail(`cannot reach the node at ${url}: ${e.message}`));
        return ((await r.json()) as any).result;
      };
      const [st, info] = [await call('status'), await call('abci_info')];
      const out = {
        chain_id: st.node_info.network,
        height: st.sync_info.latest_block_height,
        app_hash: Buffer.from(info.response.last_block_app_hash, 'base64').toString('hex').toUpperCase(),
        latest_block_time: st.sync_info.latest_block_time,
        latest_block_hash: st.sync_info.latest_block_hash,
      };
      if (o.output === 'json') console.log(JSON.stringify(out));
      else console.log(`chain ${out.chain_id}  height ${out.height}  app hash ${out.app_hash}  time ${out.latest_block_time}`);
    }),
  );

program
  .command('export')
  .description('print the current state as a genesis app_state (the node must be stopped)')
  .addOption(homeOpt())
  .action((o) =>
    run(async () => {
      const node = await ChainNode.open(o.home, { signer: false });
      const g = readJson<GenesisFile>(paths(o.home).genesis, 'genesis.json');
      console.log(JSON.stringify({ ...g, initial_height: String(node.height + 1), app_state: node.app.exportGenesis() }, null, 2));
      await node.close();
    }),
  );

const zk = program.command('zk').description('the Groth16 keys of the sealed repo mode (circuits/)');
zk.command('setup')
  .description('make the proving and verification keys with a local DEVELOPMENT ceremony (insecure: not for production), or load ceremony files made elsewhere; --check verifies the committed keys instead')
  .option('--check', 'recompile the circuits and check the keys in --out against them (r1cs hash, vk against zkey); no ceremony')
  .option('--ptau <file>', 'a phase-1 powers-of-tau file prepared for phase 2 (e.g. a public ceremony\'s), instead of a local one')
  .option('--zkey <dir>', 'a directory with final seal.zkey and select.zkey from a phase-2 ceremony made elsewhere (needs --ptau)')
  .option('--power <n>', 'power of the local phase 1 (2^n constraints)', '15')
  .option('--out <dir>', 'key directory (default circuits/keys)')
  .option('--force', 'replace keys already in --out (they are what the chain verifies against)')
  .action((o) =>
    run(async () => {
      if (o.check) {
        const res = await zkCheck({ keys: o.out, ptau: o.ptau });
        process.exit(res.every((r) => r.ok) ? 0 : 1);
      }
      if (o.zkey && !o.ptau) fail('--zkey needs --ptau (the proving keys are checked against it)');
      if (!/^\d{1,2}$/.test(o.power) || Number(o.power) < 10 || Number(o.power) > 20) fail(`--power must be 10..20, got ${o.power}`);
      const out = o.out ?? join(CIRCUITS_DIR, 'keys');
      if (!o.force && CIRCUITS.some((c) => existsSync(join(out, `${c}.zkey`)))) fail(`${out} already holds keys (the ones the chain's verification keys come from); pass --force to replace them`);
      await zkSetup({ out, ptau: o.ptau, zkeyDir: o.zkey, power: Number(o.power) });
      process.exit(0);
    }),
  );

program.parseAsync(process.argv);
