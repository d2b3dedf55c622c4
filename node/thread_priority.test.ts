import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlockStore } from './block_store.js';
import { SigPool } from './sig_pool.js';
import { kernelThreadId, lowerThreadPriority, parseHelperNice } from './thread_priority.js';

/** Nice value of every thread of this process, by kernel thread id. */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])); // field 19, nice
    } catch {
      /* the thread ended */
    }
  }
  return out;
}
const count = (m: Map<number, number>, nice: number) => [...m.values()].filter((n) => n === nice).length;
const linux = process.platform === 'linux' ? test.serial : test.serial.skip;

test('[thread-priority]: --helper-nice values 0-19; anything else is refused with the flag named', (t) => {
  t.is(parseHelperNice('0'), 0);
  t.is(parseHelperNice('10'), 10);
  t.is(parseHelperNice('19'), 19);
  for (const bad of ['20', '-1', '1.5', '', 'ten', '100']) t.throws(() => parseHelperNice(bad), { message: `--helper-nice must be a whole number from 0 to 19, got ${JSON.stringify(bad)}` });
});

linux('[thread-priority]: the main thread is never lowered', (t) => {
  t.is(kernelThreadId(), process.pid);
  const before = threadNices().get(process.pid);
  t.is(lowerThreadPriority(10), undefined);
  t.is(threadNices().get(process.pid), before);
});

linux('[thread-priority]: signature workers and the database thread run at the nice value given, each thread alone', async (t) => {
  const main = threadNices().get(process.pid)!;
  t.is(count(threadNices(), 7), 0);
  const pool = new SigPool(2, undefined, 7);
  const dir = mkdtempSync(join(tmpdir(), 'mc-nice-'));
  let db: BlockStore | undefined;
  try {
    t.is(await pool.ready(), 2);
    t.is(count(threadNices(), 7), 2);
    db = await BlockStore.open(join(dir, 'db'), 5);
    const nices = threadNices();
    t.is(count(nices, 7), 2);
    t.is(count(nices, 5), 1);
    t.is(nices.get(process.pid), main);
    // 0: no thread is changed.
    const plain = new SigPool(1, undefined, 0);
    await plain.ready();
    t.is([...threadNices().values()].filter((n) => n !== main && n !== 5 && n !== 7).length, 0);
    await plain.close();
  } finally {
    await pool.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
