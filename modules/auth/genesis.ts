// auth genesis: accounts as the SDK's JSON ({"@type", address, account_number, sequence, pub_key}).
import type { Ctx, QueryCtx } from '../../chain/context.js';
import { isAddress } from '../../chain/crypto.js';
import type { GenesisSpec } from '../../chain/module.js';
import { parseUint } from '../../chain/codec/decimal.js';
import { fromBase64, toBase64 } from '../../chain/codec/bytes.js';
import { iterateAccounts, SECP256K1_PUBKEY_TYPE, setAccount, setNextAccountNumber } from './keeper.js';

export interface GenesisAccountJson {
  '@type'?: string;
  address: string;
  account_number: string;
  sequence: string;
  pub_key?: { '@type': string; key: string } | null;
}

export interface AuthGenesisJson {
  accounts: GenesisAccountJson[];
}

export const authGenesis: GenesisSpec<AuthGenesisJson> = {
  defaultGenesis: () => ({ accounts: [] }),
  validateGenesis(g: any): AuthGenesisJson {
    if (!g || !Array.isArray(g.accounts)) throw new Error('auth genesis: accounts must be an array');
    const addrs = new Set<string>();
    const nums = new Set<string>();
    for (const a of g.accounts) {
      if (!isAddress(a?.address)) throw new Error(`auth genesis: invalid address ${JSON.stringify(a?.address)}`);
      if (addrs.has(a.address)) throw new Error(`auth genesis: duplicate account ${a.address}`);
      addrs.add(a.address);
      const n = parseUint(String(a.account_number ?? '0'), 'account_number').toString();
      if (nums.has(n)) throw new Error(`auth genesis: duplicate account number ${n}`);
      nums.add(n);
      parseUint(String(a.sequence ?? '0'), 'sequence');
      if (a.pub_key && a.pub_key['@type'] !== SECP256K1_PUBKEY_TYPE) throw new Error(`auth genesis: unsupported pubkey type for ${a.address}`);
    }
    return g as AuthGenesisJson;
  },
  initGenesis(ctx: Ctx, g: AuthGenesisJson) {
    let next = 0n;
    for (const a of g.accounts) {
      const n = BigInt(a.account_number ?? '0');
      setAccount(ctx, {
        address: a.address,
        accountNumber: n,
        sequence: BigInt(a.sequence ?? '0'),
        pubKey: a.pub_key ? fromBase64(a.pub_key.key) : undefined,
      });
      if (n + 1n > next) next = n + 1n;
    }
    setNextAccountNumber(ctx, next);
  },
  exportGenesis(ctx: QueryCtx): AuthGenesisJson {
    const accounts: GenesisAccountJson[] = [];
    for (const a of iterateAccounts(ctx)) {
      accounts.push({
        '@type': '/cosmos.auth.v1beta1.BaseAccount',
        address: a.address,
        account_number: a.accountNumber.toString(),
        sequence: a.sequence.toString(),
        pub_key: a.pubKey ? { '@type': SECP256K1_PUBKEY_TYPE, key: toBase64(a.pubKey) } : null,
      });
    }
    accounts.sort((x, y) => (BigInt(x.account_number) < BigInt(y.account_number) ? -1 : 1));
    return { accounts };
  },
};
