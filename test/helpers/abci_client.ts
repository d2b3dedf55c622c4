// A raw ABCI socket client for tests: writes framed Requests, reads framed Responses in order.
import { connect, type Socket } from 'node:net';
import { tendermint } from '../../proto/cometbft_abci.js';
import { encodeFrame, FrameReader } from '../../node/abci/frame.js';

import abci = tendermint.abci;

export class AbciTestClient {
  private readonly reader = new FrameReader();
  private readonly frames: Buffer[] = [];
  private waiting: (() => void) | undefined;
  ended = false;
  /** Responses received so far (taken by next() or not). */
  received = 0;
  readonly closed: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const f of this.reader.push(chunk)) {
        this.frames.push(f);
        this.received++;
      }
      this.waiting?.();
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', () => {
        this.ended = true;
        this.waiting?.();
        resolve();
      }),
    );
    socket.on('error', () => {});
  }

  static async connect(address: string): Promise<AbciTestClient> {
    const socket = address.startsWith('unix://')
      ? connect(address.slice('unix://'.length))
      : connect(Number(/:(\d+)$/.exec(address)![1]), /^(?:tcp:\/\/)?([^:]+):/.exec(address)![1]!);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new AbciTestClient(socket);
  }

  /** The framed bytes of a request. */
  static frame(req: abci.Request.$Properties): Buffer {
    return encodeFrame(abci.Request.encode(req).finish());
  }

  send(req: abci.Request.$Properties): void {
    this.socket.write(AbciTestClient.frame(req));
  }

  writeRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** The next response; rejects when the connection closes before one arrives. */
  async next(): Promise<abci.Response> {
    for (;;) {
      const f = this.frames.shift();
      if (f) return abci.Response.decode(f);
      if (this.ended) throw new Error('connection closed');
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }

  async call(req: abci.Request.$Properties): Promise<abci.Response> {
    this.send(req);
    return this.next();
  }

  close(): void {
    this.socket.destroy();
  }
}
