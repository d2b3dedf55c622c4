// marketchain keys add|list|show|delete|export|import
import { readFileSync, writeFileSync } from 'node:fs';
import { generateMnemonic, Keyring, KeyringError, type KeyInfo } from '../../keyring/keyring.js';
import { isSdkArmor } from '../../keyring/sdk_armor.js';
import { Option } from 'commander';
import { CliError, type CliEnv, type GlobalOpts } from '../env.js';
import { table } from '../output.js';
import { newPassphrase, passphrase, readLine } from '../passphrase.js';

function keyring(o: GlobalOpts): Keyring {
  return new Keyring(o.home, o.keyringBackend);
}

async function wrap<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof KeyringError) throw new CliError(e.message);
    throw e;
  }
}

const keyJson = (k: KeyInfo) => ({ name: k.name, type: k.type, address: k.address, pubkey: JSON.stringify({ '@type': '/cosmos.crypto.secp256k1.PubKey', key: k.pubkey }) });

export function registerKeysCommands(env: CliEnv): void {
  const keys = env.root.command('keys').description('manage keys in the keyring (file: encrypted with a passphrase; test: unencrypted, for development)');
  keys.addHelpText(
    'after',
    [
      '',
      'Environment:',
      '  MARKETCHAIN_HOME                 home directory (default ~/.marketchain); the keyring is <home>/keyring-<backend>/',
      '  MARKETCHAIN_KEYRING_BACKEND      file or test (else client.json keyring_backend, else file)',
      '  MARKETCHAIN_KEYRING_PASSPHRASE   the file keyring\'s passphrase (else prompted on a terminal, or read from stdin)',
      '  MARKETCHAIN_EXPORT_PASSPHRASE    the passphrase of `keys export` / `keys import` (else prompted)',
    ].join('\n'),
  );

  env.addQueryFlags(
    keys
      .command('add')
      .description('create a new key (prints its mnemonic once), or --recover one from a mnemonic read from stdin')
      .argument('<name>', 'key name')
      .option('--recover', 'recover from a BIP39 mnemonic (prompted, or read from stdin)')
      .option('--hd-path <path>', 'BIP44 derivation path', "m/44'/118'/0'/0/0"),
  ).action(async (name, _o, cmd) => {
    const o = env.opts<GlobalOpts & { recover?: boolean; hdPath: string }>(cmd);
    await wrap(async () => {
      const kr = keyring(o);
      if (kr.has(name)) throw new CliError(`key ${name} already exists; delete it first or choose another name`);
      const mnemonic = o.recover ? (await readLine('Enter your bip39 mnemonic: ')).trim() : generateMnemonic();
      const pass = o.keyringBackend === 'file' ? await newPassphrase() : undefined;
      const info = await kr.add(name, mnemonic, { passphrase: pass, hdPath: o.hdPath });
      env.output(o, { ...keyJson(info), ...(o.recover ? {} : { mnemonic }) }, () =>
        [`- name: ${info.name}`, `  address: ${info.address}`, `  pubkey: ${info.pubkey}`, ...(o.recover ? [] : ['', '**Important** write this mnemonic phrase in a safe place.', 'It is the only way to recover your account if you ever forget your password.', '', mnemonic])].join('\n'),
      );
    });
  });

  env.addQueryFlags(keys.command('list').description('list all keys')).action(async (_o, cmd) => {
    const o = env.opts(cmd);
    const list = keyring(o).list();
    env.output(o, list.map(keyJson), () => (list.length ? table(['NAME', 'ADDRESS'], list.map((k) => [k.name, k.address])) : 'no keys (create one with `marketchain keys add NAME`)'));
  });

  env.addQueryFlags(
    keys.command('show').description('show a key by name or address').argument('<name>', 'key name or address').option('-a, --address', 'print only the address'),
  ).action(async (name, _o, cmd) => {
    const o = env.opts<GlobalOpts & { address?: boolean }>(cmd);
    const k = keyring(o).find(name);
    if (!k) throw new CliError(`key ${name} not found in the ${o.keyringBackend} keyring under ${o.home}`);
    if (o.address) console.log(o.output === 'json' ? JSON.stringify({ address: k.address }) : k.address);
    else env.output(o, keyJson(k), `- name: ${k.name}\n  address: ${k.address}\n  pubkey: ${k.pubkey}`);
  });

  env.addQueryFlags(keys.command('delete').description('delete a key').argument('<name>', 'key name').option('-y, --yes', 'skip confirmation')).action(async (name, _o, cmd) => {
    const o = env.opts<GlobalOpts & { yes?: boolean }>(cmd);
    await wrap(async () => {
      const kr = keyring(o);
      kr.get(name);
      if (!o.yes && process.stdin.isTTY) {
        const a = await readLine(`Delete key ${name}? This cannot be undone [y/N]: `);
        if (!/^y(es)?$/i.test(a.trim())) throw new CliError('cancelled');
      }
      kr.delete(name);
      env.output(o, { deleted: name }, `Key ${name} deleted`);
    });
  });

  env.addQueryFlags(
    keys
      .command('export')
      .description("export a key's private key in the SDK's ASCII armor (gaiad keys import reads it), or with --format marketchain its mnemonic (scrypt + AES-256-GCM JSON), to stdout or --file")
      .argument('<name>', 'key name')
      .option('--file <path>', 'write to this file instead of stdout')
      .addOption(new Option('--format <format>', 'armor: the SDK\'s "TENDERMINT PRIVATE KEY" armor (bcrypt + xsalsa20-poly1305); marketchain: the mnemonic and HD path').choices(['armor', 'marketchain']).default('armor')),
  ).action(async (name, _o, cmd) => {
    const o = env.opts<GlobalOpts & { file?: string; format: 'armor' | 'marketchain' }>(cmd);
    await wrap(async () => {
      const kr = keyring(o);
      const keyPass = o.keyringBackend === 'file' ? await passphrase() : undefined;
      const exportPass = process.env.MARKETCHAIN_EXPORT_PASSPHRASE ?? (await readLine('Enter passphrase to encrypt the exported key: ', true));
      const armor = o.format === 'marketchain' ? await kr.export(name, exportPass, keyPass) : await kr.exportArmor(name, exportPass, keyPass);
      if (o.file) {
        writeFileSync(o.file, armor + '\n', { mode: 0o600 });
        env.output(o, { exported: name, file: o.file }, `Key ${name} exported to ${o.file}`);
      } else console.log(armor);
    });
  });

  env.addQueryFlags(
    keys.command('import').description("import a key from `keys export` (the SDK's ASCII armor, as gaiad keys export writes it, or the marketchain format)").argument('<name>', 'new key name').argument('<file>', 'export file'),
  ).action(async (name, file, _o, cmd) => {
    const o = env.opts(cmd);
    await wrap(async () => {
      let armor: string;
      try {
        armor = readFileSync(file, 'utf8');
      } catch (e) {
        throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
      }
      const exportPass = process.env.MARKETCHAIN_EXPORT_PASSPHRASE ?? (await readLine('Enter passphrase to decrypt the exported key: ', true));
      const keyPass = o.keyringBackend === 'file' ? await newPassphrase() : undefined;
      const kr = keyring(o);
      const info = isSdkArmor(armor) ? await kr.importArmor(name, armor, exportPass, keyPass) : await kr.import(name, armor, exportPass, keyPass);
      env.output(o, keyJson(info), `Key ${name} imported: ${info.address}`);
    });
  });
}
