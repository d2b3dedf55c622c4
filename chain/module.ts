// The contract between the app and a module: one plain object per module.
import type { Ctx, QueryCtx } from './context.js';

export interface MsgRoute<M = any> {
  /** Proto type URL, e.g. "/marketchain.amm.v1.MsgSwapExactIn". */
  typeUrl: string;
  decode(bytes: Uint8Array): M;
  /** Stateless checks; throws a ChainError. */
  validateBasic(msg: M): void;
  /** Bech32 addresses that must sign the tx (the msg's signer field). */
  signers(msg: M): string[];
  /** Executes the message; returns the encoded response (wrapped as Any typeUrl+"Response"). */
  handle(ctx: Ctx, msg: M): Uint8Array | void;
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
  beginBlock?(ctx: Ctx): void;
  /** Bounded work only. */
  endBlock?(ctx: Ctx): void;
}
