// RFC3339 block times <-> protobuf Timestamps (seconds since the epoch, nanos), without the clock:
// the ante compares a tx's timeout_timestamp with the block time in exact integers.

export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** 2026-01-01T00:00:00.123456789Z (or with an offset) as a Timestamp; throws on anything else. */
export function parseRfc3339(s: string): Timestamp {
  const m = RFC3339.exec(s);
  if (!m) throw new Error(`invalid RFC3339 time ${JSON.stringify(s)}`);
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 3600 + Number(m[10]) * 60) : 0;
  // Date.UTC reads years 0–99 as 1900–1999: count from 400 years later (exactly 146,097 days).
  const seconds = BigInt(Date.UTC(y + 400, mo - 1, d, h, mi, sec) / 1000 - 146_097 * 86_400 - offset);
  return { seconds, nanos: Number((m[7] ?? '').padEnd(9, '0')) };
}

/** -1, 0 or 1 as a is before, equal to or after b. */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  return a.nanos === b.nanos ? 0 : a.nanos < b.nanos ? -1 : 1;
}

/** A Timestamp as RFC3339 UTC with nanoseconds (days to civil date as in H. Hinnant's algorithm). */
export function formatTimestamp(t: Timestamp): string {
  const days = t.seconds >= 0n ? t.seconds / 86400n : -((-t.seconds + 86399n) / 86400n);
  const rem = Number(t.seconds - days * 86400n);
  const z = Number(days) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month)}-${p(day)}T${p(Math.floor(rem / 3600))}:${p(Math.floor(rem / 60) % 60)}:${p(rem % 60)}.${p(t.nanos, 9)}Z`;
}
