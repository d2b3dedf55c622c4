// A method result that is already JSON (UTF-8 bytes): the response is written around it, not re-encoded.
// `block`, `block_results`, `tx` and `tx_search` are made this way beside the records (store_render.ts,
// on the database thread), so a block explorer polling a large block does not stringify megabytes of
// events on the thread that executes blocks.

export class RawJson {
  constructor(readonly bytes: Uint8Array) {}
}

export type Chunk = string | Uint8Array;

/** A response already written as chunks (its size known before it is sent). */
export class Serialized {
  constructor(
    readonly chunks: Chunk[],
    readonly bytes: number,
    /** A JSON-RPC error answer (CometBFT's URI handler sends those with HTTP 500). */
    readonly isError = false,
  ) {}

  static of(response: unknown): Serialized {
    const chunks = bodyChunks(response);
    const isError = !!response && typeof response === 'object' && 'error' in response;
    return new Serialized(chunks, chunksBytes(chunks), isError);
  }
}

export function chunksBytes(chunks: Chunk[]): number {
  let n = 0;
  for (const c of chunks) n += typeof c === 'string' ? Buffer.byteLength(c) : c.byteLength;
  return n;
}

function responseChunks(r: unknown, out: Chunk[]): void {
  const res = r as { result?: unknown } | null;
  if (r instanceof Serialized) out.push(...r.chunks);
  else if (res && typeof res === 'object' && res.result instanceof RawJson) {
    const { result, ...rest } = res as { result: RawJson };
    out.push(JSON.stringify(rest).slice(0, -1) + (Object.keys(rest).length > 0 ? ',' : '') + '"result":', result.bytes, '}');
  } else out.push(JSON.stringify(r));
}

/** A JSON-RPC response body (one response or a batch) as chunks to write, RawJson results as their bytes. */
export function bodyChunks(body: unknown): Chunk[] {
  const out: Chunk[] = [];
  if (!Array.isArray(body)) {
    responseChunks(body, out);
    return out;
  }
  out.push('[');
  body.forEach((r, i) => {
    if (i > 0) out.push(',');
    responseChunks(r, out);
  });
  out.push(']');
  return out;
}

/** The whole body as one string (tests, and to check the chunks parse as the plain stringify would). */
export function bodyText(body: unknown): string {
  return bodyChunks(body)
    .map((c) => (typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('utf8')))
    .join('');
}
