// The bond a round must post (spec §5.1): enough to cover what a dealer can gain by walking away.
//
//   required = max( min_bond[cash],  ceil( Qcap · lot_size · R_MAX · tenor_blocks / (10⁴ · blocks_per_year) )
//                                    + fixed_penalty[cash] )
//
// Qcap · lot_size is the largest principal the round can trade (base units of the cash denom), R_MAX
// the params' max_rate_bps (no schedule rate may exceed it, so no spread either), and
// tenor_blocks / blocks_per_year the spec's tenorDays/360 in the year the interest itself uses. The
// result is an amount of the cash denom, so bonds are posted in the round's cash denom: a bond in
// another denom (umkt) would need a price the module does not have. The division rounds up, in the
// protocol's favour: the bond is never below the exact amount.
import { coinToString, type Coin } from '../../chain/coins.js';
import { fixedPenalties, minBonds, type RepoParams } from './params.js';

export interface BondRequirement {
  /** The bond each dealer must post, in the cash denom. */
  required: Coin;
  minBond: bigint;
  /** ceil(Qcap · lot_size · R_MAX · tenor / (10⁴ · blocks_per_year)) */
  exposure: bigint;
  fixedPenalty: bigint;
  /** How the amount was reached, for error messages. */
  explain: string;
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** null when the params list no minimum bond for `cashDenom` (rounds may not use it as cash). */
export function requiredBond(p: RepoParams, cashDenom: string, maxQty: bigint, lotSize: bigint, tenorBlocks: bigint): BondRequirement | null {
  const min = minBonds(p).find((c) => c.denom === cashDenom);
  if (!min) return null;
  const penalty = fixedPenalties(p).find((c) => c.denom === cashDenom)?.amount ?? 0n;
  const exposure = ceilDiv(maxQty * lotSize * BigInt(p.maxRateBps) * tenorBlocks, 10_000n * BigInt(p.blocksPerYear));
  const amount = exposure + penalty > min.amount ? exposure + penalty : min.amount;
  const required = { denom: cashDenom, amount };
  return {
    required, minBond: min.amount, exposure, fixedPenalty: penalty,
    explain: `max(min_bond ${coinToString(min)}, ceil(${maxQty} lots × ${lotSize} × ${p.maxRateBps} bps × ${tenorBlocks} blocks / (10000 × ${p.blocksPerYear} blocks per year)) = ${exposure} + fixed_penalty ${penalty})`,
  };
}
