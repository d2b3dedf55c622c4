// Damaged data at start (issue 21, item 7): the spawned node on a real LevelDB refuses to start, with
// the height and what is missing, when a block or results record is gone, when LevelDB's files hold
// garbage, or when the database ends below the last height the validator signed (a lost tail); a
// normal restart, after SIGTERM or SIGKILL, still works and keeps the signed-height record current.
import test from 'ava';
import { ClassicLevel } from 'classic-level';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_BIN, runNodeCmd, sleep, TestNode } from '../helpers/node_process.js';
import { blockKey, FORMAT_KEY, resultsKey, u32BE } from '../../node/db_layout.js';

interface StartOutcome {
  started: boolean;
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Starts the node on a home; if it comes up, kills it at once. Resolves with whether it started and its output. */
function tryStart(home: string): Promise<StartOutcome> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [NODE_BIN, 'start', '--home', home, '--rpc.laddr', 'tcp://127.0.0.1:0', '--block-time', '100ms'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let started = false;
    p.stdout.on('data', (d) => {
      stdout += d;
      if (!started && /marketchaind started/.test(stdout)) {
        started = true;
        p.kill('SIGKILL');
      }
    });
    p.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ started, code, stdout, stderr });
    });
  });
}

const dbPath = (home: string) => join(home, 'data', 'state.db');
const recordPath = (home: string) => join(home, 'data', 'priv_validator_state.json');
/** The signed-height record (undefined when there is none). */
const record = (home: string) => (existsSync(recordPath(home)) ? JSON.parse(readFileSync(recordPath(home), 'utf8')) : undefined);
const stoppedAt = (log: string) => Number([...log.matchAll(/stopped at height (\d+)/g)].at(-1)![1]);

async function withDb<T>(home: string, f: (db: ClassicLevel<Uint8Array, Uint8Array>) => Promise<T>): Promise<T> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dbPath(home), { keyEncoding: 'view', valueEncoding: 'view' });
  await db.open();
  try {
    return await f(db);
  } finally {
    await db.close();
  }
}

/** Deletes a key, runs `f`, puts the key back. */
async function withoutKey(home: string, key: Uint8Array, f: () => Promise<void>): Promise<void> {
  const value = await withDb(home, async (db) => {
    const v = (await db.get(key))!;
    await db.del(key);
    return v;
  });
  try {
    await f();
  } finally {
    await withDb(home, (db) => db.put(key, value));
  }
}

/** A refusal: exit 1, the message on stderr as `Error: …` on one line, no stack trace. */
function assertRefused(t: import('ava').ExecutionContext, o: StartOutcome, message: RegExp): void {
  t.false(o.started, `the node started: ${o.stdout}`);
  t.is(o.code, 1, o.stdout + o.stderr);
  t.regex(o.stderr, message);
  t.regex(o.stderr, /^Error: [^\n]+\n$/, 'one error line');
  t.notRegex(o.stderr + o.stdout, /\n\s+at /, 'no stack trace');
}

const currentLog = (db: string) => readdirSync(db).filter((f) => f.endsWith('.log')).sort().at(-1)!;

test.serial('[e2e/start-check]: a missing last block, a missing block or results record below it are refused naming the height, a database of another store format naming both formats (start and replay); a restart after SIGTERM or SIGKILL works and keeps the signed-height record', async (t) => {
  const node = await TestNode.start({ blockTime: '100ms' });
  try {
    await node.waitHeight(6);
    t.is(await node.stop('SIGTERM'), 0);
    const last = stoppedAt(node.log);

    await withoutKey(node.home, blockKey(last), async () => {
      assertRefused(t, await tryStart(node.home), new RegExp(`^Error: the database has no block ${last} \\(its last height\\); the data directory is damaged\\n$`));
    });
    await withoutKey(node.home, blockKey(3), async () => {
      assertRefused(t, await tryStart(node.home), new RegExp(`^Error: the database has no block 3 \\(last height ${last}\\); the data directory is damaged\\n$`));
    });
    await withoutKey(node.home, resultsKey(2), async () => {
      assertRefused(t, await tryStart(node.home), new RegExp(`^Error: the database has no results for block 2 \\(last height ${last}\\); the data directory is damaged\\n$`));
    });
    // A database of another store format (none recorded, or a lower one) is refused by start and replay alike.
    const remedy = 'export its state with the marketchaind release that wrote it \\(`marketchaind export`\\) and start a new home from that genesis, or keep running that release on this home';
    await withoutKey(node.home, FORMAT_KEY, async () => {
      const want = `the database at ${dbPath(node.home)} records no store format \\(it was written by an earlier marketchaind\\); this marketchaind reads and writes store format 2 only: ${remedy}`;
      assertRefused(t, await tryStart(node.home), new RegExp(`^Error: ${want}\\n$`));
      const rep = node.replay(['-o', 'json']);
      t.not(rep.code, 0);
      t.regex(rep.stderr, /records no store format \(it was written by an earlier marketchaind\); this marketchaind reads and writes store format 2 only/);
      await withDb(node.home, (db) => db.put(FORMAT_KEY, u32BE(1)));
      assertRefused(t, await tryStart(node.home), new RegExp(`^Error: the database at ${dbPath(node.home)} is in store format 1; this marketchaind reads and writes store format 2 only: ${remedy}\\n$`));
    });

    // The signed-height record names the last block and its hash.
    const lastHash = await withDb(node.home, async (db) => JSON.parse(Buffer.from((await db.get(blockKey(last)))!).toString()).hash);
    t.like(record(node.home), { height: String(last), round: 0, step: 3, block_hash: lastHash });

    // Everything put back: the node restarts and goes on; after SIGKILL too.
    await node.spawn(['--block-time', '100ms']);
    t.true((await node.height()) >= last);
    await node.waitHeight(last + 3);
    const before = await node.height();
    t.is(await node.stop('SIGKILL'), null);
    await node.spawn(['--block-time', '100ms']);
    t.true((await node.height()) >= before);
    t.is(await node.stop('SIGTERM'), 0);
    const end = stoppedAt(node.log);
    t.is(record(node.home)?.height, String(end));
    const rep = node.replay(['-o', 'json']);
    t.is(rep.code, 0, rep.stdout + rep.stderr);
    t.like(JSON.parse(rep.stdout), { ok: true, height: end });
  } finally {
    await node.destroy();
  }
});

test.serial('[e2e/start-check]: garbage in the write-ahead log, a table or CURRENT is refused with a clear error and no stack trace', async (t) => {
  const node = await TestNode.start({ blockTime: '100ms' });
  try {
    // Blocks pile up in the write-ahead log until LevelDB flushes it: wait for three 32 KiB log blocks.
    for (let i = 0; statSync(join(dbPath(node.home), currentLog(dbPath(node.home)))).size < 100_000; i++) {
      if (i > 300) throw new Error('the write-ahead log did not grow');
      await sleep(100);
    }
    t.is(await node.stop('SIGKILL'), null);
    const copy = (name: string) => {
      const home = join(node.home, '..', `${node.home.split('/').at(-1)}-${name}`);
      cpSync(node.home, home, { recursive: true });
      return home;
    };
    const overwrite = (file: string, at: number, bytes: Buffer) => {
      const fd = openSync(file, 'r+');
      writeSync(fd, bytes, 0, bytes.length, at);
      closeSync(fd);
    };
    const homes: string[] = [];
    try {
      // The log's first records fail their checksums: LevelDB drops them and opens with the later blocks,
      // a gap below the last height.
      const wal = copy('wal');
      homes.push(wal);
      overwrite(join(dbPath(wal), currentLog(dbPath(wal))), 1000, Buffer.alloc(2000, 0xab));
      assertRefused(t, await tryStart(wal), /^Error: the database has no block \d+ \(last height \d+\); the data directory is damaged\n$/);

      // A table (here the genesis state's) overwritten with garbage: read at start, refused with LevelDB's reason.
      const table = copy('table');
      homes.push(table);
      const ldb = readdirSync(dbPath(table)).filter((f) => f.endsWith('.ldb'));
      t.true(ldb.length > 0);
      for (const f of ldb) overwrite(join(dbPath(table), f), 0, Buffer.alloc(statSync(join(dbPath(table), f)).size, 0xab));
      assertRefused(t, await tryStart(table), new RegExp(`^Error: the database at ${dbPath(table)} cannot be read \\(Corruption: .+\\); the data directory is damaged: restore it from a backup\\n$`));

      const current = copy('current');
      homes.push(current);
      writeFileSync(join(dbPath(current), 'CURRENT'), Buffer.alloc(16, 0xab));
      assertRefused(t, await tryStart(current), new RegExp(`^Error: cannot open the database at ${dbPath(current)}: .*Corruption: CURRENT file does not end with newline`));
    } finally {
      for (const h of homes) rmSync(h, { recursive: true, force: true });
    }
  } finally {
    await node.destroy();
  }
});

test.serial('[e2e/start-check]: a database that lost its tail (an older copy restored, or the write-ahead log truncated) is refused naming both heights; export still works', async (t) => {
  const node = await TestNode.start({ blockTime: '100ms' });
  const saved = join(node.home, 'saved.db');
  try {
    await node.waitHeight(4);
    t.is(await node.stop('SIGTERM'), 0);
    const h1 = stoppedAt(node.log);
    cpSync(dbPath(node.home), saved, { recursive: true });
    await node.spawn(['--block-time', '100ms']);
    await node.waitHeight(h1 + 5);
    t.is(await node.stop('SIGTERM'), 0);
    const h2 = stoppedAt(node.log);

    // The copy taken at h1 comes back; the record still says h2.
    const newer = join(node.home, 'newer.db');
    cpSync(dbPath(node.home), newer, { recursive: true });
    rmSync(dbPath(node.home), { recursive: true });
    cpSync(saved, dbPath(node.home), { recursive: true });
    assertRefused(
      t,
      await tryStart(node.home),
      new RegExp(`^Error: this validator signed block ${h2} \\(${recordPath(node.home)}\\) but the database ends at block ${h1}: the data directory lost its last ${h2 - h1} block\\(s\\)\\. .*Restore the data directory from a backup taken at height ${h2} or later`),
    );
    t.is(record(node.home)?.height, String(h2));
    // Exporting the state (to start a new chain from it) does not sign, and works.
    const exp = runNodeCmd(['export', '--home', node.home]);
    t.is(exp.code, 0, exp.stderr);
    t.is(JSON.parse(exp.stdout).initial_height, String(h1 + 1));

    // The newer database back: the node starts; killed with blocks in its write-ahead log, which then
    // loses its second half.
    rmSync(dbPath(node.home), { recursive: true });
    cpSync(newer, dbPath(node.home), { recursive: true });
    rmSync(newer, { recursive: true });
    await node.spawn(['--block-time', '100ms']);
    await node.waitHeight(h2 + 25);
    t.is(await node.stop('SIGKILL'), null);
    const signed = Number(record(node.home)?.height);
    t.true(signed >= h2 + 25);
    const wal = join(dbPath(node.home), currentLog(dbPath(node.home)));
    truncateSync(wal, Math.floor(statSync(wal).size / 2));
    const o = await tryStart(node.home);
    assertRefused(t, o, new RegExp(`^Error: this validator signed block ${signed} \\(${recordPath(node.home)}\\) but the database ends at block \\d+`));
    const ends = Number(/database ends at block (\d+)/.exec(o.stderr)![1]);
    t.true(ends < signed && ends >= h2, `ends at ${ends}, signed ${signed}`);
  } finally {
    await node.destroy();
  }
});
