// What repo needs from other modules (wired in index.ts).
import type { Coin } from '../../chain/coins.js';
import type { Ctx, ReadCtx } from '../../chain/context.js';

export interface RepoBank {
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
  getAllBalances(ctx: ReadCtx, address: string): Coin[];
  sendCoins(ctx: Ctx, from: string, to: string, coins: Coin[]): void;
}
