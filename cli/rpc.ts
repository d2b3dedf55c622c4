// Direct JSON-RPC and abci_query calls to the node.
import { CliError, type GlobalOpts } from './env.js';

export async function rpcCall(opts: GlobalOpts, method: string, params: Record<string, unknown>): Promise<any> {
  let res: Response;
  try {
    res = await fetch(opts.node, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  } catch (e) {
    throw new CliError(`cannot reach the node at ${opts.node}: ${(e as Error).cause ? String((e as any).cause?.message ?? (e as Error).message) : (e as Error).message}`);
  }
  let body: any;
  try {
    body = await res.json();
  } catch {
    throw new CliError(`the node at ${opts.node} answered HTTP ${res.status} without JSON`);
  }
  if (body.error) throw new CliError(`${method}: ${body.error.message}${body.error.data ? `: ${body.error.data}` : ''}`);
  return body.result;
}

/** `--height`: a block height ≥ 1, or undefined for the latest. */
export function heightOpt(opts: GlobalOpts): number | undefined {
  const v = (opts as { height?: string }).height;
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new CliError(`invalid --height ${JSON.stringify(v)}: a block height ≥ 1`);
  return Number(v);
}

/** abci_query's whole response (at `--height` if given), refused with the node's log, code and codespace. */
export async function abciQueryResponse(opts: GlobalOpts, path: string, request: Uint8Array, prove = false): Promise<any> {
  const height = heightOpt(opts);
  const r = await rpcCall(opts, 'abci_query', { path, data: Buffer.from(request).toString('hex'), ...(height ? { height: String(height) } : {}), ...(prove ? { prove: true } : {}) });
  const resp = r.response;
  if (resp.code !== 0) {
    const log = String(resp.log).replace(/^rpc error: code = \w+ desc = /, '');
    throw new CliError(`${log} (${resp.codespace ? `${resp.codespace}/` : "code "}${resp.code})`);
  }
  return resp;
}

export async function abciQuery(opts: GlobalOpts, path: string, request: Uint8Array): Promise<Uint8Array> {
  const resp = await abciQueryResponse(opts, path, request);
  return resp.value ? new Uint8Array(Buffer.from(resp.value, 'base64')) : new Uint8Array();
}
