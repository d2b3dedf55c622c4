// Fees from --fees, or from gas prices (--gas-prices, else client.json `gas_prices`) times the gas
// limit. Several gas-price denoms are accepted, as the SDK's CLI does: the fee then holds one coin per
// denom, each ceil(price × gas) (a node accepts a fee that covers any one of its minimum prices).
import type { StdFee } from '@cosmjs/stargate';
import { parseCoins, toProtoCoins } from '../chain/coins.js';
import { parseDecimal } from '../chain/codec/decimal.js';
import { CliError } from './env.js';

const E18 = 10n ** 18n;

export interface GasPrice {
  denom: string;
  /** The price per unit of gas, scaled by 10^18. */
  priceE18: bigint;
}

/** "0.025umkt,0.1uusdc" → prices; refuses malformed entries, duplicate denoms and more than 18 decimals. */
export function parseGasPrices(s: string, what = '--gas-prices'): GasPrice[] {
  const out: GasPrice[] = [];
  for (const part of s.split(',').map((p) => p.trim())) {
    const m = /^([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part);
    if (!m) throw new CliError(`invalid ${what} ${JSON.stringify(s)}: expected prices such as 0.025umkt or 0.025umkt,0.1uusdc`);
    let priceE18: bigint;
    try {
      priceE18 = parseDecimal(m[1]!.replace(/^0+(?=\d)/, ''), 18, 'gas price');
    } catch (e) {
      throw new CliError(`invalid ${what} ${JSON.stringify(s)}: ${(e as Error).message}`);
    }
    if (out.some((p) => p.denom === m[2])) throw new CliError(`invalid ${what} ${JSON.stringify(s)}: denom ${m[2]} given twice`);
    out.push({ denom: m[2]!, priceE18 });
  }
  return out;
}

/** One coin per price, ceil(price × gas), zero amounts dropped (a node with no minimum takes an empty fee). */
export function feeFromGasPrices(prices: GasPrice[], gas: number): StdFee {
  const amount = prices
    .map((p) => ({ denom: p.denom, amount: ((p.priceE18 * BigInt(gas) + E18 - 1n) / E18).toString() }))
    .filter((c) => c.amount !== '0');
  return { amount, gas: String(gas) };
}

/** --fees "2000umkt" or "2000umkt,10uusdc". */
export function parseFees(s: string): { denom: string; amount: string }[] {
  try {
    return toProtoCoins(parseCoins(s, true)).filter((c) => c.amount !== '0');
  } catch (e) {
    throw new CliError(`invalid --fees ${JSON.stringify(s)}: ${(e as Error).message} (expected e.g. 2000umkt or 2000umkt,10uusdc)`);
  }
}

export interface FeeFlags {
  fees?: string;
  gasPrices?: string;
}

/** The fee for a gas limit: --fees as given, else the gas prices (flag, then client.json, then none). */
export function feeFor(flags: FeeFlags, gas: number, clientGasPrices: string | undefined): StdFee {
  if (flags.fees !== undefined) {
    if (flags.gasPrices !== undefined) throw new CliError('use either --fees or --gas-prices, not both');
    return { amount: parseFees(flags.fees), gas: String(gas) };
  }
  const src = flags.gasPrices ?? clientGasPrices;
  if (src === undefined || src === '') return { amount: [], gas: String(gas) };
  return feeFromGasPrices(parseGasPrices(src, flags.gasPrices !== undefined ? '--gas-prices' : 'gas_prices in client.json'), gas);
}
