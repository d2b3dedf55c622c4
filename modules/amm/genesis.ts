// amm genesis: params, pools, positions (as exported) and optional genesis deposits, which initGenesis
// executes as real deposits from the owner's bank balance (the dev chain's passive liquidity).
import type { Ctx, QueryCtx } from '../../chain/context.js';
import { sha256, isAddress } from '../../chain/crypto.js';
import { utf8 } from '../../chain/codec/bytes.js';
import type { GenesisSpec } from '../../chain/module.js';
import { marketchain } from '../../proto/amm.js';
import type { BankDeps } from './deps.js';
import { allPools, allPositions, getNextPoolId, getParams, setNextPoolId, setParams, setPool, setPosition } from './keeper.js';
import { sqrtPriceX96FromDecimal } from './math/price.js';
import { MAX_SQRT_PRICE_X96, MIN_SQRT_PRICE_X96 } from './math/sqrt_price_math.js';
import * as V from './msgs.js';
import { DEFAULT_AUTHORITY, DEFAULT_TREASURY } from './params.js';
import { addLiquidity } from './ops/pool.js';
import { poolFromProto, poolToProto, positionFromProto, positionToProto, type Pool, type Position } from './types.js';

const pb = marketchain.amm.v1;

export interface GenesisDepositJson { owner: string; pool_id: string; amount0_max: string; amount1_max: string; commitment_blocks: string }
export interface AmmGenesisJson {
  params: { authority: string; treasury: string };
  next_pool_id: string;
  pools: Record<string, unknown>[];
  positions: Record<string, unknown>[];
  genesis_deposits: GenesisDepositJson[];
}


const snake = (k: string) => k.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const mapKeys = (o: Record<string, unknown>, f: (k: string) => string) => Object.fromEntries(Object.entries(o).map(([k, v]) => [f(k), typeof v === 'number' ? String(v) : v]));
const toJson = (type: { toObject(m: any, o: any): Record<string, unknown> }, m: unknown) => mapKeys(type.toObject(m, { defaults: true }), snake);
function fromJson<T>(type: { fromObject(o: any): T }, o: unknown, what: string): T {
  if (!o || typeof o !== 'object') throw new Error(`amm genesis: ${what} must be an object`);
  return type.fromObject(mapKeys(o as Record<string, unknown>, camel));
}
const intOf = (s: unknown, what: string) => {
  if (typeof s !== 'string' || !/^(0|[1-9][0-9]*)$/.test(s) || !Number.isSafeInteger(Number(s))) throw new Error(`amm genesis: ${what} ${JSON.stringify(s)} is not a safe integer string`);
  return Number(s);
};

function checkPool(p: Pool, nextId: number): void {
  const at = `amm genesis: pool ${p.id}`;
  if (p.id < 1 || p.id >= nextId) throw new Error(`${at}: id must be in [1, next_pool_id ${nextId})`);
  if (p.denom0 === p.denom1) throw new Error(`${at}: denom0 equals denom1`);
  if (!(p.sqrtLowerX96 >= MIN_SQRT_PRICE_X96 && p.sqrtLowerX96 < p.sqrtUpperX96 && p.sqrtUpperX96 < MAX_SQRT_PRICE_X96)) throw new Error(`${at}: bad range`);
  if (p.sqrtPriceX96 < p.sqrtLowerX96 || p.sqrtPriceX96 > p.sqrtUpperX96) throw new Error(`${at}: sqrt price outside its range`);
  V.checkFeeBeta(Number(p.feePips), Number(p.betaPpm));
  V.checkMinLongCommitment(p.minLongCommitmentBlocks);
}

/** Pure: parses and checks a genesis section; throws Error with a clear message. */
export function parseGenesis(g: unknown): { params: { authority: string; treasury: string }; nextPoolId: number; pools: Pool[]; positions: Position[]; deposits: V.MsgAddLiquidity[] } {
  const j = g as AmmGenesisJson;
  if (!j || typeof j !== 'object' || !j.params) throw new Error('amm genesis: params missing');
  for (const k of ['authority', 'treasury'] as const) if (!isAddress(j.params[k])) throw new Error(`amm genesis: params.${k} ${JSON.stringify(j.params[k])} is not an address`);
  const nextPoolId = intOf(j.next_pool_id, 'next_pool_id');
  if (nextPoolId < 1) throw new Error('amm genesis: next_pool_id must be ≥ 1');
  const pools = (j.pools ?? []).map((o, i) => poolFromProto(fromJson(pb.Pool, o, `pools[${i}]`)));
  const byId = new Map<number, Pool>();
  for (const p of pools) {
    checkPool(p, nextPoolId);
    if (byId.has(p.id)) throw new Error(`amm genesis: duplicate pool ${p.id}`);
    byId.set(p.id, p);
  }
  const positions = (j.positions ?? []).map((o, i) => positionFromProto(fromJson(pb.Position, o, `positions[${i}]`)));
  const seen = new Set<string>();
  const tiers = new Map<number, [bigint, bigint]>();
  for (const p of positions) {
    if (!/^[0-9a-f]{64}$/.test(p.id) || seen.has(p.id)) throw new Error(`amm genesis: bad or duplicate position id ${JSON.stringify(p.id)}`);
    seen.add(p.id);
    if (!isAddress(p.owner)) throw new Error(`amm genesis: position ${p.id} owner ${JSON.stringify(p.owner)} is not an address`);
    if (!byId.has(p.poolId)) throw new Error(`amm genesis: position ${p.id} names unknown pool ${p.poolId}`);
    if (p.liquidity <= 0n) throw new Error(`amm genesis: position ${p.id} has no liquidity`);
    const t = tiers.get(p.poolId) ?? [0n, 0n];
    t[p.commitmentBlocks > 0 ? 0 : 1] += p.liquidity;
    tiers.set(p.poolId, t);
  }
  for (const p of pools) {
    const [l, s] = tiers.get(p.id) ?? [0n, 0n];
    if (l !== p.liquidityLong || s !== p.liquidityShort) throw new Error(`amm genesis: pool ${p.id} tier liquidity ${p.liquidityLong}/${p.liquidityShort} does not match its positions ${l}/${s}`);
  }
  const deposits = (j.genesis_deposits ?? []).map((d, i) => {
    const m = pb.MsgAddLiquidity.create({ sender: d.owner, poolId: intOf(d.pool_id, `genesis_deposits[${i}].pool_id`), amount0Max: d.amount0_max, amount1Max: d.amount1_max, commitmentBlocks: intOf(d.commitment_blocks, `genesis_deposits[${i}].commitment_blocks`) });
    try {
      V.validateMsgAddLiquidity(m);
    } catch (e) {
      throw new Error(`amm genesis: genesis_deposits[${i}]: ${(e as Error).message}`);
    }
    if (!byId.has(m.poolId)) throw new Error(`amm genesis: genesis_deposits[${i}] names unknown pool ${m.poolId}`);
    const min = byId.get(m.poolId)!.minLongCommitmentBlocks;
    if (m.commitmentBlocks > 0 && m.commitmentBlocks < min) throw new Error(`amm genesis: genesis_deposits[${i}]: commitment_blocks ${m.commitmentBlocks} is below pool ${m.poolId}'s min_long_commitment_blocks ${min}`);
    return m;
  });
  return { params: j.params, nextPoolId, pools, positions, deposits };
}

export function createAmmGenesis(bank: BankDeps): GenesisSpec<AmmGenesisJson> {
  return {
    defaultGenesis: () => ({ params: { authority: DEFAULT_AUTHORITY, treasury: DEFAULT_TREASURY }, next_pool_id: '1', pools: [], positions: [], genesis_deposits: [] }),
    validateGenesis(g: unknown): AmmGenesisJson {
      parseGenesis(g);
      return g as AmmGenesisJson;
    },
    initGenesis(ctx: Ctx, g: AmmGenesisJson) {
      const s = parseGenesis(g);
      setParams(ctx, s.params);
      setNextPoolId(ctx, s.nextPoolId);
      for (const p of s.pools) setPool(ctx, p);
      for (const p of s.positions) setPosition(ctx, p);
      s.deposits.forEach((d, i) => {
        const positionId = V.positionIdFromTxHash(d.sender, sha256(utf8('genesis')), i);
        addLiquidity(ctx, bank, { owner: d.sender, poolId: d.poolId, amount0Max: BigInt(d.amount0Max), amount1Max: BigInt(d.amount1Max), commitmentBlocks: d.commitmentBlocks, positionId });
      });
    },
    exportGenesis(ctx: QueryCtx): AmmGenesisJson {
      return {
        params: getParams(ctx),
        next_pool_id: String(getNextPoolId(ctx)),
        pools: allPools(ctx).map((p) => toJson(pb.Pool, poolToProto(p))),
        positions: allPositions(ctx).map((p) => toJson(pb.Position, positionToProto(p))),
        genesis_deposits: [],
      };
    },
  };
}

/**
 * The local dev chain's amm section: the dev account is the param authority, and pool 1
 * (uatom/uusdc, price 10, range [5, 20], 0.30% fee, β = 0.5) starts with the dev account's passive
 * long-term liquidity (10,000 ATOM max and the matching USDC, commitment 100 blocks).
 */
export function devGenesis(devAddress: string): AmmGenesisJson {
  return {
    params: { authority: devAddress, treasury: DEFAULT_TREASURY },
    next_pool_id: '2',
    pools: [{
      id: '1', denom0: 'uatom', denom1: 'uusdc',
      sqrt_price_x96: sqrtPriceX96FromDecimal('10').toString(), sqrt_lower_x96: sqrtPriceX96FromDecimal('5').toString(), sqrt_upper_x96: sqrtPriceX96FromDecimal('20').toString(),
      fee_pips: '3000', beta_ppm: '500000', liquidity_long: '0', liquidity_short: '0', reserve0: '0', reserve1: '0', fee_vault0: '0', fee_vault1: '0',
      fee_growth_long0_x128: '0', fee_growth_long1_x128: '0', fee_growth_short0_x128: '0', fee_growth_short1_x128: '0', orphan_fees0: '0', orphan_fees1: '0',
    }],
    positions: [],
    genesis_deposits: [{ owner: devAddress, pool_id: '1', amount0_max: '10000000000', amount1_max: '200000000000', commitment_blocks: '100' }],
  };
}
