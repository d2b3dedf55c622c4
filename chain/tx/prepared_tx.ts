// A tx as admission prepared it: its bytes, hash, decoded form (or decode error), the outcome of the
// ante's block-independent stateless steps, and one slot per signature holding its verified result.
// It is made once (CheckTx, a proposal's or a stored block's bytes) and passed on explicitly, so
// CheckTx, the block and replay neither decode, hash, check nor verify a tx twice, and what is derived
// from a tx is held by its prepared value only (no cache elsewhere keeps it).
import { equalBytes, toHexUpper } from '../codec/bytes.js';
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

/** What preparing needs of a chain's bundle envelope (chain/bundle_envelope.ts's EnvelopeRules). */
export interface EnvelopeOpener {
  /** The envelope message's type URL. */
  typeUrl: string;
  /** The searcher and the inner txs of an envelope message (decoded by its route) whose validateBasic passed. */
  open(msg: unknown): { searcher: string; txs: Uint8Array[] };
}

/** What preparing needs of the app: its message routes and ante limits, and its bundle envelope if it has one. */
export interface PrepareEnv {
  routes: Map<string, { route: MsgRoute; moduleName: string }>;
  limits: AnteLimits;
  envelope?: EnvelopeOpener;
}

/** An envelope's contents, prepared with it: its searcher and its inner txs, each prepared once. */
export interface PreparedEnvelope {
  searcher: string;
  txs: PreparedTx[];
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
    /**
     * For a bundle envelope (one message, the chain's envelope type, stateless steps passed): its
     * searcher and inner txs, prepared when the envelope was, so the envelope's CheckTx, the block and
     * replay find them decoded and their signatures verified.
     */
    readonly envelope?: PreparedEnvelope,
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
  return new PreparedTx(bytes, hash, decoded, undefined, stateless, stateless instanceof Error ? undefined : prepareEnvelope(env, decoded, stateless));
}

/**
 * The inner txs of an envelope, prepared without opening envelopes among them (an envelope inside an
 * envelope is an ordinary inner tx: its own message handler runs, so preparing stays one level deep
 * and bounded by the envelope's bytes).
 */
function prepareEnvelope(env: PrepareEnv, decoded: DecodedTx, sl: StatelessResult): PreparedEnvelope | undefined {
  const rules = env.envelope;
  if (!rules || sl.msgs.length !== 1 || decoded.body.messages[0]!.typeUrl !== rules.typeUrl) return undefined;
  const { searcher, txs } = rules.open(sl.msgs[0]!.msg);
  const inner: PrepareEnv = { routes: env.routes, limits: env.limits };
  return { searcher, txs: txs.map((t) => prepareTx(inner, t)) };
}

/**
 * A block's txs prepared in order (a prepared input kept as it is): the txs right after an envelope that
 * are its inner txs, in order, are the envelope's prepared inner txs rather than being prepared again.
 */
export function prepareBlockTxs(txs: readonly TxInput[], prepare: (bytes: Uint8Array) => PreparedTx): PreparedTx[] {
  const out: PreparedTx[] = [];
  for (let i = 0; i < txs.length; ) {
    const t = txs[i++]!;
    const p = t instanceof PreparedTx ? t : prepare(t);
    out.push(p);
    const inner = p.envelope?.txs;
    if (!inner) continue;
    for (const q of inner) {
      const next = txs[i];
      if (!(next instanceof Uint8Array) || !equalBytes(next, q.bytes)) break;
      out.push(q);
      i++;
    }
  }
  return out;
}

/** Records one pool answer to the jobs of several txs (`jobs[k]` made for `txs[k]`, answered in that order). */
export function recordVerifiedEach(txs: readonly PreparedTx[], jobs: readonly SigJob[][], ok: readonly boolean[]): void {
  let at = 0;
  txs.forEach((t, k) => {
    const mine = jobs[k]!;
    t.recordVerified(mine, ok.slice(at, at + mine.length));
    at += mine.length;
  });
}

/** A prepared tx as it is, or bytes prepared now (a driver that hands bytes, as CometBFT does). */
export type TxInput = Uint8Array | PreparedTx;

export function asPrepared(env: PrepareEnv, tx: TxInput): PreparedTx {
  return tx instanceof PreparedTx ? tx : prepareTx(env, tx);
}
