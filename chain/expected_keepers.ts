// What modules may ask of keepers they do not own (the Cosmos SDK's expected_keepers.go): one
// interface per keeper, implemented by its module and passed in by node/app_factory.ts. A module's
// deps.ts narrows it to the methods the module calls.
import type { Coin } from './coins.js';
import type { Ctx, ReadCtx } from './context.js';

export interface BankKeeper {
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
  getAllBalances(ctx: ReadCtx, address: string): Coin[];
  /** Moves coins between accounts; module accounts included (only MsgSend refuses them). */
  sendCoins(ctx: Ctx, from: string, to: string, coins: Coin[]): void;
}
