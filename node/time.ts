// RFC3339 timestamps with nanoseconds, as CometBFT prints them. Only node/ reads the clock.

/** Formats epoch milliseconds as 2026-01-01T00:00:00.123000000Z. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-01-01T00:00:00.123Z
  return iso.slice(0, 23) + '000000Z';
}

export function parseRfc3339Ms(s: string): number {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new Error(`invalid timestamp ${s}`);
  return ms;
}

/** The next block time: the clock, but strictly after the previous block's time. */
export function nextBlockTime(nowMs: number, lastTime: string): string {
  const last = lastTime ? parseRfc3339Ms(lastTime) : 0;
  return rfc3339Nano(Math.max(nowMs, last + 1));
}
