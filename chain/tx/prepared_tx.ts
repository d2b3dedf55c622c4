// A tx as admission prepared it: its bytes, hash, decoded form (or decode error), the outcome of the
// ante's block-independent stateless steps, and one slot per signature holding its verified result.
// It is made once (CheckTx, a proposal's or a stored block's bytes) and passed on explicitly, so
// CheckTx, the block and replay neither decode, hash, check nor verify a tx twice, and what is derived
// from a tx is held by its prepared value only (no cache elsewhere keeps it).
import { toHexUpper } from '../codec/bytes.js';
import { sha256 } from '../crypto.js';
import { toChainError, type ChainError } from '../errors.js';
import { anteStatic, type AnteLimits, type StatelessResult } from './ante.js';
import { decodeTx, type DecodedTx } from './decode.js';
import type { MsgRoute } from '../module.js';

/** A signature's verified result and the sign doc it holds for (the tx's bytes fix the rest of it). */
export interface SignatureSlot {
  chainId: string;
  accountNumber: bigint;
  pubKey: Uint8Array;
  ok: boolean;
}

/** One signature check: SIGN_MODE_DIRECT sign bytes, 64-byte signature, compressed pubkey. */
export interface SigJob {
  msg: Uint8Array;
  sig: Uint8Array;
  pk: Uint8Array;
  /** The signature slot and sign doc the job was made for (App.signatureJobs): its result fills that slot. */
  slot?: { index: number; chainId: string; accountNumber: bigint };
}

/** What preparing needs of the app: its message routes and ante limits. */
export interface PrepareEnv {
  routes: Map<string, { route: MsgRoute; moduleName: string }>;
  limits: AnteLimits;
}

export class PreparedTx {
  /** Verified results by signer index, filled by the worker pool's answers or by the ante's own verification. */
  readonly signatures: (SignatureSlot | undefined)[] = [];
  private hex: string | undefined;

  constructor(
    readonly bytes: Uint8Array,
    /** sha256 of the bytes (the tx hash). Read, never written. */
    readonly hash: Uint8Array,
    /** The decoded tx (undefined when decoding failed). */
    readonly decoded: DecodedTx | undefined,
    /** Why the bytes do not decode (sdk/2 and the like), or undefined. */
    readonly decodeError: ChainError | undefined,
    /**
     * The ante's stateless steps that depend on no block and no mode but simulate (messages decoded and
     * validated, signers, signature count and lengths, fee and gas limit), or the first error they gave.
     */
    readonly stateless: StatelessResult | ChainError,
  ) {}

  /** The decoded tx; throws the decode error for bytes that do not decode. */
  decodedOrThrow(): DecodedTx {
    if (this.decoded === undefined) throw this.decodeError!;
    return this.decoded;
  }

  /** The tx hash as upper hex (the mempool's and the RPC's key). */
  get hashHex(): string {
    return (this.hex ??= toHexUpper(this.hash));
  }

  /** The verified result for signature `index` when it was verified for this chain id, account number and key. */
  knownSignature(index: number, chainId: string, accountNumber: bigint, pubKey: Uint8Array): boolean | undefined {
    const s = this.signatures[index];
    if (!s || s.accountNumber !== accountNumber || s.chainId !== chainId) return undefined;
    if (s.pubKey !== pubKey && !sameKey(s.pubKey, pubKey)) return undefined;
    return s.ok;
  }

  recordSignature(index: number, slot: SignatureSlot): void {
    this.signatures[index] = slot;
  }

  /** Records a worker pool's answers to jobs made for this tx (jobs without a slot are ignored). */
  recordVerified(jobs: readonly SigJob[], ok: readonly boolean[]): void {
    jobs.forEach((j, i) => {
      if (j.slot) this.signatures[j.slot.index] = { chainId: j.slot.chainId, accountNumber: j.slot.accountNumber, pubKey: j.pk, ok: ok[i] === true };
    });
  }
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Decodes, hashes and runs the block-independent stateless steps of `bytes`, once (`hash`: its sha256
 * when the caller has it already). Never throws: a failure is kept in the value.
 */
export function prepareTx(env: PrepareEnv, bytes: Uint8Array, hash = sha256(bytes)): PreparedTx {
  let decoded: DecodedTx;
  try {
    decoded = decodeTx(bytes);
  } catch (e) {
    const error = toChainError(e);
    return new PreparedTx(bytes, hash, undefined, error, error);
  }
  let stateless: StatelessResult | ChainError;
  try {
    stateless = anteStatic(decoded, env.routes, env.limits, 'deliver');
  } catch (e) {
    stateless = toChainError(e);
  }
  return new PreparedTx(bytes, hash, decoded, undefined, stateless);
}

/** A prepared tx as it is, or bytes prepared now (a driver that hands bytes, as CometBFT does). */
export type TxInput = Uint8Array | PreparedTx;

export function asPrepared(env: PrepareEnv, tx: TxInput): PreparedTx {
  return tx instanceof PreparedTx ? tx : prepareTx(env, tx);
}
