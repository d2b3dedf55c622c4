// The node `lab jit` starts when no --node is given: the real marketchaind binary in a temp home
// (init, one genesis account for the lab's funder, fast blocks), stopped and removed after the run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/node/main.js beside this file's dist/lab/. */
export const NODE_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'node', 'main.js');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export class LocalNode {
  log = '';
  private constructor(
    readonly home: string,
    readonly url: string,
    private readonly proc: ChildProcess,
  ) {}

  /** A fresh home whose genesis funds `funder` with `coins`, and a running node with blocks every `blockTime`. */
  static async start(funder: string, coins: string, blockTime: string): Promise<LocalNode> {
    const home = mkdtempSync(join(tmpdir(), 'marketchain-lab-'));
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, [NODE_BIN, ...args, '--home', home], { encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`marketchaind ${args[0]} failed: ${r.stderr}${r.stdout}`);
    };
    run(['init', '--chain-id', 'marketchain-lab']);
    run(['genesis', 'add-account', funder, coins]);
    const port = await freePort();
    const proc = spawn(process.execPath, [NODE_BIN, 'start', '--home', home, '--rpc.laddr', `tcp://127.0.0.1:${port}`, '--block-time', blockTime], { stdio: ['ignore', 'pipe', 'pipe'] });
    const n = new LocalNode(home, `http://127.0.0.1:${port}`, proc);
    const keep = (d: Buffer) => {
      n.log = (n.log + d.toString()).slice(-20_000);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`marketchaind exited: ${n.log}`);
      try {
        const r = await fetch(n.url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status', params: {} }) });
        const j = (await r.json()) as any;
        if (Number(j.result?.sync_info?.latest_block_height) >= 1) return n;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) {
        await n.stop();
        throw new Error(`marketchaind did not start: ${n.log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (p.exitCode === null && p.signalCode === null) {
      const done = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(t);
    }
    rmSync(this.home, { recursive: true, force: true });
  }
}
