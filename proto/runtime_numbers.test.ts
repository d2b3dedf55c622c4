// Compares the runtime's 64-bit reads with protobufjs configured without long.js (what the generated
// code read before it had its own runtime). The configuration is changed only inside this test's
// worker, after the runtime has taken protobufjs' readers.
import test from 'ava';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import runtime from './runtime.js';

test('[proto/runtime]: int64, uint64, sint64, fixed64 and sfixed64 read the number protobufjs reads when it has no Long', (t) => {
  const wide = fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 11 }), fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 9, maxLength: 9 }).map((a) => Uint8Array.from([...a, 1])));
  const ops = ['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64'] as const;
  const read = (r: protobuf.Reader, op: (typeof ops)[number]) => {
    try {
      return [(r[op] as () => unknown).call(r), r.pos];
    } catch (e) {
      return ['error', (e as Error).message];
    }
  };
  const samples = fc.sample(wide, { numRuns: 5000, seed: 51 });
  const ours = samples.map((b) => ops.map((op) => [read(runtime.Reader.create(b), op), read(runtime.Reader.create(Buffer.from(b)), op)]));
  (protobuf.util as { Long: unknown }).Long = undefined;
  protobuf.configure();
  const reference = samples.map((b) => ops.map((op) => [read(protobuf.Reader.create(b), op), read(protobuf.Reader.create(Buffer.from(b)), op)]));
  t.deepEqual(ours, reference);
});
