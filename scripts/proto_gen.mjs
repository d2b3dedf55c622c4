// Regenerates proto/gen/<module>.{js,d.ts} from proto/marketchain/<module>/v1/*.proto with protobufjs-cli
// (one root per module, so modules never share a generated file).
// `--check` regenerates into a temp dir and fails if a checked-in file is stale or missing.
// proto/gen/cometbft_abci.{js,d.ts} (CometBFT's ABCI types) come from scripts/cometbft_proto.mjs:
// generated from the Go module cache, checked without Go through their recorded hashes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkCometbft, generateCometbft } from './cometbft_proto.mjs';
import { restRoutes } from './rest_routes.mjs';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'proto');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function listProtos(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listProtos(p) : p.endsWith('.proto') ? [p] : [];
  });
}

const base = join(protoDir, 'marketchain');
const modules = existsSync(base) ? readdirSync(base).filter((d) => statSync(join(base, d)).isDirectory()).sort() : [];
const outDir = check ? mkdtempSync(join(tmpdir(), 'protogen-')) : join(protoDir, 'gen');
let stale = 0;
for (const m of modules) {
  if (only.length > 0 && !only.includes(m)) continue;
  const files = listProtos(join(base, m)).sort().map((f) => relative(protoDir, f));
  if (files.length === 0) continue;
  const js = join(outDir, `${m}.js`);
  const dts = join(outDir, `${m}.d.ts`);
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '-r', m, '--force-number', '--dependency', '../runtime.js', '--no-verify', '--no-delimited', '--no-service', '--sparse', '-p', protoDir, '-o', js, ...files], { cwd: protoDir, stdio: 'inherit' });
  execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });
  if (check) {
    for (const f of [`${m}.js`, `${m}.d.ts`]) {
      const have = existsSync(join(protoDir, 'gen', f)) ? readFileSync(join(protoDir, 'gen', f), 'utf8') : '';
      if (readFileSync(join(outDir, f), 'utf8') !== have) {
        console.error(`proto/gen/${f} is stale: run npm run proto:gen`);
        stale++;
      }
    }
  }
}
// The REST routes (google.api.http options of the modules' Query services): node/api/ serves them.
if (only.length === 0) {
  const routes = restRoutes(root, protoDir, modules, listProtos);
  const file = join(protoDir, 'gen', 'rest_routes.json');
  if (!check) writeFileSync(file, routes);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== routes) {
    console.error('proto/gen/rest_routes.json is stale: run npm run proto:gen');
    stale++;
  }
}
const generated = [...modules];
if (only.length === 0 || only.includes('cometbft_abci')) {
  if (check) {
    const { problems, how } = checkCometbft();
    for (const p of problems) console.error(p);
    stale += problems.length;
    if (problems.length === 0) console.log(`proto/gen/cometbft_abci is up to date (${how})`);
  } else {
    generated.push(generateCometbft());
  }
}
if (stale > 0) process.exit(1);
console.log(check ? `proto/gen is up to date (${modules.length} modules)` : `generated proto/gen for ${generated.join(', ') || 'no modules'}`);
