// Makes sure a Chromium for the browser tests (test/e2e/web_explorer.test.ts) is installed: Debian's
// `chromium` package, driven by playwright-core with executablePath (playwright's own browser
// downloads are not used). Found: prints its path. Missing: `apt-get install -y chromium` (after
// `apt-get update` when the package is unknown). Cannot: exits 1 with one line saying how.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chosen = process.env.CHROMIUM_PATH;

// A binary named by CHROMIUM_PATH is the one wanted: missing, it is an error, not a reason to install another.
if (chosen && !existsSync(chosen)) {
  console.error(`error: CHROMIUM_PATH=${chosen} does not exist: point it at a Chromium binary, or unset it to use (or install) Debian's chromium`);
  process.exit(1);
}

function findChromium() {
  return chosen ?? CANDIDATES.find((p) => existsSync(p));
}

function apt(args) {
  return spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8' });
}

let found = findChromium();
if (!found) {
  const canApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0 && process.getuid?.() === 0;
  if (canApt) {
    console.log('chromium not found: apt-get install -y chromium');
    let r = apt(['install', '-y', 'chromium']);
    if (r.status !== 0) {
      apt(['update']);
      r = apt(['install', '-y', 'chromium']);
    }
    found = findChromium();
  }
}
if (!found) {
  console.error('error: the browser tests need Chromium: install it with `sudo apt-get update && sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary');
  process.exit(1);
}
console.log(`chromium: ${found} (${execFileSync(found, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()})`);
