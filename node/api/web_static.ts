// The explorer's built files (web/, built by `npm run build` into dist/web) served by the REST API at
// `/`. The folder is read once at start into memory, bounded (WEB_MAX_FILES files, WEB_MAX_BYTES bytes,
// no symlinks, no dot files): a request can only name one of those files, so no path reaches outside
// the folder whatever its dots or encodings, and a request costs no disk read. `/web-config.json`
// tells the page where the JSON-RPC and its WebSocket are (the RPC port may differ from the default).
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicUrl } from './chain_info.js';

export const WEB_MAX_FILES = 500;
export const WEB_MAX_BYTES = 32 * 1024 * 1024;
/** dist/web beside dist/node/api (where vite writes the build). */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

interface WebFile {
  body: Buffer;
  type: string;
  /** Hashed asset names never change content: cached for a year; index.html is revalidated. */
  immutable: boolean;
}

export interface WebFiles {
  files: Map<string, WebFile>;
  rpcUrl: string | undefined;
}

/** The built files by URL path, or undefined when the folder is absent (web not built). Throws past the bounds. */
export function loadWebFiles(dir: string, rpcUrl?: string): WebFiles | undefined {
  let top: string[];
  try {
    top = readdirSync(dir);
  } catch {
    return undefined;
  }
  const files = new Map<string, WebFile>();
  let bytes = 0;
  const walk = (abs: string, rel: string, names: string[]) => {
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(abs, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p, `${rel}${name}/`, readdirSync(p));
      else if (st.isFile()) {
        const type = TYPES[extname(name).toLowerCase()];
        if (!type) continue;
        bytes += st.size;
        if (files.size >= WEB_MAX_FILES || bytes > WEB_MAX_BYTES) throw new Error(`${dir} holds more than ${WEB_MAX_FILES} files or ${WEB_MAX_BYTES} bytes: not served`);
        files.set(`${rel}${name}`, { body: readFileSync(p), type, immutable: rel.startsWith('/assets/') });
      }
    }
  };
  walk(dir, '/', top);
  if (!files.has('/index.html')) return undefined;
  return { files, rpcUrl };
}

/** Answers a GET/HEAD for one of the files (`/` is index.html); false when the path is none of them. */
export function serveWeb(web: WebFiles, req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let body: Buffer;
  let type: string;
  let cache = 'no-cache';
  if (pathname === '/web-config.json') {
    // An RPC listening on every interface is reached at the host the page itself came from.
    const rpc = publicUrl(web.rpcUrl ?? 'http://127.0.0.1:26657', req.headers.host);
    body = Buffer.from(JSON.stringify({ rpc_url: rpc, websocket_url: `${rpc.replace(/^http/, 'ws')}/websocket` }));
    type = 'application/json';
  } else {
    const f = web.files.get(pathname === '/' ? '/index.html' : pathname);
    if (!f) return false;
    body = f.body;
    type = f.type;
    if (f.immutable) cache = 'public, max-age=31536000, immutable';
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
