// ICS-23 verification by the current rules of the Go and Rust implementations (cosmos/ics23 go/proof.go,
// go/ops.go): an existence proof is checked against its spec and recomputed to the root; a
// non-existence proof by its neighbours' existence proofs, the key strictly between them (prehashed
// first when the spec says so) and adjacency, where a step whose siblings on the far side are empty
// children counts as left- or right-most. @confio/ics23 0.6.8 predates the last two rules, so it
// cannot judge a non-existence proof in a sparse Merkle tree whose neighbours sit beside empty
// subtrees or whose raw keys are not in hash order; this verifier can. Every function answers with
// an Error's message (why it failed) or undefined, never throws on malformed input.
import { hash } from 'node:crypto';
import { compareBytes, concat, equalBytes } from '../codec/bytes.js';
import { HashOp, LengthOp, type CommitmentProof, type ExistenceProof, type InnerOp, type InnerSpec, type LeafOp, type NonExistenceProof, type ProofSpec } from './ics23.js';

class ProofError extends Error {}

const bytesOf = (b: Uint8Array | null | undefined): Uint8Array => b ?? new Uint8Array();

function doHash(op: number, data: Uint8Array): Uint8Array {
  if (op === HashOp.SHA256) return new Uint8Array(hash('sha256', data, 'buffer'));
  throw new ProofError(`unsupported hash op ${op}`);
}

function hashOrNoop(op: number, data: Uint8Array): Uint8Array {
  return op === HashOp.NO_HASH ? data : doHash(op, data);
}

function varint(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Uint8Array.from(out);
}

function lengthOp(op: number, data: Uint8Array): Uint8Array {
  if (op === LengthOp.NO_PREFIX) return data;
  if (op === LengthOp.VAR_PROTO) return concat(varint(data.length), data);
  throw new ProofError(`unsupported length op ${op}`);
}

function applyLeaf(op: LeafOp, key: Uint8Array, value: Uint8Array): Uint8Array {
  if (key.length === 0) throw new ProofError('leaf op needs key');
  if (value.length === 0) throw new ProofError('leaf op needs value');
  const pkey = lengthOp(op.length ?? 0, hashOrNoop(op.prehashKey ?? 0, key));
  const pvalue = lengthOp(op.length ?? 0, hashOrNoop(op.prehashValue ?? 0, value));
  return doHash(op.hash ?? 0, concat(bytesOf(op.prefix), pkey, pvalue));
}

function applyInner(op: InnerOp, child: Uint8Array): Uint8Array {
  if (child.length === 0) throw new ProofError('inner op needs child value');
  return doHash(op.hash ?? 0, concat(bytesOf(op.prefix), child, bytesOf(op.suffix)));
}

function startsWith(b: Uint8Array, prefix: Uint8Array): boolean {
  return b.length >= prefix.length && equalBytes(b.subarray(0, prefix.length), prefix);
}

function checkLeaf(op: LeafOp | null | undefined, spec: ProofSpec): void {
  if (!op) throw new ProofError('existence proof needs a leaf op');
  const l = spec.leafSpec;
  if ((op.hash ?? 0) !== l.hash) throw new ProofError(`leaf: unexpected hash op ${op.hash}`);
  if ((op.prehashKey ?? 0) !== l.prehashKey) throw new ProofError(`leaf: unexpected prehash key ${op.prehashKey}`);
  if ((op.prehashValue ?? 0) !== l.prehashValue) throw new ProofError(`leaf: unexpected prehash value ${op.prehashValue}`);
  if ((op.length ?? 0) !== l.length) throw new ProofError(`leaf: unexpected length op ${op.length}`);
  if (!startsWith(bytesOf(op.prefix), l.prefix)) throw new ProofError('leaf: prefix does not start with the spec leaf prefix');
}

function checkInner(op: InnerOp, spec: ProofSpec): void {
  const s = spec.innerSpec;
  const prefix = bytesOf(op.prefix);
  if ((op.hash ?? 0) !== s.hash) throw new ProofError(`inner: unexpected hash op ${op.hash}`);
  if (startsWith(prefix, spec.leafSpec.prefix)) throw new ProofError('inner: prefix starts with the leaf prefix');
  if (prefix.length < s.minPrefixLength) throw new ProofError(`inner: prefix too short (${prefix.length})`);
  if (prefix.length > s.maxPrefixLength + (s.childOrder.length - 1) * s.childSize) throw new ProofError(`inner: prefix too long (${prefix.length})`);
  if (bytesOf(op.suffix).length % s.childSize !== 0) throw new ProofError('inner: suffix malformed');
}

function checkAgainstSpec(p: ExistenceProof, spec: ProofSpec): void {
  checkLeaf(p.leaf, spec);
  const path = p.path ?? [];
  if (spec.minDepth && path.length < spec.minDepth) throw new ProofError(`inner ops depth too short: ${path.length}`);
  if (path.length > (spec.maxDepth || 128)) throw new ProofError(`inner ops depth too long: ${path.length}`);
  for (const op of path) checkInner(op, spec);
}

/** The root an existence proof computes to (no spec check). */
export function existenceRoot(p: ExistenceProof): Uint8Array {
  let h = applyLeaf(p.leaf, bytesOf(p.key), bytesOf(p.value));
  for (const op of p.path ?? []) h = applyInner(op, h);
  return h;
}

function verifyExistenceOrThrow(p: ExistenceProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array, value: Uint8Array): void {
  checkAgainstSpec(p, spec);
  if (!equalBytes(key, bytesOf(p.key))) throw new ProofError("provided key doesn't match proof");
  if (!equalBytes(value, bytesOf(p.value))) throw new ProofError("provided value doesn't match proof");
  if (!equalBytes(root, existenceRoot(p))) throw new ProofError("calculated root doesn't match provided root");
}

// --- neighbours ---

function padding(spec: InnerSpec, branch: number): { minPrefix: number; maxPrefix: number; suffix: number } {
  const idx = spec.childOrder.indexOf(branch);
  if (idx < 0) throw new ProofError(`branch ${branch} not in the child order`);
  const prefix = idx * spec.childSize;
  return { minPrefix: prefix + spec.minPrefixLength, maxPrefix: prefix + spec.maxPrefixLength, suffix: (spec.childOrder.length - 1 - idx) * spec.childSize };
}

function hasPadding(op: InnerOp, pad: { minPrefix: number; maxPrefix: number; suffix: number }): boolean {
  const p = bytesOf(op.prefix).length;
  return p >= pad.minPrefix && p <= pad.maxPrefix && bytesOf(op.suffix).length === pad.suffix;
}

function orderFromPadding(spec: InnerSpec, op: InnerOp): number | undefined {
  for (let b = 0; b < spec.childOrder.length; b++) if (hasPadding(op, padding(spec, b))) return b;
  return undefined;
}

const isEmpty = (spec: InnerSpec, b: Uint8Array) => spec.emptyChild !== undefined && spec.emptyChild.length > 0 && equalBytes(b, spec.emptyChild);

function leftBranchesAreEmpty(spec: InnerSpec, op: InnerOp): boolean {
  const idx = orderFromPadding(spec, op);
  if (idx === undefined || idx === 0) return false;
  const prefix = bytesOf(op.prefix);
  const actual = prefix.length - idx * spec.childSize;
  if (actual < 0) return false;
  for (let i = 0; i < idx; i++) {
    const from = actual + spec.childOrder.indexOf(i) * spec.childSize;
    if (!isEmpty(spec, prefix.subarray(from, from + spec.childSize))) return false;
  }
  return true;
}

function rightBranchesAreEmpty(spec: InnerSpec, op: InnerOp): boolean {
  const idx = orderFromPadding(spec, op);
  if (idx === undefined) return false;
  const right = spec.childOrder.length - 1 - idx;
  if (right === 0) return false;
  const suffix = bytesOf(op.suffix);
  if (suffix.length !== right * spec.childSize) return false;
  for (let i = 0; i < right; i++) {
    const from = spec.childOrder.indexOf(i) * spec.childSize;
    if (!isEmpty(spec, suffix.subarray(from, from + spec.childSize))) return false;
  }
  return true;
}

export function isLeftMost(spec: InnerSpec, path: readonly InnerOp[]): boolean {
  const pad = padding(spec, 0);
  return path.every((op) => hasPadding(op, pad) || leftBranchesAreEmpty(spec, op));
}

export function isRightMost(spec: InnerSpec, path: readonly InnerOp[]): boolean {
  const pad = padding(spec, spec.childOrder.length - 1);
  return path.every((op) => hasPadding(op, pad) || rightBranchesAreEmpty(spec, op));
}

export function isLeftNeighbor(spec: InnerSpec, left: readonly InnerOp[], right: readonly InnerOp[]): boolean {
  let l = left.length - 1;
  let r = right.length - 1;
  // The common steps near the root are equal; the first that differ are the two sides of one node.
  while (l >= 0 && r >= 0 && equalBytes(bytesOf(left[l]!.prefix), bytesOf(right[r]!.prefix)) && equalBytes(bytesOf(left[l]!.suffix), bytesOf(right[r]!.suffix))) {
    l--;
    r--;
  }
  if (l < 0 || r < 0) return false;
  const li = orderFromPadding(spec, left[l]!);
  const ri = orderFromPadding(spec, right[r]!);
  if (li === undefined || ri === undefined || ri !== li + 1) return false;
  return isRightMost(spec, left.slice(0, l)) && isLeftMost(spec, right.slice(0, r));
}

function keyForComparison(spec: ProofSpec, key: Uint8Array): Uint8Array {
  return spec.prehashKeyBeforeComparison ? hashOrNoop(spec.leafSpec.prehashKey, key) : key;
}

function verifyNonExistenceOrThrow(p: NonExistenceProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array): void {
  if (p.left) verifyExistenceOrThrow(p.left, spec, root, bytesOf(p.left.key), bytesOf(p.left.value));
  if (p.right) verifyExistenceOrThrow(p.right, spec, root, bytesOf(p.right.key), bytesOf(p.right.value));
  if (!p.left && !p.right) throw new ProofError('both left and right proofs missing');
  const k = keyForComparison(spec, key);
  if (p.right && compareBytes(k, keyForComparison(spec, bytesOf(p.right.key))) >= 0) throw new ProofError('key is not left of right proof');
  if (p.left && compareBytes(k, keyForComparison(spec, bytesOf(p.left.key))) <= 0) throw new ProofError('key is not right of left proof');
  if (!p.left) {
    if (!isLeftMost(spec.innerSpec, p.right!.path ?? [])) throw new ProofError('left proof missing, right proof must be left-most');
  } else if (!p.right) {
    if (!isRightMost(spec.innerSpec, p.left.path ?? [])) throw new ProofError('right proof missing, left proof must be right-most');
  } else if (!isLeftNeighbor(spec.innerSpec, p.left.path ?? [], p.right.path ?? [])) {
    throw new ProofError('left and right proofs are not neighbours');
  }
}

function run(f: () => void): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Why `proof` does not prove key → value under root, or undefined when it does. */
export function checkMembership(proof: CommitmentProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array, value: Uint8Array): string | undefined {
  return run(() => {
    if (!proof.exist) throw new ProofError('not an existence proof');
    verifyExistenceOrThrow(proof.exist, spec, root, key, value);
  });
}

/** Why `proof` does not prove that key is absent under root, or undefined when it does. */
export function checkNonMembership(proof: CommitmentProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array): string | undefined {
  return run(() => {
    if (!proof.nonexist) throw new ProofError('not a non-existence proof');
    if (!equalBytes(bytesOf(proof.nonexist.key), key)) throw new ProofError("provided key doesn't match proof");
    verifyNonExistenceOrThrow(proof.nonexist, spec, root, key);
  });
}

/**
 * The root a store proof commits to: an existence proof's, or a non-existence proof's (from either
 * neighbour). A non-existence proof without neighbours is the empty tree's (32 zero bytes), which no
 * ICS-23 rule covers: checkStoreNonMembership accepts it only against that root.
 */
export function commitmentRoot(proof: CommitmentProof): Uint8Array {
  if (proof.exist) return existenceRoot(proof.exist);
  const n = proof.nonexist;
  if (!n) throw new ProofError('empty commitment proof');
  if (n.left) return existenceRoot(n.left);
  if (n.right) return existenceRoot(n.right);
  return new Uint8Array(32);
}

/** checkNonMembership, plus the empty store: no neighbours and the empty tree's root. */
export function checkStoreNonMembership(proof: CommitmentProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array): string | undefined {
  const n = proof.nonexist;
  if (n && !n.left && !n.right && equalBytes(bytesOf(n.key), key)) return root.length === 32 && root.every((b) => b === 0) ? undefined : 'no neighbours, but the store is not empty';
  return checkNonMembership(proof, spec, root, key);
}
