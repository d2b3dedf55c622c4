// Protobuf wire-format writing for the hand-written codecs (BaseAccount, SignDoc): varints, the same
// bytes cosmjs-types' BinaryWriter writes.

/** Bytes of a varint below 2^32. */
export const varintSize = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);

/** Bytes of a uint64 varint. */
export function varint64Size(v: bigint): number {
  let n = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    n++;
  }
  return n;
}

/** Writes a varint below 2^32 at `at`; returns the next offset. */
export function writeVarint(out: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[at++] = n;
  return at;
}

/** Writes a uint64 varint at `at`; returns the next offset. */
export function writeVarint64(out: Uint8Array, at: number, v: bigint): number {
  if (v <= 0xffffffffn) return writeVarint(out, at, Number(v));
  while (v >= 0x80n) {
    out[at++] = Number(v & 0x7fn) | 0x80;
    v >>= 7n;
  }
  out[at++] = Number(v);
  return at;
}

/** Bytes of a length-delimited field of `n` bytes (tag, length, bytes). */
export const bytesFieldSize = (n: number) => 1 + varintSize(n) + n;

/** Writes a length-delimited field (one-byte tag, length, bytes) at `at`; returns the next offset. */
export function writeBytesField(out: Uint8Array, at: number, tag: number, bytes: Uint8Array): number {
  out[at++] = tag;
  at = writeVarint(out, at, bytes.length);
  out.set(bytes, at);
  return at + bytes.length;
}
