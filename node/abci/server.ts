// The ABCI 2.0 socket server CometBFT v0.38 connects to (`proxy_app = "tcp://..."` or "unix://...").
// CometBFT opens four connections (consensus, mempool, query, snapshot); each is served on its own:
// its requests are read as they come (pipelined), handled one at a time and answered in order,
// while the other connections go on. Echo and Flush are answered here. A handler that throws gets
// ResponseException and its connection closed (CometBFT then stops, as with its own server);
// a malformed, oversized or truncated frame closes that connection only, with a logged error.
import { lstatSync, unlinkSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tendermint } from '../../proto/cometbft_abci.js';
import type { AbciApp, AbciMethod } from './app.js';
import { DEFAULT_MAX_MESSAGE_BYTES, encodeFrame, FrameError, FrameReader } from './frame.js';

import abci = tendermint.abci;

export interface AbciServerOptions {
  /** Cap on one request's length (the varint prefix), CometBFT's 100 MB by default. */
  maxMessageBytes?: number;
  /** Where connection errors go (one line each); stderr by default. */
  log?: (line: string) => void;
}

/** Reading pauses while this many requests of one connection wait for their turn. */
const MAX_QUEUED = 10_000;
/**
 * Responses of one connection go out together, at most this many per socket write, and the event loop
 * gets a turn between two such batches: CometBFT pipelines thousands of CheckTx (each followed by a
 * Flush) on the mempool connection, and a write per response cost a syscall each, while a queue
 * handled in one go left every socket unread meanwhile (CometBFT's writer then blocks on a full socket
 * and other connections wait).
 */
const RESPONSE_BATCH = 256;

export type ListenAddress = { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

/** `tcp://host:port`, `host:port` or `unix:///path/to.sock` (CometBFT's proxy_app forms). */
export function parseListenAddress(address: string): ListenAddress {
  if (address.startsWith('unix://')) {
    const path = address.slice('unix://'.length);
    if (path === '') throw new Error(`ABCI address ${address}: no socket path`);
    return { kind: 'unix', path };
  }
  const rest = address.startsWith('tcp://') ? address.slice('tcp://'.length) : address;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:/\s]+):(\d{1,5})$/.exec(rest);
  if (!m || Number(m[2]) > 65535) throw new Error(`ABCI address ${address}: expected tcp://host:port or unix:///path`);
  return { kind: 'tcp', host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}

export class AbciServer {
  private server: Server | undefined;
  private readonly conns = new Set<AbciConnection>();
  readonly maxMessageBytes: number;
  private readonly log: (line: string) => void;

  constructor(
    readonly app: AbciApp,
    opts: AbciServerOptions = {},
  ) {
    this.maxMessageBytes = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.log = opts.log ?? ((line) => process.stderr.write(`abci: ${line}\n`));
  }

  /** Open connections. */
  get connections(): number {
    return this.conns.size;
  }

  /** Listens; resolves to the bound address in the form given (a tcp port 0 replaced by the real one). */
  async listen(address: string): Promise<string> {
    const where = parseListenAddress(address);
    const server = createServer((socket) => {
      const conn = new AbciConnection(socket, this.app, this.maxMessageBytes, this.log, () => this.conns.delete(conn));
      this.conns.add(conn);
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if (where.kind === 'unix') {
        // A socket file left by a killed server would refuse the bind: a socket file is ours to replace.
        try {
          if (lstatSync(where.path).isSocket()) unlinkSync(where.path);
        } catch {
          /* no such file */
        }
        server.listen(where.path, resolve);
      } else {
        server.listen(where.port, where.host, resolve);
      }
    });
    server.on('error', (e) => this.log(`server error: ${e.message}`));
    if (where.kind === 'unix') return `unix://${where.path}`;
    const a = server.address() as AddressInfo;
    return `tcp://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
  }

  /** Stops accepting and closes every connection. */
  async close(): Promise<void> {
    for (const c of this.conns) c.close();
    this.conns.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** One CometBFT connection: its frames in, its responses out in the same order. */
class AbciConnection {
  private readonly reader: FrameReader;
  private readonly queue: Buffer[] = [];
  private head = 0;
  private running = false;
  private closed = false;
  /** Responses are being collected (socket.cork) to be written as one. */
  private corked = false;
  private readonly name: string;

  constructor(
    private readonly socket: Socket,
    private readonly app: AbciApp,
    maxMessageBytes: number,
    private readonly log: (line: string) => void,
    private readonly onClose: () => void,
  ) {
    this.reader = new FrameReader(maxMessageBytes);
    this.name = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : 'unix socket';
    socket.setNoDelay?.(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => {
      if (this.reader.pending > 0) this.fail(`truncated frame: the connection ended ${this.reader.pending} bytes into a message`);
      else this.close();
    });
    socket.on('error', (e) => this.fail(`socket error: ${e.message}`));
    socket.on('close', () => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    this.onClose();
  }

  private fail(message: string): void {
    if (this.closed) return;
    this.log(`closing connection ${this.name}: ${message}`);
    this.close();
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    let frames: Buffer[];
    try {
      frames = this.reader.push(chunk);
    } catch (e) {
      this.fail(e instanceof FrameError ? e.message : String(e));
      return;
    }
    for (const f of frames) this.queue.push(f);
    if (this.queue.length - this.head >= MAX_QUEUED) this.socket.pause();
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    let handled = 0;
    this.cork();
    while (!this.closed && this.head < this.queue.length) {
      if (handled > 0 && handled % RESPONSE_BATCH === 0) {
        this.uncork();
        await new Promise((resolve) => setImmediate(resolve));
        this.cork();
      }
      handled++;
      const frame = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as Buffer;
      if (this.head === this.queue.length) {
        this.queue.length = 0;
        this.head = 0;
      }
      await this.handle(frame);
      if (this.socket.isPaused() && this.queue.length - this.head < MAX_QUEUED / 2) this.socket.resume();
    }
    this.uncork();
    this.running = false;
  }

  private cork(): void {
    if (this.corked || this.closed) return;
    this.corked = true;
    this.socket.cork();
  }

  /** Sends the collected responses. */
  private uncork(): void {
    if (!this.corked) return;
    this.corked = false;
    this.socket.uncork();
  }

  private async handle(frame: Buffer): Promise<void> {
    let req: abci.Request;
    try {
      req = abci.Request.decode(frame);
    } catch (e) {
      this.fail(`undecodable request: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const kind = req.value;
    let bytes: Uint8Array;
    try {
      let res: abci.Response.$Properties;
      if (kind === 'echo') res = { echo: { message: req.echo!.message } };
      else if (kind === 'flush') res = { flush: {} };
      else if (kind === undefined) throw new Error('request of no known kind');
      else {
        const method: AbciMethod = kind;
        let body = (this.app[method] as (r: unknown) => unknown).call(this.app, req[method]);
        if (body instanceof Promise) {
          // The answers collected so far go out before a handler that waits (e.g. Commit's durable write).
          this.uncork();
          body = await body;
          this.cork();
        }
        res = { [method]: body } as abci.Response.$Properties;
      }
      bytes = abci.Response.encode(res).finish();
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      this.log(`closing connection ${this.name}: ${kind ?? 'request'} raised: ${error}`);
      if (!this.closed) {
        // Written, then the socket is closed whether or not the peer closes its side.
        this.socket.once('finish', () => this.socket.destroy());
        this.socket.end(encodeFrame(abci.Response.encode({ exception: { error } }).finish()));
      }
      this.closed = true;
      this.onClose();
      return;
    }
    await this.write(encodeFrame(bytes));
  }

  /** Writes one response, waiting while the socket's buffer is full (a client that stops reading). */
  private async write(buf: Buffer): Promise<void> {
    if (this.closed) return;
    if (this.socket.write(buf)) return;
    // A full buffer: what is collected goes out now, and the next responses wait until it drained.
    const wasCorked = this.corked;
    this.uncork();
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
    if (wasCorked) this.cork();
  }
}
