// repo params: defaults, dev values and validation (pure).
import { parseCoins, type Coin } from '../../chain/coins.js';
import { isAddress, moduleAddress, toBech32 } from '../../chain/crypto.js';

export interface RepoParams {
  /**
   * Coins, one per cash denom rounds may use: a round's bonds are posted in its cash denom (the §5.1
   * formula is an amount of cash, and the module has no price to convert it) and are at least this.
   */
  minBond: string;
  /** Coins per cash denom: the fixed penalty added to the §5.1 formula (a denom not listed: 0). */
  fixedPenalty: string;
  maxPoints: number;
  maxRateBps: number;
  maxHurdleBps: number;
  blocksPerYear: number;
  /** Blocks after maturity in which RM may still repurchase; after that the collateral goes to MM. */
  graceBlocks: number;
  maxPhaseBlocks: number;
  maxTenorBlocks: number;
  /** Bound on the end-block sweep's work. */
  maxExpiriesPerBlock: number;
  /** Receives both bonds when neither dealer reveals. */
  treasury: string;
  /** Coins per cash denom: the agent bond a sealed round reserves from its agent's standing bond (a denom not listed: no sealed rounds). */
  agentBond: string;
  /**
   * Gas consumed before verifying a seal's proof A / a selection's proof B (a fixed schedule: verification
   * time does not depend on the input). Priced at a bank send's gas per unit of CPU (README, params), so a
   * block's gas bounds the pairings it can make like any other work.
   */
  sealVerifyGas: number;
  selectVerifyGas: number;
  /** Hex sha256 of the canonical bytes of proof A's / proof B's verification key (math/groth16.ts encodeVk); empty: sealed mode off. */
  sealVkHash: string;
  selectVkHash: string;
}

/** Hard caps that hold whatever the params say (stateless message checks use them). */
export const HARD_MAX_POINTS = 256;
export const HARD_MAX_RATE_BPS = 1_000_000;
export const HARD_MAX_PHASE_BLOCKS = 10_000_000;

export const DEFAULT_TREASURY = toBech32(moduleAddress('repo_treasury'));

export function defaultParams(): RepoParams {
  return {
    minBond: '1000000uusdc',
    fixedPenalty: '1000000uusdc',
    maxPoints: 64,
    maxRateBps: 100_000,
    maxHurdleBps: 100_000,
    blocksPerYear: 31_536_000,
    graceBlocks: 100,
    maxPhaseBlocks: 100_000,
    maxTenorBlocks: 31_536_000,
    maxExpiriesPerBlock: 20,
    treasury: DEFAULT_TREASURY,
    agentBond: '1000000uusdc',
    sealVerifyGas: 75_000_000,
    selectVerifyGas: 35_000_000,
    sealVkHash: '',
    selectVkHash: '',
  };
}

/** The agent bond a sealed round in `cashDenom` reserves; null when the denom has none. */
export function agentBondFor(p: RepoParams, cashDenom: string): Coin | null {
  return parseCoins(p.agentBond).find((c) => c.denom === cashDenom) ?? null;
}

function vkHashParam(v: unknown, name: string): string {
  if (typeof v !== 'string' || !(v === '' || /^[0-9a-f]{64}$/.test(v))) throw new Error(`repo params: ${name} must be empty or 64 lowercase hex digits, got ${JSON.stringify(v)}`);
  return v;
}

/** The minimum bond of each cash denom (at least one). */
export function minBonds(p: RepoParams): Coin[] {
  const cs = parseCoins(p.minBond);
  if (cs.length === 0) throw new Error('repo params: min_bond must list at least one coin');
  return cs;
}

export function fixedPenalties(p: RepoParams): Coin[] {
  return parseCoins(p.fixedPenalty);
}

// A seal or select tx asks for its verification gas plus the rest of the tx, and one tx may ask for at
// most the ante's maxTxGas (100,000,000, chain/app.ts DEFAULT_LIMITS): a larger verification cost would
// make sealed rounds impossible.
const MAX_VERIFY_GAS = 90_000_000;

function posInt(v: unknown, name: string, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > max) throw new Error(`repo params: ${name} must be an integer in [1, ${max}], got ${JSON.stringify(v)}`);
  return v;
}

/** Validates a parsed params object; throws Error naming the bad field. */
export function validateParams(p: any): RepoParams {
  if (!p || typeof p !== 'object') throw new Error('repo params: must be an object');
  if (typeof p.minBond !== 'string') throw new Error('repo params: minBond must be a coin string');
  try {
    minBonds(p);
  } catch (e) {
    throw new Error(`repo params: min_bond ${JSON.stringify(p.minBond)}: ${(e as Error).message}`);
  }
  if (typeof p.fixedPenalty !== 'string') throw new Error('repo params: fixedPenalty must be a coin string');
  try {
    fixedPenalties(p);
  } catch (e) {
    throw new Error(`repo params: fixed_penalty ${JSON.stringify(p.fixedPenalty)}: ${(e as Error).message}`);
  }
  posInt(p.maxPoints, 'maxPoints', HARD_MAX_POINTS);
  posInt(p.maxRateBps, 'maxRateBps', HARD_MAX_RATE_BPS);
  posInt(p.maxHurdleBps, 'maxHurdleBps', 2 * HARD_MAX_RATE_BPS);
  posInt(p.blocksPerYear, 'blocksPerYear', Number.MAX_SAFE_INTEGER);
  posInt(p.graceBlocks, 'graceBlocks', HARD_MAX_PHASE_BLOCKS);
  posInt(p.maxPhaseBlocks, 'maxPhaseBlocks', HARD_MAX_PHASE_BLOCKS);
  posInt(p.maxTenorBlocks, 'maxTenorBlocks', Number.MAX_SAFE_INTEGER);
  posInt(p.maxExpiriesPerBlock, 'maxExpiriesPerBlock', 10_000);
  if (!isAddress(p.treasury)) throw new Error(`repo params: treasury ${JSON.stringify(p.treasury)} is not an address`);
  // Absent sealed-mode fields take their defaults, so a genesis written before sealed mode still loads.
  const d = defaultParams();
  const agentBond = p.agentBond ?? d.agentBond;
  try {
    if (typeof agentBond !== 'string') throw new Error('not a string');
    parseCoins(agentBond);
  } catch (e) {
    throw new Error(`repo params: agent_bond ${JSON.stringify(agentBond)}: ${(e as Error).message}`);
  }
  return {
    minBond: p.minBond, fixedPenalty: p.fixedPenalty, maxPoints: p.maxPoints, maxRateBps: p.maxRateBps, maxHurdleBps: p.maxHurdleBps,
    blocksPerYear: p.blocksPerYear, graceBlocks: p.graceBlocks, maxPhaseBlocks: p.maxPhaseBlocks,
    maxTenorBlocks: p.maxTenorBlocks, maxExpiriesPerBlock: p.maxExpiriesPerBlock, treasury: p.treasury,
    agentBond,
    sealVerifyGas: posInt(p.sealVerifyGas ?? d.sealVerifyGas, 'sealVerifyGas', MAX_VERIFY_GAS),
    selectVerifyGas: posInt(p.selectVerifyGas ?? d.selectVerifyGas, 'selectVerifyGas', MAX_VERIFY_GAS),
    sealVkHash: vkHashParam(p.sealVkHash ?? '', 'sealVkHash'),
    selectVkHash: vkHashParam(p.selectVkHash ?? '', 'selectVkHash'),
  };
}
