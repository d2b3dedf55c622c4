// bank genesis: balances per address and the total supply (computed if omitted, checked if given).
import { coinsToString, normalizeCoins, parseCoins, type Coin } from '../../chain/coins.js';
import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import type { Ctx, QueryCtx } from '../../chain/context.js';
import { isAddress } from '../../chain/crypto.js';
import type { GenesisSpec } from '../../chain/module.js';
import { MAX_UINT256, parseUint } from '../../chain/codec/decimal.js';
import { allBalances, denomMetadataEntries, getTotalSupply, mintCoins, setDenomMetadata } from './keeper.js';
import { metadataFromJson, metadataToJson, type DenomMetadataJson } from './metadata.js';

export interface BankGenesisJson {
  balances: { address: string; coins: { denom: string; amount: string }[] }[];
  supply: { denom: string; amount: string }[];
  /** Client metadata of denoms (the SDK's bank genesis `denom_metadata`), served by the DenomMetadata queries. */
  denom_metadata?: DenomMetadataJson[];
}

function coinsFromJson(cs: unknown, what: string): Coin[] {
  if (!Array.isArray(cs)) throw new Error(`${what} must be an array of {denom, amount}`);
  const parsed = cs.map((c: any) => {
    if (!c || typeof c.denom !== 'string') throw new Error(`${what}: bad coin ${JSON.stringify(c)}`);
    return { denom: c.denom, amount: parseUint(String(c.amount), `${what} amount`) };
  });
  return normalizeCoins(parseCoins(coinsToString(parsed.filter((c) => c.amount > 0n))));
}

const toJson = (cs: Coin[]) => cs.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));

export const bankGenesis: GenesisSpec<BankGenesisJson> = {
  defaultGenesis: () => ({ balances: [], supply: [] }),
  validateGenesis(g: any): BankGenesisJson {
    if (!g || !Array.isArray(g.balances)) throw new Error('bank genesis: balances must be an array');
    const seen = new Set<string>();
    const sums = new Map<string, bigint>();
    for (const b of g.balances) {
      if (!isAddress(b?.address)) throw new Error(`bank genesis: invalid address ${JSON.stringify(b?.address)}`);
      if (seen.has(b.address)) throw new Error(`bank genesis: duplicate balance for ${b.address}`);
      seen.add(b.address);
      for (const c of coinsFromJson(b.coins, `bank genesis balance of ${b.address}`)) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
    }
    for (const [denom, total] of sums) {
      // Supply and every balance are SDK Ints (at most 2^256 - 1); a larger sum could never be stored or sent.
      if (total > MAX_UINT256) throw new Error(`bank genesis: total supply of ${denom} is ${total}, above the maximum 2^256-1 (${MAX_UINT256})`);
    }
    if (g.supply && g.supply.length > 0) {
      const supply = coinsFromJson(g.supply, 'bank genesis supply');
      for (const c of supply) {
        if ((sums.get(c.denom) ?? 0n) !== c.amount) throw new Error(`bank genesis: supply of ${c.denom} is ${c.amount} but balances sum to ${sums.get(c.denom) ?? 0n}`);
      }
      if (supply.length !== sums.size) throw new Error('bank genesis: supply does not list every denom held');
    }
    if (g.denom_metadata !== undefined) {
      if (!Array.isArray(g.denom_metadata)) throw new Error('bank genesis: denom_metadata must be an array');
      const bases = new Set<string>();
      for (const m of g.denom_metadata) {
        const base = metadataFromJson(m).base;
        if (bases.has(base)) throw new Error(`bank genesis: duplicate denom_metadata for ${base}`);
        bases.add(base);
      }
    }
    return g as BankGenesisJson;
  },
  initGenesis(ctx: Ctx, g: BankGenesisJson) {
    // One balance parsed at a time (no second array of every parsed balance for a large genesis).
    const sorted = [...g.balances].sort((a, b) => (a.address < b.address ? -1 : 1));
    for (const b of sorted) mintCoins(ctx, b.address, coinsFromJson(b.coins, 'balance'));
    for (const m of g.denom_metadata ?? []) {
      const meta = metadataFromJson(m);
      setDenomMetadata(ctx, meta.base, Metadata.encode(meta).finish());
    }
  },
  exportGenesis(ctx: QueryCtx): BankGenesisJson {
    const metadata = [...denomMetadataEntries(ctx, undefined, false)].map(([, v]) => metadataToJson(Metadata.decode(v)));
    return {
      balances: allBalances(ctx).map((b) => ({ address: b.address, coins: toJson(b.coins) })),
      supply: toJson(getTotalSupply(ctx)),
      // Present only when set, so a genesis written without it exports as it was.
      ...(metadata.length > 0 ? { denom_metadata: metadata } : {}),
    };
  },
};
