// The sealed-report commitment (commit-reveal, spec §5.2). Pure; the CLI computes the same bytes offline.
//
//   commitment = sha256( "marketchain/repo/v1/commitment"   (30 ASCII bytes, domain tag)
//                      ‖ u64BE(roundId) ‖ u8(role: 1 = mm, 2 = rm) ‖ u64BE(hurdleBps)
//                      ‖ u32BE(n) ‖ n × (u64BE(rateBps) ‖ u64BE(qty)) ‖ salt (32 bytes) )
import { concat, u64BE, utf8 } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import type { SchedulePoint, Side } from './math/schedule.js';

export const COMMITMENT_DOMAIN = 'marketchain/repo/v1/commitment';
export const SALT_BYTES = 32;

function u32BE(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`u32 out of range: ${n}`);
  return Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
}

/** The canonical bytes that are hashed. */
export function commitmentPreimage(roundId: bigint, role: Side, hurdleBps: bigint, points: readonly SchedulePoint[], salt: Uint8Array): Uint8Array {
  if (salt.length !== SALT_BYTES) throw new RangeError(`salt must be ${SALT_BYTES} bytes, got ${salt.length}`);
  const parts: Uint8Array[] = [utf8(COMMITMENT_DOMAIN), u64BE(roundId), Uint8Array.of(role === 'mm' ? 1 : 2), u64BE(hurdleBps), u32BE(points.length)];
  for (const p of points) parts.push(u64BE(p.rateBps), u64BE(p.qty));
  parts.push(salt);
  return concat(...parts);
}

export function computeCommitment(roundId: bigint, role: Side, hurdleBps: bigint, points: readonly SchedulePoint[], salt: Uint8Array): Uint8Array {
  return sha256(commitmentPreimage(roundId, role, hurdleBps, points, salt));
}
