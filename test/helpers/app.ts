// A fresh whole app on in-memory state with funded test accounts.
import type { App, TxInput } from '../../chain/app.js';
import { createMarketApp } from '../../node/app_factory.js';
import { testAccount, type TestAccount } from './accounts.js';

export const TEST_CHAIN_ID = 'marketchain-test';
export const GENESIS_TIME = '2026-01-01T00:00:00.000000000Z';

export interface TestChain {
  app: App;
  accounts: TestAccount[];
  /** The app_state the chain started from (to replay its blocks on a fresh app). */
  genesis: Record<string, unknown>;
  /** Finalizes and commits a block at the next height with the given txs; time advances one second per block. */
  block(txs: readonly TxInput[]): ReturnType<App['finalizeBlock']>;
}

export function blockTime(height: number): string {
  const d = new Date(Date.UTC(2026, 0, 1) + height * 1000);
  return d.toISOString().replace('Z', '000000Z').replace(/\.(\d{3})000000Z$/, '.$1000000Z');
}

/** `appOptions`: what createMarketApp is given (e.g. a counting signature verifier). */
export async function makeTestChain(
  n = 3,
  coins = [{ denom: 'umkt', amount: '1000000000' }, { denom: 'uusdc', amount: '1000000000' }],
  extraGenesis: Record<string, unknown> = {},
  appOptions: Parameters<typeof createMarketApp>[0] = {},
): Promise<TestChain> {
  const accounts: TestAccount[] = [];
  for (let i = 0; i < n; i++) accounts.push(await testAccount(String(i)));
  const app = createMarketApp(appOptions);
  const genesis = {
    bank: { balances: accounts.map((a) => ({ address: a.address, coins })), supply: [] },
    ...extraGenesis,
  };
  app.initChain(TEST_CHAIN_ID, GENESIS_TIME, genesis);
  return {
    app,
    accounts,
    genesis,
    block(txs) {
      const h = app.lastHeight + 1;
      const out = app.finalizeBlock({ height: h, time: blockTime(h), txs });
      app.commit();
      return out;
    },
  };
}
