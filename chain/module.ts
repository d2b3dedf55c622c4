// The contract between the app and a module: one plain object per module.
import type { AminoMsg } from './codec/amino_json.js';
import type { Ctx, QueryCtx } from './context.js';

/**
 * A message route as the app uses it: the ante decodes, runs `validateBasic` and collects `signers`;
 * the block runs `handle`. Build one with `msgRoute`. Methods (not function-typed properties) so
 * that routes of different message types fit one `MsgRoute[]`: the app only ever passes a route's
 * own `decode` output to its other methods.
 */
export interface MsgRoute<M = unknown> {
  /** Proto type URL, e.g. "/marketchain.amm.v1.MsgSwapExactIn". */
  typeUrl: string;
  decode(bytes: Uint8Array): M;
  /** Stateless checks; throws a ChainError. */
  validateBasic(msg: M): void;
  /** Bech32 addresses that must sign the tx (the msg's signer field). */
  signers(msg: M): string[];
  /** Executes the message; returns the encoded response (wrapped as Any typeUrl+"Response"). */
  handle(ctx: Ctx, msg: M): Uint8Array | void;
  /**
   * Optional CheckTx work after the ante, on a branch of the check state that is thrown away: refuse
   * what is certain to fail (a proof that cannot verify) before the mempool, and warm what the block
   * will redo (a verifier's verdict cache). Throws a ChainError to refuse; must not depend on other
   * messages of the same tx having run (they have not).
   */
  checkTx?(ctx: Ctx, msg: M): void;
  /** The message's Amino name and JSON shape, for SIGN_MODE_LEGACY_AMINO_JSON (chain/tx/amino_sign_doc.ts). */
  amino?: AminoMsg;
}

/** A generated protobuf message type (proto/gen, cosmjs-types) as far as routing reads it. */
export interface ProtoDecoder<M> {
  decode(bytes: Uint8Array): M;
}

/** A generated protobuf response type as far as routing writes it. */
export interface ProtoEncoder<R> {
  encode(message: R): { finish(): Uint8Array };
}

export interface MsgRouteSpec<M, R> {
  typeUrl: string;
  /** The generated message type. */
  msg: ProtoDecoder<M>;
  /** The generated `MsgXResponse` type. */
  response: ProtoEncoder<R>;
  /** Stateless checks; throws a ChainError. */
  validateBasic(msg: NoInfer<M>): void;
  /** The bech32 address that must sign (the msg's signer field). */
  signer(msg: NoInfer<M>): string;
  /** Executes the message and returns the response fields. */
  handle(ctx: Ctx, msg: NoInfer<M>): R;
  /** See MsgRoute.checkTx. */
  checkTx?(ctx: Ctx, msg: NoInfer<M>): void;
}

/** The signer of a message whose signer field is `sender` (every marketchain message). */
export const bySender = (msg: { sender: string }): string => msg.sender;

/** The one way a module declares a message: typed from the generated types, no casts. */
export function msgRoute<M, R>(spec: MsgRouteSpec<M, R>): MsgRoute<M> {
  const { msg, response, signer, handle } = spec;
  return {
    typeUrl: spec.typeUrl,
    decode: (bytes) => msg.decode(bytes),
    validateBasic: spec.validateBasic,
    signers: (m) => [signer(m)],
    handle: (ctx, m) => response.encode(handle(ctx, m)).finish(),
    ...(spec.checkTx ? { checkTx: spec.checkTx } : {}),
  };
}

/**
 * The routes with their Amino JSON declarations (a module's amino.ts, keyed by type URL) attached.
 * Every route must have one and every declaration a route: a message signable with DIRECT only, or a
 * stale declaration, is a wiring error.
 */
export function withAmino(routes: MsgRoute[], amino: Readonly<Record<string, AminoMsg>>): MsgRoute[] {
  const left = new Set(Object.keys(amino));
  const out = routes.map((r) => {
    const a = amino[r.typeUrl];
    if (!a) throw new Error(`message ${r.typeUrl} has no Amino JSON declaration`);
    left.delete(r.typeUrl);
    return { ...r, amino: a };
  });
  if (left.size > 0) throw new Error(`Amino JSON declarations without a message route: ${[...left].join(', ')}`);
  return out;
}

/** Handles a gRPC-style query path; request and response are protobuf bytes. */
export type QueryHandler = (ctx: QueryCtx, data: Uint8Array) => Uint8Array;

export interface InvariantResult {
  broken: boolean;
  message: string;
}

export interface Invariant {
  name: string;
  check(ctx: QueryCtx): InvariantResult;
}

export interface GenesisSpec<G = unknown> {
  /** The module's section of a fresh genesis. */
  defaultGenesis(): G;
  /** Pure validation of a parsed JSON section; throws Error with a clear message. */
  validateGenesis(g: unknown): G;
  initGenesis(ctx: Ctx, g: G): void;
  exportGenesis(ctx: QueryCtx): G;
}

export interface Module<G = unknown> {
  /** Module name: store name, codespace, genesis key, event prefix. */
  name: string;
  /** Store byte from chain/store/db_keys.ts; never reused. */
  storeByte: number;
  msgs: MsgRoute[];
  queries: Record<string, QueryHandler>;
  genesis: GenesisSpec<G>;
  invariants: Invariant[];
  /** The local dev chain's section of genesis (`start --dev`), given the dev account. */
  devGenesis?(devAddress: string): G;
  beginBlock?(ctx: Ctx): void;
  /** Bounded work only. */
  endBlock?(ctx: Ctx): void;
}
