// Keplr's chain-info JSON (the object `keplr.experimentalSuggestChain` takes) for this node, at
// GET /chain-info.json: a page or a user adds the chain to Keplr without copying its endpoints, address
// prefixes and denoms by hand. Built from the node's own answers at request time (chain id, the denoms
// in supply with their bank metadata, the fee floor), so it is right on any chain id and any port.
import { BECH32_PREFIX } from '../../chain/crypto.js';
import type { ChainNode } from '../chain_node.js';
import type { CallCtx } from '../rpc/methods.js';
import { matchRoute } from './routes.js';

export const CHAIN_INFO_PATH = '/chain-info.json';

/** Keplr's own gas price steps (used when a chain suggests none); the node's floor raises them. */
const KEPLR_STEPS = { low: 0.01, average: 0.025, high: 0.04 };

interface Currency {
  coinDenom: string;
  coinMinimalDenom: string;
  coinDecimals: number;
}

/** A host name, IPv4 or bracketed IPv6 address, with an optional port: safe to echo into a URL. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The URL a client should use for a server listening on `url`: one on every interface is reached at the host the request came to. */
export function publicUrl(url: string, hostHeader: string | undefined): string {
  const host = HOST.exec(hostHeader ?? '')?.[0]?.replace(/:\d+$/, '') ?? '127.0.0.1';
  return url.replace(/^http:\/\/(0\.0\.0\.0|\[::\])(?=:)/, `http://${host}`);
}

async function get(node: ChainNode, path: string, ctx: CallCtx): Promise<any> {
  const m = matchRoute('GET', path);
  if (!m || 'methodNotAllowed' in m) throw new Error(`no route ${path}`);
  return m.route.handle({ node, path: m.path, query: new URLSearchParams({ 'pagination.limit': '1000' }), body: {}, ctx });
}

/** Display denom and decimals from the bank metadata when the denom has one; otherwise a `u` denom is a millionth of its unit. */
function currency(denom: string, meta: any | undefined): Currency {
  const unit = meta?.denom_units?.find((u: any) => u.denom === meta.display);
  if (unit) return { coinDenom: String(meta.symbol || meta.display).toUpperCase(), coinMinimalDenom: denom, coinDecimals: Number(unit.exponent) };
  const micro = /^u[a-z]/.test(denom);
  return { coinDenom: (micro ? denom.slice(1) : denom).toUpperCase(), coinMinimalDenom: denom, coinDecimals: micro ? 6 : 0 };
}

export async function chainInfo(node: ChainNode, ctx: CallCtx, urls: { rpc: string; rest: string }): Promise<object> {
  const [info, supply, metas] = await Promise.all([
    get(node, '/cosmos/base/tendermint/v1beta1/node_info', ctx),
    get(node, '/cosmos/bank/v1beta1/supply', ctx),
    get(node, '/cosmos/bank/v1beta1/denoms_metadata', ctx),
  ]);
  const chainId = info.default_node_info.network as string;
  const metaOf = new Map<string, any>((metas.metadatas as any[]).map((m) => [m.base, m]));
  const stake = 'umkt';
  const denoms = [...new Set([stake, ...(supply.supply as { denom: string }[]).map((c) => c.denom)])];
  const currencies = denoms.map((d) => currency(d, metaOf.get(d)));
  const floors = node.minGasPrices.length ? node.minGasPrices : [{ denom: stake, priceE18: 0n }];
  const feeCurrencies = floors.map((f) => {
    const floor = Number(f.priceE18) / 1e18;
    return { ...currency(f.denom, metaOf.get(f.denom)), gasPriceStep: { low: Math.max(floor, KEPLR_STEPS.low), average: Math.max(floor, KEPLR_STEPS.average), high: Math.max(floor, KEPLR_STEPS.high) } };
  });
  const p = BECH32_PREFIX;
  return {
    chainId,
    chainName: `marketchain (${chainId})`,
    rpc: urls.rpc,
    rest: urls.rest,
    bip44: { coinType: 118 },
    bech32Config: {
      bech32PrefixAccAddr: p, bech32PrefixAccPub: `${p}pub`, bech32PrefixValAddr: `${p}valoper`,
      bech32PrefixValPub: `${p}valoperpub`, bech32PrefixConsAddr: `${p}valcons`, bech32PrefixConsPub: `${p}valconspub`,
    },
    currencies,
    feeCurrencies,
    stakeCurrency: currency(stake, metaOf.get(stake)),
    features: [],
  };
}
