// Agent keys: generation, the 64-byte public key and JSON key file, ECDH symmetry, and rejection
// of malformed or unsafe keys (off the curve, out of the field, the identity, a small-order point).
import test from 'ava';
import { Base8, inCurve, subOrder } from '@zk-kit/baby-jubjub';
import { FIELD_R, fieldsToBytes } from '../../modules/repo/math/sealed.js';
import { agentKeyFromJson, agentKeyToJson, decodePublicKey, decodeSecretKey, encodePublicKey, encodeSecretKey, generateAgentKey, isValidPublicKey, publicKeyOf } from '../../zk/index.js';
import { sharedKey } from '../../zk/keys.js';

test('keys round-trip through bytes and JSON; ECDH is symmetric', (t) => {
  const a = generateAgentKey();
  const b = generateAgentKey();
  t.not(a.sk, b.sk);
  t.true(a.sk > 0n && a.sk < subOrder);
  t.deepEqual(publicKeyOf(a.sk), a.pub);
  t.is(encodePublicKey(a.pub).length, 64);
  t.deepEqual(decodePublicKey(encodePublicKey(a.pub)), a.pub);
  t.is(decodeSecretKey(encodeSecretKey(a.sk)), a.sk);
  t.deepEqual(agentKeyFromJson(agentKeyToJson(a)), a);
  t.deepEqual(sharedKey(a.sk, b.pub), sharedKey(b.sk, a.pub));
  t.notDeepEqual(sharedKey(a.sk, b.pub), sharedKey(a.sk, a.pub));
});

test('malformed keys are rejected', (t) => {
  const a = generateAgentKey();
  t.is(decodePublicKey(new Uint8Array(63)), null);
  t.is(decodePublicKey(fieldsToBytes([a.pub[0], a.pub[1] + 1n])), null, 'off the curve');
  t.is(decodePublicKey(fieldsToBytes([0n, 1n])), null, 'the identity');
  // (0, -1) is on the curve with order 2: not in the prime-order subgroup.
  t.true(inCurve([0n, FIELD_R - 1n]));
  t.false(isValidPublicKey([0n, FIELD_R - 1n]), 'order-2 point');
  t.is(decodePublicKey(fieldsToBytes([0n, FIELD_R - 1n])), null);
  // Base8 itself is a valid key (sk = 1).
  t.true(isValidPublicKey([Base8[0], Base8[1]]));
  t.is(decodePublicKey(fieldsToBytes([FIELD_R, 1n]).slice(0, 64)), null, 'coordinate not below r');
  t.is(decodeSecretKey(encodeSecretKey(0n)), null);
  t.is(decodeSecretKey(encodeSecretKey(subOrder)), null);
  t.throws(() => publicKeyOf(0n));
  t.throws(() => agentKeyFromJson('{"type":"babyjubjub","sk":"00","pub":"00"}'), { message: /secret/ });
  const other = generateAgentKey();
  const forged = JSON.stringify({ type: 'babyjubjub', sk: Buffer.from(encodeSecretKey(a.sk)).toString('hex'), pub: Buffer.from(encodePublicKey(other.pub)).toString('hex') });
  t.throws(() => agentKeyFromJson(forged), { message: /does not match/ });
});

