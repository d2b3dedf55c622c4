// Schedule files and output formatting for the repo commands (pure; no I/O besides reading a file).
import { readFileSync } from 'node:fs';
import { toHex } from '../chain/codec/bytes.js';
import type { Candidate, SchedulePoint, SelectionResult } from '../modules/repo/msgs.js';
import { CliError } from './env.js';

export interface ScheduleFile {
  hurdleBps: number | null;
  points: SchedulePoint[];
}

/**
 * Reads a schedule file: JSON `[{"rate_bps": R, "qty": Q}, …]` or
 * `{"hurdle_bps": H, "points": [{"rate_bps": R, "qty": Q}, …]}` (camelCase keys are accepted too).
 */
export function readSchedule(path: string): ScheduleFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read schedule file ${path}: ${(e as Error).message}`);
  }
  return parseSchedule(raw, path);
}

function int(v: unknown, what: string): number {
  const n = typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new CliError(`${what} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
}

export function parseSchedule(raw: unknown, where = 'schedule'): ScheduleFile {
  const obj = Array.isArray(raw) ? { points: raw } : (raw as Record<string, unknown>);
  if (!obj || !Array.isArray(obj.points)) throw new CliError(`${where}: expected an array of points or {"hurdle_bps", "points"}`);
  const h = obj.hurdle_bps ?? obj.hurdleBps;
  const points = obj.points.map((p: any, i: number) => ({
    rateBps: BigInt(int(p?.rate_bps ?? p?.rateBps, `${where}: points[${i}].rate_bps`)),
    qty: BigInt(int(p?.qty, `${where}: points[${i}].qty`)),
  }));
  return { hurdleBps: h === undefined ? null : int(h, `${where}: hurdle_bps`), points };
}

export function parseHex32(s: string, what: string): Uint8Array {
  const h = s.startsWith('0x') ? s.slice(2) : s;
  if (!/^[0-9a-fA-F]{64}$/.test(h)) throw new CliError(`${what} must be 32 bytes of hex (64 characters), got ${JSON.stringify(s)}`);
  return new Uint8Array(Buffer.from(h, 'hex'));
}

export const candidateJson = (c: Candidate) => ({
  q: c.q.toString(), r_mm_bps: c.rMmBps.toString(), r_rm_bps: c.rRmBps.toString(), spread_bps: c.spreadBps.toString(), joint_profit: c.jointProfit.toString(), feasible: c.feasible,
});

export function selectionJson(r: SelectionResult): unknown {
  const t = r.trade;
  return {
    result: t ? 'TRADE' : 'NO_TRADE',
    hurdle_bps: r.hurdleBps.toString(),
    trade: t && { q: t.q.toString(), r_mm_bps: t.rMmBps.toString(), r_rm_bps: t.rRmBps.toString(), r_bd_x2: t.rBdX2.toString(), r_bd_bps: halfBps(t.rBdX2), spread_bps: t.spreadBps.toString(), joint_profit: t.jointProfit.toString() },
    candidates: r.candidates.map(candidateJson),
  };
}

/** Twice-a-rate as a decimal bps string ("295" or "275.5"). */
export function halfBps(x2: bigint): string {
  return x2 % 2n === 0n ? (x2 / 2n).toString() : `${x2 / 2n}.5`;
}

export function selectionText(r: SelectionResult): string {
  const lines = ['       Q   r_mm   r_rm  spread  joint_profit  feasible'];
  for (const c of r.candidates) {
    const mark = r.trade && c.q === r.trade.q ? ' <= selected' : '';
    lines.push(`${c.q.toString().padStart(8)} ${c.rMmBps.toString().padStart(6)} ${c.rRmBps.toString().padStart(6)} ${c.spreadBps.toString().padStart(7)} ${c.jointProfit.toString().padStart(13)}  ${c.feasible ? 'yes' : 'no '}${mark}`);
  }
  const t = r.trade;
  lines.push(t ? `TRADE: Q=${t.q} r_mm=${t.rMmBps} bps r_rm=${t.rRmBps} bps r_bd=${halfBps(t.rBdX2)} bps (rBdX2=${t.rBdX2}) spread=${t.spreadBps} joint_profit=${t.jointProfit} (hurdle ${r.hurdleBps})` : `NO_TRADE (hurdle ${r.hurdleBps} bps)`);
  return lines.join('\n');
}

/** A round as JSON with bytes in hex (proto toObject output otherwise). */
export function roundJson(o: Record<string, any>): Record<string, any> {
  const hex = (b: unknown) => (b instanceof Uint8Array ? toHex(b) : b);
  const out: Record<string, any> = { ...o, commitmentMm: hex(o.commitmentMm), commitmentRm: hex(o.commitmentRm) };
  for (const k of ['reportMm', 'reportRm']) if (o[k]) out[k] = { ...o[k], salt: hex(o[k].salt) };
  for (const k of ['sealedMm', 'sealedRm']) {
    if (o[k]) out[k] = { ...o[k], ciphertextHash: hex(o[k].ciphertextHash), ephPubkey: hex(o[k].ephPubkey), proofHash: hex(o[k].proofHash) };
  }
  if (o.selectProofHash !== undefined) out.selectProofHash = hex(o.selectProofHash);
  return out;
}
