// A sealed report off chain: its commitment (Poseidon, as circuits/lib/util.circom's
// ReportCommitment) and its Poseidon-cipher encryption to the agent, per modules/repo/math/sealed.ts.
import { poseidon16, poseidon8 } from 'poseidon-lite';
import { poseidonDecrypt, poseidonEncrypt } from '@zk-kit/poseidon-cipher';
import { checkSchedule, type SchedulePoint, type Side } from '../modules/repo/math/schedule.js';
import { PLAINTEXT_FIELDS, REPORT_FIELDS, SALT_BITS, SEALED_DOMAIN_TAG, SEALED_MAX_POINTS, reportFields, reportFromFields, sealNonce } from '../modules/repo/math/sealed.js';
import type { BabyPoint } from './keys.js';

export interface Report {
  hurdleBps: bigint;
  points: SchedulePoint[];
}

const U64 = 1n << 64n;

/** Why `report` cannot be sealed for `side` under the bounds (the circuit's checks), or null. */
export function reportIssue(side: Side, report: Report, bounds: { maxQty: bigint; maxRateBps: bigint; maxHurdleBps: bigint }): string | null {
  const issue = checkSchedule(report.points, side, { maxPoints: SEALED_MAX_POINTS, maxRateBps: bounds.maxRateBps });
  if (issue) return issue.detail;
  for (const p of report.points) {
    if (p.qty >= U64 || p.rateBps < 0n || p.rateBps >= U64) return 'schedule values must lie in [0, 2^64)';
  }
  if (report.points[report.points.length - 1]!.qty > bounds.maxQty) return `a quantity exceeds the bound ${bounds.maxQty}`;
  if (report.hurdleBps < 0n || report.hurdleBps > bounds.maxHurdleBps) return `hurdle must lie in [0, ${bounds.maxHurdleBps}]`;
  for (const b of [bounds.maxQty, bounds.maxRateBps, bounds.maxHurdleBps]) if (b < 0n || b >= U64) return 'bounds must lie in [0, 2^64)';
  return null;
}

export function commitReport(roundId: bigint, role: bigint, report: Report, salt: bigint): bigint {
  return commitFields(roundId, role, reportFields(report.hurdleBps, report.points), salt);
}

/** The commitment of a raw report vector (hurdle, n, qty[N], rate[N]), canonical or not. */
export function commitFields(roundId: bigint, role: bigint, f: readonly bigint[], salt: bigint): bigint {
  const qty = f.slice(2, 2 + SEALED_MAX_POINTS);
  const rate = f.slice(2 + SEALED_MAX_POINTS);
  return poseidon8([SEALED_DOMAIN_TAG, roundId, role, f[0]!, f[1]!, poseidon16(qty), poseidon16(rate), salt]);
}

export function plaintextOf(report: Report, salt: bigint): bigint[] {
  return [...reportFields(report.hurdleBps, report.points), salt];
}

export function encryptReport(roundId: bigint, role: bigint, report: Report, salt: bigint, key: BabyPoint): bigint[] {
  return poseidonEncrypt(plaintextOf(report, salt), [key[0], key[1]], sealNonce(roundId, role));
}

/** The report and salt in `ciphertext`, or null when it does not decrypt (wrong key, tampered). */
export function decryptReport(roundId: bigint, role: bigint, ciphertext: readonly bigint[], key: BabyPoint): { report: Report; salt: bigint } | null {
  let plain: bigint[];
  try {
    plain = poseidonDecrypt([...ciphertext], [key[0], key[1]], sealNonce(roundId, role), PLAINTEXT_FIELDS);
  } catch {
    return null;
  }
  const r = reportFromFields(plain.slice(0, REPORT_FIELDS));
  const salt = plain[REPORT_FIELDS]!;
  if (r === null || salt >= 1n << BigInt(SALT_BITS)) return null;
  return { report: r, salt };
}
