import test from 'ava';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_ENV_ASSIGNMENTS, NODE_V8_FLAGS } from './v8_flags.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../package.json', import.meta.url));

test('[node/v8_flags]: the shebang of marketchaind and the npm start script carry the node environment and V8 flags', (t) => {
  const shebang = readFileSync(MAIN, 'utf8').split('\n')[0]!;
  t.is(shebang, `#!/usr/bin/env -S ${NODE_ENV_ASSIGNMENTS} node ${NODE_V8_FLAGS.join(' ')}`);
  const start: string = JSON.parse(readFileSync(PACKAGE, 'utf8')).scripts.start;
  t.true(start.includes(`${NODE_ENV_ASSIGNMENTS} node ${NODE_V8_FLAGS.join(' ')} dist/node/main.js start`), start);
});

test('[node/v8_flags]: a node started by the shebang line has the environment', (t) => {
  const [cmd, ...args] = readFileSync(MAIN, 'utf8').split('\n')[0]!.slice(2).split(' ');
  const nodeAt = args.indexOf('node');
  const r = spawnSync(cmd!, [...args.slice(0, nodeAt + 1), '-e', 'process.stdout.write(process.env.MALLOC_ARENA_MAX ?? "unset")'], { encoding: 'utf8', env: { ...process.env, MALLOC_ARENA_MAX: undefined } });
  t.is(r.status, 0, r.stderr);
  t.is(`MALLOC_ARENA_MAX=${r.stdout}`, NODE_ENV_ASSIGNMENTS);
});

test('[node/v8_flags]: the shebang line runs marketchaind on this platform', (t) => {
  const [cmd, ...args] = readFileSync(MAIN, 'utf8').split('\n')[0]!.slice(2).split(' ');
  const r = spawnSync(cmd!, [...args, MAIN, '--help'], { encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /^Usage: marketchaind/);
});
