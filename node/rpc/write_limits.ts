// What a connection may hold of the node's memory while its client reads slowly (or never): every
// response counts against its connection from the moment it is produced until it has been handed to
// the kernel. A connection over `maxConnBuffered`, or whose response is not written within
// `writeTimeout` (CometBFT's WriteTimeout), is closed, and what it held is released.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { chunksBytes, type Chunk } from './raw_json.js';

export interface WriteLimits {
  /** Bytes of responses one connection may have produced and not yet flushed. */
  maxConnBuffered: number;
  /** The largest response (rpc.max_response_bytes). */
  maxResponse: number;
  /** Milliseconds to write a response; then the connection is closed. */
  writeTimeout: number;
}

interface Conn {
  /** Bytes of this connection's responses not yet flushed. */
  pending: number;
  /** The request in progress: a connection's (pipelined) requests run one after another. */
  tail: Promise<void>;
}

export class ConnLimits {
  private readonly conns = new WeakMap<Socket, Conn>();
  /** Bytes of every connection's responses not yet flushed. */
  pending = 0;

  constructor(
    private readonly limits: WriteLimits,
    private readonly log: (line: string) => void,
  ) {}

  private conn(socket: Socket): Conn {
    let c = this.conns.get(socket);
    if (!c) this.conns.set(socket, (c = { pending: 0, tail: Promise.resolve() }));
    return c;
  }

  /**
   * Runs `handle` after the connection's previous request, so a client that pipelines requests
   * without reading the answers has one of them in progress at a time; a connection whose unread
   * bytes leave no room for another largest answer is closed instead of being answered again.
   */
  async serve(req: IncomingMessage, handle: () => Promise<void>): Promise<void> {
    const c = this.conn(req.socket);
    const previous = c.tail;
    let done!: () => void;
    c.tail = new Promise((r) => (done = r));
    try {
      await previous;
      if (c.pending + this.limits.maxResponse > this.limits.maxConnBuffered) {
        return this.close(req.socket, `${c.pending} unread bytes leave no room for another answer within rpc.max_buffered_bytes_per_connection (${this.limits.maxConnBuffered})`);
      }
      await handle();
    } finally {
      done();
    }
  }

  /** Writes a response, or closes the connection when the bytes would pass its cap. */
  send(res: ServerResponse, status: number, chunks: Chunk[]): void {
    if (res.headersSent || res.destroyed) return;
    const socket = res.req.socket;
    const c = this.conn(socket);
    const bytes = chunksBytes(chunks);
    if (c.pending + bytes > this.limits.maxConnBuffered) return this.close(socket, `${c.pending} unread bytes and a response of ${bytes} would pass rpc.max_buffered_bytes_per_connection (${this.limits.maxConnBuffered})`);
    c.pending += bytes;
    this.pending += bytes;
    const timer = setTimeout(() => this.close(socket, `a response was not written within rpc.write_timeout (${this.limits.writeTimeout} ms)`), this.limits.writeTimeout);
    timer.unref();
    res.once('close', () => {
      clearTimeout(timer);
      c.pending -= bytes;
      this.pending -= bytes;
    });
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': bytes });
    for (const chunk of chunks) res.write(chunk);
    res.end();
  }

  private close(socket: Socket, why: string): void {
    if (socket.destroyed) return;
    this.log(`closed RPC connection from ${socket.remoteAddress}:${socket.remotePort}: ${why}`);
    socket.destroy();
  }
}
