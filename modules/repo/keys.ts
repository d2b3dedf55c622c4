// repo store layout (store byte 0x12). Numbers are u64BE so key order is numeric order.
import { concat, fromUtf8, lengthPrefixed, readU64BE, u64BE, utf8 } from '../../chain/codec/bytes.js';

export const PARAMS_KEY = Uint8Array.of(0x00);
export const NEXT_ROUND_ID_KEY = Uint8Array.of(0x01);
export const ROUND_PREFIX = Uint8Array.of(0x02);
export const PHASE_INDEX_PREFIX = Uint8Array.of(0x03);
export const PARTY_INDEX_PREFIX = Uint8Array.of(0x04);
export const DEADLINE_QUEUE_PREFIX = Uint8Array.of(0x05);
/** 0x06 ‖ len ‖ address → Agent (sealed mode). */
export const AGENT_PREFIX = Uint8Array.of(0x06);
/** 0x07 ‖ sha256(canonical vk) → canonical vk bytes (math/groth16.ts encodeVk). */
export const VK_PREFIX = Uint8Array.of(0x07);

/** 0x08 ‖ sha256(proof bytes) → accepted-proof entry (u64BE round id ‖ use byte). */
export const PROOF_USE_PREFIX = Uint8Array.of(0x08);
/** 0x09 ‖ 32-byte sealed commitment → accepted-commitment entry (u64BE round id ‖ use byte). */
export const COMMITMENT_USE_PREFIX = Uint8Array.of(0x09);

export function proofUseKey(proofHash: Uint8Array): Uint8Array {
  return concat(PROOF_USE_PREFIX, proofHash);
}

export function commitmentUseKey(commitment: Uint8Array): Uint8Array {
  return concat(COMMITMENT_USE_PREFIX, commitment);
}

export function agentKey(addr: Uint8Array): Uint8Array {
  return concat(AGENT_PREFIX, lengthPrefixed(addr));
}

export function vkKey(hash: Uint8Array): Uint8Array {
  return concat(VK_PREFIX, hash);
}

export function roundKey(id: bigint): Uint8Array {
  return concat(ROUND_PREFIX, u64BE(id));
}

export function parseRoundKey(key: Uint8Array): bigint {
  if (key[0] !== ROUND_PREFIX[0] || key.length !== 9) throw new Error('not a round key');
  return readU64BE(key, 1);
}

export function phaseIndexPrefix(phase: string): Uint8Array {
  return concat(PHASE_INDEX_PREFIX, lengthPrefixed(utf8(phase)));
}

export function phaseIndexKey(phase: string, id: bigint): Uint8Array {
  return concat(phaseIndexPrefix(phase), u64BE(id));
}

export function parsePhaseIndexKey(key: Uint8Array): { phase: string; id: bigint } {
  if (key[0] !== PHASE_INDEX_PREFIX[0]) throw new Error('not a phase index key');
  const len = key[1]!;
  return { phase: fromUtf8(key.subarray(2, 2 + len)), id: readU64BE(key, 2 + len) };
}

export function partyIndexPrefix(addr: Uint8Array): Uint8Array {
  return concat(PARTY_INDEX_PREFIX, lengthPrefixed(addr));
}

export function partyIndexKey(addr: Uint8Array, id: bigint): Uint8Array {
  return concat(partyIndexPrefix(addr), u64BE(id));
}

export function parsePartyIndexKey(key: Uint8Array): { addr: Uint8Array; id: bigint } {
  if (key[0] !== PARTY_INDEX_PREFIX[0]) throw new Error('not a party index key');
  const len = key[1]!;
  return { addr: key.subarray(2, 2 + len), id: readU64BE(key, 2 + len) };
}

export function deadlineKey(height: bigint, id: bigint): Uint8Array {
  return concat(DEADLINE_QUEUE_PREFIX, u64BE(height), u64BE(id));
}

export function parseDeadlineKey(key: Uint8Array): { height: bigint; id: bigint } {
  if (key[0] !== DEADLINE_QUEUE_PREFIX[0] || key.length !== 17) throw new Error('not a deadline key');
  return { height: readU64BE(key, 1), id: readU64BE(key, 9) };
}
