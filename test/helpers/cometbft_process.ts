// The real CometBFT binary for tests: installs the pinned version (scripts/cometbft_install.mjs, a
// no-op when present), `cometbft init`s a temp home with loopback ports and fast block times, runs
// `cometbft node` against an ABCI address and talks to its RPC.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../bench/node_proc.js';
import { cometbftBinary, setToml, writeLocalCometConfig } from '../../node/testnet.js';

/** The installed binary's path (installing it first when missing or of another version). */
export const cometbftBin = cometbftBinary;
export { setToml };

export class CometNode {
  proc: ChildProcess | undefined;
  log = '';
  readonly rpcUrl: string;

  private constructor(
    readonly bin: string,
    readonly home: string,
    readonly rpcPort: number,
    readonly proxyApp: string,
  ) {
    this.rpcUrl = `http://127.0.0.1:${rpcPort}`;
  }

  /** A fresh single-validator home whose node will connect to proxyApp (tcp://… or unix://…). */
  static async init(proxyApp: string, blockTime = '100ms'): Promise<CometNode> {
    const bin = cometbftBin();
    const home = mkdtempSync(join(tmpdir(), 'cometbft-test-'));
    execFileSync(bin, ['init', '--home', home], { stdio: 'ignore' });
    const [rpcPort, p2pPort] = [await freePort(), await freePort()];
    writeLocalCometConfig(home, { proxyApp, rpc: `127.0.0.1:${rpcPort}`, p2p: `127.0.0.1:${p2pPort}`, blockTime, voteTimeout: '100ms' });
    return new CometNode(bin, home, rpcPort, proxyApp);
  }

  /** Copies the app home's genesis app_state (and `overrides`, e.g. chain_id) into this node's genesis.json; returns its chain id. */
  useAppState(appHome: string, overrides: Record<string, unknown> = {}): string {
    const appState = (JSON.parse(readFileSync(join(appHome, 'config', 'genesis.json'), 'utf8')) as { app_state: unknown }).app_state;
    const path = join(this.home, 'config', 'genesis.json');
    const g = { ...(JSON.parse(readFileSync(path, 'utf8')) as { chain_id: string }), app_state: appState, ...overrides };
    writeFileSync(path, JSON.stringify(g, null, 2));
    return g.chain_id;
  }

  /** Starts `cometbft node` and waits until it has committed at least `minHeight` blocks. */
  async start(minHeight = 1, timeoutMs = 30_000): Promise<void> {
    this.proc = spawn(this.bin, ['node', '--home', this.home, '--proxy_app', this.proxyApp], { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (d: Buffer): void => {
      this.log = (this.log + d.toString()).slice(-20_000);
    };
    this.proc.stdout!.on('data', keep);
    this.proc.stderr!.on('data', keep);
    await this.waitHeight(minHeight, timeoutMs);
  }

  async waitHeight(minHeight: number, timeoutMs = 30_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.proc?.exitCode !== null && this.proc?.exitCode !== undefined) throw new Error(`cometbft exited (${this.proc.exitCode}): ${this.log}`);
      try {
        const s = (await this.rpc('status')) as { sync_info: { latest_block_height: string } };
        const h = Number(s.sync_info.latest_block_height);
        if (h >= minHeight) return h;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`cometbft did not reach height ${minHeight} in ${timeoutMs} ms: ${this.log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A JSON-RPC call to CometBFT's RPC; throws its error. */
  async rpc(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const res = await fetch(this.rpcUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    const body = (await res.json()) as { result?: unknown; error?: { message: string; data?: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message} ${body.error.data ?? ''}`);
    return body.result;
  }

  /** Stops the node (SIGTERM, then SIGKILL after 10 s) and waits for it to exit. */
  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.home, { recursive: true, force: true });
  }
}
