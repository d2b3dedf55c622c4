// ICS-23 proof shapes (the fields of cosmos.ics23.v1 proofs.proto, structurally what @confio/ics23's
// generated `ics23.I…` interfaces accept) and the two proof specs of this chain's commitments:
// SMT_SPEC for a store's sparse Merkle tree (merkle/smt.ts) and TENDERMINT_SPEC for the multistore
// (merkle/simple_merkle.ts). Enum values are those of proofs.proto.

export const HashOp = { NO_HASH: 0, SHA256: 1 } as const;
export const LengthOp = { NO_PREFIX: 0, VAR_PROTO: 1 } as const;

export interface LeafOp {
  hash: number;
  prehashKey: number;
  prehashValue: number;
  length: number;
  prefix: Uint8Array;
}

export interface InnerOp {
  hash: number;
  prefix: Uint8Array;
  suffix: Uint8Array;
}

export interface ExistenceProof {
  key: Uint8Array;
  value: Uint8Array;
  leaf: LeafOp;
  /** From the leaf up to the root. */
  path: InnerOp[];
}

export interface NonExistenceProof {
  key: Uint8Array;
  left?: ExistenceProof;
  right?: ExistenceProof;
}

export interface CommitmentProof {
  exist?: ExistenceProof;
  nonexist?: NonExistenceProof;
}

export interface InnerSpec {
  childOrder: number[];
  childSize: number;
  minPrefixLength: number;
  maxPrefixLength: number;
  emptyChild?: Uint8Array;
  hash: number;
}

export interface ProofSpec {
  leafSpec: LeafOp;
  innerSpec: InnerSpec;
  maxDepth?: number;
  minDepth?: number;
  /** Neighbours are ordered by the prehashed key (the SMT orders leaves by sha256(key)). */
  prehashKeyBeforeComparison?: boolean;
}

/**
 * A store's sparse Merkle tree: leaf = sha256(0x00 ‖ sha256(key) ‖ sha256(value)), inner =
 * sha256(0x01 ‖ left ‖ right), an empty child is 32 zero bytes, leaves ordered by sha256(key).
 * ICS-23's SmtSpec (cosmos/ics23 go/proof.go); @confio/ics23 0.6.8 ships an older smtSpec whose
 * leaf does not prehash the key, so this one is passed to it explicitly.
 */
export const SMT_SPEC: ProofSpec = {
  leafSpec: { hash: HashOp.SHA256, prehashKey: HashOp.SHA256, prehashValue: HashOp.SHA256, length: LengthOp.NO_PREFIX, prefix: Uint8Array.of(0) },
  innerSpec: { childOrder: [0, 1], childSize: 32, minPrefixLength: 1, maxPrefixLength: 1, emptyChild: new Uint8Array(32), hash: HashOp.SHA256 },
  maxDepth: 256,
  prehashKeyBeforeComparison: true,
};

/** CometBFT's simple Merkle tree (RFC-6962) over KVPair leaves: the multistore, as the SDK's. */
export const TENDERMINT_SPEC: ProofSpec = {
  leafSpec: { hash: HashOp.SHA256, prehashKey: HashOp.NO_HASH, prehashValue: HashOp.SHA256, length: LengthOp.VAR_PROTO, prefix: Uint8Array.of(0) },
  innerSpec: { childOrder: [0, 1], childSize: 32, minPrefixLength: 1, maxPrefixLength: 1, hash: HashOp.SHA256 },
};

/** proofOps types, as the SDK's storetypes.ProofOpSMTCommitment / ProofOpSimpleMerkleCommitment. */
export const PROOF_OP_SMT = 'ics23:smt';
export const PROOF_OP_SIMPLE = 'ics23:simple';

/** An inner op of a binary tree: the child on the left (sibling right) or on the right (sibling left). */
export function innerStep(sibling: Uint8Array, childIsLeft: boolean): InnerOp {
  if (childIsLeft) return { hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: sibling };
  const prefix = new Uint8Array(33);
  prefix[0] = 1;
  prefix.set(sibling, 1);
  return { hash: HashOp.SHA256, prefix, suffix: new Uint8Array() };
}
