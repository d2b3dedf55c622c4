// The composition root: which modules the chain runs, in genesis / end-block order, and how they are wired.
import { App, type AppOptions } from '../chain/app.js';
import { moduleAddress, toBech32 } from '../chain/crypto.js';
import type { Module } from '../chain/module.js';
import { authModule } from '../modules/auth/index.js';
import { ensureAccount, getAccount, setAccount } from '../modules/auth/keeper.js';
import { bankModule } from '../modules/bank/index.js';
import { moneymarketModule } from '../modules/moneymarket/index.js';
import { ammModule } from '../modules/amm/index.js';
import { repoModule } from '../modules/repo/index.js';
import { sendCoins } from '../modules/bank/keeper.js';

export const FEE_COLLECTOR = toBech32(moduleAddress('fee_collector'));

export function appModules(): Module[] {
  return [authModule, bankModule, moneymarketModule, ammModule, repoModule];
}

export function createMarketApp(opts: Partial<Omit<AppOptions, 'modules' | 'anteDeps'>> = {}): App {
  return new App({
    ...opts,
    modules: appModules(),
    anteDeps: {
      getAccount,
      setAccount,
      simulatedFee: { denom: 'umkt', amount: 1n },
      deductFee: (ctx, payer, fee) => {
        ensureAccount(ctx, FEE_COLLECTOR);
        sendCoins(ctx, payer, FEE_COLLECTOR, fee);
      },
    },
  });
}
