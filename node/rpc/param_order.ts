// Positional JSON-RPC params: CometBFT accepts `params` as an object of named parameters or as an array
// given in the order of the method's arguments (its routes.go), e.g. `{"method":"blockchain","params":["1","2"]}`.
// Clients such as @interchainjs/cosmos send arrays, so each method's argument order is kept here.
import { rpcErrors } from './errors.js';
import type { Params } from './params.js';

/** Argument names in CometBFT 0.38's order (methods absent here take none). */
export const PARAM_ORDER: Record<string, readonly string[]> = {
  subscribe: ['query'],
  unsubscribe: ['query'],
  blockchain: ['minHeight', 'maxHeight'],
  block: ['height'],
  block_by_hash: ['hash'],
  block_results: ['height'],
  commit: ['height'],
  header: ['height'],
  header_by_hash: ['hash'],
  check_tx: ['tx'],
  tx: ['hash', 'prove'],
  tx_search: ['query', 'prove', 'page', 'per_page', 'order_by'],
  block_search: ['query', 'page', 'per_page', 'order_by'],
  validators: ['height', 'page', 'per_page'],
  consensus_params: ['height'],
  unconfirmed_txs: ['limit'],
  broadcast_tx_commit: ['tx'],
  broadcast_tx_sync: ['tx'],
  broadcast_tx_async: ['tx'],
  abci_query: ['path', 'data', 'height', 'prove'],
  broadcast_bundle: ['txs'],
};

/**
 * A request's `params` as named parameters: absent or null is none, an object is taken as it is, an
 * array is named by the method's argument order. Fewer elements than arguments leave the rest absent
 * (a JSON null is absent too); more is refused with CometBFT's wording.
 */
export function namedParams(method: string, params: unknown): Params {
  if (params === undefined || params === null) return {};
  if (Array.isArray(params)) {
    const names = PARAM_ORDER[method] ?? [];
    if (params.length > names.length) {
      throw rpcErrors.invalidParams(`error converting json params to arguments: expected ${names.length} parameters ([${names.join(' ')}]), got ${params.length}`);
    }
    const out: Params = {};
    params.forEach((v, i) => (out[names[i]!] = v));
    return out;
  }
  if (typeof params !== 'object') throw rpcErrors.invalidParams('error converting json params to arguments: params must be an object of named parameters or an array of positional ones');
  return params as Params;
}
