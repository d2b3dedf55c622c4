// `marketchaind start --abci <addr>`: the chain's app behind the ABCI socket server, driven by CometBFT
// (no embedded producer, no embedded RPC: CometBFT's own RPC serves clients).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, loadConfig, paths } from '../home.js';
import { parseMinGasPrices } from '../gas_prices.js';
import { pruningOptions, type PruningOptions } from '../pruning.js';
import { ChainAbciApp } from './chain_app.js';
import { AbciServer } from './server.js';
import { snapshotSettings, type SnapshotFlags } from './snapshot_config.js';

/** TEST ONLY: pause (never complete) the Commit of the first block with txs at or above this height (ChainAbciOptions.pauseBeforeCommitAt). */
const PAUSE_ENV = 'MARKETCHAIN_TEST_PAUSE_BEFORE_COMMIT';

/** Serves the app until SIGINT/SIGTERM. The home needs no genesis: CometBFT's InitChain brings app_state. */
export async function startAbci(home: string, address: string, minGasPrices: string | undefined, log: (line: string) => void, flags: SnapshotFlags = {}, pruning?: PruningOptions): Promise<void> {
  const cfg = existsSync(paths(home).configFile) ? loadConfig(home) : defaultConfig('marketchain-abci');
  const snapshots = snapshotSettings(cfg, flags);
  const pause = process.env[PAUSE_ENV];
  if (pause !== undefined && !/^\d{1,15}$/.test(pause)) throw new Error(`${PAUSE_ENV} must be a height, got ${JSON.stringify(pause)}`);
  const app = await ChainAbciApp.open(paths(home).abciDb, {
    minGasPrices: parseMinGasPrices(minGasPrices ?? cfg.minimum_gas_prices),
    maxTxBytes: cfg.mempool.max_tx_bytes,
    simulateGasLimit: Math.min(cfg.rpc.simulate_gas_limit, cfg.block.max_gas),
    checkTxVerifyBudget: cfg.zk.checktx_verify_budget,
    log,
    snapshots: { ...snapshots, dir: join(paths(home).data, 'snapshots') },
    pauseBeforeCommitAt: pause === undefined ? undefined : Number(pause),
    pruning: pruning ?? pruningOptions(cfg.pruning, cfg.pruning_keep_recent, cfg.pruning_interval),
  });
  const server = new AbciServer(app, { log });
  let bound: string;
  try {
    bound = await server.listen(address);
  } catch (e) {
    await app.close();
    throw new Error(`cannot listen for ABCI on ${address}: ${(e as Error).message}`);
  }
  if (pause !== undefined) log(`TEST HOOK ${PAUSE_ENV}=${pause}: the Commit of the first block with txs at or above height ${pause} will never complete`);
  const kept = snapshots.keepRecent === 0 ? 'all kept' : `the ${snapshots.keepRecent} most recent kept`;
  log(`state-sync snapshots: ${snapshots.interval === 0 ? 'off' : `every ${snapshots.interval} blocks, ${kept}, in ${join(paths(home).data, 'snapshots')}`}`);
  log(`marketchaind serving ABCI on ${bound}: app at height ${app.height}; run \`cometbft node --proxy_app ${bound}\``);
  let stopping = false;
  const stop = async (sig: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`received ${sig}: stopping`);
    await server.close().catch(() => {});
    await app.close().catch((e: Error) => log(`closing the database: ${e.message}`));
    log(`stopped at height ${app.height}`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Keeps `run` waiting: the server holds the event loop open until a signal ends the process.
  await new Promise<never>(() => {});
}
