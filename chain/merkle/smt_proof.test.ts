import test from 'ava';
import { ics23, verifyMembership, verifyNonMembership } from '@confio/ics23';
import { SparseMerkleTree } from './smt.js';
import { ProvableTree } from './smt_proof.js';
import { multistoreProof } from './simple_merkle_proof.js';
import { multistoreRoot } from './simple_merkle.js';
import { checkMembership, checkNonMembership, checkStoreNonMembership, commitmentRoot, isLeftMost, isRightMost } from './ics23_verify.js';
import { innerStep, SMT_SPEC, TENDERMINT_SPEC, type CommitmentProof } from './ics23.js';
import { compareBytes } from '../codec/bytes.js';
import { sha256 } from '../crypto.js';

const enc = (s: string) => new TextEncoder().encode(s);

function entries(n: number): [Uint8Array, Uint8Array][] {
  return Array.from({ length: n }, (_, i) => [enc(`key-${i}`), enc(`value-${i}`)]);
}

function smtRoot(es: [Uint8Array, Uint8Array][]): Uint8Array {
  const t = new SparseMerkleTree();
  for (const [k, v] of es) t.set(k, v);
  return t.rootHash();
}

/** The library's view of a proof, after a round trip through the protobuf encoding CometBFT carries. */
function viaProto(p: CommitmentProof): ics23.ICommitmentProof {
  return ics23.CommitmentProof.decode(ics23.CommitmentProof.encode(p as ics23.ICommitmentProof).finish());
}

/** Whether 0.6.8's non-existence rules can judge this proof: raw keys in hash order, no empty-sibling step. */
function libraryJudges(p: CommitmentProof, key: Uint8Array): boolean {
  const n = p.nonexist!;
  const raw = (a: Uint8Array, b: Uint8Array) => compareBytes(a, b) < 0;
  if (n.left && !raw(n.left.key, key)) return false;
  if (n.right && !raw(key, n.right.key)) return false;
  const noEmpty = { ...SMT_SPEC.innerSpec, emptyChild: undefined };
  if (!n.left) return isLeftMost(noEmpty, n.right!.path);
  if (!n.right) return isRightMost(noEmpty, n.left.path);
  return true;
}

test('the tree rebuilt from entries has the sparse Merkle tree root, for 0, 1, 2 and many entries', (t) => {
  for (const n of [0, 1, 2, 3, 17, 300]) {
    const es = entries(n);
    t.deepEqual(new ProvableTree(es).root, smtRoot(es), `n=${n}`);
  }
});

test('existence proofs of every key verify with @confio/ics23 and with our verifier; a changed value, key or root fails both', (t) => {
  const es = entries(64);
  const tree = new ProvableTree(es);
  for (const [k, v] of es) {
    const p = tree.prove(k);
    t.truthy(p.exist);
    t.true(verifyMembership(viaProto(p), SMT_SPEC as ics23.IProofSpec, tree.root, k, v));
    t.is(checkMembership(p, SMT_SPEC, tree.root, k, v), undefined);
    t.false(verifyMembership(viaProto(p), SMT_SPEC as ics23.IProofSpec, tree.root, k, enc('tampered')));
    t.is(checkMembership(p, SMT_SPEC, tree.root, k, enc('tampered')), "provided value doesn't match proof");
    const other = new Uint8Array(tree.root);
    other[0]! ^= 1;
    t.false(verifyMembership(viaProto(p), SMT_SPEC as ics23.IProofSpec, other, k, v));
    t.is(checkMembership(p, SMT_SPEC, other, k, v), "calculated root doesn't match provided root");
    const forged = { exist: { ...p.exist!, value: enc('tampered') } };
    t.is(checkMembership(forged, SMT_SPEC, tree.root, k, enc('tampered')), "calculated root doesn't match provided root");
  }
});

test('non-existence proofs verify with our verifier; where @confio/ics23 0.6.8 can judge one it agrees', (t) => {
  const es = entries(64);
  const tree = new ProvableTree(es);
  let judged = 0;
  let beyond = 0;
  for (let i = 0; i < 300; i++) {
    const k = enc(`missing-${i}`);
    const p = tree.prove(k);
    t.truthy(p.nonexist);
    t.is(checkNonMembership(p, SMT_SPEC, tree.root, k), undefined);
    if (libraryJudges(p, k)) {
      judged++;
      t.true(verifyNonMembership(viaProto(p), SMT_SPEC as ics23.IProofSpec, tree.root, k));
    } else beyond++;
    // A present key's neighbours do not prove it absent. (0.6.8 compares raw keys, not sha256(key), so
    // it may accept this: its verifyNonMembership is not used for SMT proofs.)
    const present = es[i % es.length]![0];
    t.not(checkNonMembership({ nonexist: { ...p.nonexist!, key: present } }, SMT_SPEC, tree.root, present), undefined);
    // Dropping a neighbour that exists is caught by adjacency.
    const n = p.nonexist!;
    if (n.left && n.right) t.not(checkNonMembership({ nonexist: { key: k, left: n.left } }, SMT_SPEC, tree.root, k), undefined);
  }
  t.true(judged > 0, 'some proofs are within the library rules');
  t.true(beyond > 0, 'some proofs need the empty-sibling rules');
});

test('two leaves that are not neighbours do not prove a key absent', (t) => {
  const es = entries(40);
  const tree = new ProvableTree(es);
  const sorted = es.map(([k]) => k).sort((a, b) => compareBytes(sha256(a), sha256(b)));
  const k = enc('absent');
  const p = tree.prove(k).nonexist!;
  // Widen the gap: the leaf two to the left of the right neighbour.
  const ri = sorted.findIndex((x) => p.right && compareBytes(x, p.right.key) === 0);
  if (ri >= 2) {
    const wider = tree.prove(sorted[ri - 2]!).exist!;
    t.not(checkNonMembership({ nonexist: { key: k, left: wider, right: p.right } }, SMT_SPEC, tree.root, k), undefined);
  } else t.pass();
});

test('an empty store proves any key absent only against the empty root', (t) => {
  const tree = new ProvableTree([]);
  const k = enc('k');
  const p = tree.prove(k);
  t.deepEqual(commitmentRoot(p), new Uint8Array(32));
  t.is(checkStoreNonMembership(p, SMT_SPEC, new Uint8Array(32), k), undefined);
  t.is(checkStoreNonMembership(p, SMT_SPEC, new Uint8Array(32).fill(1), k), 'no neighbours, but the store is not empty');
});

test('the multistore proof of each store verifies against the multistore root with @confio/ics23 and ours', (t) => {
  for (const n of [1, 2, 3, 5, 7]) {
    const roots = Array.from({ length: n }, (_, i) => ({ name: `store${String.fromCharCode(97 + ((i * 3) % 26))}${i}`, root: sha256(enc(`r${i}`)) }));
    const app = multistoreRoot(roots);
    for (const r of roots) {
      const p = multistoreProof(roots, r.name);
      t.true(verifyMembership(viaProto(p), TENDERMINT_SPEC as ics23.IProofSpec, app, enc(r.name), r.root));
      t.is(checkMembership(p, TENDERMINT_SPEC, app, enc(r.name), r.root), undefined);
      t.is(checkMembership(p, TENDERMINT_SPEC, app, enc(r.name), sha256(r.root)), "provided value doesn't match proof");
    }
  }
});

test("the live tree's sibling path of a present key is an existence proof of its root; an absent key has none", (t) => {
  const es = entries(200);
  const tree = new SparseMerkleTree();
  for (const [k, v] of es) tree.set(k, v);
  tree.delete(es[7]![0]);
  const root = tree.rootHash();
  for (const [k, v] of es.slice(0, 40)) {
    const path = tree.siblings(k);
    if (k === es[7]![0]) {
      t.is(path, undefined);
      continue;
    }
    const steps = path!.hashes.map((sib, i) => innerStep(sib, path!.bits[i] === 0)).reverse();
    const proof = { exist: { key: k, value: v, leaf: SMT_SPEC.leafSpec, path: steps } };
    t.is(checkMembership(proof, SMT_SPEC, root, k, v), undefined);
    t.true(verifyMembership(viaProto(proof), SMT_SPEC as ics23.IProofSpec, root, k, v));
    // The same proof as the rebuilt tree gives.
    t.deepEqual(viaProto(proof), viaProto(new ProvableTree(es.filter((_, i) => i !== 7)).prove(k)));
  }
  t.is(tree.siblings(enc('never set')), undefined);
});
