// Compressed sparse Merkle tree keyed by sha256(key): a leaf sits at the shallowest depth where its
// path is unique, so the root depends only on the set of (key, value) pairs, never on history.
// leaf = sha256(0x00 || keyHash || sha256(value)); inner = sha256(0x01 || L || R); empty = 32 zero bytes.
//
// Layout (memory: ~64 bytes per leaf, ~41 per inner node, instead of a JS object and up to three
// Uint8Array objects of ~200 bytes each per node): nodes live in typed-array slabs.
//   leaf j:  path at paths[32j..], leaf hash at leafHashes[32j..] (computed when the value is set)
//   inner i: children in left[i] / right[i], hash at innerHashes[32i..], recomputed lazily when dirty[i]
// A node reference is an int32: 0 = empty subtree, i > 0 = inner node i, ~j < 0 = leaf j.
import { hash } from 'node:crypto';
import { concat } from '../codec/bytes.js';

export const EMPTY_HASH = new Uint8Array(32);
const LEAF = Uint8Array.of(0);

/** One-shot hashes: about half the time of a createHash object for these small inputs. */
function sha256Into(out: Uint8Array, ...parts: Uint8Array[]): void {
  out.set(hash('sha256', parts.length === 1 ? parts[0]! : concat(...parts), 'buffer'));
}

/** Slabs grow by 1/4 (at least 1,024 slots): a tree of n nodes holds at most ~n/4 unused slots. */
function nextCap(cap: number): number {
  return cap + Math.max(1024, cap >> 2);
}

function grownBytes(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

function grownInts(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export class SparseMerkleTree {
  private root = 0;
  private count = 0;

  private paths: Uint8Array = new Uint8Array(32 * 8);
  private leafHashes: Uint8Array = new Uint8Array(32 * 8);
  private leafCap = 8;
  private leafTop = 0;
  private readonly freeLeaves: number[] = [];

  private left: Int32Array = new Int32Array(8);
  private right: Int32Array = new Int32Array(8);
  private innerHashes: Uint8Array = new Uint8Array(32 * 8);
  private dirty: Uint8Array = new Uint8Array(8);
  private innerCap = 8;
  private innerTop = 1; // inner index 0 is unused (reference 0 means empty)
  private readonly freeInner: number[] = [];

  /** The path (sha256(key)) and new leaf hash of the key being set or deleted. */
  private readonly path = new Uint8Array(32);
  private readonly pendingHash = new Uint8Array(32);
  private readonly valueHash = new Uint8Array(32);
  private readonly scratch = new Uint8Array(65);

  get size(): number {
    return this.count;
  }

  /** Leaves and inner nodes currently in use (for memory accounting and tests). */
  get nodeCounts(): { leaves: number; inner: number } {
    return { leaves: this.leafTop - this.freeLeaves.length, inner: this.innerTop - 1 - this.freeInner.length };
  }

  set(key: Uint8Array, value: Uint8Array): void {
    sha256Into(this.path, key);
    sha256Into(this.valueHash, value);
    sha256Into(this.pendingHash, LEAF, this.path, this.valueHash);
    this.root = this.insert(this.root, 0);
  }

  delete(key: Uint8Array): void {
    sha256Into(this.path, key);
    if (!this.has()) return;
    this.root = this.remove(this.root, 0);
    this.count--;
  }

  rootHash(): Uint8Array {
    const out = new Uint8Array(32);
    if (this.root > 0) this.update(this.root);
    this.copyHash(this.root, out, 0);
    return out;
  }

  /**
   * The key's leaf path: the sibling hash at each depth from the root down (an empty child is 32 zero
   * bytes) and the side the key goes (0 left, 1 right); undefined when the key is absent.
   */
  siblings(key: Uint8Array): { bits: number[]; hashes: Uint8Array[] } | undefined {
    sha256Into(this.path, key);
    if (this.root > 0) this.update(this.root);
    const bits: number[] = [];
    const hashes: Uint8Array[] = [];
    let ref = this.root;
    let depth = 0;
    while (ref > 0) {
      const b = this.bitOfPath(depth++);
      const h = new Uint8Array(32);
      this.copyHash(b === 0 ? this.right[ref]! : this.left[ref]!, h, 0);
      bits.push(b);
      hashes.push(h);
      ref = b === 0 ? this.left[ref]! : this.right[ref]!;
    }
    return ref < 0 && this.isPathOf(~ref) ? { bits, hashes } : undefined;
  }

  private bitOfPath(depth: number): number {
    return (this.path[depth >> 3]! >> (7 - (depth & 7))) & 1;
  }

  private bitOfLeaf(j: number, depth: number): number {
    return (this.paths[j * 32 + (depth >> 3)]! >> (7 - (depth & 7))) & 1;
  }

  private isPathOf(j: number): boolean {
    const p = this.paths;
    const o = j * 32;
    for (let i = 0; i < 32; i++) if (p[o + i] !== this.path[i]) return false;
    return true;
  }

  private has(): boolean {
    let ref = this.root;
    let depth = 0;
    while (ref > 0) ref = this.bitOfPath(depth++) === 0 ? this.left[ref]! : this.right[ref]!;
    return ref < 0 && this.isPathOf(~ref);
  }

  private newLeaf(): number {
    let j = this.freeLeaves.pop();
    if (j === undefined) {
      if (this.leafTop === this.leafCap) {
        this.leafCap = nextCap(this.leafCap);
        this.paths = grownBytes(this.paths, this.leafCap * 32);
        this.leafHashes = grownBytes(this.leafHashes, this.leafCap * 32);
      }
      j = this.leafTop++;
    }
    this.paths.set(this.path, j * 32);
    this.leafHashes.set(this.pendingHash, j * 32);
    this.count++;
    return ~j;
  }

  private newInner(l: number, r: number): number {
    let i = this.freeInner.pop();
    if (i === undefined) {
      if (this.innerTop === this.innerCap) {
        this.innerCap = nextCap(this.innerCap);
        this.left = grownInts(this.left, this.innerCap);
        this.right = grownInts(this.right, this.innerCap);
        this.innerHashes = grownBytes(this.innerHashes, this.innerCap * 32);
        this.dirty = grownBytes(this.dirty, this.innerCap);
      }
      i = this.innerTop++;
    }
    this.left[i] = l;
    this.right[i] = r;
    this.dirty[i] = 1;
    return i;
  }

  private freeInnerNode(i: number): void {
    this.left[i] = 0;
    this.right[i] = 0;
    this.freeInner.push(i);
  }

  // Note: a child is computed into a local before it is stored, because a call may grow (replace) the slabs.
  private insert(ref: number, depth: number): number {
    if (ref === 0) return this.newLeaf();
    if (ref < 0) {
      const j = ~ref;
      if (this.isPathOf(j)) {
        this.leafHashes.set(this.pendingHash, j * 32);
        return ref;
      }
      return this.join(j, ~this.newLeaf(), depth);
    }
    this.dirty[ref] = 1;
    if (this.bitOfPath(depth) === 0) {
      const c = this.insert(this.left[ref]!, depth + 1);
      this.left[ref] = c;
    } else {
      const c = this.insert(this.right[ref]!, depth + 1);
      this.right[ref] = c;
    }
    return ref;
  }

  /** Two leaves with different paths below `depth`: an inner node at their first differing bit, single-child inner nodes above it. */
  private join(a: number, b: number, depth: number): number {
    let d = depth;
    while (this.bitOfLeaf(a, d) === this.bitOfLeaf(b, d)) d++;
    let node = this.bitOfLeaf(a, d) === 0 ? this.newInner(~a, ~b) : this.newInner(~b, ~a);
    for (let k = d - 1; k >= depth; k--) node = this.bitOfLeaf(a, k) === 0 ? this.newInner(node, 0) : this.newInner(0, node);
    return node;
  }

  private remove(ref: number, depth: number): number {
    if (ref === 0) return 0;
    if (ref < 0) {
      if (!this.isPathOf(~ref)) return ref;
      this.freeLeaves.push(~ref);
      return 0;
    }
    this.dirty[ref] = 1;
    if (this.bitOfPath(depth) === 0) this.left[ref] = this.remove(this.left[ref]!, depth + 1);
    else this.right[ref] = this.remove(this.right[ref]!, depth + 1);
    const l = this.left[ref]!;
    const r = this.right[ref]!;
    if (l === 0 && r === 0) {
      this.freeInnerNode(ref);
      return 0;
    }
    if ((l === 0 && r < 0) || (r === 0 && l < 0)) {
      this.freeInnerNode(ref);
      return l === 0 ? r : l;
    }
    return ref;
  }

  private copyHash(ref: number, out: Uint8Array, off: number): void {
    if (ref === 0) {
      out.fill(0, off, off + 32);
      return;
    }
    const src = ref < 0 ? this.leafHashes : this.innerHashes;
    const o = (ref < 0 ? ~ref : ref) * 32;
    for (let i = 0; i < 32; i++) out[off + i] = src[o + i]!;
  }

  /** Recomputes the hashes of dirty inner nodes below and at i. */
  private update(i: number): void {
    if (this.dirty[i] === 0) return;
    const l = this.left[i]!;
    const r = this.right[i]!;
    if (l > 0) this.update(l);
    if (r > 0) this.update(r);
    const s = this.scratch;
    s[0] = 1;
    this.copyHash(l, s, 1);
    this.copyHash(r, s, 33);
    this.innerHashes.set(hash('sha256', s, 'buffer'), i * 32);
    this.dirty[i] = 0;
  }
}
