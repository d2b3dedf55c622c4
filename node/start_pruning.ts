// `start --pruning …`: the flags over the home's config keys (pruning, pruning_keep_recent, pruning_interval).
import { existsSync } from 'node:fs';
import { loadConfig, paths } from './home.js';
import { pruningOptions, type PruningOptions } from './pruning.js';

/** The pruning options of a start (undefined before the home exists: the node reads its config then). */
export function startPruning(home: string, o: { pruning?: string; pruningKeepRecent?: string; pruningInterval?: string }): PruningOptions | undefined {
  const cfg = existsSync(paths(home).configFile) ? loadConfig(home) : undefined;
  if (!cfg && o.pruning === undefined) return undefined;
  return pruningOptions(o.pruning ?? cfg!.pruning, o.pruningKeepRecent ?? cfg?.pruning_keep_recent, o.pruningInterval ?? cfg?.pruning_interval);
}
