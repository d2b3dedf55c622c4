// Read-only repo queries: Round, Rounds (filter by phase or party, paginated by round id), Agent, Params.
import { isAddress } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';
import type { QueryHandler } from '../../chain/module.js';
import { marketchain } from '../../proto/repo.js';
import { findAgent, findRound, getParams, getRound, iterateRounds, roundIdsInPhase, roundIdsOfParty } from './keeper.js';
import { checkRoundId } from './msgs.js';
import { ErrAgentNotRegistered } from './errors.js';
import { ALL_PHASES, type Round } from './round.js';

const V1 = marketchain.repo.v1;
export const MAX_ROUNDS_PAGE = 100;

function page(ctx: Parameters<QueryHandler>[0], req: ReturnType<typeof V1.QueryRoundsRequest.decode>): { rounds: Round[]; next: number } {
  if (req.phase && !ALL_PHASES.includes(req.phase)) throw sdkErrors.InvalidRequest(`unknown phase ${JSON.stringify(req.phase)} (one of ${ALL_PHASES.join(', ')})`);
  if (req.party && !isAddress(req.party)) throw sdkErrors.InvalidAddress(`invalid party address ${JSON.stringify(req.party)}`);
  if (!Number.isSafeInteger(req.startAfter) || req.startAfter < 0) throw sdkErrors.InvalidRequest(`invalid start_after ${req.startAfter}`);
  const limit = req.limit === 0 ? MAX_ROUNDS_PAGE : Math.min(req.limit, MAX_ROUNDS_PAGE);
  const after = BigInt(req.startAfter);
  const ids: Iterable<bigint> | null = req.party ? roundIdsOfParty(ctx, req.party, after) : req.phase ? roundIdsInPhase(ctx, req.phase, after) : null;
  const source: Iterable<Round> = ids ? (function* () { for (const id of ids) yield findRound(ctx, id)!; })() : iterateRounds(ctx, after);
  const rounds: Round[] = [];
  for (const r of source) {
    if (req.phase && r.phase !== req.phase) continue;
    if (rounds.length === limit) return { rounds, next: rounds[rounds.length - 1]!.id };
    rounds.push(r);
  }
  return { rounds, next: 0 };
}

export const repoQueries: Record<string, QueryHandler> = {
  '/marketchain.repo.v1.Query/Round': (ctx, data) => {
    const req = V1.QueryRoundRequest.decode(data);
    const id = checkRoundId(req.roundId);
    return V1.QueryRoundResponse.encode({ round: getRound(ctx, id) }).finish();
  },
  '/marketchain.repo.v1.Query/Rounds': (ctx, data) => {
    const { rounds, next } = page(ctx, V1.QueryRoundsRequest.decode(data));
    return V1.QueryRoundsResponse.encode({ rounds, nextStartAfter: next }).finish();
  },
  '/marketchain.repo.v1.Query/Agent': (ctx, data) => {
    const req = V1.QueryAgentRequest.decode(data);
    if (!isAddress(req.address)) throw sdkErrors.InvalidAddress(`invalid agent address ${JSON.stringify(req.address)}`);
    const agent = findAgent(ctx, req.address);
    if (!agent) throw ErrAgentNotRegistered(`agent ${req.address}`);
    return V1.QueryAgentResponse.encode({ agent }).finish();
  },
  '/marketchain.repo.v1.Query/Params': (ctx) => V1.QueryParamsResponse.encode({ params: getParams(ctx) }).finish(),
};
