// Spawns the real marketchaind and marketchain binaries as child processes on a free port with a temp home.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, freePort, NODE_BIN } from '../../bench/node_proc.js';

export { freePort, NODE_BIN };
export const CLI_BIN = join(DIST, 'cli', 'main.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runNodeCmd(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const r = spawnSync(process.execPath, [NODE_BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export class TestNode {
  proc: ChildProcess | undefined;
  log = '';
  readonly url: string;
  /** The REST API (on a free port of its own, so test nodes never take the default 1317). */
  readonly apiUrl: string;

  private constructor(
    readonly home: string,
    readonly port: number,
    readonly devAddress: string,
    readonly mnemonic: string,
    readonly apiPort: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.apiUrl = `http://127.0.0.1:${apiPort}`;
  }

  /** A fresh dev home (funded dev key in the test keyring) and a running node. */
  static async start(opts: { blockTime?: string; extraArgs?: string[] } = {}): Promise<TestNode> {
    const home = mkdtempSync(join(tmpdir(), 'marketchain-e2e-'));
    const port = await freePort();
    const n = new TestNode(home, port, '', '', await freePort());
    await n.spawn(['--dev', '--block-time', opts.blockTime ?? '200ms', ...(opts.extraArgs ?? [])]);
    const m = /Dev account "dev": (mkt1[0-9a-z]+)/.exec(n.log);
    const mn = /stored unencrypted[^\n]*\n\s+([a-z ]+)\n/.exec(n.log);
    return Object.assign(n, { devAddress: m?.[1] ?? '', mnemonic: mn?.[1]?.trim() ?? '' });
  }

  /** Starts (or restarts) the node process and waits for its RPC and first block. */
  async spawn(extra: string[] = []): Promise<void> {
    this.proc = spawn(process.execPath, [NODE_BIN, 'start', '--home', this.home, '--rpc.laddr', `tcp://127.0.0.1:${this.port}`, '--api.address', `tcp://127.0.0.1:${this.apiPort}`, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => (this.log += d));
    this.proc.stderr!.on('data', (d) => (this.log += d));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (this.proc.exitCode !== null) throw new Error(`node exited: ${this.log}`);
      try {
        const s = await this.rpc('status');
        if (Number(s.sync_info.latest_block_height) >= 1) return;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`node did not start: ${this.log}`);
      await sleep(100);
    }
  }

  async rpc(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });
    let r: Response;
    try {
      // Let the event loop see keep-alive sockets the node closed while a synchronous cli() call blocked it.
      await new Promise((res) => setImmediate(res));
      r = await fetch(this.url, { method: 'POST', body });
    } catch (e) {
      // A pooled keep-alive socket closed by the server (idle > its keepAliveTimeout): retry once on a fresh one.
      if ((e as any)?.cause?.code !== 'UND_ERR_SOCKET') throw e;
      r = await fetch(this.url, { method: 'POST', body });
    }
    const j = (await r.json()) as any;
    if (j.error) throw new Error(`${method}: ${j.error.message}: ${j.error.data}`);
    return j.result;
  }

  async height(): Promise<number> {
    return Number((await this.rpc('status')).sync_info.latest_block_height);
  }

  /** The `tx` answer for a hash (upper hex) once it is in a block; throws after about 20 s. */
  async waitTx(hash: string): Promise<any> {
    for (let i = 0; i < 100; i++) {
      try {
        return await this.rpc('tx', { hash: '0x' + hash });
      } catch {
        await sleep(200);
      }
    }
    throw new Error(`tx ${hash} not included`);
  }

  async waitHeight(h: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.height()) < h) {
      if (Date.now() > deadline) throw new Error(`height ${h} not reached`);
      await sleep(100);
    }
  }

  /** Runs the wallet CLI against this node and home (test keyring). */
  cli(args: string[], input?: string): RunResult {
    const r = spawnSync(process.execPath, [CLI_BIN, ...args, '--home', this.home, '--node', this.url], { encoding: 'utf8', input, timeout: 120_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** CLI with -o json, parsed; throws with stderr on a non-zero exit. */
  cliJson(args: string[], input?: string): any {
    const r = this.cli([...args, '-o', 'json'], input);
    if (r.code !== 0) throw new Error(`marketchain ${args.join(' ')} failed (${r.code}): ${r.stderr}${r.stdout}`);
    return JSON.parse(r.stdout);
  }

  /** SIGTERM (clean) or SIGKILL; waits for exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const p = this.proc;
    // A process that has exited has an exit code or, when a signal ended it, a signal code (then exitCode stays null).
    if (!p || p.exitCode !== null || p.signalCode !== null) return p?.exitCode ?? null;
    const done = new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code)));
    p.kill(signal);
    return done;
  }

  replay(args: string[] = []): RunResult {
    return runNodeCmd(['replay', '--home', this.home, ...args]);
  }

  genesis(): any {
    return JSON.parse(readFileSync(join(this.home, 'config', 'genesis.json'), 'utf8'));
  }

  async destroy(): Promise<void> {
    await this.stop('SIGKILL');
    const problems = this.log.split('\n').filter((l) => /FATAL|Error/.test(l));
    if (problems.length > 0) console.error(`node log problems:\n${problems.join('\n')}`);
    rmSync(this.home, { recursive: true, force: true });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
