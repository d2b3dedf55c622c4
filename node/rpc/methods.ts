// JSON-RPC methods (CometBFT 0.38 names and shapes) plus broadcast_bundle.
import { fromBase64, toBase64, toHexUpper } from '../../chain/codec/bytes.js';
import { ChainError } from '../../chain/errors.js';
import type { ChainNode } from '../chain_node.js';
import { parseDuration } from '../home.js';
import { rpcErrors } from './errors.js';
import { blockId, formatHeader } from './format.js';
import { NO_TX_RESULT } from './results_json.js';
import { blockJson, blockResultsAt, txsAt } from './store_render.js';
import { RawJson } from './raw_json.js';
import { bytesParam, hashParam, intParam, pageParam, perPageParam, stringParam, type Params } from './params.js';
import { findTxs, parseQuery, type ScanBudget } from './tx_search.js';
import { Gate, GateFull } from '../gate.js';
import { txByHash } from './tx_response.js';
import { abciQuery } from './abci_query.js';

export const COMET_VERSION = '0.38.17';

/** What the requests of one HTTP request (a single call or a whole batch) share. */
export interface CallCtx {
  /** tx_search's index work (rpc.tx_search_max_scan). */
  scan: ScanBudget;
  /** Bytes the answers may still take (rpc.max_response_bytes). */
  response: { limit: number; left: number };
  /** The tail of the request's large reads (blocks, results, txs): they run one after another, each with what the previous left of the budgets. */
  reads: Promise<unknown>;
  /** Whether all connections together hold too many unread bytes to start another large read. */
  busy: () => boolean;
}

/** tx_searches of all connections: a few at a time (each holds up to its budget of locations and a page of txs). */
const searchGate = new Gate(2, 256);

export type Method = (node: ChainNode, p: Params, ctx: CallCtx) => Promise<unknown> | unknown;

/**
 * The `height` param as CometBFT's getHeight: absent = `latest`; 0 or negative, or above `latest`, is
 * an error with CometBFT's wording (the block methods' latest is the last committed height).
 */
export function heightParam(p: Params, latest: number): number {
  const v = p.height;
  if (v === undefined || v === null || v === '') return latest;
  const h = intParam(p, 'height', undefined, Number.MIN_SAFE_INTEGER)!;
  if (h <= 0) throw rpcErrors.internal(`height must be greater than 0, but got ${h}`);
  if (h > latest) throw rpcErrors.internal(`height ${h} must be less than or equal to the current blockchain height ${latest}`);
  return h;
}

export async function loadBlock(node: ChainNode, p: Params) {
  const h = heightParam(p, node.height);
  const b = h >= 1 ? await node.db.getBlock(h) : undefined;
  if (!b) throw rpcErrors.internal(`could not find block at height ${h}`);
  return b;
}

/** `block` or `block_results`: made as JSON where the records are (store_render.ts) and sent as those bytes. */
async function rendered(node: ChainNode, render: typeof blockJson, p: Params): Promise<RawJson> {
  const h = heightParam(p, node.height);
  const json = h >= 1 ? await render(node.db, h) : undefined;
  if (!json) throw rpcErrors.internal(`could not find block at height ${h}`);
  return new RawJson(json);
}

export function checkTxJson(r: { code: number; codespace: string; log: string; gasWanted: number; gasUsed: number }) {
  return { code: r.code, data: null, log: r.log, info: '', gas_wanted: String(r.gasWanted), gas_used: String(r.gasUsed), events: [], codespace: r.codespace };
}

async function submit(node: ChainNode, p: Params) {
  const tx = node.app.prepareTx(bytesParam(p, 'tx'));
  try {
    return await node.submitTxAsync(tx);
  } catch (e) {
    if (e instanceof ChainError) return { hash: tx.hashHex, code: e.code, codespace: e.codespace, log: e.message, gasWanted: 0, gasUsed: 0 };
    throw e;
  }
}

/** tx_search: matches counted from the indexes, then only the requested page loaded and formatted. */
async function txSearch(node: ChainNode, p: Params, ctx: CallCtx) {
  const conds = parseQuery(stringParam(p, 'query', true)!);
  const page = intParam(p, 'page', 1, 1)!;
  const perPage = Math.min(intParam(p, 'per_page', 30, 1)!, 100);
  const desc = stringParam(p, 'order_by') === 'desc';
  // Counted from the indexes; only the requested page is loaded and formatted.
  const locs = await findTxs(node.db, conds, node.height, ctx.scan);
  const total = locs.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (page > pages) throw rpcErrors.invalidParams(`page should be within [1, ${pages}] range, given ${page}`);
  const from = (page - 1) * perPage;
  const n = Math.max(0, Math.min(perPage, total - from));
  const pageLocs = new Float64Array(n);
  for (let i = 0; i < n; i++) pageLocs[i] = locs[desc ? total - 1 - from - i : from + i]!;
  // Formatted on the database thread, where the records are read: sent as those bytes.
  const txs = await txsAt(node.db, pageLocs);
  return new RawJson(Buffer.concat([Buffer.from('{"txs":'), txs, Buffer.from(`,"total_count":"${total}"}`)]));
}

export const methods: Record<string, Method> = {
  health: () => ({}),

  status: async (node) => {
    const latest = node.height >= 1 ? await node.db.getBlock(node.height) : undefined;
    const first = node.height >= 1 ? await node.db.getBlock(1) : undefined;
    const zero = '0'.repeat(64);
    return {
      node_info: {
        protocol_version: { p2p: '8', block: '11', app: '0' },
        id: node.validator.address.toLowerCase(),
        listen_addr: 'tcp://127.0.0.1:26656',
        network: node.meta.chainId,
        version: COMET_VERSION,
        channels: '',
        moniker: node.config.moniker,
        other: { tx_index: 'on', rpc_address: node.config.rpc.laddr },
      },
      sync_info: {
        latest_block_hash: latest?.hash ?? zero,
        latest_app_hash: latest?.header.app_hash || node.meta.appHash,
        latest_block_height: String(node.height),
        latest_block_time: latest?.header.time ?? node.meta.time,
        earliest_block_hash: first?.hash ?? zero,
        earliest_app_hash: first?.header.app_hash ?? node.meta.appHash,
        earliest_block_height: first ? '1' : '0',
        earliest_block_time: first?.header.time ?? node.meta.time,
        catching_up: false,
      },
      validator_info: {
        address: node.validator.address,
        pub_key: { type: 'tendermint/PubKeyEd25519', value: toBase64(node.validator.pubKey) },
        voting_power: '10',
      },
    };
  },

  // The app's one (height, app hash) pair: both move in App.commit, after the block is on disk.
  abci_info: (node) => {
    const info = node.app.info();
    return {
      response: { data: info.data, version: info.version, app_version: String(info.appVersion), last_block_height: String(info.lastBlockHeight), last_block_app_hash: toBase64(info.lastBlockAppHash) },
    };
  },

  // The latest state, a past height within the kept window, or a store key with its proof (abci_query.ts).
  abci_query: (node, p) => abciQuery(node, p),

  broadcast_tx_sync: async (node, p) => {
    const r = await submit(node, p);
    return { code: r.code, data: '', log: r.log, codespace: r.codespace, hash: r.hash };
  },

  broadcast_tx_async: (node, p) => {
    const tx = node.app.prepareTx(bytesParam(p, 'tx'));
    const hash = tx.hashHex;
    // CometBFT's async answers before CheckTx; here the stateless steps run first, so a tx that can never
    // be admitted (undecodable, a signature not of 64 bytes, no fee) is refused to its sender.
    const refused = node.app.precheckTx(tx);
    if (refused) return { code: refused.code, data: '', log: refused.message, codespace: refused.codespace, hash };
    node.submitTxAsync(tx).catch(() => {
      /* async: the result is not reported */
    });
    return { code: 0, data: '', log: '', codespace: '', hash };
  },

  broadcast_tx_commit: async (node, p) => {
    const r = await submit(node, p);
    const check = checkTxJson(r);
    if (r.code !== 0) return { check_tx: check, tx_result: NO_TX_RESULT, hash: r.hash, height: '0' };
    const height = await node.waitForTx(r.hash, parseDuration(node.config.rpc.timeout_broadcast_tx_commit)).catch((e: Error) => {
      throw rpcErrors.internal(e.message);
    });
    const tx = JSON.parse(Buffer.from((await txByHash(node, fromHexSafe(r.hash)))!).toString('utf8')) as { tx_result: unknown };
    return { check_tx: check, tx_result: tx.tx_result, hash: r.hash, height: String(height) };
  },

  broadcast_bundle: (node, p) => {
    const list = p.txs;
    if (!Array.isArray(list)) throw rpcErrors.invalidParams('txs must be an array of base64 txs');
    const txs = list.map((t, i) => {
      if (typeof t !== 'string') throw rpcErrors.invalidParams(`txs[${i}] must be a base64 string`);
      try {
        return fromBase64(t);
      } catch {
        throw rpcErrors.invalidParams(`txs[${i}] is not valid base64`);
      }
    });
    try {
      const b = node.submitBundle(txs);
      return { code: 0, codespace: '', log: '', bundle_id: b.id, hashes: b.hashes };
    } catch (e) {
      if (e instanceof ChainError) return { code: e.code, codespace: e.codespace, log: e.message, bundle_id: '', hashes: [] };
      throw e;
    }
  },

  tx: async (node, p) => {
    const hash = hashParam(p, 'hash');
    const t = await txByHash(node, hash);
    if (!t) throw rpcErrors.internal(`tx (${toHexUpper(hash)}) not found`);
    return new RawJson(t);
  },

  tx_search: (node, p, ctx) =>
    searchGate.run(() => txSearch(node, p, ctx)).catch((e: unknown) => {
      if (e instanceof GateFull) throw rpcErrors.internal(`too many tx_search requests in progress (${e.message}); retry later`);
      throw e;
    }),

  // Both are made as JSON beside the records (store_render.ts, on the database thread) and sent as those bytes.
  block: async (node, p) => rendered(node, blockJson, p),

  block_results: async (node, p) => rendered(node, blockResultsAt, p),

  commit: async (node, p) => {
    const b = await loadBlock(node, p);
    const r = (await node.db.getResults(b.header.height))!;
    return {
      signed_header: {
        header: formatHeader(b),
        commit: { height: String(b.header.height), round: 0, block_id: blockId(b.hash), signatures: [{ block_id_flag: 2, validator_address: r.commit.validator_address, timestamp: r.commit.timestamp, signature: r.commit.signature }] },
      },
      canonical: true,
    };
  },

  blockchain: async (node, p) => {
    const max = Math.min(intParam(p, 'maxHeight', node.height, 0) || node.height, node.height);
    const min = Math.max(intParam(p, 'minHeight', 1, 0) || 1, max - 19, 1);
    if (min > max) throw rpcErrors.invalidParams(`min height ${min} can't be greater than max height ${max}`);
    const metas = [];
    for (let h = max; h >= min; h--) {
      const b = (await node.db.getBlock(h))!;
      metas.push({ block_id: blockId(b.hash), block_size: String(JSON.stringify(b).length), header: formatHeader(b), num_txs: String(b.txs.length) });
    }
    return { last_height: String(node.height), block_metas: metas };
  },

  genesis: (node) => ({ genesis: node.genesis }),

  // As CometBFT: the set of the next, uncommitted height is known, so `height` may be latest + 1 (the default).
  validators: (node, p) => {
    const height = heightParam(p, node.height + 1);
    const all = [{ address: node.validator.address, pub_key: { type: 'tendermint/PubKeyEd25519', value: toBase64(node.validator.pubKey) }, voting_power: '10', proposer_priority: '0' }];
    const perPage = perPageParam(p);
    const page = pageParam(p, perPage, all.length);
    const list = all.slice((page - 1) * perPage, page * perPage);
    return { block_height: String(height), validators: list, count: String(list.length), total: String(all.length) };
  },

  unconfirmed_txs: (node, p) => {
    const limit = Math.min(intParam(p, 'limit', 30, 1)!, 100);
    return { n_txs: String(Math.min(limit, node.mempool.size)), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs: node.mempool.list(limit).map((t) => toBase64(t.prepared.bytes)) };
  },

  num_unconfirmed_txs: (node) => ({ n_txs: String(node.mempool.size), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs: null }),
};

function fromHexSafe(h: string): Uint8Array {
  return new Uint8Array(Buffer.from(h, 'hex'));
}

