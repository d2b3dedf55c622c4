import test from 'ava';
import fc from 'fast-check';
import nacl from 'tweetnacl';
import { signVote, verifyVote, voteSignBytes } from './header.js';

test('[node/header]: vote signatures are the RFC 8032 signatures tweetnacl makes, and verify', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 200 }), (seed, msg) => {
      const kp = nacl.sign.keyPair.fromSeed(seed);
      const key = { address: '', pubKey: kp.publicKey, privKey: kp.secretKey };
      const sig = signVote(key, msg);
      t.deepEqual(sig, nacl.sign.detached(msg, kp.secretKey));
      t.true(verifyVote(kp.publicKey, msg, sig));
      const bad = sig.slice();
      bad[0]! ^= 1;
      t.false(verifyVote(kp.publicKey, msg, bad));
    }),
    { numRuns: 50 },
  );
  t.false(verifyVote(new Uint8Array(31), voteSignBytes('c', 1, '00', 't'), new Uint8Array(64)));
});
