// What a REST route is: an HTTP method and a path template in the gateway's form (/a/{b}/c), what it
// documents (tag, summary, query fields, body fields: the OpenAPI document is made from these), and its
// handler.
import type { ChainNode } from '../chain_node.js';
import type { CallCtx } from '../rpc/methods.js';

export interface Call {
  node: ChainNode;
  /** Path variables, URL-decoded. */
  path: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (POST). */
  body: Record<string, unknown>;
  /** The budgets of the node's reads (shared with the JSON-RPC's limits). */
  ctx: CallCtx;
}

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  tag: string;
  summary: string;
  /** Query-string fields, for the document. */
  query?: { name: string; type: string }[];
  /** JSON body fields (POST), for the document. */
  body?: { name: string; type: string }[];
  /** The response's schema for the document (module routes: the proto message). */
  response?: string;
  handle(c: Call): Promise<unknown> | unknown;
}
