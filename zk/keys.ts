// Baby Jubjub keys of the selection agent (and the dealers' one-time ephemeral keys). A secret is a
// scalar in [1, subOrder); its public key is secret · Base8. The shared key of the Poseidon cipher
// is ephSk · agentPub = agentSk · ephPub.
import { Base8, inCurve, mulPointEscalar, subOrder } from '@zk-kit/baby-jubjub';
import { FIELD_R, fieldFromBytes, fieldsFromBytes, fieldsToBytes, fieldToBytes } from '../modules/repo/math/sealed.js';

export type BabyPoint = readonly [bigint, bigint];

export interface AgentKey {
  sk: bigint;
  pub: BabyPoint;
}

/** A uniformly random scalar in [1, subOrder), by rejection from 256 random bits masked to 251. */
export function randomScalar(): bigint {
  for (;;) {
    const b = crypto.getRandomValues(new Uint8Array(32));
    b[0]! &= 0x07;
    let v = 0n;
    for (const x of b) v = (v << 8n) | BigInt(x);
    if (v > 0n && v < subOrder) return v;
  }
}

/** A uniformly random field element below 2^bits. */
export function randomBits(bits: number): bigint {
  const bytes = Math.ceil(bits / 8);
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v & ((1n << BigInt(bits)) - 1n);
}

export function publicKeyOf(sk: bigint): BabyPoint {
  if (sk <= 0n || sk >= subOrder) throw new RangeError('a Baby Jubjub secret must be in [1, subOrder)');
  const p = mulPointEscalar(Base8, sk);
  return [p[0], p[1]];
}

export function generateAgentKey(): AgentKey {
  const sk = randomScalar();
  return { sk, pub: publicKeyOf(sk) };
}

export function sharedKey(sk: bigint, pub: BabyPoint): BabyPoint {
  const p = mulPointEscalar([pub[0], pub[1]], sk);
  return [p[0], p[1]];
}

/** On the curve and in the prime-order subgroup (so ECDH with it is the agent's, not a small-order trap). */
export function isValidPublicKey(p: BabyPoint): boolean {
  if (p[0] < 0n || p[0] >= FIELD_R || p[1] < 0n || p[1] >= FIELD_R) return false;
  if (!inCurve([p[0], p[1]])) return false;
  const o = mulPointEscalar([p[0], p[1]], subOrder);
  return o[0] === 0n && o[1] === 1n && !(p[0] === 0n && p[1] === 1n);
}

/** 64 bytes: x ‖ y, each 32-byte big-endian (the on-chain form of sealed.ts). */
export function encodePublicKey(p: BabyPoint): Uint8Array {
  return fieldsToBytes([p[0], p[1]]);
}

export function decodePublicKey(b: Uint8Array): BabyPoint | null {
  const f = fieldsFromBytes(b, 2);
  if (f === null) return null;
  const p: BabyPoint = [f[0]!, f[1]!];
  return isValidPublicKey(p) ? p : null;
}

export function encodeSecretKey(sk: bigint): Uint8Array {
  return fieldToBytes(sk);
}

export function decodeSecretKey(b: Uint8Array): bigint | null {
  const v = fieldFromBytes(b);
  return v !== null && v > 0n && v < subOrder ? v : null;
}

/** The agent key file: JSON with hex fields, secret and public. */
export function agentKeyToJson(k: AgentKey): string {
  const hex = (u: Uint8Array) => Buffer.from(u).toString('hex');
  return JSON.stringify({ type: 'babyjubjub', sk: hex(encodeSecretKey(k.sk)), pub: hex(encodePublicKey(k.pub)) }, null, 2) + '\n';
}

export function agentKeyFromJson(text: string): AgentKey {
  const o = JSON.parse(text) as { type?: unknown; sk?: unknown; pub?: unknown };
  if (o.type !== 'babyjubjub' || typeof o.sk !== 'string' || typeof o.pub !== 'string') throw new Error('not a Baby Jubjub agent key file');
  const sk = decodeSecretKey(Buffer.from(o.sk, 'hex'));
  if (sk === null) throw new Error('agent key: bad secret');
  const pub = publicKeyOf(sk);
  const stated = decodePublicKey(Buffer.from(o.pub, 'hex'));
  if (stated === null || stated[0] !== pub[0] || stated[1] !== pub[1]) throw new Error('agent key: public key does not match the secret');
  return { sk, pub };
}
