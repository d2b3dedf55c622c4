// Verifies an abci_query store proof (proofOps of /store/<name>/key) against an app hash: the store op
// (ics23:smt) proves the key's value, or its absence, under a store root; the multistore op
// (ics23:simple) proves that root under the app hash. Existence proofs are checked by @confio/ics23
// and by chain/merkle/ics23_verify.ts, which must agree; non-existence by the latter only (0.6.8
// compares raw keys where the SMT orders them by sha256(key), and predates empty-sibling rules).
// cosmjs's QueryClient.queryStoreVerified (up to 0.32; removed since) cannot be used: it requires an
// `ics23:iavl` store op checked against ICS-23's IAVL spec.
import { ics23, verifyMembership } from '@confio/ics23';
import { checkMembership, checkStoreNonMembership, commitmentRoot } from '../chain/merkle/ics23_verify.js';
import { PROOF_OP_SIMPLE, PROOF_OP_SMT, SMT_SPEC, TENDERMINT_SPEC, type CommitmentProof, type ProofSpec } from '../chain/merkle/ics23.js';
import { equalBytes } from '../chain/codec/bytes.js';

export interface ProofOpBytes {
  type: string;
  key: Uint8Array;
  data: Uint8Array;
}

/** CometBFT's JSON proofOps ({ops: [{type, key, data}]}, base64) as bytes. */
export function proofOpsFromJson(j: { ops?: { type: string; key: string; data: string }[] } | null | undefined): ProofOpBytes[] {
  return (j?.ops ?? []).map((o) => ({ type: o.type, key: new Uint8Array(Buffer.from(o.key ?? '', 'base64')), data: new Uint8Array(Buffer.from(o.data ?? '', 'base64')) }));
}

function decode(op: ProofOpBytes): CommitmentProof {
  return ics23.CommitmentProof.decode(op.data) as unknown as CommitmentProof;
}

function membership(p: CommitmentProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array, value: Uint8Array): string | undefined {
  const ours = checkMembership(p, spec, root, key, value);
  const lib = verifyMembership(p as ics23.ICommitmentProof, spec as ics23.IProofSpec, root, key, value);
  if ((ours === undefined) !== lib) return `the verifiers disagree (@confio/ics23: ${lib}, ours: ${ours ?? 'valid'})`;
  return ours;
}

/**
 * Why the proof does not show `store`/`key` → `value` (undefined or empty: absent) under `appHash`,
 * or undefined when it does.
 */
export function checkStoreProof(ops: ProofOpBytes[], appHash: Uint8Array, store: string, key: Uint8Array, value: Uint8Array | undefined): string | undefined {
  if (ops.length !== 2 || ops[0]!.type !== PROOF_OP_SMT || ops[1]!.type !== PROOF_OP_SIMPLE) return `expected proof ops [${PROOF_OP_SMT}, ${PROOF_OP_SIMPLE}], got [${ops.map((o) => o.type).join(', ')}]`;
  if (!equalBytes(ops[0]!.key, key)) return 'the store proof is for another key';
  if (!equalBytes(ops[1]!.key, new TextEncoder().encode(store))) return 'the multistore proof is for another store';
  let storeProof: CommitmentProof;
  let multiProof: CommitmentProof;
  let root: Uint8Array;
  try {
    storeProof = decode(ops[0]!);
    multiProof = decode(ops[1]!);
    root = commitmentRoot(storeProof);
  } catch (e) {
    return `malformed proof: ${(e as Error).message}`;
  }
  if (storeProof.exist && !(value && value.length > 0)) return 'store proof: the key is present with an empty value, which an ICS-23 leaf cannot hold';
  const inStore = value && value.length > 0 ? membership(storeProof, SMT_SPEC, root, key, value) : checkStoreNonMembership(storeProof, SMT_SPEC, root, key);
  if (inStore) return `store proof: ${inStore}`;
  const inApp = membership(multiProof, TENDERMINT_SPEC, appHash, new TextEncoder().encode(store), root);
  return inApp && `multistore proof: ${inApp}`;
}
