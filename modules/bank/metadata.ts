// Client denom metadata (cosmos.bank.v1beta1.Metadata) in the SDK's JSON form (bank genesis
// `denom_metadata`, the REST answers), checked as the SDK's Metadata.Validate: a valid base and display
// denom, a name and a symbol, the base as the first unit with exponent 0, units with distinct denoms
// and strictly increasing exponents, the display among them.
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import { isValidDenom } from '../../chain/coins.js';

export interface DenomMetadataJson {
  description: string;
  denom_units: { denom: string; exponent: number; aliases: string[] }[];
  base: string;
  display: string;
  name: string;
  symbol: string;
  uri: string;
  uri_hash: string;
}

const str = (v: unknown, what: string): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new Error(`denom metadata: ${what} must be a string`);
  return v;
};

export function metadataFromJson(m: any): Metadata {
  if (!m || typeof m !== 'object') throw new Error('denom metadata: each entry must be an object');
  const base = str(m.base, 'base');
  const display = str(m.display, 'display');
  if (!isValidDenom(base)) throw new Error(`denom metadata: invalid base denom ${JSON.stringify(base)}`);
  if (!isValidDenom(display)) throw new Error(`denom metadata of ${base}: invalid display denom ${JSON.stringify(display)}`);
  const name = str(m.name, 'name').trim();
  const symbol = str(m.symbol, 'symbol').trim();
  if (!name) throw new Error(`denom metadata of ${base}: name field cannot be blank`);
  if (!symbol) throw new Error(`denom metadata of ${base}: symbol field cannot be blank`);
  if (!Array.isArray(m.denom_units) || m.denom_units.length === 0) throw new Error(`denom metadata of ${base}: denom_units must list at least the base unit`);
  const units = m.denom_units.map((u: any, i: number) => {
    const denom = str(u?.denom, `denom_units[${i}].denom`);
    const exponent = u?.exponent ?? 0;
    if (!Number.isInteger(exponent) || exponent < 0 || exponent > 0xffffffff) throw new Error(`denom metadata of ${base}: denom_units[${i}].exponent must be a non-negative integer`);
    const aliases = u?.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a: unknown) => typeof a !== 'string')) throw new Error(`denom metadata of ${base}: denom_units[${i}].aliases must be strings`);
    return { denom, exponent, aliases: aliases as string[] };
  });
  if (units[0].denom !== base || units[0].exponent !== 0) throw new Error(`denom metadata of ${base}: the first denomination unit must be the base ${base} with exponent 0`);
  const seen = new Set<string>();
  units.forEach((u: { denom: string; exponent: number }, i: number) => {
    if (!isValidDenom(u.denom)) throw new Error(`denom metadata of ${base}: invalid denom unit ${JSON.stringify(u.denom)}`);
    if (seen.has(u.denom)) throw new Error(`denom metadata of ${base}: duplicate denomination unit ${u.denom}`);
    seen.add(u.denom);
    if (i > 0 && u.exponent <= units[i - 1].exponent) throw new Error(`denom metadata of ${base}: the exponents of denom_units must increase`);
  });
  if (!seen.has(display)) throw new Error(`denom metadata of ${base}: the display denom ${display} must be one of denom_units`);
  return { description: str(m.description, 'description'), denomUnits: units, base, display, name, symbol, uri: str(m.uri, 'uri'), uriHash: str(m.uri_hash, 'uri_hash') };
}

export function metadataToJson(m: Metadata): DenomMetadataJson {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  };
}
