// Hashes and bech32 addresses (secp256k1 signature checks are in secp256k1.ts).
import { createHash, hash } from 'node:crypto';
import { bech32 } from 'bech32';
import { concat } from './codec/bytes.js';

export const BECH32_PREFIX = 'mkt';

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(hash('sha256', data, 'buffer'));
}

/** sha256 of the parts joined (one-shot over a copy: cheaper than a hash object for small parts). */
export function sha256Concat(...parts: Uint8Array[]): Uint8Array {
  return sha256(concat(...parts));
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

/** The bech32 account address of a compressed secp256k1 pubkey, toBech32(addressFromPubkey(pk)). */
export function pubkeyAddress(compressed: Uint8Array): string {
  return toBech32(addressFromPubkey(compressed));
}

/** Recently decoded addresses of this chain's prefix (keepers decode the same few addresses per tx). */
const decodedAddresses = new Map<string, Uint8Array>();

/**
 * Decodes a bech32 address with the expected prefix into 20 (or 32) bytes; throws a plain Error.
 * Addresses of this chain's prefix come from a cache and are shared: callers read them (key builders
 * copy them), never write to them: a copy per call would allocate on every keeper access.
 */
export function fromBech32(addr: string, prefix = BECH32_PREFIX): Uint8Array {
  const hit = prefix === BECH32_PREFIX ? decodedAddresses.get(addr) : undefined;
  if (hit) return hit;
  const bytes = decodeBech32(addr, prefix);
  if (prefix === BECH32_PREFIX) {
    if (decodedAddresses.size >= 50_000) decodedAddresses.clear();
    decodedAddresses.set(addr, bytes);
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

