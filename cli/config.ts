// Client defaults: flags win, then env, then <home>/config/client.json, then built-in defaults.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { GlobalOpts } from './env.js';
import { CliError } from './env.js';

export function defaultHome(): string {
  return process.env.MARKETCHAIN_HOME || join(homedir(), '.marketchain');
}

interface ClientFile {
  chain_id?: string;
  node?: string;
  keyring_backend?: string;
  output?: string;
  /** Default --gas-prices, e.g. "0.025umkt" or "0.025umkt,0.1uusdc". */
  gas_prices?: string;
  /** Default --broadcast-mode. */
  broadcast_mode?: string;
}

export function readClientFile(home: string): ClientFile {
  const p = join(home, 'config', 'client.json');
  if (!existsSync(p)) return {};
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as ClientFile;
  } catch (e) {
    throw new CliError(`${p} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Resolves the global options of a command (raw = commander's merged opts). */
export function resolveGlobals(raw: Record<string, any>): GlobalOpts {
  const home = raw.home ?? defaultHome();
  const file = readClientFile(home);
  const output = raw.output ?? file.output ?? 'text';
  if (output !== 'json' && output !== 'text') throw new CliError(`invalid --output ${JSON.stringify(output)}: use json or text`);
  const keyringBackend = raw.keyringBackend ?? process.env.MARKETCHAIN_KEYRING_BACKEND ?? file.keyring_backend ?? 'file';
  if (keyringBackend !== 'file' && keyringBackend !== 'test') throw new CliError(`invalid --keyring-backend ${JSON.stringify(keyringBackend)}: use file or test`);
  const node = nodeUrl(raw.node ?? process.env.MARKETCHAIN_NODE ?? file.node ?? 'http://127.0.0.1:26657');
  return { home, output, keyringBackend, node, chainId: raw.chainId ?? file.chain_id };
}

/**
 * The node's RPC URL: http(s)://, or tcp://host:port as gaiad and CometBFT write it (JSON-RPC over
 * HTTP on that address).
 */
export function nodeUrl(node: string): string {
  const m = /^tcp:\/\/([^/\s]+)\/?$/.exec(node);
  if (m) return `http://${m[1]}`;
  if (!/^https?:\/\/[^\s]+$/.test(node)) throw new CliError(`invalid --node ${JSON.stringify(node)}: expected http://host:port or tcp://host:port`);
  return node;
}
