// The REST (LCD) API's HTTP server: the Cosmos SDK's gRPC-gateway routes and JSON (routes.ts), the
// OpenAPI document, CORS as the JSON-RPC's (rpc.cors_allowed_origins). Bounded: a request body above
// max_body_bytes is refused (413) without being read, at most max_open_connections connections,
// read_timeout to receive a request, an idle connection closed after write_timeout, pages of at most
// 1000 entries (tx searches: 100). Any input gets an answer in the gateway's error shape; none stops
// the node.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ChainNode } from '../chain_node.js';
import { applyCors, originMatcher } from '../rpc/cors.js';
import { readBody } from '../rpc/http_body.js';
import type { CallCtx } from '../rpc/methods.js';
import { attachRenderer } from '../rpc/store_render.js';
import { CHAIN_INFO_PATH, chainInfo, publicUrl } from './chain_info.js';
import { ApiError, apiErrors, GRPC } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ABSENT_SDK_MODULES, matchRoute } from './routes.js';
import { serveWeb, type WebFiles } from './web_static.js';

export interface ApiServerOpts {
  host: string;
  port: number;
  maxBodyBytes: number;
  maxConnections: number;
  corsOrigins: string[];
  /** Milliseconds to receive a request (headers and body). */
  readTimeout: number;
  /** Milliseconds a connection may stay idle (a response unread) before it is closed. */
  writeTimeout: number;
  /** Index entries a tx search may examine (rpc.tx_search_max_scan). */
  txSearchMaxScan: number;
  /** Bytes of one answer (rpc.max_response_bytes, as the JSON-RPC's). */
  maxResponseBytes: number;
  /** The explorer's built files, served where no API route matches (web_static.ts). */
  web?: WebFiles;
  /** The JSON-RPC's URL, named in the Keplr chain info (chain_info.ts). */
  rpcUrl?: string;
}

export const OPENAPI_PATHS = ['/swagger/openapi.json', '/openapi.json'];

function parseBody(buf: Buffer): Record<string, unknown> {
  if (buf.length === 0) return {};
  let v: unknown;
  try {
    v = JSON.parse(buf.toString('utf8'));
  } catch (e) {
    throw apiErrors.invalid(`invalid JSON body: ${(e as Error).message}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw apiErrors.invalid('the body must be a JSON object');
  return v as Record<string, unknown>;
}

export function startApiServer(node: ChainNode, o: ApiServerOpts): Promise<Server> {
  attachRenderer(node.db).catch(() => undefined);
  const corsAllowed = originMatcher(o.corsOrigins);
  const corsAny = o.corsOrigins.includes('*');
  const openapi = JSON.stringify(openApiDocument());
  const ctx = (): CallCtx => ({
    scan: { limit: o.txSearchMaxScan, left: o.txSearchMaxScan },
    response: { limit: o.maxResponseBytes, left: o.maxResponseBytes },
    reads: Promise.resolve(),
    busy: () => false,
  });

  const send = (res: ServerResponse, status: number, body: string) => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Cosmos-Block-Height': String(node.height) });
    res.end(body);
  };
  const fail = (res: ServerResponse, e: unknown) => {
    const err = e instanceof ApiError ? e : apiErrors.internal((e as Error)?.message ?? String(e));
    send(res, err.status, JSON.stringify(err.body()));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    applyCors(req, res, corsAllowed, corsAny);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && OPENAPI_PATHS.includes(url.pathname)) return send(res, 200, openapi);
    if (req.method === 'GET' && url.pathname === CHAIN_INFO_PATH) {
      const own = server.address();
      const rest = publicUrl(`http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${typeof own === 'object' && own ? own.port : o.port}`, req.headers.host);
      return send(res, 200, JSON.stringify(await chainInfo(node, ctx(), { rpc: publicUrl(o.rpcUrl ?? 'http://127.0.0.1:26657', req.headers.host), rest })));
    }
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? '');
    const m = matchRoute(method, url.pathname);
    if (!m) {
      if (o.web && serveWeb(o.web, req, res, url.pathname)) return;
      const absent = /^\/cosmos\/([^/]+)\//.exec(url.pathname)?.[1];
      if (absent && ABSENT_SDK_MODULES.includes(absent)) throw new ApiError(GRPC.Unimplemented, `this chain has no ${absent} module: ${url.pathname} is not served`);
      throw new ApiError(GRPC.NotFound, 'Not Found');
    }
    if ('methodNotAllowed' in m) throw new ApiError(GRPC.Unimplemented, 'Method Not Allowed');
    let body: Record<string, unknown> = {};
    if (method === 'POST') {
      const len = Number(req.headers['content-length'] ?? 0);
      if (len > o.maxBodyBytes) throw apiErrors.tooLarge(o.maxBodyBytes);
      body = parseBody(await readBody(req, o.maxBodyBytes, 'drain', () => apiErrors.tooLarge(o.maxBodyBytes)));
    }
    const out = JSON.stringify(await m.route.handle({ node, path: m.path, query: url.searchParams, body, ctx: ctx() }));
    // An answer is built whole (a page of at most 100 txs or 1000 entries); one past the response cap is not sent.
    if (out.length > o.maxResponseBytes) throw apiErrors.internal(`response too large: more than ${o.maxResponseBytes} bytes (rpc.max_response_bytes); ask for less at a time`);
    send(res, 200, out);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      fail(res, e);
      // A body left unread (refused before reading) is not waited for: the connection closes.
      if (!req.complete) res.once('finish', () => req.socket.destroy());
    });
  });
  // Malformed HTTP (bad request line, headers too large): answered 400 and closed, never thrown.
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.maxConnections = o.maxConnections;
  server.requestTimeout = o.readTimeout;
  server.headersTimeout = Math.min(o.readTimeout, 10_000);
  server.keepAliveTimeout = 5_000;
  server.setTimeout(o.writeTimeout, (socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
