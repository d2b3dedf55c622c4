// The keystore shared by the wallet CLI and the node's dev bootstrap.
// backend "test": <home>/keyring-test/<name>.json holds the mnemonic in clear (development only, as the SDK).
// backend "file": <home>/keyring-file/<name>.json holds it encrypted: scrypt KDF + AES-256-GCM, with every
// other field of the file (version, name, address, pubkey, HD path, type, algo and the KDF and cipher
// parameters) as the GCM associated data: a file whose header was changed does not decrypt. A file of
// the first format (no "version": only the mnemonic was authenticated) is read once its mnemonic is
// shown to give the stored address and key at the stored HD path, and is rewritten in the current
// format (a note says so). Every read of a secret (both backends) re-derives the address and refuses a
// file whose header does not match its mnemonic. A key imported from the SDK's armored private key
// (sdk_armor.ts) has no mnemonic: its secret is the private key, its HD path empty.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bip39, EnglishMnemonic, Secp256k1, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { toBech32 } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';
import { decryptArmorPrivKey, encryptArmorPrivKey } from './sdk_armor.js';

export type KeyringBackend = 'file' | 'test';
export const DEFAULT_HD_PATH = "m/44'/118'/0'/0/0";

export interface KeyInfo {
  name: string;
  type: 'local';
  address: string;
  pubkey: string; // base64 compressed secp256k1
  algo: 'secp256k1';
  hdPath: string;
}

interface Sealed {
  kdf: 'scrypt';
  n: number;
  r: number;
  p: number;
  salt: string;
  cipher: 'aes-256-gcm';
  iv: string;
  ciphertext: string;
  tag: string;
}

interface StoredKey extends KeyInfo {
  /** Absent in files of the first format, whose header was not authenticated. */
  version?: number;
  mnemonic?: string;
  crypto?: Sealed;
}

/** The key file format written now: the header is the GCM associated data. */
export const KEY_FILE_VERSION = 2;
/** The export format written now: as the key file, its header is authenticated. */
export const KEY_EXPORT_VERSION = 2;
const STORED_FIELDS = ['version', 'name', 'type', 'address', 'pubkey', 'algo', 'hdPath', 'crypto'];
const SEALED_FIELDS = ['kdf', 'n', 'r', 'p', 'salt', 'cipher', 'iv', 'ciphertext', 'tag'];

/**
 * The associated data of a sealed secret: the file's header fields (in a fixed order) and every
 * parameter of the seal but the ciphertext and tag, as one JSON array.
 */
function associatedData(header: unknown[], c: Omit<Sealed, 'ciphertext' | 'tag'>): Buffer {
  return Buffer.from(JSON.stringify([...header, c.kdf, c.n, c.r, c.p, c.salt, c.cipher, c.iv]), 'utf8');
}

/** A key file's header, in the order it is authenticated (the name is the file's, not what the file says). */
function keyFileHeader(name: string, k: StoredKey): unknown[] {
  return ['marketchain-key-file', k.version, name, k.type, k.address, k.pubkey, k.algo, k.hdPath];
}

function exportHeader(d: { version?: unknown; name?: unknown; address?: unknown; hdPath?: unknown }): unknown[] {
  return ['marketchain-key-export', d.version, d.name, d.address, d.hdPath];
}

export class KeyringError extends Error {}

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;
const SCRYPT = { n: 1 << 15, r: 8, p: 1 };

export function keyringDir(home: string, backend: KeyringBackend): string {
  return join(home, `keyring-${backend}`);
}

export function generateMnemonic(): string {
  return Bip39.encode(randomBytes(32)).toString();
}

export async function deriveKey(mnemonic: string, hdPath = DEFAULT_HD_PATH, prefix = 'mkt') {
  let m: EnglishMnemonic;
  try {
    m = new EnglishMnemonic(mnemonic.trim().split(/\s+/).join(' '));
  } catch (e) {
    throw new KeyringError(`invalid mnemonic: ${(e as Error).message}`);
  }
  const seed = await Bip39.mnemonicToSeed(m);
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(hdPath));
  const { pubkey } = await Secp256k1.makeKeypair(privkey);
  const compressed = Secp256k1.compressPubkey(pubkey);
  const sha = createHash('sha256').update(compressed).digest();
  const address = toBech32(prefix, new Uint8Array(createHash('ripemd160').update(sha).digest()));
  return { privkey, pubkey: compressed, address };
}

/**
 * A key's secret is its mnemonic (derived at hdPath), or, for a key imported from a private key
 * (an SDK armor), the 32-byte private key as hex, marked by an empty hdPath.
 */
export async function keyFromSecret(secret: string, hdPath: string, prefix = 'mkt'): Promise<{ privkey: Uint8Array; pubkey: Uint8Array; address: string }> {
  if (hdPath !== '') return deriveKey(secret, hdPath, prefix);
  if (!/^[0-9a-f]{64}$/.test(secret)) throw new KeyringError('a key imported from a private key holds 32 bytes of hex');
  const privkey = new Uint8Array(Buffer.from(secret, 'hex'));
  let pubkey: Uint8Array;
  try {
    pubkey = Secp256k1.compressPubkey((await Secp256k1.makeKeypair(privkey)).pubkey);
  } catch (e) {
    throw new KeyringError(`not a secp256k1 private key: ${(e as Error).message}`);
  }
  const sha = createHash('sha256').update(pubkey).digest();
  return { privkey, pubkey, address: toBech32(prefix, new Uint8Array(createHash('ripemd160').update(sha).digest())) };
}

function keyPath(home: string, backend: KeyringBackend, name: string): string {
  if (!NAME_RE.test(name)) throw new KeyringError(`invalid key name ${JSON.stringify(name)}: use letters, digits, '_', '.', '-' (max 64)`);
  return join(keyringDir(home, backend), `${name}.json`);
}

/** Seals `mnemonic` under `passphrase`, authenticating `header` (and the seal parameters) with it. */
function encrypt(mnemonic: string, passphrase: string, header: unknown[]): Sealed {
  const salt = randomBytes(16);
  const key = scryptSync(passphrase, salt, 32, { N: SCRYPT.n, r: SCRYPT.r, p: SCRYPT.p, maxmem: 128 * 1024 * 1024 });
  const iv = randomBytes(12);
  const params = { kdf: 'scrypt' as const, ...SCRYPT, salt: salt.toString('hex'), cipher: 'aes-256-gcm' as const, iv: iv.toString('hex') };
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(associatedData(header, params));
  const ct = Buffer.concat([c.update(mnemonic, 'utf8'), c.final()]);
  return { ...params, ciphertext: ct.toString('hex'), tag: c.getAuthTag().toString('hex') };
}

/**
 * Opens a sealed secret; `header`: the fields it was sealed with (undefined for the first format,
 * which authenticated nothing else). `what` names the file in the error.
 */
function decrypt(k: Sealed, passphrase: string, header: unknown[] | undefined, what: string): string {
  if (!k || typeof k !== 'object' || SEALED_FIELDS.some((f) => !(f in k)) || k.kdf !== 'scrypt' || k.cipher !== 'aes-256-gcm') {
    throw new KeyringError(`${what} is not a scrypt + aes-256-gcm sealed key`);
  }
  let plain: string;
  try {
    const key = scryptSync(passphrase, Buffer.from(k.salt, 'hex'), 32, { N: k.n, r: k.r, p: k.p, maxmem: 128 * 1024 * 1024 });
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(k.iv, 'hex'));
    d.setAuthTag(Buffer.from(k.tag, 'hex'));
    if (header) d.setAAD(associatedData(header, k));
    plain = Buffer.concat([d.update(Buffer.from(k.ciphertext, 'hex')), d.final()]).toString('utf8');
  } catch {
    throw new KeyringError(
      header
        ? `invalid passphrase, or ${what} was modified: its name, address, pubkey, HD path and every other field are authenticated with the secret, and they no longer match`
        : `invalid passphrase (or ${what} is corrupted)`,
    );
  }
  return plain;
}

/** Refuses a key whose mnemonic does not give its stored address and pubkey at its stored HD path. */
async function checkDerivation(mnemonic: string, k: { address?: unknown; pubkey?: unknown; hdPath?: unknown }, what: string): Promise<void> {
  let derived: { pubkey: Uint8Array; address: string };
  try {
    derived = await keyFromSecret(mnemonic, String(k.hdPath ?? DEFAULT_HD_PATH));
  } catch (e) {
    if (k.hdPath === '') throw new KeyringError(`${what} was modified: ${(e as Error).message}`);
    throw new KeyringError(`${what} was modified: its HD path ${JSON.stringify(k.hdPath)} is not usable (${(e as Error).message})`);
  }
  if (derived.address !== k.address || (k.pubkey !== undefined && Buffer.from(derived.pubkey).toString('base64') !== k.pubkey)) {
    if (k.hdPath === '') throw new KeyringError(`${what} was modified: its private key gives address ${derived.address}, not the stored ${String(k.address)}`);
    throw new KeyringError(`${what} was modified: its mnemonic at HD path ${String(k.hdPath)} gives address ${derived.address}, not the stored ${String(k.address)}`);
  }
}

export class Keyring {
  /** `note`: told when a key file of the first format is rewritten in the current one (default: stderr). */
  constructor(
    readonly home: string,
    readonly backend: KeyringBackend,
    private readonly note: (line: string) => void = (l) => process.stderr.write(l + '\n'),
  ) {}

  has(name: string): boolean {
    return existsSync(keyPath(this.home, this.backend, name));
  }

  /** Stores a key derived from `mnemonic` (or a private key as hex with hdPath ''). Passphrase is required for the file backend. */
  async add(name: string, mnemonic: string, opts: { passphrase?: string; hdPath?: string; overwrite?: boolean } = {}): Promise<KeyInfo> {
    const path = keyPath(this.home, this.backend, name);
    if (existsSync(path) && !opts.overwrite) throw new KeyringError(`key ${name} already exists`);
    const hdPath = opts.hdPath ?? DEFAULT_HD_PATH;
    const { pubkey, address } = await keyFromSecret(mnemonic, hdPath);
    for (const other of this.list()) {
      if (other.address === address && other.name !== name) throw new KeyringError(`address ${address} is already stored as key ${other.name}`);
    }
    const info: KeyInfo = { name, type: 'local', address, pubkey: Buffer.from(pubkey).toString('base64'), algo: 'secp256k1', hdPath };
    if (this.backend === 'file' && (!opts.passphrase || opts.passphrase.length < 8)) throw new KeyringError('a passphrase of at least 8 characters is required for the file keyring');
    this.write(path, info, mnemonic.trim(), opts.passphrase);
    return info;
  }

  /** Writes a key file in the current format (the file backend seals the mnemonic with the header as associated data). */
  private write(path: string, info: KeyInfo, mnemonic: string, passphrase: string | undefined): void {
    let stored: StoredKey;
    if (this.backend === 'test') stored = { ...info, mnemonic };
    else {
      const header = { version: KEY_FILE_VERSION, ...info };
      stored = { ...header, crypto: encrypt(mnemonic, passphrase!, keyFileHeader(info.name, header)) };
    }
    mkdirSync(keyringDir(this.home, this.backend), { recursive: true, mode: 0o700 });
    const tmp = path + '.tmp';
    writeFileSync(tmp, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    renameSync(tmp, path);
    chmodSync(path, 0o600);
  }

  private read(name: string): StoredKey {
    const path = keyPath(this.home, this.backend, name);
    if (!existsSync(path)) throw new KeyringError(`key ${name} not found in the ${this.backend} keyring under ${this.home}`);
    let k: StoredKey;
    try {
      k = JSON.parse(readFileSync(path, 'utf8')) as StoredKey;
    } catch (e) {
      throw new KeyringError(`key file ${path} is not valid JSON: ${(e as Error).message}`);
    }
    if (!k || typeof k !== 'object') throw new KeyringError(`key file ${path} is not a key`);
    return k;
  }

  get(name: string): KeyInfo {
    const { mnemonic: _m, crypto: _c, version: _v, ...info } = this.read(name);
    return info;
  }

  list(): KeyInfo[] {
    const dir = keyringDir(this.home, this.backend);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => this.get(f.slice(0, -5)))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Finds a key by name or address. */
  find(nameOrAddress: string): KeyInfo | undefined {
    if (NAME_RE.test(nameOrAddress) && this.has(nameOrAddress)) return this.get(nameOrAddress);
    return this.list().find((k) => k.address === nameOrAddress);
  }

  delete(name: string): void {
    const path = keyPath(this.home, this.backend, name);
    if (!existsSync(path)) throw new KeyringError(`key ${name} not found`);
    rmSync(path);
  }

  /**
   * The mnemonic (decrypting with the passphrase for the file backend), once the file's header is shown
   * to be the one it was written with: authenticated (file backend) and matching the mnemonic (both).
   * A file of the first format is rewritten in the current one.
   */
  async mnemonic(name: string, passphrase?: string, anySecret = false): Promise<string> {
    const path = keyPath(this.home, this.backend, name);
    const what = `key file ${path}`;
    const k = this.read(name);
    if (k.name !== name) throw new KeyringError(`${what} was modified: it holds key ${JSON.stringify(k.name)}, not ${name}`);
    let mnemonic: string;
    if (this.backend === 'test') {
      if (typeof k.mnemonic !== 'string') throw new KeyringError(`key ${name} has no secret material`);
      mnemonic = k.mnemonic;
    } else {
      if (!k.crypto) throw new KeyringError(`key ${name} has no secret material`);
      if (passphrase === undefined) throw new KeyringError(`key ${name} is encrypted: a passphrase is required`);
      if (k.version === undefined) {
        mnemonic = decrypt(k.crypto, passphrase, undefined, what);
      } else {
        if (k.version !== KEY_FILE_VERSION) throw new KeyringError(`${what} has format version ${JSON.stringify(k.version)}; this marketchain reads versions 1 (no "version" field) and ${KEY_FILE_VERSION}`);
        const extra = Object.keys(k).filter((f) => !STORED_FIELDS.includes(f));
        if (extra.length > 0) throw new KeyringError(`${what} was modified: unexpected field ${JSON.stringify(extra[0])}`);
        mnemonic = decrypt(k.crypto, passphrase, keyFileHeader(name, k), what);
      }
    }
    await checkDerivation(mnemonic, k, what);
    if (k.hdPath === '' && !anySecret) throw new KeyringError(`key ${name} was imported from a private key: it has no mnemonic`);
    if (this.backend === 'file' && k.version === undefined) {
      const { mnemonic: _m, crypto: _c, version: _v, ...info } = k;
      this.write(path, info, mnemonic, passphrase);
      this.note(`note: ${what} was in the first key file format (only the mnemonic authenticated); its address matched its mnemonic, and it was rewritten in format ${KEY_FILE_VERSION}, which authenticates every field`);
    }
    return mnemonic;
  }

  /** The key's private key (derived from its mnemonic, or as imported). */
  async privateKey(name: string, passphrase?: string): Promise<Uint8Array> {
    const secret = await this.mnemonic(name, passphrase, true);
    return (await keyFromSecret(secret, this.get(name).hdPath)).privkey;
  }

  /** The SDK's ASCII armor of the key's private key (`gaiad keys import` reads it), encrypted with `passphrase`. */
  async exportArmor(name: string, passphrase: string, keyPassphrase?: string): Promise<string> {
    if (passphrase.length < 8) throw new KeyringError('an export passphrase of at least 8 characters is required');
    return encryptArmorPrivKey(await this.privateKey(name, keyPassphrase), passphrase);
  }

  /** Imports the SDK's ASCII-armored private key (`gaiad keys export`): a key without a mnemonic. */
  async importArmor(name: string, armor: string, passphrase: string, keyPassphrase?: string): Promise<KeyInfo> {
    let priv: Uint8Array;
    try {
      priv = decryptArmorPrivKey(armor, passphrase);
    } catch (e) {
      throw new KeyringError((e as Error).message);
    }
    return this.add(name, Buffer.from(priv).toString('hex'), { passphrase: keyPassphrase, hdPath: '' });
  }

  /** Exports a key as an armored JSON string encrypted with `passphrase` (scrypt + AES-256-GCM, the header authenticated). */
  async export(name: string, passphrase: string, keyPassphrase?: string): Promise<string> {
    if (passphrase.length < 8) throw new KeyringError('an export passphrase of at least 8 characters is required');
    const info = this.get(name);
    const mnemonic = await this.mnemonic(name, keyPassphrase, true);
    const header = { type: 'marketchain-key-export', version: KEY_EXPORT_VERSION, name, address: info.address, hdPath: info.hdPath };
    return JSON.stringify({ ...header, crypto: encrypt(mnemonic, passphrase, exportHeader(header)) });
  }

  async import(name: string, armored: string, passphrase: string, keyPassphrase?: string): Promise<KeyInfo> {
    let data: any;
    try {
      data = JSON.parse(armored);
    } catch {
      throw new KeyringError('the export file is not valid JSON');
    }
    if (data?.type !== 'marketchain-key-export' || !data.crypto) throw new KeyringError('not a marketchain key export');
    if (data.version !== 1 && data.version !== KEY_EXPORT_VERSION) throw new KeyringError(`key export version ${JSON.stringify(data.version)} is not supported (1 or ${KEY_EXPORT_VERSION})`);
    // Version 1 authenticated only the mnemonic: its address and HD path are checked against it below.
    const mnemonic = decrypt(data.crypto, passphrase, data.version === 1 ? undefined : exportHeader(data), 'the key export');
    await checkDerivation(mnemonic, { address: data.address, hdPath: data.hdPath }, 'the key export');
    return this.add(name, mnemonic, { passphrase: keyPassphrase, hdPath: data.hdPath });
  }
}
