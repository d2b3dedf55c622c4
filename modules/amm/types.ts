// In-memory pool and position records and their proto encodings (the store values).
import { marketchain } from '../../proto/amm.js';
import type { PoolState, PositionState } from './math/pool_math.js';

const pb = marketchain.amm.v1;

export interface Pool extends PoolState {
  id: number;
  denom0: string;
  denom1: string;
  /** Least commitment of a new long-term position (0 = any commitment ≥ 1). */
  minLongCommitmentBlocks: number;
}

export interface Position {
  id: string;
  owner: string;
  poolId: number;
  liquidity: bigint;
  commitmentBlocks: number;
  mintHeight: number;
  unlockHeight: number;
  feeGrowthLast0X128: bigint;
  feeGrowthLast1X128: bigint;
  amount0: bigint;
  amount1: bigint;
}

export const isLongTerm = (p: Position) => p.commitmentBlocks > 0;

export function positionState(p: Position): PositionState {
  return { longTerm: isLongTerm(p), liquidity: p.liquidity, feeGrowthLast0X128: p.feeGrowthLast0X128, feeGrowthLast1X128: p.feeGrowthLast1X128 };
}

const POOL_BIG = [
  'sqrtPriceX96', 'sqrtLowerX96', 'sqrtUpperX96', 'liquidityLong', 'liquidityShort', 'reserve0', 'reserve1', 'feeVault0', 'feeVault1',
  'feeGrowthLong0X128', 'feeGrowthLong1X128', 'feeGrowthShort0X128', 'feeGrowthShort1X128', 'orphanFees0', 'orphanFees1',
] as const;
const PROTO_NAME: Record<(typeof POOL_BIG)[number], string> = {
  sqrtPriceX96: 'sqrtPriceX96', sqrtLowerX96: 'sqrtLowerX96', sqrtUpperX96: 'sqrtUpperX96', liquidityLong: 'liquidityLong',
  liquidityShort: 'liquidityShort', reserve0: 'reserve0', reserve1: 'reserve1', feeVault0: 'feeVault0', feeVault1: 'feeVault1',
  feeGrowthLong0X128: 'feeGrowthLong0X128', feeGrowthLong1X128: 'feeGrowthLong1X128', feeGrowthShort0X128: 'feeGrowthShort0X128',
  feeGrowthShort1X128: 'feeGrowthShort1X128', orphanFees0: 'orphanFees0', orphanFees1: 'orphanFees1',
};

/** The proto object (all bigints as decimal strings). */
export function poolToProto(p: Pool): marketchain.amm.v1.Pool {
  const o: Record<string, unknown> = { id: p.id, denom0: p.denom0, denom1: p.denom1, feePips: Number(p.feePips), betaPpm: Number(p.betaPpm), minLongCommitmentBlocks: p.minLongCommitmentBlocks };
  for (const k of POOL_BIG) o[PROTO_NAME[k]] = p[k].toString();
  return pb.Pool.create(o as any);
}

export function poolFromProto(m: marketchain.amm.v1.Pool): Pool {
  const o: Record<string, unknown> = { id: m.id, denom0: m.denom0, denom1: m.denom1, feePips: BigInt(m.feePips), betaPpm: BigInt(m.betaPpm), minLongCommitmentBlocks: m.minLongCommitmentBlocks };
  for (const k of POOL_BIG) o[k] = BigInt((m as any)[PROTO_NAME[k]] || '0');
  return o as unknown as Pool;
}

export function positionToProto(p: Position): marketchain.amm.v1.Position {
  return pb.Position.create({
    id: p.id, owner: p.owner, poolId: p.poolId, liquidity: p.liquidity.toString(), commitmentBlocks: p.commitmentBlocks,
    mintHeight: p.mintHeight, unlockHeight: p.unlockHeight, feeGrowthLast0X128: p.feeGrowthLast0X128.toString(),
    feeGrowthLast1X128: p.feeGrowthLast1X128.toString(), amount0: p.amount0.toString(), amount1: p.amount1.toString(),
  });
}

export function positionFromProto(m: marketchain.amm.v1.Position): Position {
  return {
    id: m.id, owner: m.owner, poolId: m.poolId, liquidity: BigInt(m.liquidity || '0'), commitmentBlocks: m.commitmentBlocks,
    mintHeight: m.mintHeight, unlockHeight: m.unlockHeight, feeGrowthLast0X128: BigInt(m.feeGrowthLast0X128 || '0'),
    feeGrowthLast1X128: BigInt(m.feeGrowthLast1X128 || '0'), amount0: BigInt(m.amount0 || '0'), amount1: BigInt(m.amount1 || '0'),
  };
}
