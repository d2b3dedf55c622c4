// Runs a network written by `marketchaind testnet`: per node one `marketchaind start --abci` and one
// `cometbft node`, each process's output appended to a log file in the node's folder. Used by
// `npm run testnet` (scripts/testnet.mjs) and the four-validator test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TESTNET_FILE, type TestnetManifest, type TestnetNode } from './testnet.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

export function readTestnet(dir: string): TestnetManifest {
  return JSON.parse(readFileSync(join(dir, TESTNET_FILE), 'utf8')) as TestnetManifest;
}

function exited(p: ChildProcess | undefined): boolean {
  return p === undefined || p.exitCode !== null || p.signalCode !== null;
}

/** One validator: its app process and its CometBFT process. */
export class TestnetMember {
  app: ChildProcess | undefined;
  comet: ChildProcess | undefined;
  /** Called when a process this member started exits without `stop`/`kill` asking it to. */
  onUnexpectedExit: (what: string, code: number | null, signal: NodeJS.Signals | null) => void = () => {};
  private expected = new WeakSet<ChildProcess>();
  private appLog: WriteStream;
  private cometLog: WriteStream;

  constructor(
    readonly node: TestnetNode,
    readonly cometbft: string,
  ) {
    const dir = dirname(node.app_home);
    this.appLog = createWriteStream(join(dir, 'app.log'), { flags: 'a' });
    this.cometLog = createWriteStream(join(dir, 'cometbft.log'), { flags: 'a' });
  }

  /** Starts the app (with `env` added to this process's environment) and resolves once it listens for CometBFT. */
  async startApp(timeoutMs = 60_000, env: Record<string, string> = {}): Promise<void> {
    const p = spawn(process.execPath, [MAIN, 'start', '--abci', this.node.proxy_app, '--home', this.node.app_home], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.app = p;
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.node.moniker}: the app did not listen in ${timeoutMs} ms: ${out.slice(-2000)}`)), timeoutMs);
      const keep = (d: Buffer): void => {
        this.appLog.write(d);
        if (out.length < 100_000) out += d.toString();
        if (out.includes('serving ABCI on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      p.stdout!.on('data', keep);
      p.stderr!.on('data', keep);
      p.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.node.moniker}: the app exited (${code ?? signal}): ${out.slice(-2000)}`));
        if (!this.expected.has(p)) this.onUnexpectedExit('app', code, signal);
      });
    });
  }

  /** Starts `cometbft node` (the app must be listening). */
  startComet(): void {
    const p = spawn(this.cometbft, ['node', '--home', this.node.comet_home], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.comet = p;
    p.stdout!.pipe(this.cometLog, { end: false });
    p.stderr!.pipe(this.cometLog, { end: false });
    p.once('exit', (code, signal) => {
      if (!this.expected.has(p)) this.onUnexpectedExit('cometbft', code, signal);
    });
  }

  async start(): Promise<void> {
    await this.startApp();
    this.startComet();
  }

  /** `kill -9` of both processes: no chance to flush or close anything. */
  async kill(): Promise<void> {
    await Promise.all([this.signal(this.comet, 'SIGKILL'), this.signal(this.app, 'SIGKILL')]);
  }

  /** CometBFT first (it stops calling the app), then the app; SIGKILL after 10 s. */
  async stop(): Promise<void> {
    await this.signal(this.comet, 'SIGTERM');
    await this.signal(this.app, 'SIGTERM');
  }

  private async signal(p: ChildProcess | undefined, sig: NodeJS.Signals): Promise<void> {
    if (p === undefined || exited(p)) return;
    this.expected.add(p);
    const done = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.kill(sig);
    const timer = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await done;
    clearTimeout(timer);
  }

  close(): void {
    this.appLog.end();
    this.cometLog.end();
  }
}

/** A JSON-RPC call to a CometBFT RPC; throws its error. */
export async function cometRpc(url: string, method: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), signal: AbortSignal.timeout(10_000) });
  const body = (await res.json()) as { result?: unknown; error?: { message: string; data?: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message} ${body.error.data ?? ''}`);
  return body.result;
}

/** The node's latest committed height, or undefined while its RPC does not answer. */
export async function latestHeight(url: string): Promise<number | undefined> {
  try {
    const s = (await cometRpc(url, 'status')) as { sync_info: { latest_block_height: string } };
    return Number(s.sync_info.latest_block_height);
  } catch {
    return undefined;
  }
}
