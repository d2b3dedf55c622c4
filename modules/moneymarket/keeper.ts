// The only code that reads or writes moneymarket keys. Records are state.proto messages.
import { fromUtf8, toHexUpper, u64BE } from '../../chain/codec/bytes.js';
import { MAX_UINT256 } from '../../chain/codec/decimal.js';
import type { ReadCtx } from '../../chain/context.js';
import { fromBech32, toBech32 } from '../../chain/crypto.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { marketchain } from '../../proto/moneymarket.js';
import { accountPrefix, checkpointKey, denomFromKey, journalCountKey, journalKey, journalPrefix, MARKET_PREFIX, marketKey, PARAMS_KEY, parseCheckpointKey, PRICE_PREFIX, priceKey, readCount, sidePrefixOf, type Side } from './keys.js';
import { ErrIntegerOverflow } from './errors.js';
import { defaultParams, fmt, marketFromJson, marketToJson, paramsFromJson, paramsToJson, parseDec, type Market, type Params } from './params.js';

const pb = marketchain.moneymarket.v1;
const kv = (ctx: ReadCtx) => ctx.kv(STORE_BYTES.moneymarket);

export function getParams(ctx: ReadCtx): Params {
  const v = kv(ctx).get(PARAMS_KEY);
  return v ? paramsFromJson(pb.Params.toObject(pb.Params.decode(v), { defaults: true }) as any) : defaultParams();
}

export function setParams(ctx: ReadCtx, p: Params): void {
  kv(ctx).set(PARAMS_KEY, pb.Params.encode(pb.Params.fromObject(paramsToJson(p))).finish());
}

export function getMarket(ctx: ReadCtx, denom: string): Market | undefined {
  const v = kv(ctx).get(marketKey(denom));
  return v ? decodeMarket(v) : undefined;
}

function decodeMarket(v: Uint8Array): Market {
  return marketFromJson(pb.MarketState.toObject(pb.MarketState.decode(v), { defaults: true }) as any);
}

/** Refuses to store a value the store cannot read back: every amount, total, |equity| and index is at most 2^256 − 1. */
function checkBound(what: string, v: bigint): void {
  if (v > MAX_UINT256 || -v > MAX_UINT256) throw ErrIntegerOverflow(`${what} would be ${v}, above 2^256-1`);
}

export function setMarket(ctx: ReadCtx, m: Market): void {
  for (const [what, v] of [['cash', m.cash], ['total borrows', m.totalBorrows], ['total supply', m.totalSupply], ['equity', m.equity], ['supply index', m.supplyIndex], ['borrow index', m.borrowIndex]] as const) {
    checkBound(`market ${m.denom}: ${what}`, v);
  }
  kv(ctx).set(marketKey(m.denom), pb.MarketState.encode(pb.MarketState.fromObject(marketToJson(m))).finish());
}

/** Every listed market (supported or suspended) in denom byte order. */
export function allMarkets(ctx: ReadCtx): Market[] {
  const out: Market[] = [];
  for (const [, v] of kv(ctx).iterate(MARKET_PREFIX)) out.push(decodeMarket(v));
  return out;
}

export function countMarkets(ctx: ReadCtx): number {
  let n = 0;
  for (const _ of kv(ctx).iterate(MARKET_PREFIX)) n++;
  return n;
}

export interface PriceRecord { price: bigint; height: bigint }

export function getPrice(ctx: ReadCtx, denom: string): PriceRecord {
  const v = kv(ctx).get(priceKey(denom));
  if (!v) return { price: 0n, height: 0n };
  const p = pb.PriceEntry.decode(v);
  return { price: parseDec(p.price, 'price'), height: BigInt(p.height) };
}

export function setPrice(ctx: ReadCtx, denom: string, price: bigint, height: bigint): void {
  kv(ctx).set(priceKey(denom), pb.PriceEntry.encode({ denom, price: fmt(price), height: Number(height) }).finish());
}

export function allPrices(ctx: ReadCtx): { denom: string; price: bigint; height: bigint }[] {
  const out: { denom: string; price: bigint; height: bigint }[] = [];
  for (const [k, v] of kv(ctx).iterate(PRICE_PREFIX)) {
    const p = pb.PriceEntry.decode(v);
    out.push({ denom: denomFromKey(k), price: parseDec(p.price, 'price'), height: BigInt(p.height) });
  }
  return out;
}

export interface Checkpoint { principal: bigint; interestIndex: bigint }

export function getCheckpoint(ctx: ReadCtx, side: Side, address: string, denom: string): Checkpoint {
  const v = kv(ctx).get(checkpointKey(side, fromBech32(address), denom));
  if (!v) return { principal: 0n, interestIndex: 0n };
  const c = pb.Checkpoint.decode(v);
  return { principal: BigInt(c.principal), interestIndex: parseDec(c.interestIndex, 'interest index') };
}

/** A zero principal deletes the record ("no position"). */
export function setCheckpoint(ctx: ReadCtx, side: Side, address: string, denom: string, c: Checkpoint): void {
  checkBound(`${side} balance of ${address} in ${denom}`, c.principal);
  checkBound(`${side} checkpoint index of ${address} in ${denom}`, c.interestIndex);
  const key = checkpointKey(side, fromBech32(address), denom);
  if (c.principal === 0n) kv(ctx).delete(key);
  else kv(ctx).set(key, pb.Checkpoint.encode({ principal: c.principal.toString(), interestIndex: fmt(c.interestIndex) }).finish());
}

/** All checkpoints of one side: [address, denom, checkpoint] in key order. */
export function allCheckpoints(ctx: ReadCtx, side: Side): { address: string; denom: string; c: Checkpoint }[] {
  const out: { address: string; denom: string; c: Checkpoint }[] = [];
  for (const [k, v] of kv(ctx).iterate(sidePrefixOf(side))) {
    const { addr, denom } = parseCheckpointKey(k);
    const c = pb.Checkpoint.decode(v);
    out.push({ address: toBech32(addr), denom, c: { principal: BigInt(c.principal), interestIndex: parseDec(c.interestIndex, 'interest index') } });
  }
  return out;
}

/** Denoms in which `address` has a non-zero principal on `side`. */
export function accountDenoms(ctx: ReadCtx, side: Side, address: string): string[] {
  const prefix = accountPrefix(side, fromBech32(address));
  const out: string[] = [];
  for (const [k] of kv(ctx).iterate(prefix)) out.push(fromUtf8(k.subarray(prefix.length)));
  return out;
}

export interface Posting { event: string; debit: string; credit: string; amount: bigint }
export interface RateChange { borrowRate: bigint; supplyRate: bigint; supplyIndex: bigint; borrowIndex: bigint }

function nextSeq(ctx: ReadCtx, kind: 'ledger' | 'rates', denom: string): bigint {
  const key = journalCountKey(kind, denom);
  const n = readCount(kv(ctx).get(key));
  kv(ctx).set(key, u64BE(n + 1n));
  return n;
}

export function journalCount(ctx: ReadCtx, kind: 'ledger' | 'rates', denom: string): bigint {
  return readCount(kv(ctx).get(journalCountKey(kind, denom)));
}

const txHashOf = (ctx: ReadCtx & { tx?: { hash: Uint8Array } }) => (ctx.tx ? toHexUpper(ctx.tx.hash) : '');

export function appendPosting(ctx: ReadCtx & { tx?: { hash: Uint8Array } }, denom: string, p: Posting): void {
  const seq = nextSeq(ctx, 'ledger', denom);
  const e = { seq: Number(seq), height: ctx.block.height, txHash: txHashOf(ctx), event: p.event, debit: p.debit, credit: p.credit, amount: p.amount.toString() };
  kv(ctx).set(journalKey('ledger', denom, seq), pb.LedgerEntry.encode(e).finish());
}

export function appendRateChange(ctx: ReadCtx & { tx?: { hash: Uint8Array } }, denom: string, r: RateChange): void {
  const seq = nextSeq(ctx, 'rates', denom);
  const e = { seq: Number(seq), height: ctx.block.height, txHash: txHashOf(ctx), borrowRate: fmt(r.borrowRate), supplyRate: fmt(r.supplyRate), supplyIndex: fmt(r.supplyIndex), borrowIndex: fmt(r.borrowIndex) };
  kv(ctx).set(journalKey('rates', denom, seq), pb.RateRecord.encode(e).finish());
}

/** A page of a journal by sequence number: [offset, offset+limit) or, reversed, counting from the newest. */
export function journalPage(ctx: ReadCtx, kind: 'ledger' | 'rates', denom: string, offset: bigint, limit: bigint, reverse: boolean): Uint8Array[] {
  const total = journalCount(ctx, kind, denom);
  if (offset >= total || limit === 0n) return [];
  const prefix = journalPrefix(kind, denom);
  const lo = reverse ? (total - offset - limit > 0n ? total - offset - limit : 0n) : offset;
  const hi = reverse ? total - offset : offset + limit < total ? offset + limit : total;
  const out: Uint8Array[] = [];
  for (const [, v] of kv(ctx).iterate(prefix, { start: journalKey(kind, denom, lo), end: journalKey(kind, denom, hi), reverse })) out.push(v);
  return out;
}
