// At most `running` tasks at a time, at most `queued` more waiting in arrival order; beyond that a
// task is refused at once (the caller answers a clear error) instead of piling up memory or time.

export class GateFull extends Error {}

export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly running: number,
    readonly queued: number,
  ) {}

  get size(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Runs `task` when a place is free; throws GateFull when the queue is full too. */
  async run<T>(task: () => Promise<T> | T): Promise<T> {
    if (this.active < this.running && this.waiting.length === 0) this.active++;
    else {
      if (this.waiting.length >= this.queued) throw new GateFull(`${this.active} running and ${this.waiting.length} waiting`);
      // The place is taken for this task by the one that frees it (wake).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      this.active--;
      this.wake();
    }
  }

  private wake(): void {
    while (this.active < this.running && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()!();
    }
  }
}
