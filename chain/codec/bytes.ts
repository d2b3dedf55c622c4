// Byte helpers shared by the chain and modules. Pure; no I/O.

const HEX_LOWER = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const HEX_UPPER = Uint8Array.from('0123456789ABCDEF', (c) => c.charCodeAt(0));
/**
 * Scratch space for the hex digits of up to 64 bytes: a hash's hex string is then one allocation (the
 * string itself). Written and read within one call only (it carries nothing from one call to the next).
 */
const HEX_SCRATCH = Buffer.allocUnsafeSlow(128);

function hexWith(digits: Uint8Array, bytes: Uint8Array): string {
  const n = bytes.length * 2;
  const out = n <= HEX_SCRATCH.length ? HEX_SCRATCH : Buffer.allocUnsafe(n);
  for (let i = 0, o = 0; i < bytes.length; i++, o += 2) {
    const b = bytes[i]!;
    out[o] = digits[b >> 4]!;
    out[o + 1] = digits[b & 15]!;
  }
  return out.toString('latin1', 0, n);
}

export function toHex(bytes: Uint8Array): string {
  return hexWith(HEX_LOWER, bytes);
}

export function toHexUpper(bytes: Uint8Array): string {
  return hexWith(HEX_UPPER, bytes);
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error(`invalid hex string`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Big-endian unsigned 64-bit encoding; key order equals numeric order. */
export function u64BE(n: bigint | number): Uint8Array {
  const v = BigInt(n);
  if (v < 0n || v >= 1n << 64n) throw new RangeError(`u64 out of range: ${v}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v);
  return out;
}

export function readU64BE(bytes: Uint8Array, offset = 0): bigint {
  if (bytes.length < offset + 8) throw new RangeError('short u64');
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 8).getBigUint64(0);
}

/** One length byte then the bytes (addresses, denoms up to 255 bytes). */
export function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 255) throw new RangeError('length-prefixed value longer than 255 bytes');
  return concat(Uint8Array.of(bytes.length), bytes);
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 bytes of s. Short ASCII strings (amounts, denoms, key parts) are copied by a loop into a small
 * typed array, which V8 keeps on its heap; TextEncoder allocates a separate buffer for every call.
 */
export function utf8(s: string): Uint8Array {
  const n = s.length;
  if (n <= 32) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return enc.encode(s);
      out[i] = c;
    }
    return out;
  }
  return enc.encode(s);
}

/** UTF-8 of strings seen again and again (denoms, addresses), shared: callers copy it, never write to it. */
const interned = new Map<string, Uint8Array>();

export function internedUtf8(s: string): Uint8Array {
  let b = interned.get(s);
  if (b === undefined) {
    b = utf8(s);
    if (interned.size >= 50_000) interned.clear();
    interned.set(s, b);
  }
  return b;
}

export function fromUtf8(b: Uint8Array): string {
  return dec.decode(b);
}

/** Binary string (one char per byte): Map keys whose string order is byte order. */
export function toBinaryString(bytes: Uint8Array): string {
  // The cheapest way depends on the length: a loop for a few bytes (no call at all), one fromCharCode
  // call for store keys (20–50 bytes), a latin1 Buffer decode above that (its set-up pays off only on
  // longer input).
  if (bytes.length <= 4) {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
    return s;
  }
  if (bytes.length <= 48) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  // latin1 maps each byte 0–255 to the code unit of the same value.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export function fromBinaryString(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function fromBase64(s: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error('invalid base64 string');
  // Decoded straight into an array of the exact size: Buffer.from(s, 'base64') fills Node's shared 8 KiB
  // pool, and a copy out of it made a new pool every few dozen txs under load.
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(s, 'base64');
  return out;
}

/** Prefix-end: the smallest key greater than every key starting with prefix (undefined = no bound). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const out = Uint8Array.from(prefix);
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i]! < 255) {
      out[i]!++;
      return out.subarray(0, i + 1);
    }
  }
  return undefined;
}
