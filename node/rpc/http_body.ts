// Reading an HTTP request body under a byte limit, for the JSON-RPC and the REST API.
import type { IncomingMessage } from 'node:http';

/**
 * What happens past the limit: `destroy` drops the connection at once (the JSON-RPC, whose clients
 * never send large bodies), `drain` discards the rest without keeping it so the server can still
 * write its 413 answer before closing (the REST API, whose clients expect an HTTP status).
 */
export type OverLimit = 'destroy' | 'drain';

/** The body up to `limit` bytes; past it the promise rejects with `tooLarge()` and nothing more is kept. */
export function readBody(req: IncomingMessage, limit: number, overLimit: OverLimit, tooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(tooLarge());
        req.removeAllListeners('data');
        if (overLimit === 'destroy') req.destroy();
        else req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
