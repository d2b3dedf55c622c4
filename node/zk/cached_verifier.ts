// A memo of the repo module's Groth16 verification: CheckTx verifies a seal or selection proof once and
// the block's DeliverTx of the same tx finds the verdict here, as signatures are cached. Keyed by
// sha256(vk hash ‖ public signals ‖ proof), so an entry is the value of a pure function of its key:
// a hit gives exactly what verifying again would, and replay without the cache agrees.
import { createHash } from 'node:crypto';
import { fieldsToBytes, encodeProof, verifyGroth16, type ProofVerifier, type VerifyResult } from '../../modules/repo/index.js';

export const DEFAULT_VERDICT_CACHE_SIZE = 4096;

export interface CachedVerifier {
  verify: ProofVerifier;
  stats(): { hits: number; misses: number; size: number };
}

export function createCachedVerifier(capacity = DEFAULT_VERDICT_CACHE_SIZE, inner: ProofVerifier = (_h, vk, s, p) => verifyGroth16(vk, s, p)): CachedVerifier {
  const lru = new Map<string, VerifyResult>();
  let hits = 0;
  let misses = 0;
  const verify: ProofVerifier = (vkHash, vk, signals, proof) => {
    let key: string;
    try {
      const h = createHash('sha256').update(vkHash);
      h.update(Uint8Array.of(signals.length >> 8, signals.length & 0xff));
      h.update(fieldsToBytes(signals));
      h.update(encodeProof(proof));
      key = h.digest('hex');
    } catch {
      // a value no 32-byte word holds (negative, ≥ 2^256): verification refuses it, uncached
      return inner(vkHash, vk, signals, proof);
    }
    const hit = lru.get(key);
    if (hit) {
      hits++;
      lru.delete(key);
      lru.set(key, hit);
      return hit;
    }
    misses++;
    const res = inner(vkHash, vk, signals, proof);
    lru.set(key, res);
    if (lru.size > capacity) lru.delete(lru.keys().next().value!);
    return res;
  };
  return { verify, stats: () => ({ hits, misses, size: lru.size }) };
}
