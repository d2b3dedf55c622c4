import test from 'ava';
import fc from 'fast-check';
import { packJobs, unpackJobs } from './sig_batch.js';

test('[sig-batch]: packed jobs unpack to the same messages, signatures and keys, in order', (t) => {
  const job = fc.record({ msg: fc.uint8Array({ maxLength: 600 }), sig: fc.uint8Array({ maxLength: 80 }), pk: fc.uint8Array({ maxLength: 70 }) });
  fc.assert(
    fc.property(fc.array(job, { maxLength: 30 }), (jobs) => {
      t.deepEqual(unpackJobs(packJobs(jobs)), jobs);
    }),
    { numRuns: 500 },
  );
  // Views into a larger buffer (as a decoded tx's signature is) pack only their own bytes.
  const big = Uint8Array.from({ length: 1000 }, (_, i) => i & 255);
  const packed = packJobs([{ msg: big.subarray(10, 20), sig: big.subarray(100, 164), pk: big.subarray(500, 533) }]);
  t.is(packed.length, 6 + 10 + 64 + 33);
  t.deepEqual(unpackJobs(packed)[0]!.pk, big.slice(500, 533));
  t.throws(() => packJobs([{ msg: big, sig: big.subarray(0, 256), pk: big.subarray(0, 33) }]), { instanceOf: RangeError });
});
