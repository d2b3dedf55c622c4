// One route per repo message: decode, stateless check, signer, then the round machine (ops/).
import { bySender, msgRoute, type MsgRoute } from '../../chain/module.js';
import { marketchain } from '../../proto/repo.js';
import type { BankDeps, CheckTxVerifier, ProofVerifier } from './deps.js';
import { getRound } from './keeper.js';
import {
  TYPE_URLS, validateCommitReport, validateOpenRound, validateRegisterAgent, validateRevealReport, validateRoundAction, validateSealReport, validateSelect,
  validateWithdrawAgentBond,
} from './msgs.js';
import { checkTxSeal, checkTxSelect, registerAgent, sealReport, selectSealed, withdrawAgentBond } from './ops/sealed.js';
import { commitReport, openRound, revealReport } from './ops/reports.js';
import { acceptLeg, expireRound, repurchase } from './ops/settle.js';

const V1 = marketchain.repo.v1;

export function createMsgRoutes(bank: BankDeps, verifier: ProofVerifier, checkTxVerifier: CheckTxVerifier): MsgRoute[] {
  return [
    msgRoute({
      typeUrl: TYPE_URLS.openRound, msg: V1.MsgOpenRound, response: V1.MsgOpenRoundResponse, validateBasic: validateOpenRound, signer: bySender,
      handle: (ctx, m) => ({ roundId: Number(openRound(ctx, m)) }),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.commitReport, msg: V1.MsgCommitReport, response: V1.MsgCommitReportResponse, validateBasic: validateCommitReport, signer: bySender,
      handle: (ctx, m) => (commitReport(ctx, bank, m), {}),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.revealReport, msg: V1.MsgRevealReport, response: V1.MsgRevealReportResponse, validateBasic: validateRevealReport, signer: bySender,
      handle: (ctx, m) => ({ phase: revealReport(ctx, bank, m) }),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.acceptLeg, msg: V1.MsgAcceptLeg, response: V1.MsgAcceptLegResponse, validateBasic: validateRoundAction, signer: bySender,
      handle: (ctx, m) => ({ phase: acceptLeg(ctx, bank, m) }),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.repurchase, msg: V1.MsgRepurchase, response: V1.MsgRepurchaseResponse, validateBasic: validateRoundAction, signer: bySender,
      handle: (ctx, m) => (repurchase(ctx, bank, m), {}),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.expireRound, msg: V1.MsgExpireRound, response: V1.MsgExpireRoundResponse, validateBasic: validateRoundAction, signer: bySender,
      handle: (ctx, m) => ({ phase: expireRound(ctx, bank, getRound(ctx, BigInt(m.roundId))) }),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.registerAgent, msg: V1.MsgRegisterAgent, response: V1.MsgRegisterAgentResponse, validateBasic: validateRegisterAgent, signer: bySender,
      handle: (ctx, m) => (registerAgent(ctx, bank, m), {}),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.sealReport, msg: V1.MsgSealReport, response: V1.MsgSealReportResponse, validateBasic: validateSealReport, signer: bySender,
      handle: (ctx, m) => ({ phase: sealReport(ctx, bank, verifier, m) }),
      checkTx: (ctx, m) => checkTxSeal(ctx, checkTxVerifier, m),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.select, msg: V1.MsgSelect, response: V1.MsgSelectResponse, validateBasic: validateSelect, signer: bySender,
      handle: (ctx, m) => ({ phase: selectSealed(ctx, bank, verifier, m) }),
      checkTx: (ctx, m) => checkTxSelect(ctx, checkTxVerifier, m),
    }),
    msgRoute({
      typeUrl: TYPE_URLS.withdrawAgentBond, msg: V1.MsgWithdrawAgentBond, response: V1.MsgWithdrawAgentBondResponse, validateBasic: validateWithdrawAgentBond, signer: bySender,
      handle: (ctx, m) => ({ bond: withdrawAgentBond(ctx, bank, m) }),
    }),
  ];
}
