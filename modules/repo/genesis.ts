// repo genesis: params, the next round id and every round (proto JSON with defaults, bytes as base64).
import type { Ctx, QueryCtx } from '../../chain/context.js';
import { isAddress } from '../../chain/crypto.js';
import type { GenesisSpec } from '../../chain/module.js';
import { marketchain } from '../../proto/repo.js';
import { fromHex, toHex } from '../../chain/codec/bytes.js';
import { parseCoins } from '../../chain/coins.js';
import { decodeVk, encodeVk, parseSnarkjsVkey, vkHash, vkToSnarkjs } from './math/groth16.js';
import { babyJubjubKey } from './math/babyjub.js';
import { CIPHERTEXT_FIELDS, sealPublicSignals, selectPublicSignals } from './math/sealed.js';
import { indexAcceptedProofs, iterateAgents, iterateVks, saveAgent, setVkBytes, getNextRoundId, getParams, iterateRounds, saveRound, setNextRoundId, setParams, type Agent } from './keeper.js';
import { defaultParams, validateParams, type RepoParams } from './params.js';
import { ALL_PHASES, bondCoin, isOpen, PHASES, type Round } from './round.js';

const V1 = marketchain.repo.v1;
/** Public signals of proof A and proof B (math/sealed.ts). */
const SEAL_SIGNALS = sealPublicSignals({ roundId: 0n, role: 0n, maxQty: 0n, maxRateBps: 0n, maxHurdleBps: 0n, commitment: 0n, agentPub: [0n, 0n], ephPub: [0n, 0n], ciphertext: new Array<bigint>(CIPHERTEXT_FIELDS).fill(0n) }).length;
const SELECT_SIGNALS = selectPublicSignals({ roundId: 0n, commitmentMm: 0n, commitmentRm: 0n, trade: null }).length;

export interface RepoGenesisJson {
  params: RepoParams;
  nextRoundId: number;
  rounds: Record<string, unknown>[];
  /**
   * Groth16 verification keys in snarkjs JSON, each stored under sha256 of its canonical bytes
   * (math/groth16.ts encodeVk); params seal_vk_hash / select_vk_hash name two of them. Absent: none.
   */
  verifyingKeys?: Record<string, unknown>[];
  /** Registered selection agents (proto JSON, enc_pubkey base64). Absent: none. */
  agents?: Record<string, unknown>[];
}

function agentFromJson(o: unknown, i: number): Agent {
  const where = `repo genesis: agents[${i}]`;
  let a: Agent;
  try {
    a = V1.Agent.fromObject(o as Record<string, unknown>);
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
  if (!isAddress(a.address)) throw new Error(`${where}: address ${JSON.stringify(a.address)} is not an address`);
  if (!babyJubjubKey(a.encPubkey)) throw new Error(`${where}: enc_pubkey is not a Baby Jubjub point (64 bytes x ‖ y below r)`);
  try {
    parseCoins(a.bond);
    parseCoins(a.reserved);
  } catch (e) {
    throw new Error(`${where}: bond / reserved: ${(e as Error).message}`);
  }
  return a;
}

/** The keys of a genesis section by hex hash; throws naming the bad entry. */
function verifyingKeysOf(g: any): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  if (g.verifyingKeys === undefined) return out;
  if (!Array.isArray(g.verifyingKeys)) throw new Error('repo genesis: verifyingKeys must be an array of snarkjs verification keys');
  g.verifyingKeys.forEach((o: unknown, i: number) => {
    const vk = parseSnarkjsVkey(o);
    if (typeof vk === 'string') throw new Error(`repo genesis: verifyingKeys[${i}]: ${vk}`);
    out.set(toHex(vkHash(vk)), encodeVk(vk));
  });
  return out;
}

/**
 * Adds two snarkjs verification keys to a genesis section and pins them in its params: how node/
 * gives the dev chain the committed dev ceremony's keys (circuits/keys/) without modules/ reading files.
 */
export function withSealedKeys(g: RepoGenesisJson, sealVkJson: unknown, selectVkJson: unknown): RepoGenesisJson {
  const hashes = [sealVkJson, selectVkJson].map((j, i) => {
    const vk = parseSnarkjsVkey(j);
    if (typeof vk === 'string') throw new Error(`repo: ${i === 0 ? 'seal' : 'select'} verification key: ${vk}`);
    return toHex(vkHash(vk));
  });
  return {
    ...g, verifyingKeys: [...(g.verifyingKeys ?? []), sealVkJson as Record<string, unknown>, selectVkJson as Record<string, unknown>],
    params: { ...g.params, sealVkHash: hashes[0]!, selectVkHash: hashes[1]! },
  };
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
  const beforeStart = [PHASES.COMMIT, PHASES.REVEAL, PHASES.SEALED, PHASES.MATCHED, PHASES.MM_ACCEPTED] as string[];
  if (beforeStart.includes(r.phase) && r.acceptBlocks < 1) throw new Error(`${where}: a ${r.phase} round needs acceptBlocks >= 1`);
  if ((r.phase === PHASES.COMMIT || r.phase === PHASES.REVEAL || r.phase === PHASES.SEALED) && r.maxQty < 1) throw new Error(`${where}: a ${r.phase} round needs maxQty >= 1`);
  if (r.phase === PHASES.MM_ACCEPTED && r.rmAcceptDeadline < 1) throw new Error(`${where}: an MM_ACCEPTED round needs rmAcceptDeadline (mm_client's acceptance height + acceptBlocks)`);
  const holds = r.bondMmHeld || r.bondRmHeld || r.cashHeld !== '0' || r.collateralHeld !== '0';
  if (r.privacy !== 0 && r.privacy !== 1) throw new Error(`${where}: privacy ${r.privacy} is neither 0 nor 1`);
  if (r.phase === PHASES.SEALED && r.privacy !== 1) throw new Error(`${where}: only a sealed round can be SEALED`);
  if (!isOpen(r) && r.agentBondHeld) throw new Error(`${where}: a ${r.phase} round must reserve no agent bond`);
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
    const vks = verifyingKeysOf(g);
    for (const [name, h, n] of [['seal_vk_hash', params.sealVkHash, SEAL_SIGNALS], ['select_vk_hash', params.selectVkHash, SELECT_SIGNALS]] as const) {
      if (h === '') continue;
      const bytes = vks.get(h);
      if (!bytes) throw new Error(`repo genesis: params ${name} ${h} names no key in verifyingKeys (have ${[...vks.keys()].join(', ') || 'none'})`);
      // A key for another circuit would refuse every proof: caught here, not at the first seal.
      const got = decodeVk(bytes, false)!.nPublic;
      if (got !== n) throw new Error(`repo genesis: params ${name} names a key with ${got} public signals; math/sealed.ts orders ${n}`);
    }
    if (g.agents !== undefined && !Array.isArray(g.agents)) throw new Error('repo genesis: agents must be an array');
    const agents = ((g.agents ?? []) as unknown[]).map(agentFromJson);
    const names = new Set(agents.map((a) => a.address));
    if (names.size !== agents.length) throw new Error('repo genesis: an agent is listed twice');
    const accepted = new Map<string, number>();
    for (const o of g.rounds) {
      const r = V1.Round.fromObject(o);
      if (r.privacy === 1 && isOpen(r) && !names.has(r.agent)) throw new Error(`repo genesis: open sealed round ${r.id} names agent ${r.agent}, not in agents`);
      if (r.privacy !== 1) continue;
      // a proof or sealed commitment belongs to one round (the accepted-proof index is rebuilt from these)
      const used = [r.sealedMm?.proofHash, r.sealedRm?.proofHash, r.selectProofHash].filter((b) => b && b.length > 0).map((b) => `proof ${toHex(b!)}`)
        .concat([r.commitmentMm, r.commitmentRm].filter((b) => b.length > 0).map((b) => `commitment ${toHex(b)}`));
      for (const u of used) {
        const prev = accepted.get(u);
        if (prev !== undefined) throw new Error(`repo genesis: ${u} of round ${r.id} was already accepted in round ${prev}`);
        accepted.set(u, r.id);
      }
    }
    return {
      params, nextRoundId: g.nextRoundId, rounds: g.rounds,
      ...(g.verifyingKeys !== undefined ? { verifyingKeys: g.verifyingKeys } : {}), ...(g.agents !== undefined ? { agents: g.agents } : {}),
    };
  },
  initGenesis(ctx: Ctx, g: RepoGenesisJson) {
    setParams(ctx, g.params);
    setNextRoundId(ctx, BigInt(g.nextRoundId));
    g.rounds.forEach((o, i) => {
      const r = roundFromJson(o, i);
      saveRound(ctx, r);
      // the accepted-proof index is the rounds' proof hashes and commitments: rebuilt, not exported
      indexAcceptedProofs(ctx, r);
    });
    for (const [h, bytes] of verifyingKeysOf(g)) setVkBytes(ctx, fromHex(h), bytes);
    (g.agents ?? []).forEach((o, i) => saveAgent(ctx, agentFromJson(o, i)));
  },
  exportGenesis(ctx: QueryCtx): RepoGenesisJson {
    const vks = [...iterateVks(ctx)].map(([, b]) => vkToSnarkjs(decodeVk(b, false)!));
    const agents = [...iterateAgents(ctx)].map((a) => V1.Agent.toObject(a, TO_OBJECT));
    return {
      params: getParams(ctx), nextRoundId: Number(getNextRoundId(ctx)), rounds: [...iterateRounds(ctx)].map(roundToJson),
      ...(vks.length > 0 ? { verifyingKeys: vks } : {}), ...(agents.length > 0 ? { agents } : {}),
    };
  },
};

/**
 * The dev chain's repo section: default params (bonds in uusdc per the §5.1 formula, 100-block grace, 1-second
 * blocks per year) with the dev account as treasury, so slashed bonds of a dev walkthrough stay visible.
 */
export function devGenesis(devAddress: string): RepoGenesisJson {
  return { params: { ...defaultParams(), treasury: devAddress }, nextRoundId: 1, rounds: [] };
}
