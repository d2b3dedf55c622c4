// scripts/chromium_install.mjs (run by `npm test` before ava): a Chromium found is named with its
// version; a CHROMIUM_PATH that does not exist stops with one line saying what to do.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/chromium_install.mjs', import.meta.url));
const run = (env: Record<string, string>) => spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env: { ...process.env, ...env } });

test('[chromium_install]: a missing CHROMIUM_PATH: exit 1 and one line saying how to fix it', (t) => {
  const r = run({ CHROMIUM_PATH: '/nonexistent/chromium' });
  t.is(r.status, 1);
  t.is(r.stdout, '');
  t.is(r.stderr, "error: CHROMIUM_PATH=/nonexistent/chromium does not exist: point it at a Chromium binary, or unset it to use (or install) Debian's chromium\n");
});

test('[chromium_install]: an installed Chromium is found and named with its version', (t) => {
  if (!existsSync('/usr/bin/chromium')) return t.pass('no /usr/bin/chromium here (the npm test step installs it first)');
  const r = run({ CHROMIUM_PATH: '/usr/bin/chromium' });
  t.is(r.status, 0);
  t.regex(r.stdout, /^chromium: \/usr\/bin\/chromium \(Chromium \d+\.[\d.]+ /);
});
