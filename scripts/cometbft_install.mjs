// Installs the pinned CometBFT into the project-local tool folder .tools/bin (ignored by git) with
// `go install`, unless a cometbft of exactly that version is already there. The version is pinned
// here and only here (scripts/cometbft_proto.mjs reads it from this file's exports).
// Usage: node scripts/cometbft_install.mjs [--print-path]
// Environment: MARKETCHAIN_TOOLS (the tool folder, default .tools), COMETBFT_GO (the go binary to use,
// default: found on PATH, $GOROOT/bin, /usr/local/go/bin, ~/go/bin).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMETBFT_VERSION = '0.38.17';
export const COMETBFT_MODULE = 'github.com/cometbft/cometbft';
/** The `go` line of that version's go.mod, for the error message when Go is missing. */
const GO_MIN = '1.22.11';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TOOLS_BIN = join(process.env.MARKETCHAIN_TOOLS ?? join(root, '.tools'), 'bin');
export const COMETBFT_BIN = join(TOOLS_BIN, 'cometbft');

/** The go binary: on PATH, or the standard /usr/local/go install (not on every shell's PATH). */
export function findGo() {
  if (process.env.COMETBFT_GO) return existsSync(process.env.COMETBFT_GO) ? process.env.COMETBFT_GO : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  if (process.env.GOROOT) dirs.push(join(process.env.GOROOT, 'bin'));
  dirs.push('/usr/local/go/bin', join(process.env.HOME ?? '/', 'go', 'bin'));
  for (const d of dirs) if (existsSync(join(d, 'go'))) return join(d, 'go');
  return undefined;
}

export function requireGo() {
  const go = findGo();
  if (go === undefined) {
    throw new Error(`CometBFT v${COMETBFT_VERSION} is installed with the Go toolchain, and no \`go\` was found (COMETBFT_GO, PATH, $GOROOT/bin, /usr/local/go/bin): install Go ${GO_MIN} or later from https://go.dev/dl/ and run npm run cometbft:install again`);
  }
  return go;
}

function installedVersion() {
  if (!existsSync(COMETBFT_BIN)) return undefined;
  try {
    return execFileSync(COMETBFT_BIN, ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** Installs CometBFT when missing or of another version; returns the binary's path. */
export function installCometbft({ quiet = false } = {}) {
  const have = installedVersion();
  if (have === COMETBFT_VERSION) return COMETBFT_BIN;
  const go = requireGo();
  mkdirSync(TOOLS_BIN, { recursive: true });
  if (!quiet) console.error(`installing cometbft v${COMETBFT_VERSION} into ${TOOLS_BIN}${have ? ` (found ${have})` : ''} ...`);
  execFileSync(go, ['install', `${COMETBFT_MODULE}/cmd/cometbft@v${COMETBFT_VERSION}`], {
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, GOBIN: TOOLS_BIN },
  });
  const now = installedVersion();
  if (now !== COMETBFT_VERSION) throw new Error(`go install finished but ${COMETBFT_BIN} version prints ${now ?? 'nothing'}, not ${COMETBFT_VERSION}`);
  return COMETBFT_BIN;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const bin = installCometbft();
    console.log(process.argv.includes('--print-path') ? bin : `cometbft ${COMETBFT_VERSION} at ${bin}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
