// The CometBFT side of `npm run bench -- --engine cometbft`: a local network from `marketchaind testnet`
// (node/testnet.ts) whose genesis carries the bench home's app_state (so the txs signed for the embedded
// node are valid on it too: same chain id, accounts, account numbers and sequences), with the CometBFT
// settings of CometSettings, started with node/testnet_run.ts (one `cometbft node` and one
// `marketchaind start --abci` per validator, all on 127.0.0.1).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestnet, setToml, type TestnetManifest } from '../node/testnet.js';
import { freeBasePort, latestHeight, TestnetMember } from '../node/testnet_run.js';
import { paths, readJson, type GenesisFile } from '../node/home.js';
import { procStats } from './node_proc.js';

/** The CometBFT settings a run uses (printed with the result; see BENCHMARKS.md for why each). */
export interface CometSettings {
  validators: number;
  /** consensus.timeout_commit: the pause after each block. */
  timeoutCommit: string;
  /** mempool.size (txs) and mempool.cache_size (hashes of txs seen). */
  mempoolSize: number;
  cacheSize: number;
  /** mempool.max_txs_bytes. */
  mempoolBytes: number;
  recheck: boolean;
  /**
   * tx_index.indexer of the first validator, whose RPC the load (and a client) uses: "kv" or "null".
   * The other validators serve no client: they index nothing and discard the ABCI responses
   * (storage.discard_abci_responses), as validators behind an RPC node are run.
   */
  indexer: 'kv' | 'null';
  /** Genesis consensus_params.block max_bytes and max_gas. */
  blockMaxBytes: number;
  blockMaxGas: number;
  /** rpc.max_request_batch_size: cosmjs's HttpBatchClient sends batches of up to 20 (CometBFT's default cap is 10). */
  rpcBatch: number;
  /** How CometBFT reaches its app: "tcp" (127.0.0.1, as `marketchaind testnet` writes) or "unix" (a socket file in the node's folder). */
  abci: 'tcp' | 'unix';
}

export class CometBenchNet {
  private constructor(
    readonly manifest: TestnetManifest,
    readonly members: TestnetMember[],
  ) {}

  /** The RPC the load generator talks to (the first validator's). */
  get url(): string {
    return this.manifest.nodes[0]!.rpc;
  }

  /**
   * Writes the network into `dir` with the bench home's genesis app_state and chain id, applies the
   * settings, starts every validator and waits for height 1 on all of them. `nodeArgs`: extra node
   * flags for the apps (BENCH_NODE_ARGS, e.g. a CPU profile).
   */
  static async start(dir: string, benchHome: string, s: CometSettings, nodeArgs: string[] = []): Promise<CometBenchNet> {
    const appGenesis = readJson<GenesisFile>(paths(benchHome).genesis, 'genesis.json');
    const manifest = await createTestnet({ validators: s.validators, output: dir, chainId: appGenesis.chain_id, basePort: await freeBasePort(s.validators), blockTime: s.timeoutCommit });
    for (const n of manifest.nodes) {
      const rpcNode = n === manifest.nodes[0];
      const gPath = join(n.comet_home, 'config', 'genesis.json');
      const g = JSON.parse(readFileSync(gPath, 'utf8')) as { app_state: unknown; consensus_params: { block: { max_bytes: string; max_gas: string } } };
      g.app_state = appGenesis.app_state;
      g.consensus_params.block.max_bytes = String(s.blockMaxBytes);
      g.consensus_params.block.max_gas = String(s.blockMaxGas);
      writeFileSync(gPath, JSON.stringify(g, null, 2) + '\n');
      const cPath = join(n.comet_home, 'config', 'config.toml');
      let toml = readFileSync(cPath, 'utf8');
      if (s.abci === 'unix') {
        n.proxy_app = `unix://${join(n.comet_home, '..', 'abci.sock')}`;
        toml = setToml(toml, '', 'proxy_app', `"${n.proxy_app}"`);
      }
      for (const [section, key, value] of [
        ['mempool', 'size', String(s.mempoolSize)],
        ['mempool', 'cache_size', String(s.cacheSize)],
        ['mempool', 'max_txs_bytes', String(s.mempoolBytes)],
        ['mempool', 'recheck', String(s.recheck)],
        ['tx_index', 'indexer', `"${rpcNode ? s.indexer : 'null'}"`],
        ['storage', 'discard_abci_responses', String(!rpcNode)],
        ['rpc', 'max_request_batch_size', String(s.rpcBatch)],
      ] as const)
        toml = setToml(toml, section, key, value);
      // BENCH_COMET_PPROF=host:port: the first validator's Go profiler (`go tool pprof http://host:port/debug/pprof/profile`).
      if (rpcNode && process.env.BENCH_COMET_PPROF) toml = setToml(toml, 'rpc', 'pprof_laddr', `"${process.env.BENCH_COMET_PPROF}"`);
      writeFileSync(cPath, toml);
    }
    const members = manifest.nodes.map((n) => new TestnetMember(n, manifest.cometbft, nodeArgs));
    const net = new CometBenchNet(manifest, members);
    try {
      await Promise.all(members.map((m) => m.startApp()));
      for (const m of members) m.startComet();
      const deadline = Date.now() + 120_000;
      for (const n of manifest.nodes) {
        while (((await latestHeight(n.rpc)) ?? 0) < 1) {
          if (Date.now() > deadline) throw new Error(`${n.moniker} did not commit height 1 in 120 s (logs in ${dir})`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    } catch (e) {
      await net.stop();
      throw e;
    }
    return net;
  }

  /** CPU seconds (user + system) of every app and every CometBFT process so far. */
  cpu(): { apps: number; comets: number } {
    let apps = 0;
    let comets = 0;
    for (const m of this.members) {
      if (m.app?.pid) apps += procStats(m.app.pid).cpu_seconds;
      if (m.comet?.pid) comets += procStats(m.comet.pid).cpu_seconds;
    }
    return { apps, comets };
  }

  /** Peak RSS (VmHWM) of the first validator's app and CometBFT, in MB. */
  peakRss(): { app_mb: number; cometbft_mb: number } {
    const m = this.members[0]!;
    return { app_mb: procStats(m.app!.pid!).peak_rss_mb, cometbft_mb: procStats(m.comet!.pid!).peak_rss_mb };
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((m) => m.stop()));
    for (const m of this.members) m.close();
  }
}
