// RFC-6962 simple Merkle tree, as CometBFT's merkle.HashFromByteSlices.
import { hash } from 'node:crypto';
import { sha256 } from '../crypto.js';

/** RFC-6962 domain separation: leaf = sha256(0x00 || item), inner node = sha256(0x01 || left || right). */
const LEAF_PREFIX = 0;
const INNER_PREFIX = 1;

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The root of `items` (a block's tx results or txs: thousands of leaves). The tree is walked over index
 * ranges, each hash input is written into one reused buffer, and the hashes below the root stay the
 * Buffers node:crypto returns: no array copies per level and no concatenated copy per node.
 */
export function hashFromByteSlices(items: Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256(new Uint8Array());
  let longest = 0;
  for (const it of items) if (it.length > longest) longest = it.length;
  const scratch = new Uint8Array(Math.max(65, 1 + longest));
  return new Uint8Array(rangeHash(items, 0, items.length, scratch));
}

function rangeHash(items: Uint8Array[], from: number, to: number, scratch: Uint8Array): Uint8Array {
  if (to - from === 1) {
    const item = items[from]!;
    scratch[0] = LEAF_PREFIX;
    scratch.set(item, 1);
    return hash('sha256', scratch.subarray(0, 1 + item.length), 'buffer');
  }
  const k = splitPoint(to - from);
  const left = rangeHash(items, from, from + k, scratch);
  const right = rangeHash(items, from + k, to, scratch);
  scratch[0] = INNER_PREFIX;
  scratch.set(left, 1);
  scratch.set(right, 33);
  return hash('sha256', scratch.subarray(0, 65), 'buffer');
}

function uvarint(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Uint8Array.from(out);
}

/** Length-prefixed key then value, as the SDK's KVPair.Bytes (store/internal/maps). */
export function encodeKVPair(key: Uint8Array, value: Uint8Array): Uint8Array {
  const a = uvarint(key.length);
  const b = uvarint(value.length);
  const out = new Uint8Array(a.length + key.length + b.length + value.length);
  out.set(a, 0);
  out.set(key, a.length);
  out.set(b, a.length + key.length);
  out.set(value, a.length + key.length + b.length);
  return out;
}

/** App hash over store roots, as the SDK root multistore: leaves KVPair(name, sha256(root)) sorted by name. */
export function multistoreRoot(roots: { name: string; root: Uint8Array }[]): Uint8Array {
  const sorted = [...roots].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return hashFromByteSlices(sorted.map((r) => encodeKVPair(new TextEncoder().encode(r.name), sha256(r.root))));
}
