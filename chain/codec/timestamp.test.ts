import test from 'ava';
import fc from 'fast-check';
import { compareTimestamps, formatTimestamp, parseRfc3339 } from './timestamp.js';

test('[codec/timestamp]: RFC3339 to seconds and nanos and back agree with Date over years 0001–9999, offsets included', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: -62135596800, max: 253402300799 }), fc.integer({ min: 0, max: 999_999_999 }), (s, nanos) => {
      const iso = new Date(s * 1000).toISOString().slice(0, 19) + '.' + String(nanos).padStart(9, '0') + 'Z';
      const ts = parseRfc3339(iso);
      if (ts.seconds !== BigInt(s) || ts.nanos !== nanos) return false;
      return formatTimestamp(ts) === iso;
    }),
  );
  t.deepEqual(parseRfc3339('2020-01-01T01:30:00+01:30'), { seconds: 1_577_836_800n, nanos: 0 });
  t.deepEqual(parseRfc3339('2026-01-01T00:00:00.5Z'), { seconds: 1_767_225_600n, nanos: 500_000_000 });
  t.is(compareTimestamps({ seconds: 1n, nanos: 2 }, { seconds: 1n, nanos: 3 }), -1);
  t.is(compareTimestamps({ seconds: 2n, nanos: 0 }, { seconds: 1n, nanos: 9 }), 1);
  t.throws(() => parseRfc3339('2026-01-01 00:00:00Z'), { message: 'invalid RFC3339 time "2026-01-01 00:00:00Z"' });
});
