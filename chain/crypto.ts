// Hashes, secp256k1 verification (node:crypto / OpenSSL) and bech32 addresses.
import { createHash, createPublicKey, hash, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { bech32 } from 'bech32';

export const BECH32_PREFIX = 'mkt';

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(hash('sha256', data, 'buffer'));
}

export function sha256Concat(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
}

export function ripemd160(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('ripemd160').update(data).digest());
}

/** Cosmos address bytes of a compressed secp256k1 pubkey: ripemd160(sha256(pk)). */
export function addressFromPubkey(compressed: Uint8Array): Uint8Array {
  return ripemd160(sha256(compressed));
}

/** Module account address, as the SDK's authtypes.NewModuleAddress: sha256(name)[:20]. */
export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).subarray(0, 20);
}

export function toBech32(bytes: Uint8Array, prefix = BECH32_PREFIX): string {
  return bech32.encode(prefix, bech32.toWords(bytes));
}

/** Recently decoded addresses of this chain's prefix (keepers decode the same few addresses per tx). */
const decodedAddresses = new Map<string, Uint8Array>();

/** Decodes a bech32 address with the expected prefix into 20 (or 32) bytes; throws a plain Error. */
export function fromBech32(addr: string, prefix = BECH32_PREFIX): Uint8Array {
  const hit = prefix === BECH32_PREFIX ? decodedAddresses.get(addr) : undefined;
  if (hit) return hit.slice();
  const bytes = decodeBech32(addr, prefix);
  if (prefix === BECH32_PREFIX) {
    if (decodedAddresses.size >= 50_000) decodedAddresses.clear();
    decodedAddresses.set(addr, bytes.slice());
  }
  return bytes;
}

function decodeBech32(addr: string, prefix: string): Uint8Array {
  // bech32 also admits an all-uppercase spelling of the same bytes. Only the canonical lowercase form
  // is an address here, so one account never appears in state, events or records under two spellings.
  if (typeof addr === 'string' && addr !== addr.toLowerCase()) {
    throw new Error(`invalid bech32 address ${JSON.stringify(addr)}: use the canonical lowercase form`);
  }
  let dec: { prefix: string; words: number[] };
  try {
    dec = bech32.decode(addr, 90);
  } catch (e) {
    throw new Error(`invalid bech32 address ${JSON.stringify(addr)}: ${(e as Error).message}`);
  }
  if (dec.prefix !== prefix) throw new Error(`invalid address prefix: expected ${prefix}, got ${dec.prefix}`);
  const bytes = new Uint8Array(bech32.fromWords(dec.words));
  if (bytes.length !== 20 && bytes.length !== 32) throw new Error(`invalid address length ${bytes.length}`);
  return bytes;
}

/** True when `addr` is a valid bech32 account address of this chain. */
export function isAddress(addr: string): boolean {
  try {
    fromBech32(addr);
    return true;
  } catch {
    return false;
  }
}

// secp256k1 group order n and n/2, for the low-S rule.
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const SECP256K1_HALF_N = SECP256K1_N >> 1n;
const SPKI_PREFIX = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');

const keyCache = new Map<string, KeyObject>();

function publicKeyObject(compressed: Uint8Array): KeyObject {
  const id = Buffer.from(compressed).toString('hex');
  let k = keyCache.get(id);
  if (!k) {
    k = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, compressed]), format: 'der', type: 'spki' });
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(id, k);
  }
  return k;
}

export function isValidCompressedPubkey(pk: Uint8Array): boolean {
  if (pk.length !== 33 || (pk[0] !== 2 && pk[0] !== 3)) return false;
  try {
    publicKeyObject(pk);
    return true;
  } catch {
    return false;
  }
}

/**
 * Verifies a 64-byte r||s secp256k1 signature over sha256(message), rejecting high-S (malleable) signatures
 * as the Cosmos SDK does. OpenSSL alone does not enforce low-S.
 */
export function verifySecp256k1(message: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  const r = BigInt('0x' + Buffer.from(signature.subarray(0, 32)).toString('hex'));
  const s = BigInt('0x' + Buffer.from(signature.subarray(32)).toString('hex'));
  if (r === 0n || s === 0n || r >= SECP256K1_N || s > SECP256K1_HALF_N) return false;
  let key: KeyObject;
  try {
    key = publicKeyObject(pubkey);
  } catch {
    return false;
  }
  return cryptoVerify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, signature);
}
