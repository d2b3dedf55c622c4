// JSON-RPC over WebSocket at /websocket, as CometBFT serves it: every HTTP method, plus subscribe /
// unsubscribe / unsubscribe_all. An event is answered with the subscribe request's id and
// `{query, data: {type: "tendermint/event/…", value}, events}` (block_events.ts).
//
// What one connection may cost is bounded: its requests run one at a time (reading from the socket
// pauses while a few wait), a message is at most rpc.max_body_bytes, it holds at most
// rpc.max_subscriptions_per_client subscriptions, and a connection whose unsent bytes pass
// rpc.ws_max_buffered_bytes (a client that does not read) is closed, as is one that answers no ping
// within rpc.ws_ping_interval. At most rpc.max_subscription_clients connections hold subscriptions.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ChainNode } from '../chain_node.js';
import { blockEvents, type BusEvent } from './block_events.js';
import { RpcError, rpcErrors } from './errors.js';
import { parseEventQuery, queryMatches, type EventQuery } from './event_query.js';
import type { CallCtx } from './methods.js';
import { namedParams } from './param_order.js';
import { stringParam } from './params.js';
import type { Serialized } from './raw_json.js';

export interface WsOpts {
  maxBodyBytes: number;
  /** Connections that may hold subscriptions at once (CometBFT's max_subscription_clients). */
  maxSubscriptionClients: number;
  /** Subscriptions of one connection (CometBFT's max_subscriptions_per_client). */
  maxSubscriptionsPerClient: number;
  /** Unsent bytes one connection may hold before it is closed. */
  maxBufferedPerConn: number;
  /** Unsent bytes all connections together may hold: beyond it, the connections holding most are closed. */
  maxBufferedTotal: number;
  /** Milliseconds between pings; a connection that has not answered the previous one is closed. */
  pingInterval: number;
  /** Whether a browser page of this origin may connect (the RPC's CORS list). */
  originAllowed: (origin: string) => boolean;
  log: (line: string) => void;
}

type RpcReq = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown };
type Call = (req: RpcReq, ctx: CallCtx) => Promise<Serialized>;

/** Requests of one connection waiting their turn before the node stops reading its socket. */
const MAX_QUEUED = 4;
/** How often the committed height is looked at while anyone is subscribed. */
const POLL_MS = 20;
/** Event frames sent between yields to the event loop, so other requests are answered during a large dispatch. */
const SENDS_PER_TURN = 256;

const QUERY_MAX = 512;
/** Event answers from this size on are sent in two fragments, the body shared by every subscriber. */
const FRAGMENT_FROM = 64 * 1024;
/** Bytes queued between checks of all connections' unsent bytes against rpc.max_buffered_bytes (at most an eighth of it). */
const SHED_EVERY = 16 * 1024 * 1024;

interface Subscription {
  query: EventQuery;
  /** The subscribe request's id: every event is answered with it. */
  id: string | number;
}

class Client {
  readonly subs = new Map<string, Subscription>();
  readonly queue: RawData[] = [];
  running = false;
  alive = true;
  closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly addr: string,
  ) {}
}

const idOf = (req: unknown): string | number => {
  const id = (req as RpcReq | null)?.id;
  return typeof id === 'number' || typeof id === 'string' ? id : -1;
};

const errorFrame = (id: unknown, e: RpcError) => JSON.stringify({ jsonrpc: '2.0', id: id ?? -1, error: { code: e.code, message: e.message, data: e.data } });

export class WsHub {
  private readonly wss: WebSocketServer;
  private readonly clients = new Set<Client>();
  private subscribers = 0;
  private lastHeight = 0;
  private poller: NodeJS.Timeout | undefined;
  private dispatching = false;
  /** Bytes queued to connections since the node-wide total was last checked. */
  private queuedSinceShed = 0;
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly node: ChainNode,
    private readonly o: WsOpts,
    private readonly call: Call,
    private readonly newCtx: () => CallCtx,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: o.maxBodyBytes, perMessageDeflate: false, clientTracking: false });
    this.pinger = setInterval(() => this.ping(), o.pingInterval);
    this.pinger.unref();
  }

  /** Unsent bytes of every connection. */
  buffered(): number {
    let n = 0;
    for (const c of this.clients) n += c.ws.bufferedAmount;
    return n;
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      let path = '';
      try {
        path = new URL(req.url ?? '/', 'http://localhost').pathname;
      } catch {
        // A request target no URL parses: not /websocket.
      }
      const refuse = (status: string) => {
        socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${status.replace(/^\d+ /, '')}\n`);
      };
      if (path !== '/websocket') return refuse('404 Not Found');
      // WebSockets are not under CORS: the origin list is applied here, so a web page the developer
      // visits cannot drive the local node through a socket where it could not through fetch.
      const origin = req.headers.origin;
      if (origin !== undefined && !this.o.originAllowed(origin)) return refuse('403 Forbidden');
      try {
        this.wss.handleUpgrade(req, socket, head, (ws) => this.add(ws, `${req.socket.remoteAddress}:${req.socket.remotePort}`));
      } catch {
        socket.destroy();
      }
    });
  }

  close(): void {
    clearInterval(this.pinger);
    if (this.poller) clearInterval(this.poller);
    for (const c of this.clients) c.ws.terminate();
  }

  private add(ws: WebSocket, addr: string): void {
    const c = new Client(ws, addr);
    this.clients.add(c);
    ws.on('error', () => this.drop(c, undefined));
    ws.on('close', () => this.drop(c, undefined));
    ws.on('pong', () => (c.alive = true));
    ws.on('message', (data: RawData) => {
      c.alive = true;
      c.queue.push(data);
      if (c.queue.length >= MAX_QUEUED) ws.pause();
      void this.drain(c);
    });
  }

  private drop(c: Client, why: string | undefined): void {
    if (c.closed) return;
    c.closed = true;
    if (why) this.o.log(`closed WebSocket connection from ${c.addr}: ${why}`);
    this.clients.delete(c);
    this.setSubs(c, () => c.subs.clear());
    c.queue.length = 0;
    c.ws.terminate();
  }

  /** Changes a client's subscriptions, keeping the count of subscribing clients and the poller in step. */
  private setSubs(c: Client, change: () => void): void {
    const had = c.subs.size > 0;
    change();
    const has = c.subs.size > 0;
    if (had !== has) this.subscribers += has ? 1 : -1;
    if (this.subscribers > 0 && !this.poller) {
      this.lastHeight = this.node.height;
      this.poller = setInterval(() => void this.poll(), POLL_MS);
      this.poller.unref();
    } else if (this.subscribers === 0 && this.poller) {
      clearInterval(this.poller);
      this.poller = undefined;
    }
  }

  /**
   * Sends a message (given as parts: one frame each, the last ends the message), or closes the
   * connection when what it has not read passes its cap.
   */
  private send(c: Client, ...parts: (string | Buffer)[]): void {
    if (c.closed) return;
    if (c.ws.bufferedAmount > this.o.maxBufferedPerConn) {
      return this.drop(c, `${c.ws.bufferedAmount} unsent bytes pass rpc.ws_max_buffered_bytes (${this.o.maxBufferedPerConn}): the client does not read`);
    }
    parts.forEach((p, i) => c.ws.send(p, { fin: i === parts.length - 1 }));
    // The node-wide bound is checked again after every few megabytes queued, not only per block.
    this.queuedSinceShed += parts.reduce((n, p) => n + p.length, 0);
    if (this.queuedSinceShed > Math.min(SHED_EVERY, this.o.maxBufferedTotal / 8)) this.shed();
  }

  private async drain(c: Client): Promise<void> {
    if (c.running) return;
    c.running = true;
    try {
      while (!c.closed && c.queue.length > 0) {
        const data = c.queue.shift()!;
        if (c.queue.length < MAX_QUEUED) c.ws.resume();
        const out = await this.answer(c, data).catch((e: unknown) => errorFrame(-1, rpcErrors.internal((e as Error)?.message ?? String(e))));
        this.send(c, out);
        // A turn of the event loop between requests: a connection streaming requests does not keep other clients waiting.
        await new Promise((r) => setImmediate(r));
      }
    } finally {
      c.running = false;
    }
  }

  private async answer(c: Client, data: RawData): Promise<string | Buffer> {
    let req: unknown;
    try {
      req = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
    } catch (e) {
      return errorFrame(-1, rpcErrors.parse((e as Error).message));
    }
    if (Array.isArray(req)) {
      if (req.length === 0 || req.length > 100) return errorFrame(-1, rpcErrors.invalidRequest('a batch holds 1 to 100 requests'));
      const ctx = this.newCtx();
      const outs = await Promise.all(req.map((r) => this.one(c, r, ctx)));
      return Buffer.concat([Buffer.from('['), ...outs.flatMap((o, i) => (i > 0 ? [Buffer.from(','), toBuffer(o)] : [toBuffer(o)])), Buffer.from(']')]);
    }
    return this.one(c, req, this.newCtx());
  }

  private async one(c: Client, req: unknown, ctx: CallCtx): Promise<string | Buffer> {
    const method = (req as RpcReq | null)?.method;
    if (method === 'subscribe' || method === 'unsubscribe' || method === 'unsubscribe_all') {
      try {
        return JSON.stringify({ jsonrpc: '2.0', id: idOf(req), result: this.subscription(c, method, req as RpcReq) });
      } catch (e) {
        return errorFrame(idOf(req), e instanceof RpcError ? e : rpcErrors.internal(String(e)));
      }
    }
    const s = await this.call(req as RpcReq, ctx);
    return Buffer.concat(s.chunks.map((ch) => (typeof ch === 'string' ? Buffer.from(ch) : Buffer.from(ch.buffer, ch.byteOffset, ch.byteLength))));
  }

  private subscription(c: Client, method: 'subscribe' | 'unsubscribe' | 'unsubscribe_all', req: RpcReq): Record<string, never> {
    if (method === 'unsubscribe_all') {
      if (c.subs.size === 0) throw rpcErrors.internal('subscription not found');
      this.setSubs(c, () => c.subs.clear());
      return {};
    }
    const text = stringParam(namedParams(method, req.params), 'query', true)!;
    if (method === 'unsubscribe') {
      if (!c.subs.has(text)) throw rpcErrors.internal('subscription not found');
      this.setSubs(c, () => c.subs.delete(text));
      return {};
    }
    // CometBFT's checks, in its order and words.
    if (c.subs.size === 0 && this.subscribers >= this.o.maxSubscriptionClients) throw rpcErrors.internal(`max_subscription_clients ${this.o.maxSubscriptionClients} reached`);
    if (c.subs.size >= this.o.maxSubscriptionsPerClient) throw rpcErrors.internal(`max_subscriptions_per_client ${this.o.maxSubscriptionsPerClient} reached`);
    if (text.length > QUERY_MAX) throw rpcErrors.internal('maximum query length exceeded');
    const query = parseEventQuery(text);
    if (c.subs.has(text)) throw rpcErrors.internal('already subscribed');
    this.setSubs(c, () => c.subs.set(text, { query, id: idOf(req) }));
    return {};
  }

  private ping(): void {
    for (const c of this.clients) {
      if (!c.alive) {
        this.drop(c, `no pong within rpc.ws_ping_interval (${this.o.pingInterval} ms)`);
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        this.drop(c, undefined);
      }
    }
  }

  private async poll(): Promise<void> {
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      while (this.subscribers > 0 && this.lastHeight < this.node.height) {
        const h = ++this.lastHeight;
        await this.dispatch(h);
      }
    } catch (e) {
      this.o.log(`WebSocket events: ${(e as Error).message}`);
    } finally {
      this.dispatching = false;
    }
  }

  /** Sends block `h`'s events to every matching subscription. */
  private async dispatch(h: number): Promise<void> {
    this.shed();
    const subs: [Client, Subscription][] = [];
    for (const c of this.clients) for (const s of c.subs.values()) subs.push([c, s]);
    const wanted = (type: BusEvent['type']) => subs.some(([, s]) => s.query.eventType === undefined || s.query.eventType === type);
    const events = await blockEvents(this.node, h, wanted);
    if (!events) return;
    let sent = 0;
    for (const ev of events) {
      // What every subscriber's answer shares is made once; a large one is sent as the same bytes to
      // each (the message in fragments: its own head, then the shared body), never copied per subscriber.
      const body = `"data":${ev.data},"events":${JSON.stringify(ev.events)}}}`;
      const shared = body.length >= FRAGMENT_FROM ? Buffer.from(body) : undefined;
      for (const [c, s] of subs) {
        if (c.closed || (s.query.eventType !== undefined && s.query.eventType !== ev.type) || !queryMatches(s.query, ev.events)) continue;
        const head = `{"jsonrpc":"2.0","id":${JSON.stringify(s.id)},"result":{"query":${JSON.stringify(s.query.text)},`;
        if (shared) this.send(c, head, shared);
        else this.send(c, head + body);
        if (++sent % SENDS_PER_TURN === 0) await new Promise((r) => setImmediate(r));
      }
    }
  }

  /** While all connections together hold more unsent bytes than allowed, closes those holding most (at each block's events and every few megabytes queued). */
  private shed(): void {
    this.queuedSinceShed = 0;
    let total = this.buffered();
    if (total <= this.o.maxBufferedTotal) return;
    const bySize = [...this.clients].sort((a, b) => b.ws.bufferedAmount - a.ws.bufferedAmount);
    for (const c of bySize) {
      if (total <= this.o.maxBufferedTotal) break;
      const held = c.ws.bufferedAmount;
      this.drop(c, `all WebSocket connections hold ${total} unsent bytes, more than rpc.max_buffered_bytes (${this.o.maxBufferedTotal}); this one holds ${held}`);
      total -= held;
    }
  }
}

function toBuffer(o: string | Buffer): Buffer {
  return typeof o === 'string' ? Buffer.from(o) : o;
}
