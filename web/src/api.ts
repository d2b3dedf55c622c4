// The node's public interfaces: the REST API on this page's origin, the JSON-RPC and its WebSocket at
// the address the node tells in /web-config.json.
export class NotFound extends Error {}

let cfg: Promise<{ rpc_url: string; websocket_url: string }> | undefined;
export function config() {
  cfg ??= fetch('/web-config.json').then((r) => r.json());
  return cfg;
}

/** A REST GET; 404 (and 400 for a malformed id) becomes NotFound with the node's message. */
export async function rest<T = any>(path: string): Promise<T> {
  const r = await fetch(path);
  const j = await r.json().catch(() => ({}));
  if (r.status === 404 || r.status === 400) throw new NotFound(j.message ?? `${path}: ${r.status}`);
  if (!r.ok) throw new Error(j.message ?? `${path}: HTTP ${r.status}`);
  return j as T;
}

export async function rpc<T = any>(method: string, params: Record<string, unknown> = {}): Promise<T> {
  const { rpc_url } = await config();
  const r = await fetch(rpc_url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const j = await r.json();
  if (j.error) throw new Error(`${method}: ${j.error.message} ${j.error.data ?? ''}`);
  return j.result as T;
}

/** Txs matching a tx_search query (newest first), through REST. */
export async function searchTxs(query: string, limit = 50): Promise<{ txs: any[]; tx_responses: any[] }> {
  return rest(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(query)}&limit=${limit}&order_by=ORDER_BY_DESC`);
}

export function eventAttrs(e: { attributes: { key: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));
}
