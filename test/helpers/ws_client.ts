// A raw JSON-RPC WebSocket client for tests of the node's /websocket: every frame it receives is kept
// (parsed), and a test waits for the first frame meeting a condition.
import WebSocket from 'ws';

export class WsClient {
  readonly frames: any[] = [];
  private waiters: { pred: (f: any) => boolean; resolve: (f: any) => void }[] = [];
  closed: { code: number } | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (m) => {
      let f: any;
      try {
        f = JSON.parse(m.toString());
      } catch {
        f = { unparsed: m.toString() };
      }
      this.frames.push(f);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(f)) return true;
        w.resolve(f);
        return false;
      });
    });
    ws.on('close', (code) => (this.closed = { code }));
    ws.on('error', () => undefined);
  }

  /** Connects to `http://…` as `ws://…/websocket` (with the given headers, e.g. Origin). */
  static open(httpUrl: string, headers: Record<string, string> = {}): Promise<WsClient> {
    const ws = new WebSocket(httpUrl.replace(/^http/, 'ws') + '/websocket', { headers });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new WsClient(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  send(msg: unknown): void {
    this.ws.send(typeof msg === 'string' || Buffer.isBuffer(msg) ? msg : JSON.stringify(msg));
  }

  /** The first frame (already received or to come) meeting `pred`; rejects after `ms`. */
  next(pred: (f: any) => boolean, ms = 15_000): Promise<any> {
    const have = this.frames.find(pred);
    if (have) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${ms} ms; got ${JSON.stringify(this.frames).slice(0, 500)}`)), ms);
      this.waiters.push({
        pred,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
      });
    });
  }

  /** Sends a request and waits for the answer with its id (the first frame of that id). */
  async request(method: string, params?: unknown, id: number | string = Math.floor(Math.random() * 1e9)): Promise<any> {
    this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return this.next((f) => f.id === id && (f.error !== undefined || f.result?.query === undefined));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const done = new Promise((r) => this.ws.once('close', r));
    this.ws.close();
    await done;
  }
}
