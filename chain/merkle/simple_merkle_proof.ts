// The multistore proof: a store's (name, root) leaf in the RFC-6962 tree of multistoreRoot
// (simple_merkle.ts), as an ICS-23 existence proof in the Tendermint spec (what the SDK's root
// multistore returns as its `ics23:simple` op).
import { sha256 } from '../crypto.js';
import { encodeKVPair, hashFromByteSlices } from './simple_merkle.js';
import { innerStep, TENDERMINT_SPEC, type CommitmentProof, type InnerOp } from './ics23.js';

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Steps from leaf `index` of `items` up to the root (CometBFT's merkle.ProofsFromByteSlices aunts). */
function stepsOf(items: Uint8Array[], index: number): InnerOp[] {
  if (items.length <= 1) return [];
  const k = splitPoint(items.length);
  if (index < k) return [...stepsOf(items.slice(0, k), index), innerStep(hashFromByteSlices(items.slice(k)), true)];
  return [...stepsOf(items.slice(k), index - k), innerStep(hashFromByteSlices(items.slice(0, k)), false)];
}

/** The existence proof of store `name` with root `roots[name]` in the multistore over `roots`. */
export function multistoreProof(roots: { name: string; root: Uint8Array }[], name: string): CommitmentProof {
  const sorted = [...roots].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const index = sorted.findIndex((r) => r.name === name);
  if (index < 0) throw new Error(`no store ${name}`);
  const leaves = sorted.map((r) => encodeKVPair(new TextEncoder().encode(r.name), sha256(r.root)));
  return { exist: { key: new TextEncoder().encode(name), value: sorted[index]!.root, leaf: TENDERMINT_SPEC.leafSpec, path: stepsOf(leaves, index) } };
}
