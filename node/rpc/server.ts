// HTTP server for the CometBFT-compatible JSON-RPC: POST (JSON-RPC 2.0, single or batch), GET URI form
// (/status, /block?height=5), CORS, request size / connection / time caps. Bad input never stops the node.
import { attachRenderer } from './store_render.js';
import { attachBlockLookup } from './block_lookup.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ChainNode } from '../chain_node.js';
import { applyCors, originMatcher } from './cors.js';
import { RpcError, rpcErrors } from './errors.js';
import { methods, type CallCtx, type Method } from './methods.js';
import { bodyChunks, Serialized } from './raw_json.js';
import { ConnLimits } from './write_limits.js';
import { readBody } from './http_body.js';
import { uriParams } from './params.js';
import { cometRoutes } from './comet_routes.js';
import { namedParams } from './param_order.js';
import { WsHub } from './ws.js';

export interface RpcServerOpts {
  host: string;
  port: number;
  maxBodyBytes: number;
  maxConnections: number;
  corsOrigins: string[];
  /** Index entries and tx locations tx_search may examine per HTTP request (a batch shares them). */
  txSearchMaxScan: number;
  /** Bytes of one HTTP response (a batch's answers together). */
  maxResponseBytes: number;
  /** Bytes of responses one connection may hold unread. */
  maxConnBuffered: number;
  /** Bytes of responses all connections together may hold unread before reads of blocks and txs are refused. */
  maxBuffered: number;
  /** Milliseconds to write a response before its connection is closed. */
  writeTimeout: number;
  /** WebSocket (/websocket, ws.ts): connections that may hold subscriptions, and subscriptions of one. */
  maxSubscriptionClients?: number;
  maxSubscriptionsPerClient?: number;
  /** WebSocket: unsent bytes of one connection before it is closed. */
  wsMaxBuffered?: number;
  /** WebSocket: milliseconds between pings (a connection that missed the last pong is closed). */
  wsPingInterval?: number;
  log?: (line: string) => void;
}

/** Methods whose answers can be large (blocks, results, txs): within a batch they run one after another, each only while the response budget lasts. */
const LARGE = new Set(['block', 'block_results', 'blockchain', 'commit', 'tx', 'tx_search', 'genesis', 'unconfirmed_txs', 'block_by_hash', 'block_search']);

/** Every HTTP route: methods.ts's and the further CometBFT 0.38 ones. */
export const routes: Record<string, Method> = { ...methods, ...cometRoutes };

type RpcReq = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown };

function errorBody(id: unknown, e: RpcError) {
  return { jsonrpc: '2.0', id: id ?? -1, error: { code: e.code, message: e.message, data: e.data } };
}

async function answer(node: ChainNode, req: RpcReq, ctx: CallCtx, id: string | number): Promise<unknown> {
  try {
    if (!req || typeof req !== 'object' || Array.isArray(req)) throw rpcErrors.invalidRequest('request must be a JSON object');
    if (typeof req.method !== 'string') throw rpcErrors.invalidRequest('method must be a string');
    const m = Object.prototype.hasOwnProperty.call(routes, req.method) ? routes[req.method] : undefined;
    if (!m) throw rpcErrors.methodNotFound(req.method);
    const params = namedParams(req.method, req.params);
    if (LARGE.has(req.method)) {
      if (ctx.response.left <= 0) throw rpcErrors.responseTooLarge(ctx.response.limit);
      if (ctx.busy()) throw rpcErrors.internal('the node holds too many unread responses (rpc.max_buffered_bytes); retry later');
    }
    return { jsonrpc: '2.0', id, result: await m(node, params, ctx) };
  } catch (e) {
    if (e instanceof RpcError) return errorBody(id, e);
    return errorBody(id, rpcErrors.internal((e as Error).message ?? String(e)));
  }
}

/** One request's answer, serialized and charged to the response budget (over it: the budget's error instead). */
async function call(node: ChainNode, req: RpcReq, ctx: CallCtx): Promise<Serialized> {
  const id = typeof req?.id === 'number' || typeof req?.id === 'string' ? req.id : -1;
  const large = !!req && typeof req === 'object' && LARGE.has(req.method as string);
  const run = async () => {
    const out = Serialized.of(await answer(node, req, ctx, id));
    if (out.bytes > ctx.response.left) {
      ctx.response.left = 0;
      return Serialized.of(errorBody(id, rpcErrors.responseTooLarge(ctx.response.limit)));
    }
    ctx.response.left -= out.bytes;
    return out;
  };
  if (!large) return run();
  const r = ctx.reads.then(run);
  ctx.reads = r.catch(() => undefined);
  return r;
}

/** CometBFT's answer (Go's http.NotFound) for a path that is no route. */
function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end('404 page not found\n');
}

export function startRpcServer(node: ChainNode, o: RpcServerOpts): Promise<Server> {
  // Rendering runs beside the records from the first block on (a failure to load it is met again, and
  // answered, by the first read that needs it).
  attachRenderer(node.db).catch(() => undefined);
  attachBlockLookup(node.db).catch(() => undefined);
  const corsAllowed = originMatcher(o.corsOrigins);
  const corsAny = o.corsOrigins.includes('*');
  const limits = new ConnLimits({ maxConnBuffered: Math.max(o.maxConnBuffered, o.maxResponseBytes), maxResponse: o.maxResponseBytes, writeTimeout: o.writeTimeout }, o.log ?? (() => {}));
  const newCtx = (): CallCtx => ({
    scan: { limit: o.txSearchMaxScan, left: o.txSearchMaxScan },
    response: { limit: o.maxResponseBytes, left: o.maxResponseBytes },
    reads: Promise.resolve(),
    busy: () => limits.pending + hub.buffered() > o.maxBuffered,
  });
  const hub = new WsHub(
    node,
    {
      maxBodyBytes: o.maxBodyBytes,
      maxSubscriptionClients: o.maxSubscriptionClients ?? 100,
      maxSubscriptionsPerClient: o.maxSubscriptionsPerClient ?? 5,
      maxBufferedPerConn: o.wsMaxBuffered ?? 16 * 1024 * 1024,
      maxBufferedTotal: o.maxBuffered,
      pingInterval: o.wsPingInterval ?? 27_000,
      originAllowed: (origin) => corsAny || corsAllowed(origin),
      log: o.log ?? (() => {}),
    },
    (req, ctx) => call(node, req, ctx),
    newCtx,
  );
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void limits.serve(req, () => handle(req, res));
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    applyCors(req, res, corsAllowed, corsAny);
    const send = (status: number, body: unknown) => limits.send(res, status, bodyChunks(body));
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (req.method === 'POST') {
        // JSON-RPC is served at the root (and, as before, at a route's own path); CometBFT answers any other path 404.
        const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/^\/+/, '');
        if (path !== '' && !Object.prototype.hasOwnProperty.call(routes, path)) {
          req.resume();
          return notFound(res);
        }
        const len = Number(req.headers['content-length'] ?? 0);
        if (len > o.maxBodyBytes) {
          send(413, errorBody(-1, new RpcError(-32600, 'Invalid Request', `request body larger than ${o.maxBodyBytes} bytes`)));
          req.resume();
          return;
        }
        const body = await readBody(req, o.maxBodyBytes, 'destroy', () => new RpcError(-32600, 'Invalid Request', `request body larger than ${o.maxBodyBytes} bytes`));
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch (e) {
          send(200, errorBody(-1, rpcErrors.parse((e as Error).message)));
          return;
        }
        if (Array.isArray(parsed)) {
          if (parsed.length === 0 || parsed.length > 100) {
            send(200, errorBody(-1, rpcErrors.invalidRequest('a batch holds 1 to 100 requests')));
            return;
          }
          // Every request of a batch starts in order (so broadcasts reach CheckTx in batch order, as
          // CometBFT processes them) and they run concurrently: a batch of broadcasts shares one
          // signature-verification round instead of waiting for one round per tx.
          const ctx = newCtx();
          send(200, await Promise.all(parsed.map((r) => call(node, r as RpcReq, ctx))));
        } else send(200, await call(node, parsed as RpcReq, newCtx()));
        return;
      }
      if (req.method === 'GET') {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const method = url.pathname.replace(/^\/+/, '');
        if (method === '') {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('marketchain CometBFT-compatible RPC. Available endpoints:\n' + Object.keys(routes).map((m) => `//${req.headers.host}/${m}`).join('\n') + '\n');
          return;
        }
        if (method === 'websocket') {
          // A GET without the WebSocket upgrade (CometBFT's answer).
          res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Sec-Websocket-Version': '13' });
          res.end('Bad Request\n');
          return;
        }
        if (!Object.prototype.hasOwnProperty.call(routes, method)) return notFound(res);
        // As CometBFT's URI handler: an error answer (bad params, a failed method) goes out with HTTP 500.
        const out = await call(node, { jsonrpc: '2.0', id: -1, method, params: uriParams(url.searchParams) }, newCtx());
        limits.send(res, out.isError ? 500 : 200, out.chunks);
        return;
      }
      send(405, errorBody(-1, rpcErrors.invalidRequest(`HTTP method ${req.method} is not supported`)));
    } catch (e) {
      if (e instanceof RpcError) send(413, errorBody(-1, e));
      else send(500, errorBody(-1, rpcErrors.internal((e as Error).message)));
    }
  };
  hub.attach(server);
  server.on('close', () => hub.close());
  server.maxConnections = o.maxConnections;
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** Parses tcp://127.0.0.1:26657 into host and port. */
export function parseLaddr(laddr: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?([^:/]+|\[[^\]]+\]):(\d{1,5})$/.exec(laddr.trim());
  if (!m || Number(m[2]) > 65535) throw new Error(`invalid listen address ${JSON.stringify(laddr)}: expected tcp://HOST:PORT`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}
