// Real Groth16 proofs with the committed keys: proof A for an mm and an rm report, proof B for a
// trade, a tie and NO_TRADE; snarkjs verifies them through the 256-byte wire form, and rejects
// them under a changed public signal or the other circuit's key.
import test from 'ava';
import { createHash } from 'node:crypto';
import { PROOF_BYTES, decodeProof, encodeProof, sealPublicSignals } from '../../modules/repo/math/sealed.js';
import { generateAgentKey, openSealed, openSealedBytes, proveSelection, releaseZk, sealReport, sealedToBytes, verifyOffChain } from '../../zk/index.js';
import { BOUNDS, pts } from './helpers.js';

const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const D4 = pts([[100, 10], [150, 20], [200, 30], [250, 40], [300, 50]]);
const agent = generateAgentKey();

test.after.always(releaseZk);

test.serial('proof A: seal, verify, open; a changed signal or the wrong key fails', async (t) => {
  const mm = await sealReport({ roundId: 3n, role: 1n, ...BOUNDS, hurdleBps: 20n, points: D, agentPub: agent.pub });
  const rm = await sealReport({ roundId: 3n, role: 2n, ...BOUNDS, hurdleBps: 0n, points: S, agentPub: agent.pub });
  for (const s of [mm, rm]) {
    t.is(s.proof.length, PROOF_BYTES);
    const p = decodeProof(s.proof)!;
    t.deepEqual(encodeProof(p), s.proof);
    t.true(await verifyOffChain('seal', s.publicSignals, p));
    t.false(await verifyOffChain('seal', s.publicSignals.map((x, i) => (i === 2 ? x + 1n : x)), p), 'max_qty changed');
    t.false(await verifyOffChain('seal', s.publicSignals.map((x, i) => (i === 20 ? x + 1n : x)), p), 'a ciphertext word changed');
    t.false(await verifyOffChain('select', s.publicSignals.slice(0, 7), p), 'under the other circuit');
  }
  t.deepEqual(mm.publicSignals, sealPublicSignals({ roundId: 3n, role: 1n, ...BOUNDS, commitment: mm.commitment, agentPub: agent.pub, ephPub: mm.ephPub, ciphertext: mm.ciphertext }));
  t.false(await verifyOffChain('seal', rm.publicSignals, decodeProof(mm.proof)!), "mm's proof for rm's signals");
  const openedMm = openSealed(agent.sk, 3n, 1n, mm.ciphertext, mm.ephPub, mm.commitment)!;
  const openedRm = openSealed(agent.sk, 3n, 2n, rm.ciphertext, rm.ephPub, rm.commitment)!;
  t.deepEqual(openedMm.report, { hurdleBps: 20n, points: D });
  t.deepEqual(openedRm.report, { hurdleBps: 0n, points: S });
  t.is(openSealed(agent.sk, 3n, 1n, mm.ciphertext, mm.ephPub, rm.commitment), null, 'plaintext does not open another commitment');
  // The on-chain byte forms.
  const b = sealedToBytes(mm);
  t.deepEqual([b.commitment.length, b.ciphertext.length, b.ephPub.length, b.proof.length], [32, 1184, 64, 256]);
  t.is(Buffer.from(b.ciphertextHash).toString('hex'), createHash('sha256').update(b.ciphertext).digest('hex'));
  t.deepEqual(openSealedBytes(agent.sk, 3n, 1n, b.ciphertext, b.ephPub, b.commitment), openedMm);
  t.is(openSealedBytes(agent.sk, 3n, 1n, b.ciphertext.subarray(32), b.ephPub, b.commitment), null, 'short ciphertext');
  t.is(openSealedBytes(agent.sk, 3n, 1n, b.ciphertext, new Uint8Array(64).fill(255), b.commitment), null, 'eph_pub not below r');
  t.is(openSealedBytes(agent.sk, 3n, 1n, b.ciphertext, b.ephPub, sealedToBytes(rm).commitment), null, 'another commitment');

  // The agent proves the selection over what it opened, against the sealed commitments.
  const sel = await proveSelection({ roundId: 3n, mm: openedMm, rm: openedRm });
  t.deepEqual(sel.publicSignals, [3n, mm.commitment, rm.commitment, 1n, 20n, 140n, 450n]);
  t.true(await verifyOffChain('select', sel.publicSignals, decodeProof(sel.proof)!));
});

test.serial('proof B: a tie and NO_TRADE prove and verify; another outcome does not verify', async (t) => {
  const open = (points: typeof D, h: bigint, salt: bigint) => ({ report: { hurdleBps: h, points }, salt });
  const tie = await proveSelection({ roundId: 4n, mm: open(D4, 0n, 11n), rm: open(S, 0n, 12n) });
  t.deepEqual(tie.trade && [tie.trade.q, tie.trade.rMmBps, tie.trade.rRmBps], [30n, 200n, 400n]);
  const p = decodeProof(tie.proof)!;
  t.true(await verifyOffChain('select', tie.publicSignals, p));
  t.false(await verifyOffChain('select', [...tie.publicSignals.slice(0, 4), 20n, 150n, 450n], p), 'the smaller Q of the tie');
  const none = await proveSelection({ roundId: 4n, mm: open(D, 0n, 11n), rm: open(S, 450n, 12n) });
  t.is(none.trade, null);
  t.deepEqual(none.publicSignals.slice(3), [0n, 0n, 0n, 0n]);
  t.true(await verifyOffChain('select', none.publicSignals, decodeProof(none.proof)!));
  t.false(await verifyOffChain('select', none.publicSignals.map((x, i) => (i === 0 ? 5n : x)), decodeProof(none.proof)!), 'another round');
});
