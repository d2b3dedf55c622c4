// The wallet CLI end to end: keys (test and file keyrings), tx bank send, queries with -o json, clear errors.
import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BIN, TestNode } from '../helpers/node_process.js';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

test.serial('[e2e/cli]: keys add, tx bank send, query balances -o json, query tx, account', (t) => {
  const alice = node.cliJson(['keys', 'add', 'alice', '--keyring-backend', 'test']);
  t.regex(alice.address, /^mkt1[0-9a-z]{38}$/);
  t.is(alice.mnemonic.split(' ').length, 24);
  t.deepEqual(node.cliJson(['keys', 'list']).map((k: any) => k.name), ['alice', 'dev']);
  t.is(node.cli(['keys', 'show', 'alice', '-a']).stdout.trim(), alice.address);

  const sent = node.cliJson(['tx', 'bank', 'send', 'dev', alice.address, '1500umkt,7uusdc', '-y']);
  t.is(sent.code, 0);
  t.regex(sent.txhash, /^[0-9A-F]{64}$/);
  t.true(Number(sent.gas_used) > 0);
  const bal = node.cliJson(['query', 'bank', 'balances', 'alice']);
  t.deepEqual(bal, { address: alice.address, balances: [{ denom: 'umkt', amount: '1500' }, { denom: 'uusdc', amount: '7' }], pagination: { next_key: null, total: '0' } });
  const tx = node.cliJson(['query', 'tx', sent.txhash]);
  t.is(tx.height, String(sent.height));
  t.is(tx.tx.body.messages[0].type_url, '/cosmos.bank.v1beta1.MsgSend');
  const back = node.cliJson(['tx', 'bank', 'send', 'alice', 'dev', '500umkt', '--fees', '100umkt', '--gas', '150000', '-y']);
  t.is(back.code, 0);
  t.deepEqual(node.cliJson(['query', 'bank', 'balances', alice.address]).balances[0], { denom: 'umkt', amount: '900' });
  const acc = node.cliJson(['query', 'auth', 'account', 'alice']);
  t.is(acc.sequence, '1');
  t.is(acc.pub_key['@type'], '/cosmos.crypto.secp256k1.PubKey');
});

test.serial('[e2e/cli]: errors are one clear line with a non-zero exit', (t) => {
  const poor = node.cli(['tx', 'bank', 'send', 'alice', 'dev', '1000000umkt', '-y']);
  t.is(poor.code, 1);
  t.regex(poor.stderr, /^Error: .*spendable balance 900umkt is smaller than 1000000umkt: insufficient funds \(sdk\/5\)\n$/);
  node.cliJson(['keys', 'add', 'nobody', '--keyring-backend', 'test']);
  const missing = node.cli(['tx', 'bank', 'send', 'nobody', 'dev', '1umkt', '-y']);
  t.is(missing.code, 1);
  t.regex(missing.stderr, /^Error: account mkt1[0-9a-z]+ not found on chain/);
  const badCoins = node.cli(['tx', 'bank', 'send', 'dev', 'alice', '-5umkt', '-y']);
  t.not(badCoins.code, 0);
  const badAddr = node.cli(['query', 'bank', 'balances', 'mkt1notanaddress']);
  t.is(badAddr.code, 1);
  t.regex(badAddr.stderr, /neither a bech32 address/);
  const noKey = node.cli(['tx', 'bank', 'send', 'ghost', 'dev', '1umkt', '-y']);
  t.is(noKey.code, 1);
  const wrongChain = node.cli(['tx', 'bank', 'send', 'dev', 'alice', '1umkt', '--chain-id', 'other-chain', '-y']);
  t.is(wrongChain.code, 1);
  t.regex(wrongChain.stderr, /^Error: chain id mismatch: --chain-id \(or client.json\) is other-chain but the node at http:\/\/127\.0\.0\.1:\d+ runs marketchain-local\n$/);
  const help = node.cli(['tx', 'bank', 'send', '--help']);
  t.is(help.code, 0);
  t.regex(help.stdout, /Usage: marketchain tx bank send/);
});

test.serial('[e2e/cli]: the file keyring encrypts keys; export and import round-trip', (t) => {
  const home = mkdtempSync(join(tmpdir(), 'mc-keys-'));
  const run = (args: string[], pass = 'correct horse battery') =>
    spawnSync(process.execPath, [CLI_BIN, ...args, '--home', home, '--keyring-backend', 'file', '-o', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, MARKETCHAIN_KEYRING_PASSPHRASE: pass, MARKETCHAIN_EXPORT_PASSPHRASE: 'export pass 123' },
    });
  try {
    const k = JSON.parse(run(['keys', 'add', 'bob']).stdout);
    const file = readFileSync(join(home, 'keyring-file', 'bob.json'), 'utf8');
    t.false(file.includes(k.mnemonic));
    t.true(file.includes('aes-256-gcm'));
    t.is(run(['keys', 'export', 'bob', '--file', join(home, 'bob.armor')]).status, 0);
    // the SDK's ASCII armor by default (gaiad keys import reads it); --format marketchain keeps the mnemonic
    t.regex(readFileSync(join(home, 'bob.armor'), 'utf8'), /^-----BEGIN TENDERMINT PRIVATE KEY-----\nkdf: bcrypt\nsalt: [0-9A-F]{32}\ntype: secp256k1\n\n/);
    t.is(JSON.parse(run(['keys', 'export', 'bob', '--format', 'marketchain']).stdout).type, 'marketchain-key-export');
    t.is(run(['keys', 'delete', 'bob', '-y']).status, 0);
    t.deepEqual(readdirSync(join(home, 'keyring-file')), []);
    const imported = JSON.parse(run(['keys', 'import', 'bob2', join(home, 'bob.armor')]).stdout);
    t.is(imported.address, k.address);
    const wrong = run(['keys', 'export', 'bob2'], 'wrong passphrase!');
    t.is(wrong.status, 1);
    t.regex(wrong.stderr, /invalid passphrase/);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
