// The wallet CLI as gaiad users type it, as spawned processes against a spawned node:
// --generate-only → tx sign --offline with the node STOPPED → tx broadcast; amino-json signing;
// multi-denom gas prices and client.json's default gas price; tcp:// node URLs; --note/--memo,
// --timeout-height, --dry-run, -b sync|async; tx encode/decode; no broadcast without -y unless a person
// confirmed on a terminal; simulation errors keep their codespace.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_BIN, TestNode } from '../helpers/node_process.js';

let node: TestNode;
test.before(async () => {
  node = await TestNode.start();
});
test.after.always(async () => {
  await node?.destroy();
});

/** The CLI with this node's home and the given --node (default the node's http URL); stdin is a pipe, never a terminal. */
function cli(args: string[], o: { input?: string; nodeUrl?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args, '--home', node.home, '--node', o.nodeUrl ?? node.url], { encoding: 'utf8', input: o.input ?? '', timeout: 120_000, env: { ...process.env, ...o.env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
function json(args: string[], o: { input?: string; nodeUrl?: string; env?: Record<string, string> } = {}): any {
  const r = cli([...args, '-o', 'json'], o);
  if (r.code !== 0) throw new Error(`marketchain ${args.join(' ')} failed (${r.code}): ${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout);
}
const balance = (addr: string, denom: string) => (json(['query', 'bank', 'balances', addr]).balances.find((c: any) => c.denom === denom)?.amount ?? '0') as string;
const sequence = (addr: string) => json(['query', 'auth', 'account', addr]).sequence as string;

let carol = '';
test.serial('[e2e/cli-tx]: --generate-only → tx sign --offline (node stopped; direct and amino-json) → tx broadcast', async (t) => {
  carol = json(['keys', 'add', 'carol']).address;
  const acc = json(['query', 'auth', 'account', 'dev']);
  const gen = cli(['tx', 'bank', 'send', 'dev', carol, '1234umkt,5uusdc', '--generate-only', '--gas', '200000', '--fees', '5000umkt', '--note', 'offline & signed']);
  t.is(gen.code, 0, gen.stderr);
  const unsigned = JSON.parse(gen.stdout);
  t.deepEqual(unsigned, {
    body: {
      messages: [{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: node.devAddress, to_address: carol, amount: [{ amount: '1234', denom: 'umkt' }, { amount: '5', denom: 'uusdc' }] }],
      memo: 'offline & signed', timeout_height: '0', extension_options: [], non_critical_extension_options: [],
    },
    auth_info: { signer_infos: [], fee: { amount: [{ denom: 'umkt', amount: '5000' }], gas_limit: '200000', payer: '', granter: '' }, tip: null },
    signatures: [],
  });
  const dir = node.home;
  writeFileSync(join(dir, 'unsigned.json'), gen.stdout);
  // A second one, with a timeout height, signed with amino JSON at the next sequence.
  const st = json(['status']);
  // CometBFT's status shape, as `cometbft status` prints it.
  t.deepEqual(Object.keys(st).sort(), Object.keys(await node.rpc('status')).sort());
  t.deepEqual(Object.keys(st).sort(), ['node_info', 'sync_info', 'validator_info']);
  t.is(st.node_info.network, JSON.parse(readFileSync(join(node.home, 'config', 'client.json'), 'utf8')).chain_id);
  const h = Number(st.sync_info.latest_block_height);
  t.true(h >= 1);
  const gen2 = cli(['tx', 'moneymarket', 'supply', 'uusdc', '777', '--from', 'dev', '--generate-only', '--gas', '300000', '--gas-prices', '0.05umkt', '--memo', 'amino', '--timeout-height', String(h + 1000)]);
  t.is(gen2.code, 0, gen2.stderr);
  t.like(JSON.parse(gen2.stdout).body, { memo: 'amino', timeout_height: String(h + 1000), messages: [{ '@type': '/marketchain.moneymarket.v1.MsgSupply', sender: node.devAddress, denom: 'uusdc', amount: '777' }] });
  t.deepEqual(JSON.parse(gen2.stdout).auth_info.fee.amount, [{ denom: 'umkt', amount: '15000' }]);
  writeFileSync(join(dir, 'unsigned2.json'), gen2.stdout);

  t.is(await node.stop(), 0);
  const chain = JSON.parse(readFileSync(join(dir, 'config', 'client.json'), 'utf8')).chain_id;
  const online = cli(['tx', 'sign', join(dir, 'unsigned.json'), '--from', 'dev']);
  t.is(online.code, 1);
  t.regex(online.stderr, /cannot reach the node/);
  const signed = cli(['tx', 'sign', join(dir, 'unsigned.json'), '--from', 'dev', '--offline', '-a', acc.account_number, '-s', acc.sequence, '--chain-id', chain]);
  t.is(signed.code, 0, signed.stderr);
  const s1 = JSON.parse(signed.stdout);
  t.deepEqual(s1.body, unsigned.body);
  t.deepEqual(s1.auth_info.fee, unsigned.auth_info.fee);
  t.like(s1.auth_info.signer_infos[0], { mode_info: { single: { mode: 'SIGN_MODE_DIRECT' } }, sequence: acc.sequence, public_key: { '@type': '/cosmos.crypto.secp256k1.PubKey' } });
  t.is(Buffer.from(s1.signatures[0], 'base64').length, 64);
  writeFileSync(join(dir, 'signed.json'), signed.stdout);
  const signed2 = cli(['tx', 'sign', join(dir, 'unsigned2.json'), '--from', 'dev', '--offline', '-a', acc.account_number, '-s', String(Number(acc.sequence) + 1), '--sign-mode', 'amino-json', '--output-document', join(dir, 'signed2.json')]);
  t.is(signed2.code, 0, signed2.stderr);
  t.is(JSON.parse(readFileSync(join(dir, 'signed2.json'), 'utf8')).auth_info.signer_infos[0].mode_info.single.mode, 'SIGN_MODE_LEGACY_AMINO_JSON');
  const incomplete = cli(['tx', 'sign', join(dir, 'unsigned.json'), '--from', 'dev', '--offline', '-a', acc.account_number]);
  t.is(incomplete.code, 1);
  t.is(incomplete.stderr, 'Error: --offline signing needs --chain-id, --account-number (-a) and --sequence (-s): nothing is asked of a node\n');

  // encode / decode round trip (no node needed either)
  const enc = cli(['tx', 'encode', join(dir, 'signed.json')]);
  t.is(enc.code, 0, enc.stderr);
  const dec = cli(['tx', 'decode', enc.stdout.trim()]);
  t.deepEqual(JSON.parse(dec.stdout), s1);

  await node.spawn(['--block-time', '200ms']);
  const before = balance(carol, 'umkt');
  const notConfirmed = cli(['tx', 'broadcast', join(dir, 'signed.json')]);
  t.is(notConfirmed.code, 1);
  t.regex(notConfirmed.stderr, /^Error: not broadcasting: without -y/);
  const sent = json(['tx', 'broadcast', join(dir, 'signed.json'), '-y']);
  t.is(sent.code, 0, sent.raw_log);
  t.is(BigInt(balance(carol, 'umkt')), BigInt(before) + 1234n);
  const tx = json(['query', 'tx', sent.txhash]);
  t.is(tx.tx.body.memo, 'offline & signed');
  t.is(sent.txhash, Buffer.from(require_sha256(Buffer.from(enc.stdout.trim(), 'base64'))).toString('hex').toUpperCase());
  const sent2 = json(['tx', 'broadcast', join(dir, 'signed2.json'), '-y']);
  t.is(sent2.code, 0, sent2.raw_log);
  t.is(sequence('dev'), String(Number(acc.sequence) + 2));
  // Signed online (account number and sequence from the node), then its memo edited: the node refuses it (sdk/4).
  const fresh = cli(['tx', 'sign', join(dir, 'unsigned.json'), '--from', 'dev']);
  t.is(fresh.code, 0, fresh.stderr);
  const s3 = JSON.parse(fresh.stdout);
  t.is(s3.auth_info.signer_infos[0].sequence, String(Number(acc.sequence) + 2));
  const edited = { ...s3, body: { ...s3.body, memo: 'edited' } };
  writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
  const bad = cli(['tx', 'broadcast', join(dir, 'edited.json'), '-y', '-b', 'sync']);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /signature verification failed.*\(sdk\/4\)/);
});

import { createHash } from 'node:crypto';
function require_sha256(b: Buffer) {
  return createHash('sha256').update(b).digest();
}

test.serial('[e2e/cli-tx]: without -y nothing is broadcast when stdin is not a terminal, also with -o json; --dry-run and --generate-only need no confirmation', (t) => {
  const seq = sequence('dev');
  for (const extra of [[], ['-o', 'json']]) {
    const r = cli(['tx', 'bank', 'send', 'dev', carol, '1umkt', ...extra], { input: 'y\n' });
    t.is(r.code, 1);
    t.is(r.stdout, '');
    t.regex(r.stderr, /^Error: not broadcasting: without -y \(--yes\) a tx is broadcast only after confirmation on a terminal, and stdin is not a terminal/);
  }
  const dry = json(['tx', 'bank', 'send', 'dev', carol, '1umkt', '--dry-run']);
  t.true(Number(dry.gas_estimate) > 0);
  t.is(sequence('dev'), seq);
});

test.serial('[e2e/cli-tx]: several gas-price denoms give one fee coin each; client.json gas_prices is the default; --node tcp:// is accepted', (t) => {
  const port = new URL(node.url).port;
  const r = json(['tx', 'bank', 'send', 'dev', carol, '1umkt', '--gas', '100000', '--gas-prices', '0.025umkt,0.5uusdc', '-y'], { nodeUrl: `tcp://127.0.0.1:${port}` });
  t.is(r.code, 0, r.raw_log);
  t.deepEqual(json(['query', 'tx', r.txhash]).tx.auth_info.fee.amount, [{ denom: 'umkt', amount: '2500' }, { denom: 'uusdc', amount: '50000' }]);
  const file = join(node.home, 'config', 'client.json');
  const conf = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...conf, gas_prices: '0.03umkt' }));
  try {
    const d = json(['tx', 'bank', 'send', 'dev', carol, '1umkt', '--gas', '100000', '-y']);
    t.deepEqual(json(['query', 'tx', d.txhash]).tx.auth_info.fee.amount, [{ denom: 'umkt', amount: '3000' }]);
    const badPrice = cli(['tx', 'bank', 'send', 'dev', carol, '1umkt', '--gas', '100000', '--gas-prices', '0.025umkt,0.1umkt', '-y']);
    t.is(badPrice.stderr, 'Error: invalid --gas-prices "0.025umkt,0.1umkt": denom umkt given twice\n');
  } finally {
    writeFileSync(file, JSON.stringify(conf));
  }
});

test.serial('[e2e/cli-tx]: -b sync answers after CheckTx, -b async at once; a simulation failure keeps its codespace (sdk/5)', async (t) => {
  const s = json(['tx', 'bank', 'send', 'dev', carol, '2umkt', '-b', 'sync', '-y']);
  t.like(s, { code: 0, height: '0', codespace: '' });
  t.regex(s.txhash, /^[0-9A-F]{64}$/);
  t.is((await node.waitTx(s.txhash)).tx_result.code, 0);
  const a = json(['tx', 'bank', 'send', 'dev', carol, '3umkt', '-b', 'async', '-y']);
  t.regex(a.txhash, /^[0-9A-F]{64}$/);
  t.is((await node.waitTx(a.txhash)).tx_result.code, 0);
  const poor = cli(['tx', 'bank', 'send', 'carol', 'dev', '999999999999umkt', '-y']);
  t.is(poor.code, 1);
  t.regex(poor.stderr, /insufficient funds \(sdk\/5\)\n$/);
});

/** The CLI on a pseudo-terminal (util-linux `script`), with `typed` as what the person types. */
function onTerminal(args: string[], typed: string) {
  const cmd = [process.execPath, CLI_BIN, ...args, '--home', node.home, '--node', node.url].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', input: typed, timeout: 120_000 });
  // readline's cursor moves (ESC [ … G / J) dropped: the text a person sees.
  return { code: r.status ?? -1, out: r.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*[A-Za-z]/g, '') };
}

test.serial('[e2e/cli-tx]: on a terminal the prompt shows every message in full (recipient, amounts) and the fee; only "y" broadcasts', (t) => {
  const seq = sequence('dev');
  const args = ['tx', 'bank', 'send', 'dev', carol, '4242umkt,7uusdc', '--fees', '3100umkt', '--gas', '150000', '--note', 'look'];
  const no = onTerminal(args, 'n\n');
  t.is(no.code, 1);
  const shown = JSON.parse(no.out.slice(no.out.indexOf('{'), no.out.lastIndexOf('}') + 1));
  t.deepEqual(shown, {
    from: node.devAddress,
    messages: [{ '@type': '/cosmos.bank.v1beta1.MsgSend', from_address: node.devAddress, to_address: carol, amount: [{ amount: '4242', denom: 'umkt' }, { amount: '7', denom: 'uusdc' }] }],
    fee: { amount: [{ denom: 'umkt', amount: '3100' }], gas_limit: '150000' },
    memo: 'look',
    sign_mode: 'SIGN_MODE_DIRECT',
  });
  t.regex(no.out, /confirm transaction before signing and broadcasting \[y\/N\]: n\nError: cancelled: nothing was signed or broadcast\n$/);
  t.is(sequence('dev'), seq);
  const before = BigInt(balance(carol, 'umkt'));
  const yes = onTerminal([...args, '-o', 'json'], 'y\n');
  t.is(yes.code, 0, yes.out);
  t.is(BigInt(balance(carol, 'umkt')), before + 4242n);
  t.is(sequence('dev'), String(Number(seq) + 1));
});

test.serial('[e2e/cli-tx]: --limit/--page-key/--offset/--count-total/--reverse on list queries (balances, supply, markets, pools, positions, ledger, rounds, txs)', (t) => {
  const all = json(['query', 'bank', 'balances', 'dev']);
  const denoms = all.balances.map((c: any) => c.denom);
  t.true(denoms.length >= 3);
  t.deepEqual(all.pagination, { next_key: null, total: '0' });
  const p1 = json(['query', 'bank', 'balances', 'dev', '--limit', '1', '--count-total']);
  t.deepEqual(p1.balances.map((c: any) => c.denom), [denoms[0]]);
  t.deepEqual(p1.pagination, { next_key: Buffer.from(denoms[1]).toString('base64'), total: String(denoms.length) });
  const p2 = json(['query', 'bank', 'balances', 'dev', '--limit', '1', '--page-key', p1.pagination.next_key]);
  t.deepEqual(p2.balances.map((c: any) => c.denom), [denoms[1]]);
  t.deepEqual(json(['query', 'bank', 'balances', 'dev', '--limit', '1', '--offset', '1']).balances, p2.balances);
  t.deepEqual(json(['query', 'bank', 'balances', 'dev', '--limit', '1', '--reverse']).balances.map((c: any) => c.denom), [denoms[denoms.length - 1]]);
  const both = cli(['query', 'bank', 'balances', 'dev', '--offset', '1', '--page-key', p1.pagination.next_key]);
  t.is(both.stderr, 'Error: use either --page-key or --offset, not both\n');
  t.is(json(['query', 'bank', 'total-supply', '--limit', '2', '--count-total']).supply.length, 2);
  const markets = json(['query', 'moneymarket', 'markets', '--limit', '1', '--count-total']);
  t.is(markets.markets.length, 1);
  t.true(Number(markets.pagination.total) >= 2);
  t.deepEqual(json(['query', 'amm', 'pools', '--limit', '5', '--count-total']).pagination, { next_key: null, total: '1' });
  t.deepEqual(json(['query', 'amm', 'positions', 'dev', '--limit', '1', '--count-total']).pagination.total, '1');
  for (const amt of ['1000', '2000']) t.is(json(['tx', 'moneymarket', 'supply', 'uusdc', amt, '--from', 'dev', '-y']).code, 0);
  const l1 = json(['query', 'moneymarket', 'ledger', 'uusdc', '--limit', '1', '--count-total']);
  t.is(l1.entries.length, 1);
  t.true(Number(l1.pagination.total) >= 2);
  const l2 = json(['query', 'moneymarket', 'ledger', 'uusdc', '--limit', '1', '--page-key', l1.pagination.next_key]);
  t.deepEqual(l2.entries, json(['query', 'moneymarket', 'ledger', 'uusdc', '--limit', '1', '--offset', '1']).entries);
  t.notDeepEqual(l2.entries, l1.entries);
  t.deepEqual(json(['query', 'repo', 'rounds', '--count-total']).pagination, { next_key: null, total: '0' });
  const q = `message.sender='${node.devAddress}'`;
  const newest = json(['query', 'txs', '--query', q, '--limit', '1', '--reverse', '--count-total']);
  const oldest = json(['query', 'txs', '--query', q, '--limit', '1']);
  t.true(Number(newest.txs[0].height) > Number(oldest.txs[0].height));
  t.is(newest.pagination.total, String(newest.total_count));
  t.deepEqual(json(['query', 'txs', '--query', q, '--limit', '1', '--page-key', oldest.pagination.next_key]).txs, json(['query', 'txs', '--query', q, '--limit', '1', '--offset', '1']).txs);
});

test.serial("[e2e/cli-tx]: a key exported by gaiad (the SDK's armor test vector) imports and signs; keys export writes the armor back", (t) => {
  const dir = node.home;
  writeFileSync(join(dir, 'gaia.armor'), [
    '-----BEGIN TENDERMINT PRIVATE KEY-----', 'kdf: bcrypt', 'salt: 6BC5D5187F9DF241E1A1243EECFF9C17', 'type: secp256k1', '',
    'GDPpPfrSVZloiwufbal19fmd75QeiqwToZ949SwmnxxM03qL75xXVf3tTD/BrF4l', 'Fs14HuhwntDBM2xgZvymTBk2edHlEI20Phv6oC0=', '=/zZh', '-----END TENDERMINT PRIVATE KEY-----',
  ].join('\n'));
  const env = { MARKETCHAIN_EXPORT_PASSPHRASE: 'this passphrase has been used for all test vectors' };
  const gaia = json(['keys', 'import', 'gaia', join(dir, 'gaia.armor')], { env });
  t.is(json(['tx', 'bank', 'send', 'dev', gaia.address, '100000umkt', '-y']).code, 0);
  const back = json(['tx', 'bank', 'send', 'gaia', 'dev', '5umkt', '--sign-mode', 'amino-json', '-y']);
  t.is(back.code, 0, back.raw_log);
  const out = cli(['keys', 'export', 'gaia'], { env: { MARKETCHAIN_EXPORT_PASSPHRASE: 'another pass 1' } });
  t.is(out.code, 0, out.stderr);
  t.regex(out.stdout, /^-----BEGIN TENDERMINT PRIVATE KEY-----\nkdf: bcrypt\n/);
});
