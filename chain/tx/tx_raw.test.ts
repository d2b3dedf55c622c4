import test from 'ava';
import fc from 'fast-check';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { equalBytes } from '../codec/bytes.js';
import { decodeCanonicalTxRaw } from './tx_raw.js';

const raw = fc.record({
  bodyBytes: fc.uint8Array({ maxLength: 300 }),
  authInfoBytes: fc.uint8Array({ maxLength: 200 }),
  signatures: fc.array(fc.uint8Array({ maxLength: 80 }), { maxLength: 3 }),
});

const generic = (b: Uint8Array) => {
  try {
    const r = TxRaw.decode(b);
    return equalBytes(TxRaw.encode(r).finish(), b) ? r : undefined;
  } catch {
    return undefined;
  }
};

test('[tx/raw]: canonical TxRaw bytes read as cosmjs-types reads them', (t) => {
  fc.assert(
    fc.property(raw, (r) => {
      const bytes = TxRaw.encode(r).finish();
      t.deepEqual(decodeCanonicalTxRaw(bytes), TxRaw.decode(bytes));
    }),
    { numRuns: 2000 },
  );
});

test('[tx/raw]: any bytes: read only when they are the canonical encoding (as decode, re-encode and compare decide)', (t) => {
  const mutated = fc.tuple(raw, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([r, edits, grow]) => {
    let b = TxRaw.encode(r).finish().slice();
    if (grow) b = Uint8Array.from([...b, ...edits.map(([, v]) => v)]);
    else for (const [i, v] of edits) if (b.length > 0) b[i % b.length] = v;
    return b;
  });
  // Known non-canonical forms: an empty body field written out, a padded length, fields out of order.
  const extra = [Uint8Array.of(0x0a, 0x00), Uint8Array.of(0x0a, 0x81, 0x00), Uint8Array.of(0x12, 0x01, 0x05, 0x0a, 0x01, 0x07), Uint8Array.of(0x1a, 0x00, 0x0a, 0x01, 0x01)];
  for (const b of extra) t.is(decodeCanonicalTxRaw(b), undefined);
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 60 }), mutated), (b) => {
      t.deepEqual(decodeCanonicalTxRaw(b), generic(b));
    }),
    { numRuns: 5000 },
  );
});
