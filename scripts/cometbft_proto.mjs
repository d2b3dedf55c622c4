// Generates proto/gen/cometbft_abci.{js,d.ts,json}: the ABCI types of the pinned CometBFT
// (tendermint/abci/types.proto and the tendermint/types, crypto, version, google.protobuf
// Timestamp/Duration messages it reaches), with the same protobufjs-cli options as the module protos.
//
// The .proto sources are not copied into the repo: they come from the Go module cache (the pinned
// github.com/cometbft/cometbft, and github.com/cosmos/gogoproto at the version CometBFT's go.mod
// requires); google/protobuf/{timestamp,duration}.proto are protobufjs' built-in copies (descriptor.proto, which
// gogo.proto imports, is the copy under node_modules/protobufjs).
// The types are pruned to what Request/Response reach (no descriptor.proto, no gogoproto extensions)
// before pbjs sees them, as pbjs --filter does not follow nested packages.
//
// proto/gen/cometbft_abci.sources.json records the versions, a sha256 of every input .proto and of
// both outputs. `--check` (run by npm test) therefore works without Go: it always checks the pinned
// version and the outputs' hashes; when Go and the module cache already hold the sources (looked up
// offline, GOPROXY=off) it also regenerates and compares byte for byte.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { COMETBFT_MODULE, COMETBFT_VERSION, findGo, requireGo } from './cometbft_install.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const NAME = 'cometbft_abci';
const SOURCES = join(root, 'proto', 'gen', `${NAME}.sources.json`);
const ENTRY = 'tendermint/abci/types.proto';
const KEEP_FROM = ['tendermint.abci.Request', 'tendermint.abci.Response'];
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function moduleDir(go, path, version, offline) {
  const env = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? 'local' };
  if (offline) env.GOPROXY = 'off';
  const out = execFileSync(go, ['mod', 'download', '-json', `${path}@${version}`], { cwd: tmpdir(), env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const info = JSON.parse(out);
  if (!info.Dir || info.Error) throw new Error(`go mod download ${path}@${version}: ${info.Error ?? 'no Dir'}`);
  return info.Dir;
}

/** The include dirs: CometBFT's proto/ and gogoproto's module root (versions from CometBFT's go.mod). */
function sourceDirs({ offline }) {
  const go = offline ? findGo() : requireGo();
  if (go === undefined) return undefined;
  try {
    const comet = moduleDir(go, COMETBFT_MODULE, `v${COMETBFT_VERSION}`, offline);
    const gomod = readFileSync(join(comet, 'go.mod'), 'utf8');
    const gogoVersion = /github\.com\/cosmos\/gogoproto (v\S+)/.exec(gomod)?.[1];
    if (!gogoVersion) throw new Error(`no github.com/cosmos/gogoproto in ${comet}/go.mod`);
    const gogo = moduleDir(go, 'github.com/cosmos/gogoproto', gogoVersion, offline);
    return { includes: [join(comet, 'proto'), gogo], versions: { cometbft: `v${COMETBFT_VERSION}`, gogoproto: gogoVersion } };
  } catch (e) {
    if (offline) return undefined;
    throw e;
  }
}

/** Loads the entry with its imports; returns the pruned root as JSON and the inputs' hashes. */
function loadPruned(includes) {
  const pb = new protobuf.Root();
  const inputs = {};
  pb.resolvePath = (origin, target) => {
    if (isAbsolute(target)) return target;
    for (const dir of includes) if (existsSync(join(dir, target))) return join(dir, target);
    // gogo.proto extends descriptor.proto's options (pruned below): protobufjs ships that file.
    if (target === 'google/protobuf/descriptor.proto') return join(root, 'node_modules', 'protobufjs', target);
    return target; // google/protobuf/{timestamp,duration}: protobufjs' common definitions
  };
  pb.loadSync(ENTRY, { keepCase: false });
  pb.resolveAll();
  for (const dir of includes) {
    for (const f of pb.files) if (f.startsWith(dir + '/')) inputs[f.slice(dir.length + 1)] = sha256(readFileSync(f));
  }
  const keep = new Set();
  const visit = (t) => {
    if (keep.has(t.fullName)) return;
    keep.add(t.fullName);
    if (t instanceof protobuf.Type) {
      for (const f of t.fieldsArray) if (f.resolvedType) visit(f.resolvedType);
      for (const n of t.nestedArray) if (n instanceof protobuf.Type || n instanceof protobuf.Enum) visit(n);
    }
    for (let p = t.parent; p && p.fullName; p = p.parent) keep.add(p.fullName);
  };
  for (const n of KEEP_FROM) visit(pb.lookupType(n));
  const prune = (ns) => {
    for (const n of [...ns.nestedArray]) {
      if (!keep.has(n.fullName)) ns.remove(n);
      else if (!(n instanceof protobuf.Enum)) prune(n);
    }
  };
  prune(pb);
  const sorted = Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b)));
  return { json: JSON.stringify(pb.toJSON({ keepComments: false })), inputs: sorted };
}

/** Writes <outDir>/cometbft_abci.{js,d.ts,json}; returns the record for the sources file. */
function generateInto(outDir, src) {
  const { json, inputs } = loadPruned(src.includes);
  // The pruned reflection JSON is kept too: tests build fast-check arbitraries of every ABCI kind from it.
  const jsonPath = join(outDir, `${NAME}.json`);
  writeFileSync(jsonPath, json + '\n');
  const js = join(outDir, `${NAME}.js`);
  const dts = join(outDir, `${NAME}.d.ts`);
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '-r', NAME, '--force-number', '--dependency', '../runtime.js', '--no-verify', '--no-delimited', '--no-service', '-o', js, jsonPath], { stdio: 'inherit' });
  execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });
  return {
    ...src.versions,
    inputs,
    outputs: Object.fromEntries([`${NAME}.js`, `${NAME}.d.ts`, `${NAME}.json`].map((f) => [f, sha256(readFileSync(join(outDir, f)))])),
  };
}

/** npm run proto:gen: regenerates (needs Go; downloads the modules when missing). */
export function generateCometbft() {
  const src = sourceDirs({ offline: false });
  const record = generateInto(join(root, 'proto', 'gen'), src);
  writeFileSync(SOURCES, JSON.stringify(record, null, 2) + '\n');
  return NAME;
}

/** npm run proto:check: returns a list of problems (empty when current) and what was checked. */
export function checkCometbft() {
  const problems = [];
  if (!existsSync(SOURCES)) return { problems: [`proto/gen/${NAME}.sources.json is missing: run npm run proto:gen`], how: '' };
  const record = JSON.parse(readFileSync(SOURCES, 'utf8'));
  if (record.cometbft !== `v${COMETBFT_VERSION}`) problems.push(`proto/gen/${NAME}.* were generated from cometbft ${record.cometbft}, the pin is v${COMETBFT_VERSION}: run npm run proto:gen`);
  for (const [f, h] of Object.entries(record.outputs)) {
    const p = join(root, 'proto', 'gen', f);
    if (!existsSync(p) || sha256(readFileSync(p)) !== h) problems.push(`proto/gen/${f} differs from what proto:gen wrote: run npm run proto:gen`);
  }
  const src = sourceDirs({ offline: true });
  if (src === undefined) return { problems, how: 'recorded hashes (CometBFT sources not in the Go module cache)' };
  const out = mkdtempSync(join(tmpdir(), 'protogen-comet-'));
  const fresh = generateInto(out, src);
  if (JSON.stringify(fresh) !== JSON.stringify(record)) problems.push(`proto/gen/${NAME}.sources.json is stale: run npm run proto:gen`);
  for (const f of Object.keys(fresh.outputs)) {
    const p = join(root, 'proto', 'gen', f);
    if (!existsSync(p) || readFileSync(p, 'utf8') !== readFileSync(join(out, f), 'utf8')) problems.push(`proto/gen/${f} is stale: run npm run proto:gen`);
  }
  return { problems: [...new Set(problems)], how: 'regenerated from the Go module cache' };
}
