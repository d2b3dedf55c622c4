// The dealer tools (`repo commitment`, `repo select`) as a dealer runs them: the real CLI process. They
// check a report against the chain's params (here no node is reachable: the module defaults, with a note,
// or a --params file), and refuse a guessable salt, before anything is sealed.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, freePort } from '../test/helpers/node_process.js';

const dir = mkdtempSync(join(tmpdir(), 'repo-tools-'));
const file = (name: string, v: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(v));
  return p;
};
const MM = file('mm.json', { hurdle_bps: 0, points: [{ rate_bps: 100, qty: 10 }, { rate_bps: 150_000, qty: 20 }] });
const RM = file('rm.json', { hurdle_bps: 0, points: [{ rate_bps: 500, qty: 10 }, { rate_bps: 450, qty: 20 }] });
const MANY = file('many.json', { points: Array.from({ length: 65 }, (_, i) => ({ rate_bps: 100 + i, qty: i + 1 })) });
const SALT = 'a1'.repeat(16) + 'b2'.repeat(16);

let node = '';
test.before(async () => {
  node = `http://127.0.0.1:${await freePort()}`; // nothing listens there: the tools run offline
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args, '--home', dir, '--node', node], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('repo commitment refuses a 150000-bps point against the default params (max_rate_bps 100000) before sealing, saying so', (t) => {
  const r = cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', MM, '--salt', SALT]);
  t.is(r.code, 1);
  t.is(r.stdout, '');
  t.regex(r.stderr, /note: cannot reach the node at .*; checking against the module's default params \(max_points 64, max_rate_bps 100000, max_hurdle_bps 100000\); the chain's may differ \(--params FILE to give them\)/);
  t.regex(r.stderr, /Error: invalid input: .*150000.*schedule rate out of bounds \(code 15\)|Error: invalid input: .*150000.*schedule rate out of bounds/);
});

test('repo commitment with --params FILE checks against the file (and says the chain may differ)', (t) => {
  const params = file('params.json', { params: { maxRateBps: 200_000 } });
  const r = cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', MM, '--salt', SALT, '--params', params, '-o', 'json']);
  t.is(r.code, 0, r.stderr);
  t.regex(r.stderr, /note: checking against the params in .*params\.json \(max_points 64, max_rate_bps 200000, max_hurdle_bps 100000\); the chain's may differ/);
  t.regex(JSON.parse(r.stdout).commitment, /^[0-9a-f]{64}$/);
  const bad = cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', MM, '--params', file('bad.json', { maxRateBps: -1 })]);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /params file .*bad\.json: repo params: maxRateBps must be an integer in \[1, 1000000\], got -1/);
});

test('repo commitment refuses 65 points (max_points 64) and repo select refuses the 150000-bps point', (t) => {
  const many = cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', MANY, '--salt', SALT]);
  t.is(many.code, 1);
  t.regex(many.stderr, /Error: invalid input: .*schedule has too many points/);
  const sel = cli(['repo', 'select', '--mm', MM, '--rm', RM]);
  t.is(sel.code, 1);
  t.is(sel.stdout, '');
  t.regex(sel.stderr, /Error: invalid input: .*schedule rate out of bounds/);
});

test('repo commitment refuses an all-zero, a one-byte-repeated and a short salt', (t) => {
  const ok = file('ok.json', { points: [{ rate_bps: 100, qty: 10 }] });
  for (const [salt, msg] of [
    ['00'.repeat(32), /--salt is 32 bytes of 0x00: anyone can guess it/],
    ['07'.repeat(32), /--salt is 32 bytes of 0x07: anyone can guess it/],
    ['ab'.repeat(31), /--salt must be 32 bytes of hex \(64 characters\)/],
  ] as const) {
    const r = cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', ok, '--salt', salt]);
    t.is(r.code, 1, salt);
    t.is(r.stdout, '');
    t.regex(r.stderr, msg);
  }
  const fine = cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', ok, '--salt', SALT]);
  t.is(fine.code, 0, fine.stderr);
});
