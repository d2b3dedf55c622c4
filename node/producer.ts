// The block loop: the only place that reads the clock. Produces a block every block time (empty ones too)
// and stops cleanly after the block in progress. A block that fails (it could not be made durable, or
// committed) stops the loop for good and hands the error to onFatal: the runner stops the node.
import type { ChainNode } from './chain_node.js';

export class Producer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly node: ChainNode,
    private readonly blockTimeMs: number,
    private readonly log: (line: string) => void,
    /** Called once with the error that stopped block production (default: exit code 1). */
    private readonly onFatal: (e: Error) => void = () => {
      process.exitCode = 1;
    },
  ) {}

  start(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const started = Date.now();
      this.running = this.node
        .produceBlock(started)
        .then((b) => {
          this.log(`committed block height=${b.header.height} txs=${b.txs.length} hash=${b.hash} app_hash=${this.node.meta.appHash}`);
        })
        .catch((e: Error) => {
          this.log(`FATAL: block production failed: ${e.stack ?? e.message}`);
          this.stopped = true;
          this.onFatal(e);
        })
        .finally(() => {
          this.running = undefined;
          this.schedule(Math.max(0, this.blockTimeMs - (Date.now() - started)));
        });
    }, delay);
  }

  /** Stops after the block in progress is committed. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
