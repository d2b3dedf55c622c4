// The composition root: which modules the chain runs, in genesis / end-block order, and how they are wired.
import { App, type AppOptions } from '../chain/app.js';
import { moduleAddress, toBech32 } from '../chain/crypto.js';
import type { Module } from '../chain/module.js';
import { authModule } from '../modules/auth/index.js';
import { ensureAccount, getAccount, setAccount } from '../modules/auth/keeper.js';
import { bankKeeper, createBankModule } from '../modules/bank/index.js';
import { createMoneymarketModule, MONEYMARKET_ADDRESS } from '../modules/moneymarket/index.js';
import { AMM_BUNDLE_ENVELOPE, AMM_MODULE_ADDRESS, checkBundleRules, createAmmModule } from '../modules/amm/index.js';
import { createRepoModule, REPO_MODULE_ADDRESS } from '../modules/repo/index.js';
import { sendCoins } from '../modules/bank/keeper.js';
import type { ProposalRules } from '../chain/proposal.js';
import { FEE_DENOM } from './mempool.js';
import { createCachedVerifier } from './zk/cached_verifier.js';

export const FEE_COLLECTOR = toBech32(moduleAddress('fee_collector'));

/**
 * Module accounts a MsgSend may not pay (the SDK's blocked addresses): the money market, AMM and repo
 * hold custody their invariants account for, and the fee collector only takes fees. Their modules
 * still move funds in and out through the bank keeper.
 */
export const BLOCKED_RECIPIENTS: ReadonlySet<string> = new Set([FEE_COLLECTOR, MONEYMARKET_ADDRESS, AMM_MODULE_ADDRESS, REPO_MODULE_ADDRESS]);

/**
 * What a proposal's bundles keep: the AMM's bundle rules (modules/amm/bundle_rules.ts), over the
 * inner txs of an envelope bundle (its first tx, the envelope, is the searcher's bid).
 */
export const MARKET_PROPOSAL_RULES: ProposalRules = {
  checkBundle: (shapes, searcher) => {
    const enveloped = shapes[0]?.typeUrls.length === 1 && shapes[0].typeUrls[0] === AMM_BUNDLE_ENVELOPE.typeUrl;
    checkBundleRules(enveloped ? shapes.slice(1) : shapes, searcher);
  },
  feeDenom: FEE_DENOM,
  envelope: AMM_BUNDLE_ENVELOPE,
};

/**
 * The only place modules are wired: each market module gets the bank keeper it declares in its deps.ts;
 * repo also gets a proof verifier that memoises verdicts between CheckTx and the block (one per app).
 */
export function appModules(zk: ZkOptions = {}): Module[] {
  const bank = bankKeeper;
  const cached = createCachedVerifier(undefined, undefined, zk.checkTxVerifyBudget);
  return [
    authModule,
    createBankModule(BLOCKED_RECIPIENTS),
    createMoneymarketModule({ bank }),
    createAmmModule({ bank }),
    createRepoModule({ bank, verifier: cached.verify, checkTxVerifier: cached.checkTx }),
  ];
}

/** The node's zk settings (config.json `zk`). */
export interface ZkOptions {
  /** Pairing checks CheckTx may make per height (default DEFAULT_CHECKTX_VERIFY_BUDGET). */
  checkTxVerifyBudget?: number;
}

export function createMarketApp(opts: Partial<Omit<AppOptions, 'modules' | 'anteDeps'>> & { zk?: ZkOptions } = {}): App {
  const { zk, ...appOpts } = opts;
  return new App({
    proposalRules: MARKET_PROPOSAL_RULES,
    ...appOpts,
    modules: appModules(zk),
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
