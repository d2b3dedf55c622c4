// JSON-RPC 2.0 errors (CometBFT uses the standard codes; data carries the detail).
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data = '',
  ) {
    super(message);
  }
}

export const rpcErrors = {
  parse: (data: string) => new RpcError(-32700, 'Parse error. Invalid JSON', data),
  invalidRequest: (data: string) => new RpcError(-32600, 'Invalid Request', data),
  methodNotFound: (m: string) => new RpcError(-32601, 'Method not found', `method ${JSON.stringify(m)} is not supported`),
  invalidParams: (data: string) => new RpcError(-32602, 'Invalid params', data),
  internal: (data: string) => new RpcError(-32603, 'Internal error', data),
  /** An answer (a batch's answers together) over rpc.max_response_bytes. */
  responseTooLarge: (limit: number) => new RpcError(-32603, 'Internal error', `response too large: more than ${limit} bytes (rpc.max_response_bytes, shared by a batch); ask for less at a time`),
  /** A tx_search (or a batch of them) that needs more index work than allowed: a parameter problem, narrow the query. */
  queryTooBroad: (limit: number) =>
    new RpcError(-32602, 'Invalid params', `query too broad: it needs more than ${limit} index entries and tx locations (rpc.tx_search_max_scan, shared by a batch); add an equality condition or narrow tx.height`),
};
