// Bank's DenomMetadata / DenomsMetadata over genesis denom_metadata (the SDK's bank genesis field), the
// metadata's checks, its export, and the SDK pagination of the list queries.
import test from 'ava';
import { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank';
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { makeTestChain } from '../../test/helpers/app.js';
import { metadataToJson } from './metadata.js';

const UMKT = {
  description: 'The staking and fee token of marketchain',
  denom_units: [
    { denom: 'umkt', exponent: 0, aliases: ['micromkt'] },
    { denom: 'mkt', exponent: 6, aliases: [] },
  ],
  base: 'umkt',
  display: 'mkt',
  name: 'Market',
  symbol: 'MKT',
  uri: '',
  uri_hash: '',
};
const UUSDC = { ...UMKT, description: 'USD Coin', denom_units: [{ denom: 'uusdc', exponent: 0, aliases: [] }, { denom: 'usdc', exponent: 6, aliases: [] }], base: 'uusdc', display: 'usdc', name: 'USD Coin', symbol: 'USDC' };

async function chainWith(metadata: unknown[]) {
  const probe = await makeTestChain(1);
  return makeTestChain(1, undefined, { bank: { balances: [{ address: probe.accounts[0]!.address, coins: [{ denom: 'umkt', amount: '5' }, { denom: 'uusdc', amount: '6' }, { denom: 'uatom', amount: '7' }] }], supply: [], denom_metadata: metadata } });
}

test('[bank/metadata]: DenomMetadata answers genesis denom_metadata; an unknown denom is bank/6; DenomsMetadata pages by key; export keeps it', async (t) => {
  const c = await chainWith([UUSDC, UMKT]);
  const one = c.app.query('/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest.encode({ denom: 'umkt' }).finish());
  t.is(one.code, 0);
  t.deepEqual(metadataToJson(QueryDenomMetadataResponse.decode(one.value).metadata!), UMKT);
  const missing = c.app.query('/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest.encode({ denom: 'uatom' }).finish());
  t.like(missing, { code: 6, codespace: 'bank', log: 'client metadata for denom uatom: client denom metadata not found' });
  const first = QueryDenomsMetadataResponse.decode(c.app.query('/cosmos.bank.v1beta1.Query/DenomsMetadata', QueryDenomsMetadataRequest.encode({ pagination: { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: false, reverse: false } }).finish()).value);
  t.deepEqual(first.metadatas.map((m) => m.base), ['umkt']);
  t.deepEqual(Buffer.from(first.pagination!.nextKey).toString(), 'uusdc');
  const rest = QueryDenomsMetadataResponse.decode(c.app.query('/cosmos.bank.v1beta1.Query/DenomsMetadata', QueryDenomsMetadataRequest.encode({ pagination: { key: first.pagination!.nextKey, offset: 0n, limit: 1n, countTotal: false, reverse: false } }).finish()).value);
  t.deepEqual(rest.metadatas.map((m) => m.base), ['uusdc']);
  t.is(rest.pagination!.nextKey.length, 0);
  t.deepEqual((c.app.exportGenesis() as any).bank.denom_metadata, [UMKT, UUSDC]);
  t.deepEqual(Metadata.decode(Metadata.encode(QueryDenomMetadataResponse.decode(one.value).metadata!).finish()).symbol, 'MKT');
});

test('[bank/metadata]: a genesis without denom_metadata exports without it; malformed metadata is refused at genesis', async (t) => {
  const plain = await makeTestChain(1);
  t.false('denom_metadata' in (plain.app.exportGenesis() as any).bank);
  const bad: [unknown, RegExp][] = [
    [{ ...UMKT, denom_units: [{ denom: 'mkt', exponent: 6, aliases: [] }] }, /the first denomination unit must be the base umkt with exponent 0/],
    [{ ...UMKT, name: '' }, /name field cannot be blank/],
    [{ ...UMKT, display: 'nope' }, /the display denom nope must be one of denom_units/],
    [{ ...UMKT, denom_units: [UMKT.denom_units[0], { denom: 'mkt', exponent: 0, aliases: [] }] }, /exponents of denom_units must increase/],
    [{ ...UMKT, base: 'Bad Denom!' }, /invalid base denom/],
  ];
  for (const [m, re] of bad) await t.throwsAsync(chainWith([m]), { message: re });
  await t.throwsAsync(chainWith([UMKT, UMKT]), { message: /duplicate denom_metadata for umkt/ });
});

test('[bank/pagination]: AllBalances pages as the SDK (no limit: all and the total; a limit: next_key; count_total; offset; reverse; key with offset refused)', async (t) => {
  const c = await chainWith([]);
  const address = c.accounts[0]!.address;
  const ask = (p: Partial<{ key: Uint8Array; offset: bigint; limit: bigint; countTotal: boolean; reverse: boolean }> | undefined) =>
    c.app.query('/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address, resolveDenom: false, pagination: p && { key: new Uint8Array(), offset: 0n, limit: 0n, countTotal: false, reverse: false, ...p } }).finish());
  const page = (p: Parameters<typeof ask>[0]) => {
    const r = QueryAllBalancesResponse.decode(ask(p).value);
    return { denoms: r.balances.map((b) => b.denom), next: Buffer.from(r.pagination!.nextKey).toString(), total: r.pagination!.total };
  };
  t.deepEqual(page(undefined), { denoms: ['uatom', 'umkt', 'uusdc'], next: '', total: 3n });
  t.deepEqual(page({ limit: 2n }), { denoms: ['uatom', 'umkt'], next: 'uusdc', total: 0n });
  t.deepEqual(page({ limit: 2n, countTotal: true }), { denoms: ['uatom', 'umkt'], next: 'uusdc', total: 3n });
  t.deepEqual(page({ key: Buffer.from('umkt'), limit: 5n }), { denoms: ['umkt', 'uusdc'], next: '', total: 0n });
  t.deepEqual(page({ offset: 1n, limit: 1n }), { denoms: ['umkt'], next: 'uusdc', total: 0n });
  t.deepEqual(page({ reverse: true, limit: 2n }), { denoms: ['uusdc', 'umkt'], next: 'uatom', total: 0n });
  t.deepEqual(page({ reverse: true, key: Buffer.from('umkt') }), { denoms: ['umkt', 'uatom'], next: '', total: 0n });
  t.like(ask({ key: Buffer.from('umkt'), offset: 1n }), { code: 18, codespace: 'sdk', log: 'either offset or key is expected, got both: invalid request' });
  t.like(ask({ limit: 1001n }), { code: 18, codespace: 'sdk', log: 'pagination limit 1001 is above the maximum 1000: invalid request' });
});
