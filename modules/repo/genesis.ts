// repo genesis: params, the next round id and every round (proto JSON with defaults, bytes as base64).
import type { Ctx, QueryCtx } from '../../chain/context.js';
import { isAddress } from '../../chain/crypto.js';
import type { GenesisSpec } from '../../chain/module.js';
import { marketchain } from '../../proto/repo.js';
import { getNextRoundId, getParams, iterateRounds, saveRound, setNextRoundId, setParams } from './keeper.js';
import { defaultParams, validateParams, type RepoParams } from './params.js';
import { ALL_PHASES, bondCoin, isOpen, PHASES, type Round } from './round.js';

const V1 = marketchain.repo.v1;

export interface RepoGenesisJson {
  params: RepoParams;
  nextRoundId: number;
  rounds: Record<string, unknown>[];
}

const TO_OBJECT = { defaults: true, bytes: String, arrays: true } as const;

export function roundToJson(r: Round): Record<string, unknown> {
  return V1.Round.toObject(r, TO_OBJECT);
}

function roundFromJson(o: unknown, i: number): Round {
  try {
    return V1.Round.fromObject(o as Record<string, unknown>);
  } catch (e) {
    throw new Error(`repo genesis: rounds[${i}]: ${(e as Error).message}`);
  }
}

function validateRound(r: Round, i: number): void {
  const where = `repo genesis: round ${r.id} (rounds[${i}])`;
  if (!ALL_PHASES.includes(r.phase)) throw new Error(`${where}: unknown phase ${JSON.stringify(r.phase)}`);
  for (const [k, v] of [['bdMm', r.bdMm], ['bdRm', r.bdRm], ['mmClient', r.mmClient], ['rmClient', r.rmClient]] as const) {
    if (!isAddress(v)) throw new Error(`${where}: ${k} ${JSON.stringify(v)} is not an address`);
  }
  try {
    bondCoin(r);
  } catch {
    throw new Error(`${where}: bond ${JSON.stringify(r.bond)} is not a coin`);
  }
  for (const [k, v] of [['lotSize', r.lotSize], ['cashHeld', r.cashHeld], ['collateralHeld', r.collateralHeld]] as const) {
    if (!/^(0|[1-9][0-9]*)$/.test(v)) throw new Error(`${where}: ${k} ${JSON.stringify(v)} is not a decimal integer`);
  }
  const beforeStart = [PHASES.COMMIT, PHASES.REVEAL, PHASES.MATCHED, PHASES.MM_ACCEPTED] as string[];
  if (beforeStart.includes(r.phase) && r.acceptBlocks < 1) throw new Error(`${where}: a ${r.phase} round needs acceptBlocks >= 1`);
  if ((r.phase === PHASES.COMMIT || r.phase === PHASES.REVEAL) && r.maxQty < 1) throw new Error(`${where}: a ${r.phase} round needs maxQty >= 1`);
  if (r.phase === PHASES.MM_ACCEPTED && r.rmAcceptDeadline < 1) throw new Error(`${where}: an MM_ACCEPTED round needs rmAcceptDeadline (mm_client's acceptance height + acceptBlocks)`);
  const holds = r.bondMmHeld || r.bondRmHeld || r.cashHeld !== '0' || r.collateralHeld !== '0';
  if (!isOpen(r) && holds) throw new Error(`${where}: a ${r.phase} round must hold no escrow`);
}

export const repoGenesis: GenesisSpec<RepoGenesisJson> = {
  defaultGenesis: () => ({ params: defaultParams(), nextRoundId: 1, rounds: [] }),
  validateGenesis(g: any): RepoGenesisJson {
    if (!g || typeof g !== 'object') throw new Error('repo genesis: must be an object');
    const params = validateParams(g.params);
    if (!Number.isSafeInteger(g.nextRoundId) || g.nextRoundId < 1) throw new Error(`repo genesis: nextRoundId ${JSON.stringify(g.nextRoundId)} must be a positive integer`);
    if (!Array.isArray(g.rounds)) throw new Error('repo genesis: rounds must be an array');
    let prev = 0;
    g.rounds.forEach((o: unknown, i: number) => {
      const r = roundFromJson(o, i);
      if (r.id <= prev) throw new Error(`repo genesis: round ids must be strictly ascending (round ${r.id} after ${prev})`);
      if (r.id >= g.nextRoundId) throw new Error(`repo genesis: round ${r.id} is not below nextRoundId ${g.nextRoundId}`);
      validateRound(r, i);
      prev = r.id;
    });
    return { params, nextRoundId: g.nextRoundId, rounds: g.rounds };
  },
  initGenesis(ctx: Ctx, g: RepoGenesisJson) {
    setParams(ctx, g.params);
    setNextRoundId(ctx, BigInt(g.nextRoundId));
    g.rounds.forEach((o, i) => saveRound(ctx, roundFromJson(o, i)));
  },
  exportGenesis(ctx: QueryCtx): RepoGenesisJson {
    return { params: getParams(ctx), nextRoundId: Number(getNextRoundId(ctx)), rounds: [...iterateRounds(ctx)].map(roundToJson) };
  },
};

/**
 * The dev chain's repo section: default params (bonds in uusdc per the §5.1 formula, 100-block grace, 1-second
 * blocks per year) with the dev account as treasury, so slashed bonds of a dev walkthrough stay visible.
 */
export function devGenesis(devAddress: string): RepoGenesisJson {
  return { params: { ...defaultParams(), treasury: devAddress }, nextRoundId: 1, rounds: [] };
}
