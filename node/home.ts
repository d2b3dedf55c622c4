// Home directory layout, config, genesis file and validator key (the `init` and `genesis` commands).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import nacl from 'tweetnacl';
import { parseCoins } from '../chain/coins.js';
import { isAddress } from '../chain/crypto.js';
import { appModules } from './app_factory.js';
import { DEFAULT_CHECKTX_VERIFY_BUDGET } from './zk/cached_verifier.js';
import { validatorAddress } from './header.js';

/** The default `rpc.cors_allowed_origins` (rpc/cors.ts). In a pattern `*` is any run of characters but `/`; a trailing `:*` also matches no port. */
export const LOCAL_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

export const DEFAULT_CHAIN_ID = 'marketchain-local';

export function defaultHome(): string {
  return process.env.MARKETCHAIN_HOME || join(homedir(), '.marketchain');
}

export const paths = (home: string) => ({
  config: join(home, 'config'),
  configFile: join(home, 'config', 'config.json'),
  clientFile: join(home, 'config', 'client.json'),
  genesis: join(home, 'config', 'genesis.json'),
  validatorKey: join(home, 'config', 'priv_validator_key.json'),
  data: join(home, 'data'),
  db: join(home, 'data', 'state.db'),
  /** The app's state when CometBFT drives it (`start --abci`): state and meta only, CometBFT keeps the blocks. */
  abciDb: join(home, 'data', 'abci_state.db'),
  /** The last height this validator signed (signed_state.ts). */
  signedState: join(home, 'data', 'priv_validator_state.json'),
});

export interface NodeConfig {
  moniker: string;
  rpc: {
    laddr: string;
    max_body_bytes: number;
    max_open_connections: number;
    cors_allowed_origins: string[];
    timeout_broadcast_tx_commit: string;
    tx_search_max_scan: number;
    write_timeout: string;
    max_response_bytes: number;
    max_buffered_bytes_per_connection: number;
    max_buffered_bytes: number;
    simulate_gas_limit: number;
    simulate_max_queued: number;
    max_subscription_clients: number;
    max_subscriptions_per_client: number;
    ws_max_buffered_bytes: number;
    ws_ping_interval: string;
  };
  /** The REST (LCD) API in the Cosmos SDK's gRPC-gateway routes (node/api/README.md); CORS as rpc.cors_allowed_origins. */
  api: {
    enable: boolean;
    address: string;
    max_body_bytes: number;
    max_open_connections: number;
    /** Time to receive a request's headers and body. */
    read_timeout: string;
    /** A connection idle this long (a response not read, a request not sent) is closed. */
    write_timeout: string;
  };
  block_time: string;
  minimum_gas_prices: string;
  mempool: { size: number; max_txs_bytes: number; max_tx_bytes: number; bundle_ttl_blocks: number };
  block: { max_bytes: number; max_gas: number };
  /** Past versions kept for queries and proofs (node/pruning.ts): default | nothing | everything | custom. */
  pruning: string;
  /** With pruning "custom": versions kept (≥ 2). */
  pruning_keep_recent: number;
  /** With pruning "custom": blocks between prunings (≥ 10). */
  pruning_interval: number;
  /** Sealed repo proofs: pairing checks CheckTx may make per height (past it, txs are verified in the block only). */
  zk: { checktx_verify_budget: number };
}

export function defaultConfig(moniker: string): NodeConfig {
  return {
    moniker,
    rpc: {
      laddr: 'tcp://127.0.0.1:26657',
      max_body_bytes: 1_000_000,
      max_open_connections: 900,
      cors_allowed_origins: [...LOCAL_ORIGINS],
      timeout_broadcast_tx_commit: '10s',
      tx_search_max_scan: 200_000,
      // As CometBFT's WriteTimeout: a response not written within it closes its connection.
      write_timeout: '10s',
      max_response_bytes: 32 * 1024 * 1024,
      max_buffered_bytes_per_connection: 64 * 1024 * 1024,
      max_buffered_bytes: 512 * 1024 * 1024,
      // Unpaid execution on the block-building thread: capped (and at most block.max_gas).
      simulate_gas_limit: 25_000_000,
      simulate_max_queued: 64,
      // WebSocket subscriptions (rpc/ws.ts): CometBFT's two limits, then what an unread connection may hold and its keepalive.
      max_subscription_clients: 100,
      max_subscriptions_per_client: 5,
      ws_max_buffered_bytes: 16 * 1024 * 1024,
      ws_ping_interval: '27s',
    },
    // The SDK's app.toml [api] defaults (address, body size, connections, timeouts).
    api: { enable: true, address: 'tcp://127.0.0.1:1317', max_body_bytes: 1_000_000, max_open_connections: 1000, read_timeout: '10s', write_timeout: '10s' },
    block_time: '1s',
    minimum_gas_prices: '0umkt',
    mempool: { size: 5000, max_txs_bytes: 64 * 1024 * 1024, max_tx_bytes: 256 * 1024, bundle_ttl_blocks: 5 },
    block: { max_bytes: 4 * 1024 * 1024, max_gas: 200_000_000 },
    pruning: 'default',
    pruning_keep_recent: 0,
    pruning_interval: 0,
    zk: { checktx_verify_budget: DEFAULT_CHECKTX_VERIFY_BUDGET },
  };
}

export interface GenesisFile {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: Record<string, unknown>;
  validators: { address: string; pub_key: { type: string; value: string }; power: string; name: string }[];
  app_hash: string;
  app_state: Record<string, any>;
}

export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = path + '.tmp';
  writeFileSync(tmp, JSON.stringify(value, null, 2) + '\n');
  renameSync(tmp, path);
}

export function readJson<T>(path: string, what: string): T {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run \`marketchaind init\` first`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${what} at ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export function validateChainId(id: string): void {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,47}$/.test(id)) throw new Error(`invalid chain id ${JSON.stringify(id)}`);
}

export function initHome(home: string, opts: { chainId?: string; moniker?: string; overwrite?: boolean; genesisTime?: string }): GenesisFile {
  const p = paths(home);
  const chainId = opts.chainId ?? DEFAULT_CHAIN_ID;
  validateChainId(chainId);
  if (existsSync(p.genesis) || existsSync(p.data)) {
    if (!opts.overwrite) throw new Error(`home ${home} is already initialised; use --overwrite to replace its config, genesis and data`);
    rmSync(p.data, { recursive: true, force: true });
  }
  mkdirSync(p.config, { recursive: true });
  mkdirSync(p.data, { recursive: true });
  const kp = nacl.sign.keyPair();
  const address = validatorAddress(kp.publicKey);
  const pub = { type: 'tendermint/PubKeyEd25519', value: Buffer.from(kp.publicKey).toString('base64') };
  writeFileSync(
    p.validatorKey,
    JSON.stringify({ address, pub_key: pub, priv_key: { type: 'tendermint/PrivKeyEd25519', value: Buffer.from(kp.secretKey).toString('base64') } }, null, 2) + '\n',
    { mode: 0o600 },
  );
  const moniker = opts.moniker ?? 'marketchain-node';
  writeJsonAtomic(p.configFile, defaultConfig(moniker));
  const appState: Record<string, unknown> = {};
  for (const m of appModules()) appState[m.name] = m.genesis.defaultGenesis();
  const genesis: GenesisFile = {
    genesis_time: new Date().toISOString(),
    chain_id: chainId,
    initial_height: '1',
    consensus_params: {
      block: { max_bytes: '4194304', max_gas: '200000000' },
      evidence: { max_age_num_blocks: '100000', max_age_duration: '172800000000000', max_bytes: '1048576' },
      validator: { pub_key_types: ['ed25519'] },
      version: { app: '0' },
    },
    validators: [{ address, pub_key: pub, power: '10', name: moniker }],
    app_hash: '',
    app_state: appState,
  };
  if (opts.genesisTime) genesis.genesis_time = opts.genesisTime;
  writeJsonAtomic(p.genesis, genesis);
  writeJsonAtomic(p.clientFile, { chain_id: chainId, node: 'http://127.0.0.1:26657', keyring_backend: 'file', output: 'text' });
  return genesis;
}

/** `genesis add-account`: adds (or tops up) an account with coins in genesis.json. */
export function addGenesisAccount(home: string, address: string, coins: string): GenesisFile {
  if (!isAddress(address)) throw new Error(`invalid address ${JSON.stringify(address)}: expected a bech32 address with prefix mkt`);
  let parsed;
  try {
    parsed = parseCoins(coins);
  } catch (e) {
    throw new Error(`invalid coins ${JSON.stringify(coins)}: ${(e as Error).message}`);
  }
  if (parsed.length === 0) throw new Error('no coins given');
  const p = paths(home);
  const g = readJson<GenesisFile>(p.genesis, 'genesis.json');
  if (existsSync(p.db) && existsSync(join(p.db, 'CURRENT'))) throw new Error('the chain has already started from this genesis; accounts can only be added before the first start');
  g.app_state.bank ??= { balances: [], supply: [] };
  const balances: { address: string; coins: { denom: string; amount: string }[] }[] = g.app_state.bank.balances;
  let entry = balances.find((b) => b.address === address);
  if (!entry) {
    entry = { address, coins: [] };
    balances.push(entry);
  }
  for (const c of parsed) {
    const existing = entry.coins.find((x) => x.denom === c.denom);
    if (existing) existing.amount = (BigInt(existing.amount) + c.amount).toString();
    else entry.coins.push({ denom: c.denom, amount: c.amount.toString() });
  }
  entry.coins.sort((a, b) => (a.denom < b.denom ? -1 : 1));
  balances.sort((a, b) => (a.address < b.address ? -1 : 1));
  g.app_state.bank.supply = [];
  writeJsonAtomic(p.genesis, g);
  return g;
}

export function loadConfig(home: string): NodeConfig {
  const c = readJson<Partial<NodeConfig>>(paths(home).configFile, 'config.json');
  const d = defaultConfig(c.moniker ?? 'marketchain-node');
  const cfg = { ...d, ...c, rpc: { ...d.rpc, ...c.rpc }, api: { ...d.api, ...c.api }, mempool: { ...d.mempool, ...c.mempool }, block: { ...d.block, ...c.block }, zk: { ...d.zk, ...c.zk } };
  const budget: unknown = cfg.zk.checktx_verify_budget;
  if (!Number.isSafeInteger(budget) || (budget as number) < 0) throw new Error(`config.json: zk.checktx_verify_budget ${JSON.stringify(budget)} must be a non-negative integer (pairing checks per block in CheckTx)`);
  const origins: unknown = cfg.rpc.cors_allowed_origins;
  if (!Array.isArray(origins) || origins.some((o) => typeof o !== 'string')) throw new Error('config.json: rpc.cors_allowed_origins must be a list of origins, e.g. ["http://localhost:*"]');
  return cfg;
}

export function loadValidatorKey(home: string) {
  const k = readJson<{ address: string; pub_key: { value: string }; priv_key: { value: string } }>(paths(home).validatorKey, 'priv_validator_key.json');
  const privKey = new Uint8Array(Buffer.from(k.priv_key.value, 'base64'));
  const pubKey = new Uint8Array(Buffer.from(k.pub_key.value, 'base64'));
  if (privKey.length !== 64 || pubKey.length !== 32) throw new Error('priv_validator_key.json holds a malformed ed25519 key');
  return { address: validatorAddress(pubKey), pubKey, privKey };
}

/** Parses durations like "1s", "500ms", "2m". */
export function parseDuration(s: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(s.trim());
  if (!m) throw new Error(`invalid duration ${JSON.stringify(s)}: use e.g. 500ms, 1s, 2m`);
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
  if (ms < 10) throw new Error(`duration ${s} is too short (minimum 10ms)`);
  return ms;
}
