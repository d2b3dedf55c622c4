import test from 'ava';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { marketchain as amm } from './amm.js';

test('[proto/runtime]: generated module codecs read 64-bit fields as numbers, from a Uint8Array or a Buffer, while protobufjs keeps its Long', (t) => {
  const Pool = amm.amm.v1.Pool;
  const bytes = Pool.encode({ id: 7, minLongCommitmentBlocks: 2 ** 40 + 3, denom0: 'umkt' }).finish();
  for (const input of [Uint8Array.from(bytes), Buffer.from(bytes)]) {
    const p = Pool.decode(input);
    t.is(p.id, 7);
    t.is(p.minLongCommitmentBlocks, 2 ** 40 + 3);
    t.is(p.denom0, 'umkt');
  }
  t.is(Pool.decode(new Uint8Array()).id, 0, 'an absent field reads as the number 0');
  t.is(Pool.toObject(Pool.decode(bytes), { longs: String }).minLongCommitmentBlocks, String(2 ** 40 + 3));
  t.is(Pool.fromObject({ id: '12' }).id, 12);
  t.truthy(protobuf.util.Long);
  t.is(typeof protobuf.Reader.create(Uint8Array.of(5)).uint64(), 'object', "protobufjs' own reader still gives a Long");
  t.false('amm' in protobuf.roots, "the generated roots are the runtime's, not protobufjs' shared ones");
  fc.assert(
    fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.nat({ max: Number.MAX_SAFE_INTEGER }), (id, min) => {
      const got = Pool.decode(Buffer.from(Pool.encode({ id, minLongCommitmentBlocks: min }).finish()));
      t.is(got.id, id);
      t.is(got.minLongCommitmentBlocks, min);
    }),
    { numRuns: 500, seed: 50 },
  );
});
