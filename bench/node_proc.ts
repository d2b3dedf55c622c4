// Spawning marketchaind (init, genesis add-account, start, replay), with the V8 flags its own launchers
// use, and reading its CPU time and peak RSS.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_ENV, NODE_V8_FLAGS } from '../node/v8_flags.js';

export const DIST = fileURLToPath(new URL('../', import.meta.url)); // dist/
export const NODE_BIN = join(DIST, 'node', 'main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export function marketchaind(args: string[]): string {
  const r = spawnSync(process.execPath, [...NODE_V8_FLAGS, NODE_BIN, ...args], { env: { ...process.env, ...NODE_ENV }, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`marketchaind ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

export interface ProcStats {
  cpu_seconds: number; // utime + stime
  rss_mb: number;
  peak_rss_mb: number; // VmHWM
}

export function procStats(pid: number): ProcStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state)
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { cpu_seconds: (utime + stime) / CLK_TCK, rss_mb: Math.round(kb('VmRSS') / 102.4) / 10, peak_rss_mb: Math.round(kb('VmHWM') / 102.4) / 10 };
}

export class NodeProcess {
  proc!: ChildProcess;
  readonly url: string;
  constructor(
    readonly home: string,
    readonly port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(blockTime: string): Promise<void> {
    const log = openSync(join(this.home, 'node.log'), 'a');
    // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the node under load.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.proc = spawn(process.execPath, [...NODE_V8_FLAGS, ...nodeArgs, NODE_BIN, 'start', '--home', this.home, '--rpc.laddr', `tcp://127.0.0.1:${this.port}`, '--block-time', blockTime, ...(process.env.BENCH_START_ARGS ?? '').split(' ').filter(Boolean)], {
      stdio: ['ignore', log, log],
      env: { ...process.env, ...NODE_ENV },
    });
    closeSync(log);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (this.proc.exitCode !== null) throw new Error(`node exited (${this.proc.exitCode}); see ${join(this.home, 'node.log')}:\n${this.logTail()}`);
      try {
        if (Number((await this.rpc('status')).sync_info.latest_block_height) >= 1) return;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`node did not start:\n${this.logTail()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  logTail(lines = 20): string {
    try {
      return readFileSync(join(this.home, 'node.log'), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  async rpc(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const r = await fetch(this.url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
    const j = (await r.json()) as any;
    if (j.error) throw new Error(`${method}: ${j.error.message}: ${j.error.data}`);
    return j.result;
  }

  stats(): ProcStats {
    return procStats(this.proc.pid!);
  }

  /** SIGTERM: the node finishes the block in progress and exits. */
  async stop(): Promise<number | null> {
    const p = this.proc;
    if (p.exitCode !== null) return p.exitCode;
    const done = new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code)));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 30_000);
    const code = await done;
    clearTimeout(timer);
    return code;
  }
}
