// Simulate (/cosmos.tx.v1beta1.Service/Simulate) is unpaid execution on the thread that builds blocks.
// Simulations run one at a time, never while a block is being built, and each is followed by a rest as
// long as it ran, so they take at most half of the thread and everything else (a block coming due,
// status, CheckTx) waits for at most the one simulation in progress; their gas is capped
// (App.simulateGasLimit) so that one simulation stays short. Beyond `maxQueued` waiting, a
// simulation is refused at once.
import type { App, QueryResult } from '../chain/app.js';
import { Gate, GateFull } from './gate.js';

export const SIMULATE_PATH = '/cosmos.tx.v1beta1.Service/Simulate';

export class SimulationsBusy extends Error {}

export class Simulations {
  private readonly gate: Gate;
  private producing: Promise<void> | undefined;
  /** When the next simulation may start (performance.now()). */
  private restUntil = 0;

  constructor(
    private readonly app: App,
    maxQueued: number,
  ) {
    this.gate = new Gate(1, maxQueued);
  }

  /** Marks a block being built until `done` settles: no simulation starts meanwhile. */
  blockInProgress(done: Promise<unknown>): void {
    const p = done.then(
      () => undefined,
      () => undefined,
    );
    this.producing = p;
    void p.then(() => {
      if (this.producing === p) this.producing = undefined;
    });
  }

  async run(data: Uint8Array): Promise<QueryResult> {
    try {
      return await this.gate.run(async () => {
        // Timers (a block coming due) and I/O go first; then wait for a block being built.
        await new Promise((r) => setImmediate(r));
        for (;;) {
          const rest = this.restUntil - performance.now();
          if (rest > 0) await new Promise((r) => setTimeout(r, rest));
          else if (this.producing) await this.producing;
          else break;
        }
        const t0 = performance.now();
        try {
          return this.app.query(SIMULATE_PATH, data);
        } finally {
          const now = performance.now();
          this.restUntil = now + (now - t0);
        }
      });
    } catch (e) {
      if (e instanceof GateFull) throw new SimulationsBusy(`too many simulations in progress (${e.message}; rpc.simulate_max_queued); retry later`);
      throw e;
    }
  }
}
