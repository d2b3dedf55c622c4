// Helper threads (signature verification, the database) run at a lower scheduling priority than the main
// thread, which checks txs in arrival order and executes blocks: it is the node's serial path. On a
// machine with as many cores as busy threads, a helper woken by a message (a batch to verify, a block to
// write) otherwise takes the core of the thread that woke it, and the main thread waits for its turn
// with its work half done: the postMessage that wakes a signature worker then takes far longer than a
// post does on its own. At nice 10 the woken helper waits for a free core instead, and the main thread
// carries on (BENCHMARKS.md has the figures).
//
// Linux only: there `setpriority` on a thread id applies to that thread alone. Elsewhere threads cannot
// be told apart from the process, and nothing is changed.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Default nice value of the helper threads (0 = the main thread's priority, 19 = the lowest). */
export const HELPER_NICE = 10;

/** The calling thread's kernel id (Linux), or undefined. */
export function kernelThreadId(): number | undefined {
  try {
    const m = /\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lowers the calling worker thread (only it) to at least `nice`. Returns the nice value it then runs
 * at, or undefined when nothing was changed (nice 0, not Linux, or called on the main thread).
 */
export function lowerThreadPriority(nice: number): number | undefined {
  if (nice <= 0) return undefined;
  const tid = kernelThreadId();
  if (tid === undefined || tid === process.pid) return undefined; // never the main thread (the process)
  try {
    setPriority(tid, Math.max(getPriority(tid), Math.min(19, nice)));
    return getPriority(tid);
  } catch {
    return undefined;
  }
}

/** Parses a `--helper-nice` value: a whole number from 0 to 19. */
export function parseHelperNice(v: string): number {
  if (!/^\d{1,2}$/.test(v) || Number(v) > 19) throw new RangeError(`--helper-nice must be a whole number from 0 to 19, got ${JSON.stringify(v)}`);
  return Number(v);
}
