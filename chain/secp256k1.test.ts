import test from 'ava';
import fc from 'fast-check';
import { Secp256k1, sha256 as cosmjsSha256 } from '@cosmjs/crypto';
import {
  isValidCompressedPubkey,
  isValidCompressedPubkeyLibsecp256k1,
  isValidCompressedPubkeyOpenssl,
  SECP256K1_BACKEND,
  verifySecp256k1,
  verifySecp256k1Libsecp256k1,
  verifySecp256k1Openssl,
} from './secp256k1.js';
import { fromHex } from './codec/bytes.js';
import { runs } from '../test/helpers/fuzz.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const be32 = (n: bigint) => fromHex(n.toString(16).padStart(64, '0'));
const scalar = (b: Uint8Array) => BigInt('0x' + Buffer.from(b).toString('hex'));

async function signed(seed: number, message: Uint8Array) {
  const priv = cosmjsSha256(Uint8Array.of(seed, 1, 2, 3));
  const kp = await Secp256k1.makeKeypair(priv);
  const pk = Secp256k1.compressPubkey(kp.pubkey);
  const sig = (await Secp256k1.createSignature(cosmjsSha256(message), priv)).toFixedLength().subarray(0, 64);
  return { pk, sig };
}

/** Both backends and the chain's entry point give `expected`. */
function verifiesAs(t: import('ava').ExecutionContext, msg: Uint8Array, sig: Uint8Array, pk: Uint8Array, expected: boolean) {
  t.is(verifySecp256k1Openssl(msg, sig, pk), expected, 'node:crypto');
  t.is(verifySecp256k1Libsecp256k1(msg, sig, pk), expected, 'libsecp256k1');
  t.is(verifySecp256k1(msg, sig, pk), expected, 'verifySecp256k1');
}

test('[secp256k1]: on linux-x64 the prebuilt libsecp256k1 binding is the backend', (t) => {
  if (process.platform !== 'linux' || process.arch !== 'x64') return t.pass('no prebuilt binding expected here');
  t.is(SECP256K1_BACKEND, 'libsecp256k1');
  t.not(verifySecp256k1Libsecp256k1(new Uint8Array(), new Uint8Array(64), new Uint8Array(33)), undefined);
});

test('[secp256k1]: a cosmjs signature verifies; another message, key or a flipped bit does not', async (t) => {
  const msg = new TextEncoder().encode('sign bytes of a tx');
  const { pk, sig } = await signed(7, msg);
  verifiesAs(t, msg, sig, pk, true);
  verifiesAs(t, new TextEncoder().encode('sign bytes of a tx!'), sig, pk, false);
  verifiesAs(t, msg, sig, (await signed(8, msg)).pk, false);
  const flipped = sig.slice();
  flipped[40]! ^= 1;
  verifiesAs(t, msg, flipped, pk, false);
});

test('[secp256k1]: the high-S twin of a valid signature, zero or out-of-range scalars and bad shapes are rejected', async (t) => {
  const msg = Uint8Array.of(1, 2, 3);
  const { pk, sig } = await signed(9, msg);
  const r = sig.subarray(0, 32);
  const s = scalar(sig.subarray(32));
  t.true(s <= N / 2n);
  verifiesAs(t, msg, Uint8Array.from([...r, ...be32(N - s)]), pk, false); // valid ECDSA, but malleable
  verifiesAs(t, msg, Uint8Array.from([...new Uint8Array(32), ...sig.subarray(32)]), pk, false);
  verifiesAs(t, msg, Uint8Array.from([...r, ...new Uint8Array(32)]), pk, false);
  verifiesAs(t, msg, Uint8Array.from([...be32(scalar(r) + N < 2n ** 256n ? scalar(r) + N : N), ...sig.subarray(32)]), pk, false);
  verifiesAs(t, msg, sig.subarray(0, 63), pk, false);
  verifiesAs(t, msg, sig, pk.subarray(0, 32), false);
  verifiesAs(t, msg, sig, Uint8Array.from([4, ...pk.subarray(1)]), false);
});

test('[secp256k1]: pubkey validity: the generator is a point; x = p, a non-residue x and wrong prefixes are not', (t) => {
  const g = fromHex('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798');
  const cases: [Uint8Array, boolean][] = [
    [g, true],
    [Uint8Array.from([3, ...g.subarray(1)]), true],
    [Uint8Array.from([2, ...fromHex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f')]), false], // x = p
    [Uint8Array.from([2, ...be32(5n)]), false], // x^3 + 7 = 132 is not a square mod p
    [Uint8Array.from([4, ...g.subarray(1)]), false],
    [Uint8Array.from([0, ...g.subarray(1)]), false],
    [g.subarray(0, 32), false],
  ];
  for (const [pk, ok] of cases) {
    t.is(isValidCompressedPubkeyOpenssl(pk), ok);
    t.is(isValidCompressedPubkeyLibsecp256k1(pk) ?? ok, ok);
    t.is(isValidCompressedPubkey(pk), ok);
  }
});

test('[secp256k1]: the two backends agree on random pubkeys and on mutated signatures, messages and keys', async (t) => {
  if (SECP256K1_BACKEND !== 'libsecp256k1') return t.pass('one backend here');
  fc.assert(
    fc.property(fc.constantFrom(2, 3), fc.uint8Array({ minLength: 32, maxLength: 32 }), (prefix, x) => {
      const pk = Uint8Array.from([prefix, ...x]);
      return isValidCompressedPubkeyOpenssl(pk) === isValidCompressedPubkeyLibsecp256k1(pk);
    }),
    { numRuns: runs(2_000) },
  );
  const base = await Promise.all([1, 2, 3].map(async (seed) => ({ msg: Uint8Array.of(seed, 9), ...(await signed(seed, Uint8Array.of(seed, 9))) })));
  let valid = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...base),
      fc.constantFrom('sig', 'msg', 'pk', 'none'),
      fc.nat(63),
      fc.integer({ min: 0, max: 255 }),
      ({ msg, sig, pk }, field, at, value) => {
        const m = { msg: msg.slice(), sig: sig.slice(), pk: pk.slice() };
        if (field !== 'none') m[field][at % m[field].length] = value;
        const a = verifySecp256k1Openssl(m.msg, m.sig, m.pk);
        if (a) valid++;
        return a === verifySecp256k1Libsecp256k1(m.msg, m.sig, m.pk);
      },
    ),
    { numRuns: runs(2_000) },
  );
  t.true(valid > 0, 'some unmutated (or identically mutated) signatures verified');
});
