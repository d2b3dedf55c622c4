// Parses --minimum-gas-prices ("0.025umkt" or "0umkt,0.1uusdc") into 1e18-scaled prices.
import { parseDecimal } from '../chain/codec/decimal.js';
import { validateDenom } from '../chain/coins.js';
import type { MinGasPrice } from '../chain/tx/ante.js';

export function parseMinGasPrices(s: string): MinGasPrice[] {
  if (s.trim() === '') return [];
  return s.split(',').map((part) => {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]*)\s*$/.exec(part);
    if (!m) throw new Error(`invalid minimum gas price ${JSON.stringify(part)}: expected e.g. 0.025umkt`);
    validateDenom(m[2]!);
    return { denom: m[2]!, priceE18: parseDecimal(m[1]!, 18, 'gas price') };
  });
}
