// ICS-23 proofs in a store's sparse Merkle tree (smt.ts), made from a store's entries at one version.
// The tree is a function of its (key, value) set: with the leaves sorted by path (sha256(key)), the
// subtree at depth d over a range of leaves splits at the first leaf whose bit d is 1; one leaf is a
// leaf node (at the shallowest depth where its path is unique), none is the empty child. So the tree
// of any version is rebuilt from that version's entries alone, and a missing key's neighbours in
// the ICS-23 sense are its neighbours in path order, whose keys and values the entries hold.
import { hash } from 'node:crypto';
import { compareBytes } from '../codec/bytes.js';
import { innerStep, SMT_SPEC, type CommitmentProof, type ExistenceProof } from './ics23.js';

const EMPTY = new Uint8Array(32);

/** One-shot sha256 (a Buffer, not copied). */
const sha = (data: Uint8Array): Uint8Array => hash('sha256', data, 'buffer');

export class ProvableTree {
  /** Sorted by path. */
  private readonly paths: Uint8Array[];
  private readonly keys: Uint8Array[];
  private readonly values: Uint8Array[];
  private readonly leafHashes: Uint8Array[];
  /** Inner node hashes by (first leaf index, depth). */
  private readonly inner = new Map<number, Uint8Array>();
  /** The input of one node hash: prefix byte and two 32-byte children (leaf: path and value hash). */
  private readonly scratch = new Uint8Array(65);
  readonly root: Uint8Array;

  /** From a store's entries (keys without the store byte); O(n) hashes, O(n log n) sort. */
  constructor(entries: Iterable<[Uint8Array, Uint8Array]>) {
    const rows: { order: string; path: Uint8Array; key: Uint8Array; value: Uint8Array }[] = [];
    for (const [key, value] of entries) {
      const path = sha(key);
      // Paths compared as one-byte strings: byte order, compared natively.
      rows.push({ order: Buffer.from(path.buffer, path.byteOffset, 32).toString('latin1'), path, key, value });
    }
    rows.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    this.paths = rows.map((r) => r.path);
    this.keys = rows.map((r) => r.key);
    this.values = rows.map((r) => r.value);
    const s = this.scratch;
    this.leafHashes = rows.map((r) => {
      s[0] = 0;
      s.set(r.path, 1);
      s.set(sha(r.value), 33);
      return sha(s);
    });
    this.root = new Uint8Array(this.hashRange(0, rows.length, 0));
  }

  get size(): number {
    return this.paths.length;
  }

  private bit(i: number, d: number): number {
    return (this.paths[i]![d >> 3]! >> (7 - (d & 7))) & 1;
  }

  /** First index in [lo, hi) whose bit d is 1 (the leaves share bits < d, so bit d ascends). */
  private split(lo: number, hi: number, d: number): number {
    let a = lo;
    let b = hi;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.bit(m, d) === 0) a = m + 1;
      else b = m;
    }
    return a;
  }

  private hashRange(lo: number, hi: number, d: number): Uint8Array {
    if (hi === lo) return EMPTY;
    if (hi - lo === 1) return this.leafHashes[lo]!;
    const id = lo * 257 + d;
    const known = this.inner.get(id);
    if (known) return known;
    const m = this.split(lo, hi, d);
    const l = this.hashRange(lo, m, d + 1);
    const r = this.hashRange(m, hi, d + 1);
    const s = this.scratch;
    s[0] = 1;
    s.set(l, 1);
    s.set(r, 33);
    const h = sha(s);
    this.inner.set(id, h);
    return h;
  }

  /** Index of the first path ≥ p. */
  private lowerBound(p: Uint8Array): number {
    let a = 0;
    let b = this.paths.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (compareBytes(this.paths[m]!, p) < 0) a = m + 1;
      else b = m;
    }
    return a;
  }

  /** The existence proof of leaf i: the steps from its node up to the root. */
  private existence(i: number): ExistenceProof {
    const steps = [];
    let lo = 0;
    let hi = this.paths.length;
    let d = 0;
    while (hi - lo > 1) {
      const m = this.split(lo, hi, d);
      if (i < m) {
        steps.push(innerStep(this.hashRange(m, hi, d + 1), true));
        hi = m;
      } else {
        steps.push(innerStep(this.hashRange(lo, m, d + 1), false));
        lo = m;
      }
      d++;
    }
    return { key: this.keys[i]!, value: this.values[i]!, leaf: SMT_SPEC.leafSpec, path: steps.reverse() };
  }

  /** The stored value of a key, or undefined. */
  get(key: Uint8Array): Uint8Array | undefined {
    const p = sha(key);
    const i = this.lowerBound(p);
    return i < this.paths.length && compareBytes(this.paths[i]!, p) === 0 ? this.values[i] : undefined;
  }

  /** An existence proof when the key is present, else a non-existence proof by its neighbours in path order. */
  prove(key: Uint8Array): CommitmentProof {
    const p = sha(key);
    const i = this.lowerBound(p);
    if (i < this.paths.length && compareBytes(this.paths[i]!, p) === 0) return { exist: this.existence(i) };
    return {
      nonexist: {
        key,
        left: i > 0 ? this.existence(i - 1) : undefined,
        right: i < this.paths.length ? this.existence(i) : undefined,
      },
    };
  }
}
