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
    for (const [k, v] of writes) {
      const tree = this.treeOf(k);
      const local = fromBinaryString(k.slice(1));
      if (v === null) {
        this.deleteRaw(k);
        tree.delete(local);
      } else {
        this.setRaw(k, v);
        tree.set(local, v);
      }
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

  storeRoots(): { name: string; byte: number; root: Uint8Array }[] {
    return [...this.names.entries()]
      .map(([byte, name]) => ({ name, byte, root: this.trees.get(byte)?.rootHash() ?? EMPTY_HASH }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  appHash(): Uint8Array {
    return multistoreRoot(this.storeRoots());
  }
}
