// The verdict cache: what it returns is what verifying returns, for valid and invalid proofs alike;
// a repeat is a hit; the map stays within its bound. Real snarkjs proofs (test/fixtures/groth16/).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { parseSnarkjsProof, parseSnarkjsVkey, verifyGroth16, vkHash, type VerifyingKey } from '../../modules/repo/math/groth16.js';
import { createCachedVerifier } from './cached_verifier.js';

const dir = new URL('../../../test/fixtures/groth16/', import.meta.url);
const vk = parseSnarkjsVkey(JSON.parse(readFileSync(new URL('vkey.json', dir), 'utf8'))) as VerifyingKey;
const fx = JSON.parse(readFileSync(new URL('proofs.json', dir), 'utf8'));
const p1 = parseSnarkjsProof(fx.proof1.proof)!;
const s1: bigint[] = fx.proof1.publicSignals.map(BigInt);
const h = vkHash(vk);

test('[zk/cache]: verdicts equal verifyGroth16, repeats hit, other signals or keys miss, size is bounded', (t) => {
  const c = createCachedVerifier(2);
  t.deepEqual(c.verify(h, vk, s1, p1), { ok: true });
  t.deepEqual(c.verify(h, vk, s1, p1), { ok: true });
  t.deepEqual(c.stats(), { hits: 1, misses: 1, size: 1 });
  const bad = [s1[0]! + 1n, s1[1]!, s1[2]!];
  t.deepEqual(c.verify(h, vk, bad, p1), verifyGroth16(vk, bad, p1));
  t.deepEqual(c.verify(h, vk, bad, p1), { ok: false, reason: 'pairing' });
  t.deepEqual(c.stats(), { hits: 2, misses: 2, size: 2 });
  // the same proof and signals under another key hash is another entry (the hash is part of the key)
  const other = new Uint8Array(32).fill(1);
  c.verify(other, vk, s1, p1);
  t.deepEqual(c.stats(), { hits: 2, misses: 3, size: 2 });
  // negative signals cannot be encoded: verified uncached, refused
  t.deepEqual(c.verify(h, vk, [-1n, 0n, 0n], p1), { ok: false, reason: 'signal_range' });
  t.is(c.stats().size, 2);
});
