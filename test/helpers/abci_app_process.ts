// `marketchaind start --abci` as a child process, for the tests that run the chain's app behind the
// real CometBFT (test/helpers/cometbft_process.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { ExecutionContext } from 'ava';
import { CometNode } from './cometbft_process.js';
import { freePort, NODE_BIN } from './node_process.js';

/** `marketchaind start --abci` as a child process; resolves once it listens. */
export class AbciAppProcess {
  log = '';
  private constructor(readonly proc: ChildProcess) {}

  static async start(home: string, address: string, extraArgs: string[] = []): Promise<AbciAppProcess> {
    const proc = spawn(process.execPath, [NODE_BIN, 'start', '--home', home, '--abci', address, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    const p = new AbciAppProcess(proc);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`marketchaind --abci did not listen in 20 s: ${p.log}`)), 20_000);
      const keep = (d: Buffer): void => {
        p.log += d.toString();
        if (p.log.includes('serving ABCI on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout!.on('data', keep);
      proc.stderr!.on('data', keep);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`marketchaind --abci exited (${code}): ${p.log}`));
      });
    });
    return p;
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** One CometBFT node and the app it drives. `app` is replaced when a test restarts it; teardown stops the current one. */
export interface CometWithApp {
  comet: CometNode;
  app: AbciAppProcess;
  address: string;
  chainId: string;
}

/**
 * A CometBFT node whose genesis carries the app home's app_state (and `overrides`), with
 * `marketchaind start --abci` on that home behind it; both, and the home, are removed when the test ends.
 * `blockTime`: CometBFT's timeout_commit (default 100ms).
 */
export async function cometWithApp(t: ExecutionContext, home: string, overrides: Record<string, unknown> = {}, blockTime?: string): Promise<CometWithApp> {
  const address = `tcp://127.0.0.1:${await freePort()}`;
  const comet = await CometNode.init(address, blockTime);
  const chainId = comet.useAppState(home, overrides);
  const pair: CometWithApp = { comet, app: await AbciAppProcess.start(home, address), address, chainId };
  t.teardown(async () => {
    await comet.remove();
    await pair.app.stop();
    rmSync(home, { recursive: true, force: true });
  });
  return pair;
}
