// The sealed-mode CLI surface as a user meets it without a node: --help names the new flags and
// commands, and malformed input is refused locally, before any key is unlocked or node contacted.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, freePort } from '../test/helpers/node_process.js';
import { fieldsToBytes } from '../modules/repo/math/sealed.js';

const dir = mkdtempSync(join(tmpdir(), 'repo-sealed-cli-'));
let node = '';
test.before(async () => {
  node = `http://127.0.0.1:${await freePort()}`;
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args, '--home', dir, '--node', node], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KEY = Buffer.from(fieldsToBytes([
  5299619240641551281634865583518297030282874472190772894086521144482721001553n,
  16950150798460657717958625567821834550301663161624707787222815936182638968203n,
])).toString('hex');

test('[cli/repo-sealed]: --help documents privacy, agent, register-agent and query agent', (t) => {
  const open = cli(['tx', 'repo', 'open', '--help']).stdout;
  t.regex(open, /--privacy <mode> +public \(commit–reveal/);
  t.regex(open, /--agent <addr> +sealed rounds: the selection agent/);
  t.regex(open, /sealed: the seal window/);
  const reg = cli(['tx', 'repo', 'register-agent', '--help']);
  t.is(reg.code, 0);
  t.regex(reg.stdout, /--enc-pubkey <hex>/);
  t.regex(reg.stdout, /--bond <coin>/);
  const q = cli(['query', 'repo', 'agent', '--help']);
  t.is(q.code, 0);
  t.regex(q.stdout, /Usage: marketchain query repo agent \[options\] <address>/);
});

test('[cli/repo-sealed]: malformed keys and privacy flags are refused locally', (t) => {
  const from = ['--from', 'mkt19fqerdghr38fgt3j8xfg9sgd764stvpdeustz4', '--chain-id', 'x', '-y'];
  const short = cli(['tx', 'repo', 'register-agent', '--enc-pubkey', KEY.slice(2), ...from]);
  t.is(short.code, 1);
  t.regex(short.stderr, /--enc-pubkey must be 64 bytes of hex/);
  const off = cli(['tx', 'repo', 'register-agent', '--enc-pubkey', KEY.slice(0, 127) + (KEY.endsWith('1') ? '2' : '1'), ...from]);
  t.is(off.code, 1);
  t.regex(off.stderr, /invalid input: enc_pubkey \(64 bytes\) is not x ‖ y of a Baby Jubjub point/);
  const bad = cli(['tx', 'repo', 'register-agent', '--enc-pubkey', KEY, '--bond', '1uusdc,1umkt', ...from]);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /exactly one positive coin/);
  const a = 'mkt19fqerdghr38fgt3j8xfg9sgd764stvpdeustz4';
  const open = ['tx', 'repo', 'open', '--bd-mm', a, '--bd-rm', a, '--mm-client', a, '--rm-client', a, '--cash-denom', 'uusdc', '--collateral-denom', 'uatom',
    '--lot-size', '1', '--tenor-blocks', '3', '--max-qty', '5', '--bond', '5uusdc', ...from];
  t.regex(cli([...open, '--privacy', 'sealed']).stderr, /--privacy sealed needs --agent ADDR/);
  t.regex(cli([...open, '--agent', a]).stderr, /--agent is for --privacy sealed rounds only/);
  t.regex(cli([...open, '--privacy', 'secret']).stderr, /--privacy must be public or sealed/);
  const w = cli(['tx', 'repo', 'withdraw-agent-bond', '1uusdc,2umkt', ...from]);
  t.is(w.code, 1);
  t.regex(w.stderr, /amount "1uusdc,2umkt" must be exactly one positive coin/);
  t.regex(cli(['tx', 'repo', 'withdraw-agent-bond', 'lots', ...from]).stderr, /amount "lots" is not a coin such as 1000000uusdc/);
  t.regex(cli(['tx', 'repo', 'withdraw-agent-bond', '--help']).stdout, /Usage: marketchain tx repo withdraw-agent-bond \[options\] <amount>/);
});

test('[cli/repo-sealed]: --help documents tx repo seal, repo agent-key and repo agent', (t) => {
  const seal = cli(['tx', 'repo', 'seal', '--help']);
  t.is(seal.code, 0);
  t.regex(seal.stdout, /Usage: marketchain tx repo seal \[options\] <round-id>/);
  t.regex(seal.stdout, /builds\s+proof\s+A\s+locally/);
  t.regex(seal.stdout, /--schedule <file>/);
  t.regex(seal.stdout, /--save <file>\s+write\s+the\s+report,\s+salt\s+and\s+commitment\s+to\s+this\s+new\s+file\s+\(mode\s+0600\)/);
  t.regex(seal.stdout, /-b, --broadcast-mode/);
  const key = cli(['repo', 'agent-key', '--help']);
  t.is(key.code, 0);
  t.regex(key.stdout, /--key <file>/);
  t.regex(key.stdout, /tx\s+repo\s+register-agent\s+--enc-pubkey/);
  const agent = cli(['repo', 'agent', '--help']);
  t.is(agent.code, 0);
  for (const f of [/--key <file>/, /--once\s+handle\s+the\s+rounds\s+pending\s+now,\s+then\s+exit/, /--poll <ms>/, /--min-blocks <n>/, /--from/]) t.regex(agent.stdout, f);
  t.regex(agent.stdout, /SIGINT\/SIGTERM/);
  t.regex(cli(['repo', '--help']).stdout, /agent-key \[options\][\s\S]*agent \[options\]/);
});

test('[cli/repo-sealed]: agent-key writes a 0600 key file once and --show prints its public key; refusals before any node is contacted', (t) => {
  const file = join(dir, 'agent.key');
  const made = cli(['repo', 'agent-key', '--key', file, '-o', 'json']);
  t.is(made.code, 0, made.stderr);
  const pub = JSON.parse(made.stdout).enc_pubkey as string;
  t.regex(pub, /^[0-9a-f]{128}$/);
  t.is(statSync(file).mode & 0o777, 0o600);
  t.is(cli(['repo', 'agent-key', '--key', file, '--show']).stdout, `${pub}\n`);
  const again = cli(['repo', 'agent-key', '--key', file]);
  t.is(again.code, 1);
  t.is(again.stderr, `Error: ${file} already exists: not replacing it\n`);
  writeFileSync(join(dir, 'junk.key'), '{"type":"babyjubjub","sk":"00","pub":"00"}');
  t.regex(cli(['repo', 'agent-key', '--key', join(dir, 'junk.key'), '--show']).stderr, /^Error: cannot read the agent key .*junk\.key: agent key: bad secret\n$/);
  const noYes = cli(['repo', 'agent', '--key', file, '--from', 'x']);
  t.is(noYes.code, 1);
  t.regex(noYes.stderr, /the agent signs without asking: pass -y/);
  const from = ['--from', 'mkt19fqerdghr38fgt3j8xfg9sgd764stvpdeustz4', '-y'];
  t.regex(cli(['tx', 'repo', 'seal', '1', '--schedule', join(dir, 'none.json'), ...from]).stderr, /^Error: cannot read schedule file .*none\.json/);
  writeFileSync(join(dir, 's.json'), '{"points":[{"rate_bps":1,"qty":1}]}');
  t.is(cli(['tx', 'repo', 'seal', '1', '--schedule', join(dir, 's.json'), '--save', file, ...from]).stderr, `Error: --save ${file} already exists: not replacing it\n`);
  t.regex(cli(['tx', 'repo', 'seal', 'x', '--schedule', join(dir, 's.json'), ...from]).stderr, /round id must be a non-negative integer/);
  // without -y and no terminal: refused before the proof is made
  t.regex(cli(['tx', 'repo', 'seal', '1', '--schedule', join(dir, 's.json'), '--from', from[1]!]).stderr, /^Error: not broadcasting: without -y \(--yes\)/);
});
