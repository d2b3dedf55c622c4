// Byte strings held as one-byte JS strings ("binary strings", one char per byte).
// A short value takes a fraction of the heap as a string that it takes as a Uint8Array (typed-array
// object + ArrayBuffer object + backing store), and a string never pins a larger buffer: a value that
// is a view into an 8 KiB encoder slab (cosmjs-types' BinaryWriter.finish() returns such views)
// would otherwise keep the whole slab alive for as long as the state holds it.

import { fromBinaryString } from '../codec/bytes.js';

const CHUNK = 4096;

/** Packs bytes into a flat one-byte string (never a rope, never a view of `bytes`). */
export function packBytes(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
}

/** A fresh Uint8Array holding the bytes of a packed string. */
export const unpackBytes: (s: string) => Uint8Array = fromBinaryString;
