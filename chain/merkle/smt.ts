// Compressed sparse Merkle tree keyed by sha256(key): a leaf sits at the shallowest depth where its
// path is unique, so the root depends only on the set of (key, value) pairs, never on history.
// leaf = sha256(0x00 || keyHash || sha256(value)); inner = sha256(0x01 || L || R); empty = 32 zero bytes.
import { sha256, sha256Concat } from '../crypto.js';

export const EMPTY_HASH = new Uint8Array(32);
const LEAF = Uint8Array.of(0);
const INNER = Uint8Array.of(1);

interface Leaf {
  leaf: true;
  path: Uint8Array;
  valueHash: Uint8Array;
  hash: Uint8Array | null;
}
interface Inner {
  leaf: false;
  left: Node;
  right: Node;
  hash: Uint8Array | null;
}
type Node = Leaf | Inner | null;

function bit(path: Uint8Array, depth: number): number {
  return (path[depth >> 3]! >> (7 - (depth & 7))) & 1;
}

function samePath(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 32; i++) if (a[i] !== b[i]) return false;
  return true;
}

function join(a: Leaf, b: Leaf, depth: number): Inner {
  const ba = bit(a.path, depth);
  if (ba === bit(b.path, depth)) {
    const child = join(a, b, depth + 1);
    return ba === 0 ? { leaf: false, left: child, right: null, hash: null } : { leaf: false, left: null, right: child, hash: null };
  }
  return ba === 0 ? { leaf: false, left: a, right: b, hash: null } : { leaf: false, left: b, right: a, hash: null };
}

function insert(node: Node, leaf: Leaf, depth: number): Node {
  if (node === null) return leaf;
  if (node.leaf) return samePath(node.path, leaf.path) ? leaf : join(node, leaf, depth);
  node.hash = null;
  if (bit(leaf.path, depth) === 0) node.left = insert(node.left, leaf, depth + 1);
  else node.right = insert(node.right, leaf, depth + 1);
  return node;
}

function remove(node: Node, path: Uint8Array, depth: number): Node {
  if (node === null) return null;
  if (node.leaf) return samePath(node.path, path) ? null : node;
  if (bit(path, depth) === 0) node.left = remove(node.left, path, depth + 1);
  else node.right = remove(node.right, path, depth + 1);
  node.hash = null;
  const { left, right } = node;
  if (left === null && right === null) return null;
  if (left === null && right!.leaf) return right;
  if (right === null && left!.leaf) return left;
  return node;
}

function hashOf(node: Node): Uint8Array {
  if (node === null) return EMPTY_HASH;
  if (node.hash) return node.hash;
  node.hash = node.leaf
    ? sha256Concat(LEAF, node.path, node.valueHash)
    : sha256Concat(INNER, hashOf(node.left), hashOf(node.right));
  return node.hash;
}

export class SparseMerkleTree {
  private root: Node = null;
  private count = 0;

  get size(): number {
    return this.count;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    const path = sha256(key);
    const before = this.root;
    const had = this.has(path);
    this.root = insert(before, { leaf: true, path, valueHash: sha256(value), hash: null }, 0);
    if (!had) this.count++;
  }

  delete(key: Uint8Array): void {
    const path = sha256(key);
    if (!this.has(path)) return;
    this.root = remove(this.root, path, 0);
    this.count--;
  }

  private has(path: Uint8Array): boolean {
    let node = this.root;
    let depth = 0;
    while (node !== null && !node.leaf) node = bit(path, depth++) === 0 ? node.left : node.right;
    return node !== null && samePath(node.path, path);
  }

  rootHash(): Uint8Array {
    return hashOf(this.root);
  }
}
