// secp256k1 signature and pubkey checks, as the Cosmos SDK makes them: a 64-byte r||s signature over
// sha256(sign bytes), low-S only, a 33-byte compressed pubkey on the curve.
//
// Two backends give the same answer for every input (chain/secp256k1.test.ts compares them on valid,
// mutated and random inputs):
// - libsecp256k1, through the prebuilt N-API binding the `secp256k1` package ships (several times
//   faster than OpenSSL on this curve: BENCHMARKS.md has the figures);
// - node:crypto (OpenSSL), used when the binding cannot be loaded on this platform.
// The package's own fallback to a pure-JS curve library is never used: the binding is loaded directly.
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import { sha256 } from './crypto.js';

interface Libsecp256k1 {
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pubkey: Uint8Array): boolean;
  publicKeyVerify(pubkey: Uint8Array): boolean;
}

function loadLibsecp256k1(): Libsecp256k1 | undefined {
  try {
    return createRequire(import.meta.url)('secp256k1/bindings.js') as Libsecp256k1;
  } catch {
    return undefined;
  }
}

const lib = loadLibsecp256k1();

/** Which implementation verifies signatures in this process. */
export const SECP256K1_BACKEND: 'libsecp256k1' | 'node:crypto' = lib ? 'libsecp256k1' : 'node:crypto';

// n/2 for secp256k1, big-endian: a signature with s > n/2 is malleable and rejected (the SDK's low-S rule).
const HALF_N = Buffer.from('7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0', 'hex');
// n, big-endian: r must be below it.
const N = Buffer.from('fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141', 'hex');

/** Big-endian compare of signature bytes [from, from+32) with a 32-byte bound. */
function compare32(sig: Uint8Array, from: number, bound: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const d = sig[from + i]! - bound[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

function isZero32(sig: Uint8Array, from: number): boolean {
  for (let i = 0; i < 32; i++) if (sig[from + i] !== 0) return false;
  return true;
}

function isCompressedShape(pk: Uint8Array): boolean {
  return pk.length === 33 && (pk[0] === 2 || pk[0] === 3);
}

/** The range and low-S checks both backends share: 0 < r < n, 0 < s <= n/2. */
function hasCanonicalScalars(sig: Uint8Array): boolean {
  return sig.length === 64 && !isZero32(sig, 0) && compare32(sig, 0, N) < 0 && !isZero32(sig, 32) && compare32(sig, 32, HALF_N) <= 0;
}

// ---- node:crypto (OpenSSL) ----

const SPKI_PREFIX = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');
/** The key as an OpenSSL key object (made per call: this backend runs only where the binding cannot load). */
function publicKeyObject(compressed: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, compressed]), format: 'der', type: 'spki' });
}

export function isValidCompressedPubkeyOpenssl(pk: Uint8Array): boolean {
  if (!isCompressedShape(pk)) return false;
  try {
    publicKeyObject(pk);
    return true;
  } catch {
    return false;
  }
}

export function verifySecp256k1Openssl(message: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean {
  if (!hasCanonicalScalars(signature) || !isCompressedShape(pubkey)) return false;
  let key: KeyObject;
  try {
    key = publicKeyObject(pubkey);
  } catch {
    return false;
  }
  return cryptoVerify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, signature);
}

// ---- libsecp256k1 ----

/** Undefined when the binding is not loaded on this platform. */
export function isValidCompressedPubkeyLibsecp256k1(pk: Uint8Array): boolean | undefined {
  if (!lib) return undefined;
  return isCompressedShape(pk) && lib.publicKeyVerify(pk);
}

/** Undefined when the binding is not loaded on this platform. */
export function verifySecp256k1Libsecp256k1(message: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean | undefined {
  if (!lib) return undefined;
  if (!hasCanonicalScalars(signature) || !isCompressedShape(pubkey)) return false;
  try {
    return lib.ecdsaVerify(signature, sha256(message), pubkey);
  } catch {
    return false; // the pubkey is not a point on the curve
  }
}

// ---- the chain's entry points ----

/** True for a 33-byte compressed secp256k1 pubkey that is a point on the curve. */
export const isValidCompressedPubkey: (pk: Uint8Array) => boolean = lib
  ? (pk) => isValidCompressedPubkeyLibsecp256k1(pk)!
  : isValidCompressedPubkeyOpenssl;

/**
 * Verifies a 64-byte r||s secp256k1 signature over sha256(message) with a compressed pubkey, rejecting
 * high-S (malleable) signatures as the Cosmos SDK does.
 */
export const verifySecp256k1: (message: Uint8Array, signature: Uint8Array, pubkey: Uint8Array) => boolean = lib
  ? (m, s, p) => verifySecp256k1Libsecp256k1(m, s, p)!
  : verifySecp256k1Openssl;
