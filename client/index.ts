// marketchain's cosmjs client surface: the Registry entries (GeneratedType per module message) and
// the AminoTypes converters of every module message, for SigningStargateClient with a DIRECT signer
// (DirectSecp256k1HdWallet) or an amino one (Secp256k1HdWallet, Ledger, Keplr's signAmino). The Amino
// shapes are the modules' own declarations (modules/<m>/amino.ts), which the chain's ante reads too.
//
//   import { marketchainRegistry, marketchainAminoTypes } from 'marketchain/client';
//   const client = await SigningStargateClient.connectWithSigner(rpc, wallet, {
//     registry: marketchainRegistry(), aminoTypes: marketchainAminoTypes(), gasPrice: GasPrice.fromString('0.025umkt') });
import { Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { AminoTypes, createDefaultAminoConverters, defaultRegistryTypes, type AminoConverters } from '@cosmjs/stargate';
import { fromAminoJson, toAminoJson, type AminoMsg } from '../chain/codec/amino_json.js';
import { AMM_AMINO } from '../modules/amm/amino.js';
import { MONEYMARKET_AMINO } from '../modules/moneymarket/amino.js';
import { REPO_AMINO } from '../modules/repo/amino.js';
import { marketchain as ammPb } from '../proto/amm.js';
import { marketchain as mmPb } from '../proto/moneymarket.js';
import { marketchain as repoPb } from '../proto/repo.js';

export type { AminoMsg } from '../chain/codec/amino_json.js';

/** Amino declarations of every module message, keyed by type URL. */
export const MODULE_AMINO: Readonly<Record<string, AminoMsg>> = { ...MONEYMARKET_AMINO, ...AMM_AMINO, ...REPO_AMINO };

const PACKAGES: Record<string, Record<string, unknown>> = {
  'marketchain.moneymarket.v1': mmPb.moneymarket.v1 as unknown as Record<string, unknown>,
  'marketchain.amm.v1': ammPb.amm.v1 as unknown as Record<string, unknown>,
  'marketchain.repo.v1': repoPb.repo.v1 as unknown as Record<string, unknown>,
};

function generatedType(typeUrl: string): GeneratedType {
  const name = typeUrl.slice(typeUrl.lastIndexOf('.') + 1);
  const pkg = typeUrl.slice(1, typeUrl.lastIndexOf('.'));
  const t = PACKAGES[pkg]?.[name];
  if (!t) throw new Error(`no generated type for ${typeUrl}`);
  return t as GeneratedType;
}

/** [type URL, generated type] of every module message (moneymarket, amm, repo). */
export const marketchainRegistryTypes: ReadonlyArray<[string, GeneratedType]> = Object.keys(MODULE_AMINO).map((u) => [u, generatedType(u)]);

/** cosmjs's default types (bank, staking, …) and every module message. */
export function marketchainRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...marketchainRegistryTypes]);
}

/** AminoTypes converters of every module message (`mkt/<mm|amm|repo>/MsgX`). */
export function createMarketchainAminoConverters(): AminoConverters {
  return Object.fromEntries(
    Object.entries(MODULE_AMINO).map(([typeUrl, a]) => [
      typeUrl,
      { aminoType: a.name, toAmino: (v: Record<string, unknown>) => toAminoJson(a.fields, v), fromAmino: (j: Record<string, unknown>) => fromAminoJson(a.fields, j) },
    ]),
  );
}

/** cosmjs's default converters (cosmos-sdk/MsgSend, …) and every module message's. */
export function marketchainAminoTypes(): AminoTypes {
  return new AminoTypes({ ...createDefaultAminoConverters(), ...createMarketchainAminoConverters() });
}
