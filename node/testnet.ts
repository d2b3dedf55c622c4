// `marketchaind testnet`: the files of a local N-validator network under CometBFT. Per node, a CometBFT
// home (its own node key and validator key from `cometbft init`, a config.toml on loopback ports of
// its own, every other node as a persistent peer, fast blocks) and an app home for
// `marketchaind start --abci`; one genesis.json shared by all, with every validator at equal power and
// marketchain's app_state (a funded dev account, each module's dev genesis).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMnemonic, Keyring } from '../keyring/keyring.js';
import { appModules } from './app_factory.js';
import { DEV_COINS, DEV_KEY } from './dev_home.js';
import { addGenesisAccount, initHome, paths, readJson, validateChainId, writeJsonAtomic } from './home.js';

const INSTALL = fileURLToPath(new URL('../../scripts/cometbft_install.mjs', import.meta.url));
export const TESTNET_FILE = 'testnet.json';
/** Ports per node: p2p, rpc, proxy_app at base + 10·i + 0, 1, 2. */
const PORT_STRIDE = 10;
const VALIDATOR_POWER = '10';

export interface TestnetNode {
  moniker: string;
  node_id: string;
  comet_home: string;
  app_home: string;
  p2p: string;
  rpc: string;
  proxy_app: string;
}

/** DIR/testnet.json: what `npm run testnet` (scripts/testnet.mjs) and tests start. */
export interface TestnetManifest {
  chain_id: string;
  cometbft: string;
  account: { name: string; address: string; mnemonic: string; coins: string };
  nodes: TestnetNode[];
}

export interface TestnetOptions {
  validators: number;
  output: string;
  chainId?: string;
  basePort?: number;
  /** CometBFT's timeout_commit: the pause after each block. */
  blockTime?: string;
  /** Every app takes a state-sync snapshot every this many blocks (config.json state_sync), keeping the 2 most recent. */
  snapshotInterval?: number;
}

/** Frequent snapshots: a node joining a local network by state sync finds a recent one within seconds. */
export const TESTNET_SNAPSHOT_INTERVAL = 20;

/** The pinned CometBFT (installed by scripts/cometbft_install.mjs when missing). */
export function cometbftBinary(): string {
  return execFileSync(process.execPath, [INSTALL, '--print-path'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 600_000 }).trim();
}

/** Sets `key = value` (value already in TOML syntax) in [section] ('' for the top level) of a config.toml. */
export function setToml(toml: string, section: string, key: string, value: string): string {
  const lines = toml.split('\n');
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const sec = /^\[([^\]]+)\]\s*$/.exec(lines[i]!);
    if (sec) current = sec[1]!;
    else if (current === section && new RegExp(`^${key.replace(/[.]/g, '\\.')}\\s*=`).test(lines[i]!)) {
      lines[i] = `${key} = ${value}`;
      return lines.join('\n');
    }
  }
  throw new Error(`config.toml has no ${section ? `[${section}] ` : ''}${key}`);
}

export interface LocalCometConfig {
  moniker?: string;
  /** The app's ABCI address (tcp://… or unix://…). */
  proxyApp: string;
  /** host:port of CometBFT's RPC and p2p listeners. */
  rpc: string;
  p2p: string;
  /** Persistent peers (id@host:port, comma-separated); none for a single node. */
  peers?: string;
  blockTime: string;
  /** Prevote and precommit timeouts: loopback peers answer in milliseconds. */
  voteTimeout: string;
}

/**
 * Writes the settings of a CometBFT node on this machine into its home's config.toml: loopback
 * listeners, peers that share one IP (so the address book must not be strict), fast blocks.
 */
export function writeLocalCometConfig(home: string, c: LocalCometConfig): void {
  const path = join(home, 'config', 'config.toml');
  let toml = readFileSync(path, 'utf8');
  const set: [string, string, string][] = [
    ['', 'proxy_app', `"${c.proxyApp}"`],
    ['', 'log_level', '"error"'],
    ['rpc', 'laddr', `"tcp://${c.rpc}"`],
    ['p2p', 'laddr', `"tcp://${c.p2p}"`],
    ['p2p', 'addr_book_strict', 'false'],
    ['p2p', 'allow_duplicate_ip', 'true'],
    ['consensus', 'timeout_propose', '"1s"'],
    ['consensus', 'timeout_prevote', `"${c.voteTimeout}"`],
    ['consensus', 'timeout_precommit', `"${c.voteTimeout}"`],
    ['consensus', 'timeout_commit', `"${c.blockTime}"`],
  ];
  if (c.moniker !== undefined) set.push(['', 'moniker', `"${c.moniker}"`]);
  if (c.peers !== undefined) set.push(['p2p', 'persistent_peers', `"${c.peers}"`], ['p2p', 'flush_throttle_timeout', '"10ms"']);
  for (const [section, key, value] of set) toml = setToml(toml, section, key, value);
  writeFileSync(path, toml);
}

export function parseValidatorCount(v: string): number {
  if (!/^\d{1,2}$/.test(v) || Number(v) < 1 || Number(v) > 50) throw new Error(`--validators must be a whole number from 1 to 50, got ${JSON.stringify(v)}`);
  return Number(v);
}

export function parseSnapshotInterval(v: string): number {
  if (!/^\d{1,9}$/.test(v)) throw new Error(`--snapshot-interval must be a whole number of blocks (0 for none), got ${JSON.stringify(v)}`);
  return Number(v);
}

export function parseBasePort(v: string, validators: number): number {
  const last = Number(v) + PORT_STRIDE * validators;
  if (!/^\d{1,5}$/.test(v) || Number(v) < 1024 || last > 65535) throw new Error(`--base-port must leave room for ${validators} nodes between 1024 and 65535 (${PORT_STRIDE} ports each), got ${JSON.stringify(v)}`);
  return Number(v);
}

export async function createTestnet(opts: TestnetOptions): Promise<TestnetManifest> {
  const chainId = opts.chainId ?? 'marketchain-testnet';
  validateChainId(chainId);
  const basePort = opts.basePort ?? 26600;
  if (existsSync(opts.output) && readdirSync(opts.output).length > 0) throw new Error(`--output ${opts.output} is not empty`);
  mkdirSync(opts.output, { recursive: true });
  const bin = cometbftBinary();

  const nodes: TestnetNode[] = [];
  const validators: unknown[] = [];
  for (let i = 0; i < opts.validators; i++) {
    const moniker = `node${i}`;
    const cometHome = resolve(opts.output, moniker, 'cometbft');
    const appHome = resolve(opts.output, moniker, 'app');
    execFileSync(bin, ['init', '--home', cometHome], { stdio: 'ignore' });
    initHome(appHome, { chainId, moniker });
    const cfgPath = paths(appHome).configFile;
    writeJsonAtomic(cfgPath, { ...readJson<object>(cfgPath, 'config.json'), state_sync: { snapshot_interval: opts.snapshotInterval ?? TESTNET_SNAPSHOT_INTERVAL, snapshot_keep_recent: 2 } });
    const nodeId = execFileSync(bin, ['show-node-id', '--home', cometHome], { encoding: 'utf8' }).trim();
    const key = JSON.parse(readFileSync(join(cometHome, 'config', 'priv_validator_key.json'), 'utf8')) as { address: string; pub_key: unknown };
    validators.push({ address: key.address, pub_key: key.pub_key, power: VALIDATOR_POWER, name: moniker });
    const port = basePort + PORT_STRIDE * i;
    nodes.push({
      moniker,
      node_id: nodeId,
      comet_home: cometHome,
      app_home: appHome,
      p2p: `127.0.0.1:${port}`,
      rpc: `http://127.0.0.1:${port + 1}`,
      proxy_app: `tcp://127.0.0.1:${port + 2}`,
    });
  }

  // The funded account, kept in the first app home's test keyring as the dev home keeps its own.
  const mnemonic = generateMnemonic();
  const account = await new Keyring(nodes[0]!.app_home, 'test').add(DEV_KEY, mnemonic);
  const appGenesis = addGenesisAccount(nodes[0]!.app_home, account.address, DEV_COINS);
  const appState = appGenesis.app_state as Record<string, unknown>;
  for (const m of appModules()) if (m.devGenesis) appState[m.name] = m.devGenesis(account.address);

  const genesis = JSON.parse(readFileSync(join(nodes[0]!.comet_home, 'config', 'genesis.json'), 'utf8')) as Record<string, unknown>;
  genesis.chain_id = chainId;
  genesis.validators = validators;
  genesis.app_state = appState;
  const genesisJson = JSON.stringify(genesis, null, 2) + '\n';

  for (const [i, n] of nodes.entries()) {
    writeFileSync(join(n.comet_home, 'config', 'genesis.json'), genesisJson);
    const peers = nodes.filter((_, j) => j !== i).map((p) => `${p.node_id}@${p.p2p}`).join(',');
    writeLocalCometConfig(n.comet_home, {
      moniker: n.moniker,
      proxyApp: n.proxy_app,
      rpc: n.rpc.slice('http://'.length),
      p2p: n.p2p,
      peers,
      blockTime: opts.blockTime ?? '250ms',
      voteTimeout: '200ms',
    });
  }

  const manifest: TestnetManifest = { chain_id: chainId, cometbft: bin, account: { name: DEV_KEY, address: account.address, mnemonic, coins: DEV_COINS }, nodes };
  writeFileSync(join(opts.output, TESTNET_FILE), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  return manifest;
}

/** What a node joining by state sync sets in config.toml's [statesync] (node/abci/README.md). */
export interface StateSyncJoin {
  /** At least two CometBFT RPC URLs of the network, for the light client that verifies the snapshot's app hash. */
  rpcServers: string[];
  /** A recent height and its block hash (`block?height=H` → block_id.hash), trusted as the light client's root. */
  trustHeight: number;
  trustHash: string;
  /** How long a snapshot is searched for before the best one is restored (CometBFT's minimum is 5 s). */
  discoveryTime?: string;
}

/** Turns on state sync in a CometBFT home's config.toml. */
export function writeStateSyncConfig(cometHome: string, s: StateSyncJoin): void {
  if (s.rpcServers.length < 2) throw new Error('state sync needs at least two rpc_servers');
  if (!Number.isSafeInteger(s.trustHeight) || s.trustHeight < 1) throw new Error(`trust_height must be a height, got ${s.trustHeight}`);
  if (!/^[0-9A-Fa-f]{64}$/.test(s.trustHash)) throw new Error(`trust_hash must be a block hash (64 hex digits), got ${JSON.stringify(s.trustHash)}`);
  const path = join(cometHome, 'config', 'config.toml');
  let toml = readFileSync(path, 'utf8');
  const set: [string, string][] = [
    ['enable', 'true'],
    ['rpc_servers', `"${s.rpcServers.join(',')}"`],
    ['trust_height', String(s.trustHeight)],
    ['trust_hash', `"${s.trustHash.toUpperCase()}"`],
    ['discovery_time', `"${s.discoveryTime ?? '5s'}"`],
  ];
  for (const [key, value] of set) toml = setToml(toml, 'statesync', key, value);
  writeFileSync(path, toml);
}

/**
 * Writes the homes of a full node (no validator power) that joins the network of `dir` by state sync:
 * `node<i>/cometbft` (its own keys, the network's genesis, every validator as a persistent peer, the
 * next free port block of the testnet layout, [statesync] on) and an empty `node<i>/app` for
 * `start --abci`. Returns it as a testnet node (not added to testnet.json: `npm run testnet` starts the validators).
 */
export function addStateSyncNode(dir: string, net: TestnetManifest, s: StateSyncJoin): TestnetNode {
  const index = net.nodes.length + readdirSync(dir).filter((n) => /^full\d+$/.test(n)).length;
  const moniker = `full${index}`;
  const basePort = Number(net.nodes[0]!.p2p.split(':')[1]);
  const port = basePort + PORT_STRIDE * index;
  if (port + 2 > 65535) throw new Error('no port block left for another node');
  const cometHome = resolve(dir, moniker, 'cometbft');
  const appHome = resolve(dir, moniker, 'app');
  execFileSync(net.cometbft, ['init', '--home', cometHome], { stdio: 'ignore' });
  mkdirSync(appHome, { recursive: true });
  writeFileSync(join(cometHome, 'config', 'genesis.json'), readFileSync(join(net.nodes[0]!.comet_home, 'config', 'genesis.json')));
  const node: TestnetNode = {
    moniker,
    node_id: execFileSync(net.cometbft, ['show-node-id', '--home', cometHome], { encoding: 'utf8' }).trim(),
    comet_home: cometHome,
    app_home: appHome,
    p2p: `127.0.0.1:${port}`,
    rpc: `http://127.0.0.1:${port + 1}`,
    proxy_app: `tcp://127.0.0.1:${port + 2}`,
  };
  writeLocalCometConfig(cometHome, {
    moniker,
    proxyApp: node.proxy_app,
    rpc: node.rpc.slice('http://'.length),
    p2p: node.p2p,
    peers: net.nodes.map((p) => `${p.node_id}@${p.p2p}`).join(','),
    blockTime: '250ms',
    voteTimeout: '200ms',
  });
  writeStateSyncConfig(cometHome, s);
  return node;
}
