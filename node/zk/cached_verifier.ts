// A memo of the repo module's Groth16 verification: CheckTx verifies a seal or selection proof once and
// the block's DeliverTx of the same tx finds the verdict here, as signatures are cached. Keyed by
// sha256(vk hash ‖ public signals ‖ proof), so an entry is the value of a pure function of its key:
// a hit gives exactly what verifying again would, and replay without the cache agrees.
//
// CheckTx's pairings are also bounded per height: a tx refused at CheckTx pays no fee, so without a
// bound a funded dealer of an open sealed round could make the node pair forged proofs for free. Past
// the budget, CheckTx admits the tx unverified; the block verifies it and a failure costs gas and fee.
import { createHash } from 'node:crypto';
import { fieldsToBytes, encodeProof, verifyGroth16, type CheckTxVerifier, type ProofVerifier, type VerifyResult } from '../../modules/repo/index.js';

export const DEFAULT_VERDICT_CACHE_SIZE = 4096;
/** Pairing checks CheckTx may make per height (config zk.checktx_verify_budget); cached verdicts are free. */
export const DEFAULT_CHECKTX_VERIFY_BUDGET = 4;

export interface CachedVerifier {
  verify: ProofVerifier;
  checkTx: CheckTxVerifier;
  stats(): { hits: number; misses: number; size: number; checkTxSkipped: number };
}

export function createCachedVerifier(
  capacity = DEFAULT_VERDICT_CACHE_SIZE,
  inner: ProofVerifier = (_h, vk, s, p) => verifyGroth16(vk, s, p),
  checkTxBudget = DEFAULT_CHECKTX_VERIFY_BUDGET,
): CachedVerifier {
  const lru = new Map<string, VerifyResult>();
  let hits = 0;
  let misses = 0;
  let checkTxSkipped = 0;
  let budgetHeight = -1;
  let budgetUsed = 0;
  const keyOf: (...a: Parameters<ProofVerifier>) => string | null = (vkHash, _vk, signals, proof) => {
    try {
      const h = createHash('sha256').update(vkHash);
      h.update(Uint8Array.of(signals.length >> 8, signals.length & 0xff));
      h.update(fieldsToBytes(signals));
      h.update(encodeProof(proof));
      return h.digest('hex');
    } catch {
      // a value no 32-byte word holds (negative, ≥ 2^256): verification refuses it, uncached
      return null;
    }
  };
  const lookup = (key: string): VerifyResult | undefined => {
    const hit = lru.get(key);
    if (hit) {
      hits++;
      lru.delete(key);
      lru.set(key, hit);
    }
    return hit;
  };
  const compute: ProofVerifier = (vkHash, vk, signals, proof) => {
    const key = keyOf(vkHash, vk, signals, proof);
    if (key === null) return inner(vkHash, vk, signals, proof);
    const hit = lookup(key);
    if (hit) return hit;
    misses++;
    const res = inner(vkHash, vk, signals, proof);
    lru.set(key, res);
    if (lru.size > capacity) lru.delete(lru.keys().next().value!);
    return res;
  };
  const checkTx: CheckTxVerifier = (height, vkHash, vk, signals, proof) => {
    const key = keyOf(vkHash, vk, signals, proof);
    const hit = key === null ? undefined : lookup(key);
    if (hit) return hit;
    if (height !== budgetHeight) {
      budgetHeight = height;
      budgetUsed = 0;
    }
    if (budgetUsed >= checkTxBudget) {
      checkTxSkipped++;
      return null;
    }
    budgetUsed++;
    return compute(vkHash, vk, signals, proof);
  };
  return { verify: compute, checkTx, stats: () => ({ hits, misses, size: lru.size, checkTxSkipped }) };
}
