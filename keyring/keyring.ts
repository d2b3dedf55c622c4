// The keystore shared by the wallet CLI and the node's dev bootstrap.
// backend "test": <home>/keyring-test/<name>.json holds the mnemonic in clear (development only, as the SDK).
// backend "file": <home>/keyring-file/<name>.json holds it encrypted: scrypt KDF + AES-256-GCM.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bip39, EnglishMnemonic, Secp256k1, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { toBech32 } from '@cosmjs/encoding';
import { createHash } from 'node:crypto';

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

interface StoredKey extends KeyInfo {
  mnemonic?: string;
  crypto?: { kdf: 'scrypt'; n: number; r: number; p: number; salt: string; cipher: 'aes-256-gcm'; iv: string; ciphertext: string; tag: string };
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

function keyPath(home: string, backend: KeyringBackend, name: string): string {
  if (!NAME_RE.test(name)) throw new KeyringError(`invalid key name ${JSON.stringify(name)}: use letters, digits, '_', '.', '-' (max 64)`);
  return join(keyringDir(home, backend), `${name}.json`);
}

function encrypt(mnemonic: string, passphrase: string): StoredKey['crypto'] {
  const salt = randomBytes(16);
  const key = scryptSync(passphrase, salt, 32, { N: SCRYPT.n, r: SCRYPT.r, p: SCRYPT.p, maxmem: 128 * 1024 * 1024 });
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(mnemonic, 'utf8'), c.final()]);
  return { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('hex'), cipher: 'aes-256-gcm', iv: iv.toString('hex'), ciphertext: ct.toString('hex'), tag: c.getAuthTag().toString('hex') };
}

function decrypt(k: NonNullable<StoredKey['crypto']>, passphrase: string): string {
  const key = scryptSync(passphrase, Buffer.from(k.salt, 'hex'), 32, { N: k.n, r: k.r, p: k.p, maxmem: 128 * 1024 * 1024 });
  const d = createDecipheriv('aes-256-gcm', key, Buffer.from(k.iv, 'hex'));
  d.setAuthTag(Buffer.from(k.tag, 'hex'));
  try {
    return Buffer.concat([d.update(Buffer.from(k.ciphertext, 'hex')), d.final()]).toString('utf8');
  } catch {
    throw new KeyringError('invalid passphrase (or the key file is corrupted)');
  }
}

export class Keyring {
  constructor(
    readonly home: string,
    readonly backend: KeyringBackend,
  ) {}

  has(name: string): boolean {
    return existsSync(keyPath(this.home, this.backend, name));
  }

  /** Stores a key derived from `mnemonic`. Passphrase is required for the file backend. */
  async add(name: string, mnemonic: string, opts: { passphrase?: string; hdPath?: string; overwrite?: boolean } = {}): Promise<KeyInfo> {
    const path = keyPath(this.home, this.backend, name);
    if (existsSync(path) && !opts.overwrite) throw new KeyringError(`key ${name} already exists`);
    const hdPath = opts.hdPath ?? DEFAULT_HD_PATH;
    const { pubkey, address } = await deriveKey(mnemonic, hdPath);
    for (const other of this.list()) {
      if (other.address === address && other.name !== name) throw new KeyringError(`address ${address} is already stored as key ${other.name}`);
    }
    const info: KeyInfo = { name, type: 'local', address, pubkey: Buffer.from(pubkey).toString('base64'), algo: 'secp256k1', hdPath };
    let stored: StoredKey;
    if (this.backend === 'test') stored = { ...info, mnemonic: mnemonic.trim() };
    else {
      if (!opts.passphrase || opts.passphrase.length < 8) throw new KeyringError('a passphrase of at least 8 characters is required for the file keyring');
      stored = { ...info, crypto: encrypt(mnemonic.trim(), opts.passphrase) };
    }
    mkdirSync(keyringDir(this.home, this.backend), { recursive: true, mode: 0o700 });
    const tmp = path + '.tmp';
    writeFileSync(tmp, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    renameSync(tmp, path);
    chmodSync(path, 0o600);
    return info;
  }

  private read(name: string): StoredKey {
    const path = keyPath(this.home, this.backend, name);
    if (!existsSync(path)) throw new KeyringError(`key ${name} not found in the ${this.backend} keyring under ${this.home}`);
    return JSON.parse(readFileSync(path, 'utf8')) as StoredKey;
  }

  get(name: string): KeyInfo {
    const { mnemonic: _m, crypto: _c, ...info } = this.read(name);
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

  /** The mnemonic (decrypting with the passphrase for the file backend). */
  mnemonic(name: string, passphrase?: string): string {
    const k = this.read(name);
    if (k.mnemonic) return k.mnemonic;
    if (!k.crypto) throw new KeyringError(`key ${name} has no secret material`);
    if (passphrase === undefined) throw new KeyringError(`key ${name} is encrypted: a passphrase is required`);
    return decrypt(k.crypto, passphrase);
  }

  /** Exports a key as an armored JSON string encrypted with `passphrase` (scrypt + AES-256-GCM). */
  export(name: string, passphrase: string, keyPassphrase?: string): string {
    if (passphrase.length < 8) throw new KeyringError('an export passphrase of at least 8 characters is required');
    const info = this.get(name);
    return JSON.stringify({ type: 'marketchain-key-export', version: 1, name, address: info.address, hdPath: info.hdPath, crypto: encrypt(this.mnemonic(name, keyPassphrase), passphrase) });
  }

  async import(name: string, armored: string, passphrase: string, keyPassphrase?: string): Promise<KeyInfo> {
    let data: any;
    try {
      data = JSON.parse(armored);
    } catch {
      throw new KeyringError('the export file is not valid JSON');
    }
    if (data?.type !== 'marketchain-key-export' || !data.crypto) throw new KeyringError('not a marketchain key export');
    const mnemonic = decrypt(data.crypto, passphrase);
    return this.add(name, mnemonic, { passphrase: keyPassphrase, hdPath: data.hdPath });
  }
}
