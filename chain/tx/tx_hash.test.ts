import test from 'ava';
import { createHash } from 'node:crypto';
import { txHash } from './tx_hash.js';

test('[tx/hash]: txHash is sha256 of the bytes, computed once per byte array', (t) => {
  const a = Uint8Array.of(1, 2, 3);
  const h = txHash(a);
  t.deepEqual(Buffer.from(h), createHash('sha256').update(a).digest());
  t.is(txHash(a), h);
  const b = Uint8Array.of(1, 2, 3);
  t.not(txHash(b), h);
  t.deepEqual(txHash(b), h);
  t.notDeepEqual(txHash(Uint8Array.of(1, 2, 4)), h);
});
