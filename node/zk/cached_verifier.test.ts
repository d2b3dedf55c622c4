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
  t.deepEqual(c.stats(), { hits: 1, misses: 1, size: 1, checkTxSkipped: 0 });
  const bad = [s1[0]! + 1n, s1[1]!, s1[2]!];
  t.deepEqual(c.verify(h, vk, bad, p1), verifyGroth16(vk, bad, p1));
  t.deepEqual(c.verify(h, vk, bad, p1), { ok: false, reason: 'pairing' });
  t.deepEqual(c.stats(), { hits: 2, misses: 2, size: 2, checkTxSkipped: 0 });
  // the same proof and signals under another key hash is another entry (the hash is part of the key)
  const other = new Uint8Array(32).fill(1);
  c.verify(other, vk, s1, p1);
  t.deepEqual(c.stats(), { hits: 2, misses: 3, size: 2, checkTxSkipped: 0 });
  // negative signals cannot be encoded: verified uncached, refused
  t.deepEqual(c.verify(h, vk, [-1n, 0n, 0n], p1), { ok: false, reason: 'signal_range' });
  t.is(c.stats().size, 2);
});

test('[zk/cache]: CheckTx verifies at most its budget of uncached proofs per height; cached verdicts are free; a new height refills it', (t) => {
  let pairings = 0;
  const c = createCachedVerifier(16, (_h, k, s, p) => (pairings++, verifyGroth16(k, s, p)), 2);
  const bad = (i: bigint) => [s1[0]! + i, s1[1]!, s1[2]!];
  t.deepEqual(c.checkTx(7, h, vk, s1, p1), { ok: true });
  t.deepEqual(c.checkTx(7, h, vk, bad(1n), p1), { ok: false, reason: 'pairing' });
  t.is(c.checkTx(7, h, vk, bad(2n), p1), null, 'budget used up: not verified');
  t.deepEqual(c.checkTx(7, h, vk, s1, p1), { ok: true }, 'a cached verdict costs no budget');
  t.deepEqual(c.checkTx(7, h, vk, bad(1n), p1), { ok: false, reason: 'pairing' });
  t.is(pairings, 2);
  t.is(c.stats().checkTxSkipped, 1);
  // the block's verification is never bounded
  t.deepEqual(c.verify(h, vk, bad(2n), p1), { ok: false, reason: 'pairing' });
  t.deepEqual(c.checkTx(7, h, vk, bad(2n), p1), { ok: false, reason: 'pairing' }, 'now cached');
  t.is(c.checkTx(7, h, vk, bad(3n), p1), null);
  t.deepEqual(c.checkTx(8, h, vk, bad(3n), p1), { ok: false, reason: 'pairing' }, 'next height, fresh budget');
  t.is(pairings, 4);
  // budget 0: CheckTx never pairs
  const z = createCachedVerifier(16, undefined, 0);
  t.is(z.checkTx(1, h, vk, s1, p1), null);
});
