// One route per repo message: decode, stateless check, signer, then the round machine.
import type { MsgRoute } from '../../chain/module.js';
import { marketchain } from '../../proto/repo.js';
import type { RepoBank } from './deps.js';
import { getRound } from './keeper.js';
import { acceptLeg, expireRound, repurchase } from './machine_settle.js';
import { commitReport, openRound, revealReport } from './machine_reports.js';
import { TYPE_URLS, validateCommitReport, validateOpenRound, validateRevealReport, validateRoundAction } from './msgs.js';

const V1 = marketchain.repo.v1;

export function createRepoRoutes(bank: RepoBank): MsgRoute[] {
  return [
    {
      typeUrl: TYPE_URLS.openRound,
      decode: (b) => V1.MsgOpenRound.decode(b),
      validateBasic: validateOpenRound,
      signers: (m) => [m.sender],
      handle: (ctx, m) => V1.MsgOpenRoundResponse.encode({ roundId: Number(openRound(ctx, m)) }).finish(),
    },
    {
      typeUrl: TYPE_URLS.commitReport,
      decode: (b) => V1.MsgCommitReport.decode(b),
      validateBasic: validateCommitReport,
      signers: (m) => [m.sender],
      handle(ctx, m) {
        commitReport(ctx, bank, m);
        return V1.MsgCommitReportResponse.encode({}).finish();
      },
    },
    {
      typeUrl: TYPE_URLS.revealReport,
      decode: (b) => V1.MsgRevealReport.decode(b),
      validateBasic: validateRevealReport,
      signers: (m) => [m.sender],
      handle: (ctx, m) => V1.MsgRevealReportResponse.encode({ phase: revealReport(ctx, bank, m) }).finish(),
    },
    {
      typeUrl: TYPE_URLS.acceptLeg,
      decode: (b) => V1.MsgAcceptLeg.decode(b),
      validateBasic: validateRoundAction,
      signers: (m) => [m.sender],
      handle: (ctx, m) => V1.MsgAcceptLegResponse.encode({ phase: acceptLeg(ctx, bank, m) }).finish(),
    },
    {
      typeUrl: TYPE_URLS.repurchase,
      decode: (b) => V1.MsgRepurchase.decode(b),
      validateBasic: validateRoundAction,
      signers: (m) => [m.sender],
      handle(ctx, m) {
        repurchase(ctx, bank, m);
        return V1.MsgRepurchaseResponse.encode({}).finish();
      },
    },
    {
      typeUrl: TYPE_URLS.expireRound,
      decode: (b) => V1.MsgExpireRound.decode(b),
      validateBasic: validateRoundAction,
      signers: (m) => [m.sender],
      handle: (ctx, m) => V1.MsgExpireRoundResponse.encode({ phase: expireRound(ctx, bank, getRound(ctx, BigInt(m.roundId))) }).finish(),
    },
  ];
}
