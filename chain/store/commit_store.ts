// Committed state: every store's flat keys in one sorted MemoryStore (first key byte = store byte),
// plus one sparse Merkle tree per store. The app hash is the multistore root over the store roots.
import { fromBinaryString } from '../codec/bytes.js';
import { multistoreRoot } from '../merkle/simple_merkle.js';
import { EMPTY_HASH, SparseMerkleTree } from '../merkle/smt.js';
import { MemoryStore } from './memory_store.js';

export interface StoreName {
  name: string;
  byte: number;
}

export type WriteSet = [string, Uint8Array | null][];

export class CommitStore extends MemoryStore {
  private readonly trees = new Map<number, SparseMerkleTree>();
  private readonly names = new Map<number, string>();

  constructor(stores: StoreName[]) {
    super();
    for (const s of stores) {
      if (this.names.has(s.byte)) throw new Error(`store byte ${s.byte} used twice`);
      this.names.set(s.byte, s.name);
      this.trees.set(s.byte, new SparseMerkleTree());
    }
  }

  private treeOf(key: string): SparseMerkleTree {
    const t = this.trees.get(key.charCodeAt(0));
    if (!t) throw new Error(`write to unregistered store byte ${key.charCodeAt(0)}`);
    return t;
  }

  /** Applies a sorted write set to the flat state and the trees. */
  apply(writes: WriteSet): void {
    this.stage(writes);
    this.commitStaged(writes);
  }

  /**
   * Applies a write set to the trees only, so appHash() and storeRoots() are those of the candidate
   * state while every read of the flat state (queries, CheckTx, the next block's reads) still sees the
   * committed one. Either commitStaged (the candidate becomes the committed state) or discardStaged
   * (the trees go back) must follow with the same write set before the next stage.
   */
  stage(writes: WriteSet): void {
    for (const [k, v] of writes) {
      const tree = this.treeOf(k);
      const local = fromBinaryString(k.slice(1));
      if (v === null) tree.delete(local);
      else tree.set(local, v);
    }
  }

  /** Writes a staged write set into the flat state. */
  commitStaged(writes: WriteSet): void {
    for (const [k, v] of writes) {
      if (v === null) this.deleteRaw(k);
      else this.setRaw(k, v);
    }
  }

  /**
   * Puts the trees back to the flat state for every key of a staged write set: a sparse Merkle tree's
   * root depends on its contents only, so the committed roots come back exactly.
   */
  discardStaged(writes: WriteSet): void {
    for (const [k] of writes) {
      const tree = this.treeOf(k);
      const local = fromBinaryString(k.slice(1));
      const committed = this.getRaw(k);
      if (committed === undefined) tree.delete(local);
      else tree.set(local, committed);
    }
  }

  /** Loads raw state (used at node start): writes flat values and rebuilds the trees. */
  load(entries: Iterable<[string, Uint8Array]>): void {
    for (const [k, v] of entries) {
      this.setRaw(k, v);
      this.treeOf(k).set(fromBinaryString(k.slice(1)), v);
    }
  }

  /**
   * Rebuilds every tree from the flat state, after writes made directly with set/setRaw (genesis).
   * Throws if the flat state holds a key of an unregistered store.
   */
  rebuildTrees(): void {
    for (const byte of this.trees.keys()) this.trees.set(byte, new SparseMerkleTree());
    for (const [k, v] of this.iterateRaw('', undefined, false)) this.treeOf(k).set(fromBinaryString(k.slice(1)), v);
  }

  /** A key's path in its store's tree as it stands (with any staged writes): merkle/smt.ts siblings. */
  treePath(byte: number, key: Uint8Array): { bits: number[]; hashes: Uint8Array[] } | undefined {
    return this.trees.get(byte)?.siblings(key);
  }

  storeRoots(): { name: string; byte: number; root: Uint8Array }[] {
    return [...this.names.entries()]
      .map(([byte, name]) => ({ name, byte, root: this.trees.get(byte)?.rootHash() ?? EMPTY_HASH }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  appHash(): Uint8Array {
    return multistoreRoot(this.storeRoots());
  }
}
