// scripts/cometbft_install.mjs without touching the real tool folder: a temp MARKETCHAIN_TOOLS, and
// COMETBFT_GO naming a go that is not there.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';

const SCRIPT = fileURLToPath(new URL('../../../scripts/cometbft_install.mjs', import.meta.url));

function run(tools: string, version?: string): { code: number | null; stdout: string; stderr: string } {
  if (version !== undefined) {
    mkdirSync(join(tools, 'bin'), { recursive: true });
    writeFileSync(join(tools, 'bin', 'cometbft'), `#!/bin/sh\necho ${version}\n`);
    chmodSync(join(tools, 'bin', 'cometbft'), 0o755);
  }
  const r = spawnSync(process.execPath, [SCRIPT, '--print-path'], { encoding: 'utf8', env: { ...process.env, MARKETCHAIN_TOOLS: tools, COMETBFT_GO: join(tools, 'no-such-go') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a missing Go toolchain gives one clear error naming what to install; the pinned version present needs no Go', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cometbft-install-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const missing = run(join(dir, 'a'));
  t.is(missing.code, 1);
  t.is(missing.stdout, '');
  t.is(
    missing.stderr,
    'CometBFT v0.38.17 is installed with the Go toolchain, and no `go` was found (COMETBFT_GO, PATH, $GOROOT/bin, /usr/local/go/bin): install Go 1.22.11 or later from https://go.dev/dl/ and run npm run cometbft:install again\n',
  );
  // Another version installed: it is replaced, which needs Go.
  t.is(run(join(dir, 'b'), '0.38.16').code, 1);
  // The pinned version installed: a no-op printing its path.
  const present = run(join(dir, 'c'), '0.38.17');
  t.is(present.code, 0);
  t.is(present.stdout, `${join(dir, 'c', 'bin', 'cometbft')}\n`);
  t.is(present.stderr, '');
});
