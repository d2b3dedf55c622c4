// Starting the REST API with `marketchaind start`: the address and switch from --api.address /
// --api.enable or the home's config (api.*). An address from the flag must be free (the start fails
// otherwise); the config's default address, when another node already holds it, only skips the API with
// a warning, so several local nodes (tests, benchmarks) can run side by side.
import type { Server } from 'node:http';
import type { ChainNode } from '../chain_node.js';
import { parseDuration, type NodeConfig } from '../home.js';
import { parseLaddr } from '../rpc/server.js';
import { startApiServer } from './server.js';
import { loadWebFiles, WEB_DIR } from './web_static.js';

export interface ApiFlags {
  address?: string;
  enable?: string;
  /** The JSON-RPC's URL, told to the explorer page (/web-config.json). */
  rpcUrl?: string;
}

export function parseEnable(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new Error(`--api.enable must be true or false, got ${JSON.stringify(v)}`);
}

/** The started server and its URL, or undefined when the API is off (or its default address is taken). */
export async function startApi(node: ChainNode, cfg: NodeConfig, flags: ApiFlags, log: (s: string) => void): Promise<{ server: Server; url: string; web: boolean } | undefined> {
  if (!parseEnable(flags.enable, cfg.api.enable)) return undefined;
  const laddr = parseLaddr(flags.address ?? cfg.api.address);
  try {
    let web;
    try {
      web = loadWebFiles(WEB_DIR, flags.rpcUrl);
    } catch (e) {
      log(`warning: explorer not served: ${(e as Error).message}`);
    }
    const server = await startApiServer(node, {
      host: laddr.host,
      port: laddr.port,
      maxBodyBytes: cfg.api.max_body_bytes,
      maxConnections: cfg.api.max_open_connections,
      corsOrigins: cfg.rpc.cors_allowed_origins,
      readTimeout: parseDuration(cfg.api.read_timeout),
      writeTimeout: parseDuration(cfg.api.write_timeout),
      txSearchMaxScan: cfg.rpc.tx_search_max_scan,
      maxResponseBytes: cfg.rpc.max_response_bytes,
      web,
      rpcUrl: flags.rpcUrl,
    });
    const a = server.address();
    const port = typeof a === 'object' && a ? a.port : laddr.port;
    return { server, url: `http://${laddr.host.includes(':') ? `[${laddr.host}]` : laddr.host}:${port}`, web: web !== undefined };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (flags.address === undefined && err.code === 'EADDRINUSE') {
      log(`warning: REST API not started: ${laddr.host}:${laddr.port} (api.address) is in use; set --api.address or api.address in config.json`);
      return undefined;
    }
    throw new Error(`cannot listen on ${laddr.host}:${laddr.port} for the REST API: ${err.message}`);
  }
}
