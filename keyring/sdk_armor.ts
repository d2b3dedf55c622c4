// The Cosmos SDK's ASCII-armored private key (`gaiad keys export` / `keys import`): OpenPGP-style armor
// "TENDERMINT PRIVATE KEY" with headers kdf: bcrypt, salt: <16 bytes, hex>, type: secp256k1; the body
// is xsalsa20-poly1305 (nonce ‖ box) of the key's legacy Amino encoding (e1b0f79b 20 ‖ 32 bytes), under
// sha256 of the bcrypt hash string ("$2a$12$…", cost 12) of the passphrase with that salt; a CRC-24
// line closes it. A key exported here imports into gaiad and back (keyring.test.ts checks the SDK's
// own test vector).
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import nacl from 'tweetnacl';

const BLOCK = 'TENDERMINT PRIVATE KEY';
/** The legacy Amino prefix of tendermint/PrivKeySecp256k1, then the length of its 32 bytes. */
const AMINO_PRIVKEY = Uint8Array.from([0xe1, 0xb0, 0xf7, 0x9b, 0x20]);
const BCRYPT_COST = 12;
/**
 * The armor does not record the cost: an import tries the SDK's (12), then 10, which the SDK's bcrypt
 * uses for any cost below its minimum (its keyring tests set 1, so the SDK's own test vectors are 10).
 */
const IMPORT_COSTS = [BCRYPT_COST, 10];
/** An armored key is a few hundred bytes; anything much longer is not one. */
const MAX_ARMOR_CHARS = 4096;

export class ArmorError extends Error {}

export function isSdkArmor(text: string): boolean {
  return text.trimStart().startsWith(`-----BEGIN ${BLOCK}-----`);
}

function kdf(passphrase: string, salt: Uint8Array, cost = BCRYPT_COST): Uint8Array {
  const hash = bcrypt.hashSync(passphrase, `$2a$${String(cost).padStart(2, '0')}$${bcrypt.encodeBase64(Array.from(salt), 16)}`);
  return createHash('sha256').update(hash, 'utf8').digest();
}

/** OpenPGP's CRC-24 (RFC 4880 §6.1). */
function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const b of data) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

const crcText = (data: Uint8Array): string => Buffer.from([(crc24(data) >> 16) & 0xff, (crc24(data) >> 8) & 0xff, crc24(data) & 0xff]).toString('base64');

export function encryptArmorPrivKey(privkey: Uint8Array, passphrase: string): string {
  if (privkey.length !== 32) throw new ArmorError('a secp256k1 private key is 32 bytes');
  const salt = randomBytes(16);
  const nonce = randomBytes(24);
  const box = nacl.secretbox(Uint8Array.from([...AMINO_PRIVKEY, ...privkey]), nonce, kdf(passphrase, salt));
  const body = Buffer.concat([nonce, Buffer.from(box)]);
  const b64 = body.toString('base64').match(/.{1,64}/g)!;
  return [`-----BEGIN ${BLOCK}-----`, 'kdf: bcrypt', `salt: ${salt.toString('hex').toUpperCase()}`, 'type: secp256k1', '', ...b64, `=${crcText(body)}`, `-----END ${BLOCK}-----`].join('\n');
}

export function decryptArmorPrivKey(armor: string, passphrase: string): Uint8Array {
  if (armor.length > MAX_ARMOR_CHARS) throw new ArmorError(`an armored key is at most ${MAX_ARMOR_CHARS} characters`);
  const lines = armor.trim().split(/\r?\n/).map((l) => l.trim());
  if (lines[0] !== `-----BEGIN ${BLOCK}-----` || lines[lines.length - 1] !== `-----END ${BLOCK}-----`) throw new ArmorError(`not an armored ${BLOCK.toLowerCase()}`);
  const headers = new Map<string, string>();
  let i = 1;
  for (; i < lines.length - 1 && lines[i] !== ''; i++) {
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(lines[i]!);
    if (!m) throw new ArmorError(`bad armor header line ${JSON.stringify(lines[i])}`);
    headers.set(m[1]!.toLowerCase(), m[2]!);
  }
  const bodyLines = lines.slice(i + 1, -1);
  const crcLine = bodyLines.length > 0 && bodyLines[bodyLines.length - 1]!.startsWith('=') ? bodyLines.pop()!.slice(1) : undefined;
  const b64 = bodyLines.join('');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new ArmorError('the armor body is not base64');
  const body = new Uint8Array(Buffer.from(b64, 'base64'));
  if (crcLine !== undefined && crcLine !== crcText(body)) throw new ArmorError('the armor checksum does not match its body (the text was changed)');
  if (headers.get('kdf') !== 'bcrypt') throw new ArmorError(`unsupported kdf ${JSON.stringify(headers.get('kdf') ?? '')}: the SDK's armor uses bcrypt`);
  const type = headers.get('type');
  if (type !== undefined && type !== 'secp256k1') throw new ArmorError(`unsupported key type ${JSON.stringify(type)}: only secp256k1`);
  const saltHex = headers.get('salt') ?? '';
  if (!/^[0-9A-Fa-f]{32}$/.test(saltHex)) throw new ArmorError('the armor salt must be 16 bytes of hex');
  if (body.length < 24 + nacl.secretbox.overheadLength) throw new ArmorError('the armor body is too short');
  let plain: Uint8Array | null = null;
  for (const cost of IMPORT_COSTS) {
    plain = nacl.secretbox.open(body.subarray(24), body.subarray(0, 24), kdf(passphrase, Buffer.from(saltHex, 'hex'), cost));
    if (plain) break;
  }
  if (!plain) throw new ArmorError('invalid passphrase (or the armored key is corrupted)');
  if (plain.length !== AMINO_PRIVKEY.length + 32 || AMINO_PRIVKEY.some((b, j) => plain[j] !== b)) throw new ArmorError('the armored key is not a secp256k1 private key');
  return plain.slice(AMINO_PRIVKEY.length);
}
