// The Cosmos SDK REST routes this chain serves (cosmos/base/tendermint, auth, bank, tx), in the
// gRPC-gateway's paths and JSON. Every read goes through the app's query path (the same handlers as
// abci_query) or the block store, as the JSON-RPC methods do.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse, QueryAccountsRequest, QueryAccountsResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest as BankParamsRequest,
  QueryParamsResponse as BankParamsResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { DEFAULT_LIMITS } from '../../chain/app.js';
import { fromBase64, fromHex, toBase64, toHex } from '../../chain/codec/bytes.js';
import { moduleAddress, toBech32 } from '../../chain/crypto.js';
import { GAS_SCHEDULE } from '../../chain/gas.js';
import { paginate, sortedIterate } from '../../chain/pagination.js';
import { metadataToJson } from '../../modules/bank/metadata.js';
import { BLOCKED_RECIPIENTS } from '../app_factory.js';
import type { ChainNode } from '../chain_node.js';
import { RpcError } from '../rpc/errors.js';
import { SimulationsBusy } from '../simulations.js';
import { methods } from '../rpc/methods.js';
import { RawJson } from '../rpc/raw_json.js';
import { blockTime, committedTx, type ResultTxJson } from '../rpc/tx_response.js';
import { anyJson, baseAccountJson, blockJson, broadcastResponseJson, coinJson, pageJson, txJson, txResponseJson, VALCONS_PREFIX } from './cosmos_json.js';
import { apiErrors, queryError } from './errors.js';
import { bytesParam, heightParam, PAGINATION_QUERY, pageRequest, uintParam, boolParam } from './params.js';
import type { Call, Route } from './route.js';

/** A query through the app's query path (as abci_query runs it); a failure becomes the gateway's error. */
export function appQuery(node: ChainNode, path: string, data: Uint8Array): Uint8Array {
  const r = node.app.query(path, data);
  if (r.code !== 0) throw queryError(r);
  return r.value;
}

/** A JSON-RPC method's answer; its errors as the gateway's (invalid params: 400, anything else: 500). */
async function rpc(c: Call, method: string, params: Record<string, unknown>): Promise<any> {
  try {
    const out = await methods[method]!(c.node, params, c.ctx);
    return out instanceof RawJson ? JSON.parse(Buffer.from(out.bytes).toString('utf8')) : out;
  } catch (e) {
    if (e instanceof RpcError) throw e.code === -32602 || e.code === -32600 ? apiErrors.invalid(e.data || e.message) : apiErrors.internal(e.data || e.message);
    throw e;
  }
}

const pageQuery = PAGINATION_QUERY.map((name) => ({ name, type: name.endsWith('key') ? 'bytes' : name.endsWith('count_total') || name.endsWith('reverse') ? 'bool' : 'uint64' }));

function latestOr(node: ChainNode, v: string | undefined): number {
  if (v === undefined) return node.height;
  const h = heightParam(v);
  if (h > node.height) throw apiErrors.invalid(`requested block height ${h} is bigger than the chain length ${node.height}`);
  return h;
}

async function blockAt(c: Call, height: string | undefined) {
  const h = latestOr(c.node, height);
  const b = h >= 1 ? await c.node.db.getBlock(h) : undefined;
  if (!b) throw apiErrors.notFound(`block at height ${h} not found`);
  return b;
}

function validatorSet(c: Call, height: string | undefined) {
  const h = latestOr(c.node, height);
  const v = c.node.validator;
  const all = [{ address: toBech32(fromHex(v.address), VALCONS_PREFIX), pub_key: { '@type': '/cosmos.crypto.ed25519.PubKey', key: toBase64(v.pubKey) }, voting_power: '10', proposer_priority: '0' }];
  const { items, page } = paginate(pageRequest(c.query), sortedIterate(all, (x) => new TextEncoder().encode(x.address)));
  return { block_height: String(h), validators: items, pagination: pageJson(page) };
}

/** The module accounts of this chain (custody of the markets, the fee collector), sorted by name as the SDK lists them. */
const MODULE_ACCOUNT_NAMES = ['amm', 'fee_collector', 'moneymarket', 'repo'].filter((n) => BLOCKED_RECIPIENTS.has(toBech32(moduleAddress(n))));

function txHashParam(v: string): Uint8Array {
  if (!/^[0-9a-fA-F]{64}$/.test(v)) throw apiErrors.invalid(`invalid tx hash ${JSON.stringify(v)}: expected 64 hex digits`);
  return fromHex(v);
}

function txBytesOf(body: Record<string, unknown>): Uint8Array {
  const v = body.tx_bytes;
  if (typeof v !== 'string' || v === '') throw apiErrors.invalid('tx_bytes must be the base64 of the signed tx (TxRaw)');
  return bytesParam('tx_bytes', v)!;
}

/** An `events` entry (type.attr=value) as a condition of the tx query language, its value quoted. */
function eventCondition(e: string): string {
  const m = /^([\w.-]+)\s*=\s*(.+)$/.exec(e.trim());
  if (!m || !m[1]!.includes('.')) throw apiErrors.invalid(`invalid event ${JSON.stringify(e)}: expected {eventType}.{eventAttribute}={value}`);
  const v = m[2]!.trim();
  return `${m[1]}=${/^'.*'$/.test(v) || /^\d+$/.test(v) ? v : `'${v.replace(/'/g, '')}'`}`;
}

async function txsPage(c: Call, results: ResultTxJson[]) {
  const times = new Map<string, string>();
  for (const r of results) if (!times.has(r.height)) times.set(r.height, await blockTime(c.node, Number(r.height)));
  return { txs: results.map((r) => txJson(fromBase64(r.tx))), tx_responses: results.map((r) => txResponseJson(r, times.get(r.height)!)) };
}

const BROADCAST_MODES: Record<string, string> = { BROADCAST_MODE_SYNC: 'broadcast_tx_sync', BROADCAST_MODE_ASYNC: 'broadcast_tx_async' };

export const cosmosRoutes: Route[] = [
  {
    method: 'GET', path: '/cosmos/base/tendermint/v1beta1/node_info', tag: 'cosmos.base.tendermint', summary: 'The node: chain id (network), moniker, versions',
    handle: async (c) => {
      const st = (await rpc(c, 'status', {})).node_info;
      const info = c.node.app.info();
      return {
        default_node_info: {
          protocol_version: st.protocol_version, default_node_id: st.id, listen_addr: st.listen_addr, network: st.network, version: st.version,
          channels: toBase64(fromHex(st.channels)), moniker: st.moniker, other: st.other,
        },
        application_version: { name: 'marketchain', app_name: 'marketchaind', version: info.version, git_commit: '', build_tags: '', go_version: '', build_deps: [], cosmos_sdk_version: '' },
      };
    },
  },
  { method: 'GET', path: '/cosmos/base/tendermint/v1beta1/syncing', tag: 'cosmos.base.tendermint', summary: 'Whether the node is catching up (a single validator never is)', handle: () => ({ syncing: false }) },
  { method: 'GET', path: '/cosmos/base/tendermint/v1beta1/blocks/latest', tag: 'cosmos.base.tendermint', summary: 'The latest block', handle: async (c) => blockJson(await blockAt(c, undefined)) },
  { method: 'GET', path: '/cosmos/base/tendermint/v1beta1/blocks/{height}', tag: 'cosmos.base.tendermint', summary: 'The block at a height', handle: async (c) => blockJson(await blockAt(c, c.path.height)) },
  { method: 'GET', path: '/cosmos/base/tendermint/v1beta1/validatorsets/latest', tag: 'cosmos.base.tendermint', summary: 'The validator set at the latest height', query: pageQuery, handle: (c) => validatorSet(c, undefined) },
  { method: 'GET', path: '/cosmos/base/tendermint/v1beta1/validatorsets/{height}', tag: 'cosmos.base.tendermint', summary: 'The validator set at a height', query: pageQuery, handle: (c) => validatorSet(c, c.path.height) },
  {
    method: 'GET', path: '/cosmos/base/tendermint/v1beta1/abci_query', tag: 'cosmos.base.tendermint', summary: 'An ABCI query (data in base64), as the abci_query RPC method',
    query: [{ name: 'data', type: 'bytes' }, { name: 'path', type: 'string' }, { name: 'height', type: 'int64' }, { name: 'prove', type: 'bool' }],
    handle: async (c) => {
      const data = bytesParam('data', c.query.get('data')) ?? new Uint8Array();
      const height = uintParam('height', c.query.get('height'), BigInt(Number.MAX_SAFE_INTEGER));
      const r = (await rpc(c, 'abci_query', { path: c.query.get('path') ?? '', data: toHex(data), height: height === undefined ? undefined : Number(height), prove: boolParam('prove', c.query.get('prove')) ?? false })).response;
      return { code: r.code, log: r.log, info: r.info, index: r.index, key: r.key, value: r.value, proof_ops: r.proofOps, height: r.height, codespace: r.codespace };
    },
  },

  {
    method: 'GET', path: '/cosmos/auth/v1beta1/accounts/{address}', tag: 'cosmos.auth', summary: 'An account (404 NotFound for an address that never received funds)',
    handle: (c) => ({ account: anyJson(QueryAccountResponse.decode(appQuery(c.node, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address: c.path.address! }).finish())).account) }),
  },
  {
    method: 'GET', path: '/cosmos/auth/v1beta1/accounts', tag: 'cosmos.auth', summary: 'All accounts, by address', query: pageQuery,
    handle: (c) => {
      const r = QueryAccountsResponse.decode(appQuery(c.node, '/cosmos.auth.v1beta1.Query/Accounts', QueryAccountsRequest.encode({ pagination: pageRequest(c.query) }).finish()));
      return { accounts: r.accounts.map(anyJson), pagination: pageJson(r.pagination) };
    },
  },
  {
    method: 'GET', path: '/cosmos/auth/v1beta1/params', tag: 'cosmos.auth', summary: 'The ante limits and signature costs',
    handle: () => ({
      params: {
        max_memo_characters: String(DEFAULT_LIMITS.maxMemoChars), tx_sig_limit: String(DEFAULT_LIMITS.maxSignatures), tx_size_cost_per_byte: String(GAS_SCHEDULE.txSizeCostPerByte),
        // ed25519 account keys are refused by the ante; the SDK's default cost is shown.
        sig_verify_cost_ed25519: '590', sig_verify_cost_secp256k1: String(GAS_SCHEDULE.sigVerifyCostSecp256k1),
      },
    }),
  },
  {
    method: 'GET', path: '/cosmos/auth/v1beta1/module_accounts', tag: 'cosmos.auth', summary: 'The module accounts (market custody, fee collector)',
    handle: (c) => ({
      accounts: MODULE_ACCOUNT_NAMES.map((name) => {
        const address = toBech32(moduleAddress(name));
        const r = c.node.app.query('/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address }).finish());
        const any = r.code === 0 ? QueryAccountResponse.decode(r.value).account : undefined;
        const base = any ? BaseAccount.decode(any.value) : BaseAccount.fromPartial({ address });
        return { '@type': '/cosmos.auth.v1beta1.ModuleAccount', base_account: baseAccountJson(base), name, permissions: [] };
      }),
    }),
  },

  {
    method: 'GET', path: '/cosmos/bank/v1beta1/balances/{address}', tag: 'cosmos.bank', summary: "An address's balances, by denom", query: pageQuery,
    handle: (c) => {
      const r = QueryAllBalancesResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address: c.path.address!, pagination: pageRequest(c.query), resolveDenom: false }).finish()));
      return { balances: r.balances.map(coinJson), pagination: pageJson(r.pagination) };
    },
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/balances/{address}/by_denom', tag: 'cosmos.bank', summary: "An address's balance of one denom (0 when it holds none)", query: [{ name: 'denom', type: 'string' }],
    handle: (c) => ({ balance: coinJson(QueryBalanceResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/Balance', QueryBalanceRequest.encode({ address: c.path.address!, denom: c.query.get('denom') ?? '' }).finish())).balance!) }),
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/spendable_balances/{address}', tag: 'cosmos.bank', summary: "An address's spendable balances (all of them: nothing is locked)", query: pageQuery,
    handle: (c) => {
      const r = QuerySpendableBalancesResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/SpendableBalances', QuerySpendableBalancesRequest.encode({ address: c.path.address!, pagination: pageRequest(c.query) }).finish()));
      return { balances: r.balances.map(coinJson), pagination: pageJson(r.pagination) };
    },
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/supply', tag: 'cosmos.bank', summary: 'The total supply of every denom', query: pageQuery,
    handle: (c) => {
      const r = QueryTotalSupplyResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/TotalSupply', QueryTotalSupplyRequest.encode({ pagination: pageRequest(c.query) }).finish()));
      return { supply: r.supply.map(coinJson), pagination: pageJson(r.pagination) };
    },
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/supply/by_denom', tag: 'cosmos.bank', summary: 'The total supply of one denom', query: [{ name: 'denom', type: 'string' }],
    handle: (c) => ({ amount: coinJson(QuerySupplyOfResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/SupplyOf', QuerySupplyOfRequest.encode({ denom: c.query.get('denom') ?? '' }).finish())).amount!) }),
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/denoms_metadata', tag: 'cosmos.bank', summary: 'The client metadata of every denom that has one (bank genesis denom_metadata)', query: pageQuery,
    handle: (c) => {
      const r = QueryDenomsMetadataResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/DenomsMetadata', QueryDenomsMetadataRequest.encode({ pagination: pageRequest(c.query) }).finish()));
      return { metadatas: r.metadatas.map(metadataToJson), pagination: pageJson(r.pagination) };
    },
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/denoms_metadata/{denom}', tag: 'cosmos.bank', summary: "A denom's client metadata (404 when it has none)",
    handle: (c) => ({ metadata: metadataToJson(QueryDenomMetadataResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/DenomMetadata', QueryDenomMetadataRequest.encode({ denom: c.path.denom! }).finish())).metadata!) }),
  },
  {
    method: 'GET', path: '/cosmos/bank/v1beta1/params', tag: 'cosmos.bank', summary: 'Bank parameters (sends enabled for every denom)',
    handle: (c) => {
      const p = BankParamsResponse.decode(appQuery(c.node, '/cosmos.bank.v1beta1.Query/Params', BankParamsRequest.encode({}).finish())).params!;
      return { params: { send_enabled: p.sendEnabled.map((s) => ({ denom: s.denom, enabled: s.enabled })), default_send_enabled: p.defaultSendEnabled } };
    },
  },

  {
    method: 'POST', path: '/cosmos/tx/v1beta1/txs', tag: 'cosmos.tx', summary: 'Broadcast a signed tx (TxRaw bytes, base64) with mode BROADCAST_MODE_SYNC (after CheckTx) or BROADCAST_MODE_ASYNC',
    body: [{ name: 'tx_bytes', type: 'bytes' }, { name: 'mode', type: 'string' }],
    handle: async (c) => {
      const tx = txBytesOf(c.body);
      const mode = c.body.mode;
      if (mode === 'BROADCAST_MODE_BLOCK') throw apiErrors.invalid('BROADCAST_MODE_BLOCK is not supported (removed from the Cosmos SDK): use BROADCAST_MODE_SYNC and GET /cosmos/tx/v1beta1/txs/{hash}');
      const method = typeof mode === 'string' ? BROADCAST_MODES[mode] : undefined;
      if (!method) throw apiErrors.invalid(`invalid broadcast mode ${JSON.stringify(mode ?? null)}: expected BROADCAST_MODE_SYNC or BROADCAST_MODE_ASYNC`);
      const r = await rpc(c, method, { tx: toBase64(tx) });
      return { tx_response: broadcastResponseJson(r) };
    },
  },
  {
    method: 'GET', path: '/cosmos/tx/v1beta1/txs', tag: 'cosmos.tx', summary: "Committed txs matching a query (query=\"message.sender='mkt1…'\") or events (events=message.sender='mkt1…', repeatable)",
    query: [{ name: 'query', type: 'string' }, { name: 'events', type: 'string' }, { name: 'page', type: 'uint64' }, { name: 'limit', type: 'uint64' }, { name: 'order_by', type: 'string' }],
    handle: async (c) => {
      const events = c.query.getAll('events').filter((e) => e !== '');
      const query = c.query.get('query') ?? '';
      if (query === '' && events.length === 0) throw apiErrors.invalid('query cannot be empty: give query= or events=');
      const q = query !== '' ? query : events.map(eventCondition).join(' AND ');
      const page = uintParam('page', c.query.get('page'), 1_000_000_000n) ?? 1n;
      const limit = uintParam('limit', c.query.get('limit'), 100n) ?? 100n;
      const order = c.query.get('order_by') ?? 'ORDER_BY_UNSPECIFIED';
      if (!['ORDER_BY_UNSPECIFIED', 'ORDER_BY_ASC', 'ORDER_BY_DESC', '0', '1', '2'].includes(order)) throw apiErrors.invalid(`invalid order_by ${JSON.stringify(order)}`);
      const r = await rpc(c, 'tx_search', { query: q, page: Number(page < 1n ? 1n : page), per_page: Number(limit < 1n ? 100n : limit), order_by: order === 'ORDER_BY_DESC' || order === '2' ? 'desc' : 'asc' });
      return { ...(await txsPage(c, r.txs)), pagination: null, total: r.total_count };
    },
  },
  {
    method: 'GET', path: '/cosmos/tx/v1beta1/txs/{hash}', tag: 'cosmos.tx', summary: 'A committed tx and its result, by hash (hex)',
    handle: async (c) => {
      const hash = txHashParam(c.path.hash!);
      const r = await committedTx(c.node, hash);
      if (!r) throw apiErrors.notFound(`tx not found: ${c.path.hash!.toUpperCase()}`);
      return { tx: txJson(fromBase64(r.tx)), tx_response: txResponseJson(r, await blockTime(c.node, Number(r.height))) };
    },
  },
  {
    method: 'GET', path: '/cosmos/tx/v1beta1/txs/block/{height}', tag: 'cosmos.tx', summary: "A block and its txs (a page of them: pagination.offset, pagination.limit)", query: pageQuery,
    handle: async (c) => {
      const b = await blockAt(c, c.path.height);
      const { items, page } = paginate(pageRequest(c.query), sortedIterate(b.txs.map((t, i) => ({ t, i })), (x) => Uint8Array.of(x.i >> 24, x.i >> 16, x.i >> 8, x.i)));
      const { block_id, block } = blockJson(b);
      return { txs: items.map((x) => txJson(fromBase64(x.t))), block_id, block, pagination: pageJson(page) };
    },
  },
  {
    method: 'POST', path: '/cosmos/tx/v1beta1/simulate', tag: 'cosmos.tx', summary: 'Simulate a tx (tx_bytes: TxRaw or Tx bytes, base64; signatures may be empty): gas used and result',
    body: [{ name: 'tx_bytes', type: 'bytes' }],
    handle: async (c) => {
      if (c.body.tx !== undefined && c.body.tx !== null) throw apiErrors.invalid('the deprecated tx field is not supported: send tx_bytes');
      const data = SimulateRequest.encode({ txBytes: txBytesOf(c.body) }).finish();
      const r = await c.node.simulations.run(data).catch((e: Error) => {
        throw e instanceof SimulationsBusy ? apiErrors.unavailable(e.message) : e;
      });
      if (r.code !== 0) throw queryError(r);
      const s = SimulateResponse.decode(r.value);
      return {
        gas_info: { gas_wanted: String(s.gasInfo?.gasWanted ?? 0n), gas_used: String(s.gasInfo?.gasUsed ?? 0n) },
        result: {
          data: toBase64(s.result?.data ?? new Uint8Array()), log: s.result?.log ?? '',
          events: (s.result?.events ?? []).map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) })),
          msg_responses: (s.result?.msgResponses ?? []).map(anyJson),
        },
      };
    },
  },
];
