// Regenerates proto/gen/marketchain.{js,d.ts} from proto/marketchain/**/*.proto with protobufjs-cli.
// `--check` regenerates into a temp dir and fails if the checked-in files are stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto');
const check = process.argv.includes('--check');

function listProtos(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listProtos(p) : p.endsWith('.proto') ? [p] : [];
  });
}

const files = listProtos(join(protoDir, 'marketchain')).sort().map((f) => relative(protoDir, f));
if (files.length === 0) {
  console.log('no .proto files under proto/marketchain');
  process.exit(0);
}
const outDir = check ? mkdtempSync(join(tmpdir(), 'protogen-')) : join(protoDir, 'gen');
const js = join(outDir, 'marketchain.js');
const dts = join(outDir, 'marketchain.d.ts');
const bin = (name) => join(root, 'node_modules', '.bin', name);
execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify', '--no-delimited', '--no-service', '-p', protoDir, '-o', js, ...files], { cwd: protoDir, stdio: 'inherit' });
execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });

if (check) {
  for (const f of ['marketchain.js', 'marketchain.d.ts']) {
    const want = readFileSync(join(outDir, f), 'utf8');
    const have = existsSync(join(protoDir, 'gen', f)) ? readFileSync(join(protoDir, 'gen', f), 'utf8') : '';
    if (want !== have) {
      console.error(`proto/gen/${f} is stale: run npm run proto:gen`);
      process.exit(1);
    }
  }
  console.log(`proto/gen is up to date (${files.length} files)`);
} else {
  console.log(`generated proto/gen from ${files.length} files`);
}
