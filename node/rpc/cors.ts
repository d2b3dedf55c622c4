// Which web origins may read RPC answers (CORS). By default only pages served from this machine
// (localhost, 127.0.0.1, [::1], any port): any other web page a developer visits gets no
// Access-Control-Allow-Origin, so the browser keeps it from reading or driving the local chain.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCAL_ORIGINS } from '../home.js';

export { LOCAL_ORIGINS };

const ALLOWED_HEADERS = 'Origin, Accept, Content-Type, X-Requested-With, X-Server-Time';

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the configured origins (`*` alone: every origin, CometBFT's meaning). */
export function originMatcher(patterns: string[]): (origin: string) => boolean {
  if (patterns.includes('*')) return () => true;
  const res = patterns.map((p) => {
    const port = p.endsWith(':*');
    const body = (port ? p.slice(0, -2) : p).split('*').map(escape).join('[^/]*');
    return new RegExp(`^${body}${port ? '(?::\\d{1,5})?' : ''}$`, 'i');
  });
  return (origin) => res.some((r) => r.test(origin));
}

/** Sets the CORS headers of an answer to an allowed origin; nothing for others (the browser then refuses the page). */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: (origin: string) => boolean, any: boolean): void {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (typeof origin !== 'string' || !allowed(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  if (req.method === 'OPTIONS') res.setHeader('Access-Control-Max-Age', '600');
}
