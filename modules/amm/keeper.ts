// The only code that reads or writes amm keys: params, pools, positions and the owner index.
import { fromBech32, moduleAddress, toBech32 } from '../../chain/crypto.js';
import type { ReadCtx } from '../../chain/context.js';
import { readU64BE, u64BE } from '../../chain/codec/bytes.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { marketchain } from '../../proto/amm.js';
import { NEXT_POOL_ID_KEY, ownerPositionKey, ownerPositionsPrefix, PARAMS_KEY, parseOwnerPositionKey, poolKey, POOL_PREFIX, positionKey, POSITION_PREFIX } from './keys.js';
import { poolFromProto, poolToProto, positionFromProto, positionToProto, type Pool, type Position } from './types.js';
import type { Params } from './params.js';

const pb = marketchain.amm.v1;
const kv = (ctx: ReadCtx) => ctx.kv(STORE_BYTES.amm);

export function getParams(ctx: ReadCtx): Params {
  const v = kv(ctx).get(PARAMS_KEY);
  if (!v) return { authority: '', treasury: '' };
  const p = pb.Params.decode(v);
  return { authority: p.authority, treasury: p.treasury };
}

export function setParams(ctx: ReadCtx, p: Params): void {
  kv(ctx).set(PARAMS_KEY, pb.Params.encode(p).finish());
}

export function getNextPoolId(ctx: ReadCtx): number {
  const v = kv(ctx).get(NEXT_POOL_ID_KEY);
  return v ? Number(readU64BE(v)) : 1;
}

export function setNextPoolId(ctx: ReadCtx, id: number): void {
  kv(ctx).set(NEXT_POOL_ID_KEY, u64BE(id));
}

export function getPool(ctx: ReadCtx, id: number): Pool | undefined {
  const v = kv(ctx).get(poolKey(id));
  return v ? poolFromProto(pb.Pool.decode(v)) : undefined;
}

export function setPool(ctx: ReadCtx, p: Pool): void {
  kv(ctx).set(poolKey(p.id), pb.Pool.encode(poolToProto(p)).finish());
}

export function allPools(ctx: ReadCtx): Pool[] {
  const out: Pool[] = [];
  for (const [, v] of kv(ctx).iterate(POOL_PREFIX)) out.push(poolFromProto(pb.Pool.decode(v)));
  return out;
}

export function getPosition(ctx: ReadCtx, id: string): Position | undefined {
  const v = kv(ctx).get(positionKey(id));
  return v ? positionFromProto(pb.Position.decode(v)) : undefined;
}

export function setPosition(ctx: ReadCtx, p: Position): void {
  kv(ctx).set(positionKey(p.id), pb.Position.encode(positionToProto(p)).finish());
  kv(ctx).set(ownerPositionKey(fromBech32(p.owner), p.id), Uint8Array.of(1));
}

export function deletePosition(ctx: ReadCtx, p: Position): void {
  kv(ctx).delete(positionKey(p.id));
  kv(ctx).delete(ownerPositionKey(fromBech32(p.owner), p.id));
}

export function allPositions(ctx: ReadCtx): Position[] {
  const out: Position[] = [];
  for (const [, v] of kv(ctx).iterate(POSITION_PREFIX)) out.push(positionFromProto(pb.Position.decode(v)));
  return out;
}

export function positionsByOwner(ctx: ReadCtx, owner: string): Position[] {
  const out: Position[] = [];
  for (const [k] of kv(ctx).iterate(ownerPositionsPrefix(fromBech32(owner)))) {
    const { id } = parseOwnerPositionKey(k);
    const p = getPosition(ctx, id);
    if (p) out.push(p);
  }
  return out;
}

/** The module account that holds every pool's reserves and fee vaults: sha256("amm")[:20]. */
export const AMM_MODULE_ADDRESS = toBech32(moduleAddress('amm'));
