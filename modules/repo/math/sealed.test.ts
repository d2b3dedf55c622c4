import test from 'ava';
import { CIPHERTEXT_FIELDS, FIELD_Q, FIELD_R, PROOF_BYTES, SEALED_DOMAIN_TAG, SEALED_MAX_POINTS, decodeProof, encodeProof, fieldFromBytes, fieldToBytes, reportFields, reportFromFields, sealPublicSignals, selectPublicSignals } from './sealed.js';

test('[repo/sealed]: the domain tag is the ASCII of its name and the cipher length follows the plaintext', (t) => {
  t.is(Buffer.from(SEALED_DOMAIN_TAG.toString(16), 'hex').toString('ascii'), 'marketchain/repo/v2/sealed');
  t.is(CIPHERTEXT_FIELDS, 37);
});

test('[repo/sealed]: a report round-trips through its field vector, padded with zeros', (t) => {
  const points = [{ qty: 10n, rateBps: 100n }, { qty: 20n, rateBps: 140n }];
  const f = reportFields(7n, points);
  t.is(f.length, 2 + 2 * SEALED_MAX_POINTS);
  t.deepEqual(f.slice(0, 4), [7n, 2n, 10n, 20n]);
  t.is(f[2 + SEALED_MAX_POINTS], 100n);
  t.deepEqual(reportFromFields(f), { hurdleBps: 7n, points });
  t.is(reportFromFields(f.slice(1)), null);
  t.is(reportFromFields([0n, 0n, ...f.slice(2)]), null);
  t.throws(() => reportFields(0n, Array.from({ length: SEALED_MAX_POINTS + 1 }, (_, i) => ({ qty: BigInt(i + 1), rateBps: 1n }))), { instanceOf: RangeError });
});

test('[repo/sealed]: public signals keep the documented order', (t) => {
  const ct = Array.from({ length: CIPHERTEXT_FIELDS }, (_, i) => BigInt(100 + i));
  const s = sealPublicSignals({ roundId: 5n, role: 2n, maxQty: 50n, maxRateBps: 9n, maxHurdleBps: 8n, commitment: 77n, agentPub: [1n, 2n], ephPub: [3n, 4n], ciphertext: ct });
  t.deepEqual(s.slice(0, 10), [5n, 2n, 50n, 9n, 8n, 77n, 1n, 2n, 3n, 4n]);
  t.is(s.length, 10 + CIPHERTEXT_FIELDS);
  t.throws(() => sealPublicSignals({ roundId: 5n, role: 2n, maxQty: 50n, maxRateBps: 9n, maxHurdleBps: 8n, commitment: 77n, agentPub: [1n, 2n], ephPub: [3n, 4n], ciphertext: ct.slice(1) }));
  t.deepEqual(selectPublicSignals({ roundId: 5n, commitmentMm: 1n, commitmentRm: 2n, trade: null }), [5n, 1n, 2n, 0n, 0n, 0n, 0n]);
  t.deepEqual(selectPublicSignals({ roundId: 5n, commitmentMm: 1n, commitmentRm: 2n, trade: { q: 30n, rMmBps: 10n, rRmBps: 40n } }), [5n, 1n, 2n, 1n, 30n, 10n, 40n]);
});

test('[repo/sealed]: field and proof bytes refuse wrong lengths and values outside the field', (t) => {
  t.is(fieldFromBytes(fieldToBytes(FIELD_R - 1n)), FIELD_R - 1n);
  t.is(fieldFromBytes(fieldToBytes(FIELD_R)), null);
  t.is(fieldFromBytes(new Uint8Array(31)), null);
  const p = { a: [1n, 2n] as [bigint, bigint], b: [[3n, 4n], [5n, 6n]] as [[bigint, bigint], [bigint, bigint]], c: [7n, FIELD_Q - 1n] as [bigint, bigint] };
  const bytes = encodeProof(p);
  t.is(bytes.length, PROOF_BYTES);
  t.deepEqual(decodeProof(bytes), p);
  bytes.set(fieldToBytes(FIELD_Q), 7 * 32);
  t.is(decodeProof(bytes), null);
  t.is(decodeProof(new Uint8Array(255)), null);
});
