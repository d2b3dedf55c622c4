// marketchain config / version / completion as spawned processes (no node needed).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), 'main.js');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('[cli/config]: config set/get (gaiad forms) write client.json; bad values are refused; the values are used', (t) => {
  const home = mkdtempSync(join(tmpdir(), 'mc-config-'));
  t.is(run(['config', 'set', 'client', 'chain-id', 'test-chain-7', '--home', home]).code, 0);
  t.is(run(['config', 'set', 'gas-prices', '0.025umkt,0.1uusdc', '--home', home]).code, 0);
  t.is(run(['config', 'node', 'tcp://127.0.0.1:1', '--home', home]).code, 0);
  t.deepEqual(JSON.parse(readFileSync(join(home, 'config', 'client.json'), 'utf8')), { chain_id: 'test-chain-7', gas_prices: '0.025umkt,0.1uusdc', node: 'tcp://127.0.0.1:1' });
  t.is(run(['config', 'get', 'client', 'chain-id', '--home', home]).stdout, 'test-chain-7\n');
  t.is(run(['config', 'chain-id', '--home', home]).stdout, 'test-chain-7\n');
  t.deepEqual(JSON.parse(run(['config', '--home', home, '-o', 'json']).stdout), {
    'chain-id': 'test-chain-7', node: 'tcp://127.0.0.1:1', 'keyring-backend': null, output: null, 'gas-prices': '0.025umkt,0.1uusdc', 'broadcast-mode': null,
  });
  for (const [k, v, err] of [
    ['gas-prices', '0.1', 'Error: invalid gas-prices "0.1": expected prices such as 0.025umkt or 0.025umkt,0.1uusdc\n'],
    ['keyring-backend', 'os', 'Error: invalid keyring-backend "os": use file or test\n'],
    ['colour', 'red', 'Error: unknown config key "colour": one of chain-id, node, keyring-backend, output, gas-prices, broadcast-mode\n'],
  ] as const) {
    const r = run(['config', 'set', k, v, '--home', home]);
    t.is(r.code, 1, k);
    t.is(r.stderr, err, k);
  }
  // The tcp:// node from client.json is used: the status probe reaches for 127.0.0.1:1 over HTTP.
  const st = run(['status', '--home', home]);
  t.is(st.code, 1);
  t.regex(st.stderr, /^Error: cannot reach the node at http:\/\/127\.0\.0\.1:1/);
});

test('[cli/version]: version prints package.json\'s version; --long -o json adds the runtime', (t) => {
  const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8'));
  t.is(run(['version']).stdout, `${pkg.version}\n`);
  t.like(JSON.parse(run(['version', '--long', '-o', 'json']).stdout), { name: 'marketchain', version: pkg.version, node: process.version });
});

test('[cli/completion]: the bash script completes commands, subcommands and flags; other shells are refused', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-compl-'));
  writeFileSync(join(dir, 'c.sh'), run(['completion', 'bash']).stdout);
  const complete = (words: string[]) =>
    spawnSync('bash', ['-c', `source ${join(dir, 'c.sh')}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _marketchain_complete; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).stdout.trim();
  t.is(complete(['marketchain', 'tx', 'ba']), 'bank');
  t.is(complete(['marketchain', 'tx', 'bank', 'send', '--gen']), '--generate-only');
  t.is(complete(['marketchain', 'tx', 's']), 'sign');
  t.is(complete(['marketchain', 'q', 'bank', 'bal']), 'balances balance');
  t.is(complete(['marketchain', 'compl']), 'completion');
  const fish = run(['completion', 'fish']);
  t.is(fish.code, 1);
  t.is(fish.stderr, 'Error: no completion for "fish": use bash or zsh\n');
});

test('[cli/keys]: keys --help documents the keyring environment variables', (t) => {
  const help = run(['keys', '--help']).stdout;
  for (const v of ['MARKETCHAIN_HOME', 'MARKETCHAIN_KEYRING_BACKEND', 'MARKETCHAIN_KEYRING_PASSPHRASE', 'MARKETCHAIN_EXPORT_PASSPHRASE']) t.regex(help, new RegExp(`\\n  ${v} +\\S`), v);
});
