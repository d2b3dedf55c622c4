// The repo params the dealer tools check reports against (the chain's, so a sealed report is one the
// chain accepts at reveal), and the salt rule for sealing.
import { readFileSync } from 'node:fs';
import { marketchain } from '../proto/repo.js';
import { defaultParams, validateParams, type RepoParams } from '../modules/repo/params.js';
import { SALT_BYTES } from '../modules/repo/commitment.js';
import { CliError, type CliEnv, type GlobalOpts } from './env.js';

const V1 = marketchain.repo.v1;

export type ReportLimits = Pick<RepoParams, 'maxPoints' | 'maxRateBps' | 'maxHurdleBps'>;

const limitsText = (p: ReportLimits) => `max_points ${p.maxPoints}, max_rate_bps ${p.maxRateBps}, max_hurdle_bps ${p.maxHurdleBps}`;

/** Params from a JSON file: `query repo params -o json` output, a genesis repo section or a part of one (the rest defaults). */
export function readParamsFile(path: string): RepoParams {
  let raw: any;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read params file ${path}: ${(e as Error).message}`);
  }
  const obj = raw && typeof raw === 'object' && raw.params && typeof raw.params === 'object' ? raw.params : raw;
  try {
    return validateParams({ ...defaultParams(), ...obj });
  } catch (e) {
    throw new CliError(`params file ${path}: ${(e as Error).message}`);
  }
}

/**
 * The limits to check a report against: `--params FILE` if given, else the node's params; with no node
 * reachable, the module defaults. Both fallbacks print a note on stderr, since the chain's may differ.
 */
export async function reportLimits(env: CliEnv, o: GlobalOpts & { params?: string }): Promise<ReportLimits & { fromNode: boolean }> {
  if (o.params) {
    const p = readParamsFile(o.params);
    process.stderr.write(`note: checking against the params in ${o.params} (${limitsText(p)}); the chain's may differ\n`);
    return { ...p, fromNode: false };
  }
  let bytes: Uint8Array;
  try {
    bytes = await env.abciQuery(o, '/marketchain.repo.v1.Query/Params', new Uint8Array());
  } catch (e) {
    if (!(e instanceof CliError) || !e.message.startsWith('cannot reach the node')) throw e;
    const p = defaultParams();
    process.stderr.write(`note: ${e.message}; checking against the module's default params (${limitsText(p)}); the chain's may differ (--params FILE to give them)\n`);
    return { ...p, fromNode: false };
  }
  return { ...paramsFromProto(V1.QueryParamsResponse.decode(bytes).params!), fromNode: true };
}

/**
 * Gas of a seal or select tx beside its proof verification: the ante (signature, tx bytes) and the
 * handler's store and bank work, well under this.
 */
export const PROOF_TX_OVERHEAD_GAS = 1_000_000;

/**
 * The gas limit of a MsgSealReport / MsgSelect tx when --gas is auto: the params' verification gas plus
 * PROOF_TX_OVERHEAD_GAS. Not simulated: the verification gas is fixed and above the node's
 * simulate_gas_limit (simulations are unpaid work, capped well below one pairing's price).
 */
export function proofTxGas(p: Pick<RepoParams, 'sealVerifyGas' | 'selectVerifyGas'>, kind: 'seal' | 'select'): number {
  return (kind === 'seal' ? p.sealVerifyGas : p.selectVerifyGas) + PROOF_TX_OVERHEAD_GAS;
}

/** The node's params as the module's RepoParams. */
export async function nodeParams(env: CliEnv, o: GlobalOpts): Promise<RepoParams> {
  return paramsFromProto(V1.QueryParamsResponse.decode(await env.abciQuery(o, '/marketchain.repo.v1.Query/Params', new Uint8Array())).params!);
}

function paramsFromProto(p: marketchain.repo.v1.IParams): RepoParams {
  const n = (v: unknown) => Number(v ?? 0);
  return {
    minBond: p.minBond ?? '', fixedPenalty: p.fixedPenalty ?? '', maxPoints: n(p.maxPoints), maxRateBps: n(p.maxRateBps), maxHurdleBps: n(p.maxHurdleBps),
    blocksPerYear: n(p.blocksPerYear), graceBlocks: n(p.graceBlocks), maxPhaseBlocks: n(p.maxPhaseBlocks), maxTenorBlocks: n(p.maxTenorBlocks),
    maxExpiriesPerBlock: n(p.maxExpiriesPerBlock), treasury: p.treasury ?? '',
    agentBond: p.agentBond ?? '', sealVerifyGas: n(p.sealVerifyGas), selectVerifyGas: n(p.selectVerifyGas), sealVkHash: p.sealVkHash ?? '', selectVkHash: p.selectVkHash ?? '',
  };
}

/**
 * A salt to seal with: exactly SALT_BYTES (the commitment's length) and not one byte repeated (all zero
 * included). The salt is what keeps a committed schedule secret until the reveal: with a guessable salt
 * the other dealer recovers the schedule by hashing candidate schedules.
 */
export function checkSealingSalt(salt: Uint8Array): void {
  if (salt.length !== SALT_BYTES) throw new CliError(`--salt must be ${SALT_BYTES} bytes, got ${salt.length}`);
  if (salt.every((b) => b === salt[0])) {
    throw new CliError(`--salt is ${SALT_BYTES} bytes of 0x${salt[0]!.toString(16).padStart(2, '0')}: anyone can guess it and recover your schedule from the commitment; omit --salt to get a random one`);
  }
}
