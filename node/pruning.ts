// Which past versions of the state the node keeps for queries and proofs: the Cosmos SDK's pruning
// strategies, with its names, numbers and messages (store/pruning/types). keepRecent 0 keeps all.

export type PruningStrategy = 'default' | 'nothing' | 'everything' | 'custom';

export interface PruningOptions {
  strategy: PruningStrategy;
  /** Versions kept below and including the latest (0: all). */
  keepRecent: number;
  /** Blocks between two prunings of what fell out of the window (0: never). */
  interval: number;
}

export const PRUNING_STRATEGIES: readonly PruningStrategy[] = ['default', 'nothing', 'everything', 'custom'];

/** The options a strategy name stands for; `custom` takes keep-recent and interval, checked as the SDK does. */
export function pruningOptions(strategy: string, keepRecent?: number | string, interval?: number | string): PruningOptions {
  switch (strategy) {
    case 'default':
      return { strategy, keepRecent: 362, interval: 10 };
    case 'nothing':
      return { strategy, keepRecent: 0, interval: 0 };
    case 'everything':
      return { strategy, keepRecent: 2, interval: 10 };
    case 'custom': {
      const k = uint(keepRecent ?? 0, 'pruning-keep-recent');
      const i = uint(interval ?? 0, 'pruning-interval');
      if (i === 0) throw new Error('invalid custom pruning options: pruning interval must not be zero');
      if (i < 10) throw new Error('invalid custom pruning options: pruning interval must not be set to less than 10');
      if (k < 2) throw new Error('invalid custom pruning options: pruning keep recent must not be set to less than 2');
      return { strategy, keepRecent: k, interval: i };
    }
    default:
      throw new Error(`unknown pruning strategy ${strategy} (use one of ${PRUNING_STRATEGIES.join(', ')})`);
  }
}

function uint(v: number | string, name: string): number {
  const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`invalid --${name} ${JSON.stringify(v)}: a whole number ≥ 0`);
  return n;
}
