import test from 'ava';
import fc from 'fast-check';
import { packBytes, unpackBytes } from './packed_bytes.js';

test('[packed_bytes]: property: unpack(pack(x)) = x for short and long values, one char per byte', (t) => {
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ minLength: 4000, maxLength: 9000 })), (x) => {
      const s = packBytes(x);
      return s.length === x.length && Buffer.from(unpackBytes(s)).equals(Buffer.from(x));
    }),
    { numRuns: 200, seed: 3 },
  );
  t.pass();
});

test('[packed_bytes]: a view into a larger buffer packs only its own bytes; unpack returns a fresh exact-size array', (t) => {
  const slab = new Uint8Array(8192).map((_, i) => i & 255);
  const view = slab.subarray(100, 147);
  const back = unpackBytes(packBytes(view));
  t.is(back.length, 47);
  t.is(back.buffer.byteLength, 47);
  t.is(back[0], 100);
  back[0] = 1;
  t.is(slab[100], 100);
  t.is(packBytes(new Uint8Array()), '');
  t.is(unpackBytes('').length, 0);
});
