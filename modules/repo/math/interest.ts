// Repo interest at settlement. Rates are annual bps; tenor and year are in blocks.
// interest(principal, rateBpsX2) = floor(principal * rateBpsX2 * tenor / (2 * 10_000 * blocksPerYear)).
// Every leg is rounded down (mulDivDown); dealer margins are differences of the rounded legs, so
// RM's payment = MM's receipt + BDmm's margin + BDrm's margin exactly, to the base unit.
import { mulDivDown } from '../../../chain/math/mul_div.js';

export const BPS_DENOMINATOR = 10_000n;

export function legInterestDown(principal: bigint, rateBpsX2: bigint, tenorBlocks: bigint, blocksPerYear: bigint): bigint {
  if (principal < 0n || rateBpsX2 < 0n || tenorBlocks < 0n || blocksPerYear <= 0n) throw new RangeError('legInterestDown: negative input or zero year');
  return mulDivDown(principal * rateBpsX2, tenorBlocks, 2n * BPS_DENOMINATOR * blocksPerYear);
}

export interface InterestSplit {
  /** Paid by RM on top of the principal (leg A at r_rm). */
  interestRm: bigint;
  /** Received by MM on top of the principal (leg C at r_mm). */
  interestMm: bigint;
  /** Inter-dealer leg B at r_bd = rBdX2 / 2. */
  interestBd: bigint;
  /** BDmm's margin: interestBd - interestMm (r_bd - r_mm). */
  marginBdMm: bigint;
  /** BDrm's margin: interestRm - interestBd (r_rm - r_bd); it also keeps leg B's sub-unit remainder. */
  marginBdRm: bigint;
}

/** Requires rMmBps <= rBdX2 / 2 <= rRmBps (always true for a selected trade). */
export function splitInterest(principal: bigint, rMmBps: bigint, rRmBps: bigint, rBdX2: bigint, tenorBlocks: bigint, blocksPerYear: bigint): InterestSplit {
  if (!(2n * rMmBps <= rBdX2 && rBdX2 <= 2n * rRmBps)) throw new RangeError(`splitInterest: need r_mm <= r_bd <= r_rm, got ${rMmBps}, ${rBdX2}/2, ${rRmBps}`);
  const interestRm = legInterestDown(principal, 2n * rRmBps, tenorBlocks, blocksPerYear);
  const interestMm = legInterestDown(principal, 2n * rMmBps, tenorBlocks, blocksPerYear);
  const interestBd = legInterestDown(principal, rBdX2, tenorBlocks, blocksPerYear);
  return { interestRm, interestMm, interestBd, marginBdMm: interestBd - interestMm, marginBdRm: interestRm - interestBd };
}
