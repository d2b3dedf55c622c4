// marketchain config | version | completion: the client's settings in <home>/config/client.json (as
// gaiad's `config`: `config`, `config get KEY`, `config set KEY VALUE`, also `config set client KEY
// VALUE` and the older `config KEY [VALUE]`), the version, and shell completion scripts.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { defaultHome, nodeUrl, readClientFile } from '../config.js';
import { CliError, type CliEnv } from '../env.js';
import { parseGasPrices } from '../fees.js';

/** CLI key → client.json field and its check. */
const KEYS: Record<string, { field: string; check(v: string): string }> = {
  'chain-id': { field: 'chain_id', check: (v) => (/^[a-zA-Z0-9._-]{1,50}$/.test(v) ? v : bad('chain-id', v, 'letters, digits, . _ -, at most 50')) },
  node: { field: 'node', check: (v) => (nodeUrl(v), v) },
  'keyring-backend': { field: 'keyring_backend', check: (v) => (v === 'file' || v === 'test' ? v : bad('keyring-backend', v, 'file or test')) },
  output: { field: 'output', check: (v) => (v === 'text' || v === 'json' ? v : bad('output', v, 'text or json')) },
  'gas-prices': { field: 'gas_prices', check: (v) => (parseGasPrices(v, 'gas-prices'), v) },
  'broadcast-mode': { field: 'broadcast_mode', check: (v) => (['sync', 'async', 'block'].includes(v) ? v : bad('broadcast-mode', v, 'sync, async or block')) },
};

function bad(key: string, v: string, want: string): never {
  throw new CliError(`invalid ${key} ${JSON.stringify(v)}: use ${want}`);
}

function keyOf(k: string) {
  const spec = KEYS[k];
  if (!spec) throw new CliError(`unknown config key ${JSON.stringify(k)}: one of ${Object.keys(KEYS).join(', ')}`);
  return spec;
}

function writeClientFile(home: string, data: Record<string, unknown>): string {
  const p = join(home, 'config', 'client.json');
  mkdirSync(dirname(p), { recursive: true });
  const tmp = `${p}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  renameSync(tmp, p);
  return p;
}

export function packageVersion(): { name: string; version: string } {
  // dist/cli/commands/ → the package root
  const p = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'package.json');
  if (!existsSync(p)) return { name: 'marketchain', version: 'unknown' };
  const j = JSON.parse(readFileSync(p, 'utf8')) as { name: string; version: string };
  return { name: j.name, version: j.version };
}

export function registerClientConfigCommands(env: CliEnv): void {
  const config = env.root
    .command('config')
    .description(`client settings in <home>/config/client.json: config | config get KEY | config set KEY VALUE (keys: ${Object.keys(KEYS).join(', ')})`)
    .argument('[args...]', 'get KEY, set KEY VALUE (or set client KEY VALUE), or KEY [VALUE]');
  env.addQueryFlags(config).action((args: string[], _o, cmd: Command) => {
    const raw = cmd.optsWithGlobals() as { home?: string; output?: string };
    const home = raw.home ?? defaultHome();
    const file = readClientFile(home) as Record<string, unknown>;
    let a = [...args];
    if ((a[0] === 'get' || a[0] === 'set') && a[1] === 'client') a = [a[0], ...a.slice(2)];
    const json = raw.output === 'json';
    const show = (k: string) => {
      const v = file[keyOf(k).field];
      console.log(json ? JSON.stringify({ [k]: v ?? null }) : v === undefined ? '' : String(v));
    };
    if (a.length === 0) {
      const all = Object.fromEntries(Object.entries(KEYS).map(([k, s]) => [k, file[s.field] ?? null]));
      console.log(json ? JSON.stringify(all, null, 2) : Object.entries(all).map(([k, v]) => `${k} = ${v ?? ''}`).join('\n'));
    } else if (a[0] === 'get' && a.length === 2) show(a[1]!);
    else if (a[0] === 'set' && a.length === 3) set(a[1]!, a[2]!);
    else if (a.length === 1 && a[0]! in KEYS) show(a[0]!);
    else if (a.length === 2 && a[0]! in KEYS) set(a[0]!, a[1]!);
    else throw new CliError('usage: marketchain config | config get KEY | config set KEY VALUE');
    function set(k: string, v: string): void {
      const spec = keyOf(k);
      const p = writeClientFile(home, { ...file, [spec.field]: spec.check(v) });
      if (!json) process.stderr.write(`${k} = ${v} (${p})\n`);
    }
  });

  env.addQueryFlags(env.root.command('version').description('print the version').option('--long', 'also the Node.js version and the cosmjs packages')).action((_o, cmd: Command) => {
    const o = env.opts<{ long?: boolean } & ReturnType<typeof env.opts>>(cmd);
    const v = packageVersion();
    const long = { name: v.name, version: v.version, node: process.version, cosmjs: '0.39.0', sign_modes: ['SIGN_MODE_DIRECT', 'SIGN_MODE_LEGACY_AMINO_JSON'] };
    if (o.output === 'json') console.log(JSON.stringify(o.long ? long : { version: v.version }));
    else console.log(o.long ? Object.entries(long).map(([k, x]) => `${k}: ${Array.isArray(x) ? x.join(', ') : x}`).join('\n') : v.version);
  });

  env.root
    .command('completion')
    .description('print a shell completion script: bash or zsh (e.g. `source <(marketchain completion bash)`)')
    .argument('<shell>', 'bash or zsh')
    .action((shell: string) => {
      if (shell !== 'bash' && shell !== 'zsh') throw new CliError(`no completion for ${JSON.stringify(shell)}: use bash or zsh`);
      console.log(completionScript(env.root, shell));
    });
}

/** Every command path ("_" for the root, "_ tx bank" …: bash refuses an empty key) with its subcommands and flags. */
function commandTable(cmd: Command, path = '_', out = new Map<string, string[]>()): Map<string, string[]> {
  const words = [...cmd.commands.flatMap((c) => [c.name(), ...c.aliases()]), ...cmd.options.flatMap((o) => [o.long, o.short].filter((x): x is string => !!x))];
  out.set(path, words);
  for (const c of cmd.commands) for (const n of [c.name(), ...c.aliases()]) commandTable(c, `${path} ${n}`, out);
  return out;
}

function completionScript(root: Command, shell: 'bash' | 'zsh'): string {
  const entries = [...commandTable(root)].map(([p, w]) => `  [${JSON.stringify(p)}]=${JSON.stringify(w.join(' '))}`);
  return [
    '# marketchain completion (generated by `marketchain completion ' + shell + '`)',
    ...(shell === 'zsh' ? ['autoload -U +X bashcompinit && bashcompinit'] : []),
    'declare -gA _MARKETCHAIN_TREE=(',
    ...entries,
    ')',
    '_marketchain_complete() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" path="_" w i next',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    w="${COMP_WORDS[i]}"',
    '    [[ "$w" == -* ]] && continue',
    '    next="$path $w"',
    '    [[ -n "${_MARKETCHAIN_TREE[$next]+x}" ]] && path="$next"',
    '  done',
    '  COMPREPLY=($(compgen -W "${_MARKETCHAIN_TREE[$path]}" -- "$cur"))',
    '}',
    'complete -F _marketchain_complete marketchain',
  ].join('\n');
}
