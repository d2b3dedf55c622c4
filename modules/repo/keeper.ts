// The only code that reads or writes repo keys: params, the id counter, rounds and their indexes
// (phase, party, deadline queue). Indexes are rewritten from the stored round on every save.
import { readU64BE, u64BE } from '../../chain/codec/bytes.js';
import type { ReadCtx } from '../../chain/context.js';
import { fromBech32, moduleAddress, toBech32 } from '../../chain/crypto.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { marketchain } from '../../proto/repo.js';
import { ErrRoundNotFound } from './errors.js';
import {
  AGENT_PREFIX, agentKey, VK_PREFIX, vkKey, commitmentUseKey, proofUseKey, PROOF_USE_PREFIX, COMMITMENT_USE_PREFIX,
  DEADLINE_QUEUE_PREFIX, deadlineKey, NEXT_ROUND_ID_KEY, PARAMS_KEY, parseDeadlineKey, parsePartyIndexKey,
  parsePhaseIndexKey, parseRoundKey, partyIndexKey, partyIndexPrefix, phaseIndexKey, phaseIndexPrefix, ROUND_PREFIX, roundKey,
} from './keys.js';
import { defaultParams, type RepoParams } from './params.js';
import { currentDeadline, escrowOf, isOpen, type Round } from './round.js';

const { Round: RoundProto, Params: ParamsProto, Agent: AgentProto } = marketchain.repo.v1;
export type Agent = marketchain.repo.v1.Agent;
const kv = (ctx: ReadCtx) => ctx.kv(STORE_BYTES.repo);

export const REPO_MODULE_ADDRESS = toBech32(moduleAddress('repo'));

export function getParams(ctx: ReadCtx): RepoParams {
  const v = kv(ctx).get(PARAMS_KEY);
  if (!v) return defaultParams();
  const p = ParamsProto.decode(v);
  return {
    minBond: p.minBond, fixedPenalty: p.fixedPenalty, maxPoints: p.maxPoints, maxRateBps: p.maxRateBps, maxHurdleBps: p.maxHurdleBps,
    blocksPerYear: p.blocksPerYear, graceBlocks: p.graceBlocks, maxPhaseBlocks: p.maxPhaseBlocks,
    maxTenorBlocks: p.maxTenorBlocks, maxExpiriesPerBlock: p.maxExpiriesPerBlock, treasury: p.treasury,
    agentBond: p.agentBond, sealVerifyGas: p.sealVerifyGas, selectVerifyGas: p.selectVerifyGas, sealVkHash: p.sealVkHash, selectVkHash: p.selectVkHash,
  };
}

export function setParams(ctx: ReadCtx, p: RepoParams): void {
  kv(ctx).set(PARAMS_KEY, ParamsProto.encode(p).finish());
}

export function getNextRoundId(ctx: ReadCtx): bigint {
  const v = kv(ctx).get(NEXT_ROUND_ID_KEY);
  return v ? readU64BE(v) : 1n;
}

export function setNextRoundId(ctx: ReadCtx, id: bigint): void {
  kv(ctx).set(NEXT_ROUND_ID_KEY, u64BE(id));
}

/** Takes the next id and advances the counter. */
export function allocateRoundId(ctx: ReadCtx): bigint {
  const id = getNextRoundId(ctx);
  setNextRoundId(ctx, id + 1n);
  return id;
}

export function findRound(ctx: ReadCtx, id: bigint): Round | undefined {
  const v = kv(ctx).get(roundKey(id));
  return v ? RoundProto.decode(v) : undefined;
}

export function getRound(ctx: ReadCtx, id: bigint): Round {
  const r = findRound(ctx, id);
  if (!r) throw ErrRoundNotFound(`round ${id}`);
  return r;
}

/** Dealers, clients and (sealed) the agent: whom the party index lists the round under. */
function parties(r: Round): string[] {
  return [...new Set([r.bdMm, r.bdRm, r.mmClient, r.rmClient, ...(r.agent ? [r.agent] : [])])].sort();
}

function dropIndexes(ctx: ReadCtx, r: Round): void {
  const id = BigInt(r.id);
  kv(ctx).delete(phaseIndexKey(r.phase, id));
  const d = currentDeadline(r);
  if (d !== null) kv(ctx).delete(deadlineKey(d, id));
}

/** Writes a round and brings its phase, party and deadline-queue entries up to date. */
export function saveRound(ctx: ReadCtx, r: Round): void {
  const id = BigInt(r.id);
  if (!isOpen(r) && r.agentBondHeld) throw new Error(`repo: round ${id} closes as ${r.phase} while still reserving agent bond ${r.agentBond}`);
  if (!isOpen(r) && escrowOf(r).length > 0) {
    throw new Error(`repo: round ${id} closes as ${r.phase} while still holding ${escrowOf(r).map((c) => `${c.amount}${c.denom}`).join(',')} in escrow`);
  }
  const prev = findRound(ctx, id);
  if (prev) dropIndexes(ctx, prev);
  else for (const p of parties(r)) kv(ctx).set(partyIndexKey(fromBech32(p), id), Uint8Array.of(1));
  kv(ctx).set(roundKey(id), RoundProto.encode(r).finish());
  kv(ctx).set(phaseIndexKey(r.phase, id), Uint8Array.of(1));
  const d = currentDeadline(r);
  if (d !== null) kv(ctx).set(deadlineKey(d, id), Uint8Array.of(1));
}

/** All rounds in id order. */
export function* iterateRounds(ctx: ReadCtx, startAfter = 0n): Generator<Round> {
  for (const [, v] of kv(ctx).iterate(ROUND_PREFIX, { start: roundKey(startAfter + 1n) })) yield RoundProto.decode(v);
}

/** Ids of rounds in `phase`, ascending. */
export function* roundIdsInPhase(ctx: ReadCtx, phase: string, startAfter = 0n): Generator<bigint> {
  for (const [k] of kv(ctx).iterate(phaseIndexPrefix(phase), { start: phaseIndexKey(phase, startAfter + 1n) })) yield parsePhaseIndexKey(k).id;
}

/** Ids of rounds in which `address` is a dealer or client, ascending. */
export function* roundIdsOfParty(ctx: ReadCtx, address: string, startAfter = 0n): Generator<bigint> {
  const addr = fromBech32(address);
  for (const [k] of kv(ctx).iterate(partyIndexPrefix(addr), { start: partyIndexKey(addr, startAfter + 1n) })) yield parsePartyIndexKey(k).id;
}

/** Up to `limit` (height, id) queue entries whose deadline is <= `height`, in deadline then id order. */
export function expiredEntries(ctx: ReadCtx, height: bigint, limit: number): { height: bigint; id: bigint }[] {
  const out: { height: bigint; id: bigint }[] = [];
  for (const [k] of kv(ctx).iterate(DEADLINE_QUEUE_PREFIX, { end: deadlineKey(height + 1n, 0n) })) {
    if (out.length >= limit) break;
    out.push(parseDeadlineKey(k));
  }
  return out;
}

/** Number of deadline-queue entries and round ids (for invariants). */
export function queueEntries(ctx: ReadCtx): { height: bigint; id: bigint }[] {
  return [...kv(ctx).iterate(DEADLINE_QUEUE_PREFIX)].map(([k]) => parseDeadlineKey(k));
}

export { parseRoundKey };

export function findAgent(ctx: ReadCtx, address: string): Agent | undefined {
  const v = kv(ctx).get(agentKey(fromBech32(address)));
  return v ? AgentProto.decode(v) : undefined;
}

export function saveAgent(ctx: ReadCtx, a: Agent): void {
  kv(ctx).set(agentKey(fromBech32(a.address)), AgentProto.encode(a).finish());
}

export function* iterateAgents(ctx: ReadCtx): Generator<Agent> {
  for (const [, v] of kv(ctx).iterate(AGENT_PREFIX)) yield AgentProto.decode(v);
}

/** The canonical bytes of the verification key with this sha256, if stored. */
export function getVkBytes(ctx: ReadCtx, hash: Uint8Array): Uint8Array | undefined {
  return kv(ctx).get(vkKey(hash)) ?? undefined;
}

export function setVkBytes(ctx: ReadCtx, hash: Uint8Array, bytes: Uint8Array): void {
  kv(ctx).set(vkKey(hash), bytes);
}

export function* iterateVks(ctx: ReadCtx): Generator<[Uint8Array, Uint8Array]> {
  for (const [k, v] of kv(ctx).iterate(VK_PREFIX)) yield [k.subarray(1), v];
}

// ---- accepted proofs and sealed commitments (sealed mode) ----------------------------------------

/** What an accepted proof or sealed commitment was used for. */
export type ProofUse = 'mm' | 'rm' | 'select';
const USE_BYTE: Record<ProofUse, number> = { mm: 1, rm: 2, select: 3 };
const USE_OF = ['', 'mm', 'rm', 'select'] as const;

export interface ProofUseEntry { roundId: bigint; use: ProofUse }

function encodeUse(e: ProofUseEntry): Uint8Array {
  const out = new Uint8Array(9);
  out.set(u64BE(e.roundId), 0);
  out[8] = USE_BYTE[e.use];
  return out;
}

function decodeUse(v: Uint8Array): ProofUseEntry {
  const use = USE_OF[v[8] ?? 0];
  if (v.length !== 9 || !use) throw new Error('repo: malformed proof-use entry');
  return { roundId: readU64BE(v, 0), use };
}

/** The round (and role) that accepted a proof with this sha256, if any. */
export function findProofUse(ctx: ReadCtx, proofHash: Uint8Array): ProofUseEntry | undefined {
  const v = kv(ctx).get(proofUseKey(proofHash));
  return v ? decodeUse(v) : undefined;
}

/** The round (and role) that accepted this sealed commitment, if any. */
export function findCommitmentUse(ctx: ReadCtx, commitment: Uint8Array): ProofUseEntry | undefined {
  const v = kv(ctx).get(commitmentUseKey(commitment));
  return v ? decodeUse(v) : undefined;
}

export function setProofUse(ctx: ReadCtx, proofHash: Uint8Array, e: ProofUseEntry): void {
  kv(ctx).set(proofUseKey(proofHash), encodeUse(e));
}

export function setCommitmentUse(ctx: ReadCtx, commitment: Uint8Array, e: ProofUseEntry): void {
  kv(ctx).set(commitmentUseKey(commitment), encodeUse(e));
}

/** Every index entry as [kind, proof hash or commitment, entry] (for invariants and tests). */
export function* iterateUses(ctx: ReadCtx): Generator<['proof' | 'commitment', Uint8Array, ProofUseEntry]> {
  for (const [k, v] of kv(ctx).iterate(PROOF_USE_PREFIX)) yield ['proof', k.subarray(1), decodeUse(v)];
  for (const [k, v] of kv(ctx).iterate(COMMITMENT_USE_PREFIX)) yield ['commitment', k.subarray(1), decodeUse(v)];
}

/**
 * Indexes what a sealed round has accepted, from the round itself (its proof hashes and commitments):
 * the handlers call it as they accept, genesis import rebuilds the index with it, so export needs no
 * section of its own.
 */
export function indexAcceptedProofs(ctx: ReadCtx, r: Round): void {
  if (r.privacy !== 1) return;
  const id = BigInt(r.id);
  for (const [use, sealed, commitment] of [['mm', r.sealedMm, r.commitmentMm], ['rm', r.sealedRm, r.commitmentRm]] as const) {
    if (!sealed) continue;
    if (sealed.proofHash?.length === 32) setProofUse(ctx, sealed.proofHash, { roundId: id, use });
    if (commitment.length === 32) setCommitmentUse(ctx, commitment, { roundId: id, use });
  }
  if (r.selectProofHash.length === 32) setProofUse(ctx, r.selectProofHash, { roundId: id, use: 'select' });
}
