import test from 'ava';
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveKey, generateMnemonic, Keyring, KEY_FILE_VERSION } from './keyring.js';

const PASS = 'correct horse battery';

function withHome(run: (home: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const home = mkdtempSync(join(tmpdir(), 'mc-keyring-'));
    try {
      await run(home);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  };
}

const fileOf = (home: string, backend: string, name: string) => join(home, `keyring-${backend}`, `${name}.json`);
const readKey = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const writeKey = (path: string, k: unknown) => writeFileSync(path, JSON.stringify(k, null, 2) + '\n');

test('[keyring]: every field of a file-keyring key file is authenticated: a changed address, HD path, name, pubkey, parameter or an added field is refused', (t) =>
  withHome(async (home) => {
    const kr = new Keyring(home, 'file');
    const mnemonic = generateMnemonic();
    const info = await kr.add('bob', mnemonic, { passphrase: PASS });
    const path = fileOf(home, 'file', 'bob');
    const original = readKey(path);
    t.is(original.version, KEY_FILE_VERSION);
    t.is(await kr.mnemonic('bob', PASS), mnemonic);
    const other = await deriveKey(mnemonic, "m/44'/118'/0'/0/1");
    const changes: [string, (k: any) => void][] = [
      ['address', (k) => (k.address = other.address)],
      ['HD path', (k) => (k.hdPath = "m/44'/118'/0'/0/1")],
      ['address and HD path together', (k) => ((k.address = other.address), (k.hdPath = "m/44'/118'/0'/0/1"))],
      ['pubkey', (k) => (k.pubkey = Buffer.from(other.pubkey).toString('base64'))],
      ['type', (k) => (k.type = 'ledger')],
      ['algo', (k) => (k.algo = 'ed25519')],
      ['scrypt n', (k) => (k.crypto.n = 1 << 14)],
      ['iv', (k) => (k.crypto.iv = randomBytes(12).toString('hex'))],
    ];
    for (const [what, change] of changes) {
      const k = structuredClone(original);
      change(k);
      writeKey(path, k);
      const e = await t.throwsAsync(kr.mnemonic('bob', PASS), undefined, what);
      t.regex(e!.message, /^invalid passphrase, or key file .*bob\.json was modified: its name, address, pubkey, HD path and every other field are authenticated with the secret, and they no longer match$/, what);
    }
    writeKey(path, { ...original, comment: 'x' });
    t.regex((await t.throwsAsync(kr.mnemonic('bob', PASS)))!.message, /bob\.json was modified: unexpected field "comment"$/);
    writeKey(path, { ...original, name: 'carol' });
    t.regex((await t.throwsAsync(kr.mnemonic('bob', PASS)))!.message, /bob\.json was modified: it holds key "carol", not bob$/);
    // the same file under another name: the name is authenticated too
    writeKey(path, original);
    copyFileSync(path, fileOf(home, 'file', 'carol'));
    writeKey(fileOf(home, 'file', 'carol'), { ...original, name: 'carol' });
    t.regex((await t.throwsAsync(kr.mnemonic('carol', PASS)))!.message, /^invalid passphrase, or key file .*carol\.json was modified/);
    t.is(await kr.mnemonic('bob', PASS), mnemonic, 'the untouched file still opens');
    t.is(kr.get('bob').address, info.address);
  })());

test('[keyring]: a test-keyring key file whose address or HD path no longer matches its mnemonic is refused', (t) =>
  withHome(async (home) => {
    const kr = new Keyring(home, 'test');
    const mnemonic = generateMnemonic();
    await kr.add('dev', mnemonic);
    const path = fileOf(home, 'test', 'dev');
    const original = readKey(path);
    const other = await deriveKey(mnemonic, "m/44'/118'/0'/0/7");
    writeKey(path, { ...original, address: other.address });
    t.regex((await t.throwsAsync(kr.mnemonic('dev')))!.message, new RegExp(`dev\\.json was modified: its mnemonic at HD path m/44'/118'/0'/0/0 gives address ${original.address}, not the stored ${other.address}$`));
    writeKey(path, { ...original, hdPath: "m/44'/118'/0'/0/7" });
    t.regex((await t.throwsAsync(kr.mnemonic('dev')))!.message, /dev\.json was modified: its mnemonic at HD path m\/44'\/118'\/0'\/0\/7 gives address mkt1[0-9a-z]+, not the stored mkt1/);
    writeKey(path, { ...original, hdPath: 'not a path' });
    t.regex((await t.throwsAsync(kr.mnemonic('dev')))!.message, /dev\.json was modified: its HD path "not a path" is not usable/);
    writeKey(path, original);
    t.is(await kr.mnemonic('dev'), mnemonic);
  })());

/** A key file of the first format: the mnemonic sealed without associated data, no version field. */
async function firstFormatFile(path: string, name: string, mnemonic: string, hdPath = "m/44'/118'/0'/0/0") {
  const { address, pubkey } = await deriveKey(mnemonic, hdPath);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(PASS, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 128 * 1024 * 1024 });
  const c = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(mnemonic, 'utf8'), c.final()]);
  const crypto = { kdf: 'scrypt', n: 1 << 15, r: 8, p: 1, salt: salt.toString('hex'), cipher: 'aes-256-gcm', iv: iv.toString('hex'), ciphertext: ct.toString('hex'), tag: c.getAuthTag().toString('hex') };
  writeKey(path, { name, type: 'local', address, pubkey: Buffer.from(pubkey).toString('base64'), algo: 'secp256k1', hdPath, crypto });
  return { address };
}

test('[keyring]: a key file of the first format is read when its header matches its mnemonic, rewritten in the current format with a note; a changed one is refused', (t) =>
  withHome(async (home) => {
    const notes: string[] = [];
    const kr = new Keyring(home, 'file', (l) => notes.push(l));
    const mnemonic = generateMnemonic();
    await kr.add('seed', generateMnemonic(), { passphrase: PASS }); // creates the directory
    const path = fileOf(home, 'file', 'old');
    const { address } = await firstFormatFile(path, 'old', mnemonic);
    t.is(await kr.mnemonic('old', PASS), mnemonic);
    t.is(notes.length, 1);
    t.regex(notes[0]!, /^note: key file .*old\.json was in the first key file format \(only the mnemonic authenticated\); its address matched its mnemonic, and it was rewritten in format 2, which authenticates every field$/);
    const rewritten = readKey(path);
    t.is(rewritten.version, KEY_FILE_VERSION);
    t.is(rewritten.address, address);
    t.is(await kr.mnemonic('old', PASS), mnemonic);
    t.is(notes.length, 1, 'rewritten once');
    // a first-format file whose HD path (or address) was changed
    const tampered = fileOf(home, 'file', 'old2');
    await firstFormatFile(tampered, 'old2', mnemonic);
    writeKey(tampered, { ...readKey(tampered), hdPath: "m/44'/118'/0'/0/3" });
    t.regex((await t.throwsAsync(kr.mnemonic('old2', PASS)))!.message, /old2\.json was modified: its mnemonic at HD path m\/44'\/118'\/0'\/0\/3 gives address mkt1[0-9a-z]+, not the stored mkt1/);
    t.is(readKey(tampered).version, undefined, 'a refused file is not rewritten');
    const wrong = await t.throwsAsync(kr.mnemonic('old', 'wrong passphrase'));
    t.regex(wrong!.message, /^invalid passphrase, or key file/);
  })());

test('[keyring]: an export authenticates its name, address and HD path; a changed one is refused at import, and a first-format export is checked against its mnemonic', (t) =>
  withHome(async (home) => {
    const kr = new Keyring(home, 'test');
    const mnemonic = generateMnemonic();
    const info = await kr.add('a', mnemonic);
    const armor = JSON.parse(await kr.export('a', 'export pass 1'));
    t.is(armor.version, 2);
    const other = await deriveKey(mnemonic, "m/44'/118'/0'/0/1");
    for (const change of [{ address: other.address }, { hdPath: "m/44'/118'/0'/0/1" }, { address: other.address, hdPath: "m/44'/118'/0'/0/1" }, { name: 'b' }]) {
      const e = await t.throwsAsync(kr.import('x', JSON.stringify({ ...armor, ...change }), 'export pass 1'));
      t.regex(e!.message, /^invalid passphrase, or the key export was modified/, JSON.stringify(change));
    }
    kr.delete('a');
    t.is((await kr.import('b', JSON.stringify(armor), 'export pass 1')).address, info.address);
    kr.delete('b');
    // version 1: the mnemonic alone was sealed; its stated address and HD path must match it
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', scryptSync('export pass 1', salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 128 * 1024 * 1024 }), iv);
    const ct = Buffer.concat([c.update(mnemonic, 'utf8'), c.final()]);
    const v1 = { type: 'marketchain-key-export', version: 1, name: 'a', address: info.address, hdPath: info.hdPath, crypto: { kdf: 'scrypt', n: 1 << 15, r: 8, p: 1, salt: salt.toString('hex'), cipher: 'aes-256-gcm', iv: iv.toString('hex'), ciphertext: ct.toString('hex'), tag: c.getAuthTag().toString('hex') } };
    const bad = await t.throwsAsync(kr.import('c', JSON.stringify({ ...v1, hdPath: "m/44'/118'/0'/0/1" }), 'export pass 1'));
    t.regex(bad!.message, /^the key export was modified: its mnemonic at HD path m\/44'\/118'\/0'\/0\/1 gives address/);
    t.is((await kr.import('c', JSON.stringify(v1), 'export pass 1')).address, info.address);
  })());

// The Cosmos SDK's own test vector (crypto/keyring keyring_test.go TestImportPrivKey).
const SDK_ARMOR =
  '-----BEGIN TENDERMINT PRIVATE KEY-----\nkdf: bcrypt\nsalt: 6BC5D5187F9DF241E1A1243EECFF9C17\ntype: secp256k1\n\n' +
  'GDPpPfrSVZloiwufbal19fmd75QeiqwToZ949SwmnxxM03qL75xXVf3tTD/BrF4l\nFs14HuhwntDBM2xgZvymTBk2edHlEI20Phv6oC0=\n=/zZh\n-----END TENDERMINT PRIVATE KEY-----';
const SDK_ARMOR_PASS = 'this passphrase has been used for all test vectors';

test("[keyring/armor]: the SDK's armored private key imports (its test vector); the imported key has no mnemonic and signs with its private key", (t) =>
  withHome(async (home) => {
    const kr = new Keyring(home, 'test');
    const info = await kr.importArmor('gaia', SDK_ARMOR, SDK_ARMOR_PASS);
    t.is(Buffer.from(await kr.privateKey('gaia')).toString('hex'), 'a92a683b6e1fad4fabf21fa029fbb947f0c7d2c17cebeaacb763d6db9c344a32');
    t.like(info, { name: 'gaia', hdPath: '', algo: 'secp256k1' });
    t.regex(info.address, /^mkt1[0-9a-z]{38}$/);
    await t.throwsAsync(kr.mnemonic('gaia'), { message: 'key gaia was imported from a private key: it has no mnemonic' });
    await t.throwsAsync(kr.importArmor('again', SDK_ARMOR, 'not the passphrase'), { message: 'invalid passphrase (or the armored key is corrupted)' });
    await t.throwsAsync(kr.importArmor('again', SDK_ARMOR.replace('=/zZh', '=/zZi'), SDK_ARMOR_PASS), { message: 'the armor checksum does not match its body (the text was changed)' });
    await t.throwsAsync(kr.importArmor('again', SDK_ARMOR.replace('kdf: bcrypt', 'kdf: scrypt'), SDK_ARMOR_PASS), { message: 'unsupported kdf "scrypt": the SDK\'s armor uses bcrypt' });
    await t.throwsAsync(kr.importArmor('again', SDK_ARMOR, SDK_ARMOR_PASS), { message: `address ${info.address} is already stored as key gaia` });
  })());

test('[keyring/armor]: a mnemonic key exported in the SDK armor imports (file keyring) as the same address; the armor has the SDK headers', (t) =>
  withHome(async (home) => {
    const kr = new Keyring(home, 'file');
    const mnemonic = generateMnemonic();
    const bob = await kr.add('bob', mnemonic, { passphrase: PASS });
    const armor = await kr.exportArmor('bob', 'export pass 123', PASS);
    t.regex(armor, /^-----BEGIN TENDERMINT PRIVATE KEY-----\nkdf: bcrypt\nsalt: [0-9A-F]{32}\ntype: secp256k1\n\n([A-Za-z0-9+/]{64}\n)*[A-Za-z0-9+/]+=*\n=[A-Za-z0-9+/]{4}\n-----END TENDERMINT PRIVATE KEY-----$/);
    t.deepEqual(await kr.privateKey('bob', PASS), (await deriveKey(mnemonic)).privkey);
    kr.delete('bob');
    const back = await kr.importArmor('bob', armor, 'export pass 123', PASS);
    t.is(back.address, bob.address);
    t.is(back.pubkey, bob.pubkey);
    // the stored private key is sealed like a mnemonic: authenticated, and refused with another passphrase
    await t.throwsAsync(kr.privateKey('bob', 'wrong passphrase'));
    // and it exports again (both formats) and re-imports to the same address
    const again = await kr.export('bob', 'export pass 123', PASS);
    kr.delete('bob');
    t.is((await kr.import('bob', again, 'export pass 123', PASS)).address, bob.address);
  })());
