// Every REST route (the Cosmos SDK's and the modules') and the matching of a request's path to one.
import { cosmosRoutes } from './cosmos_routes.js';
import { moduleRoutes } from './module_routes.js';
import type { Route } from './route.js';

export const ROUTES: Route[] = [...cosmosRoutes, ...moduleRoutes];

/** Modules of the Cosmos SDK this chain does not have: their routes are answered 501 Unimplemented, not 404. */
export const ABSENT_SDK_MODULES = ['authz', 'circuit', 'consensus', 'crisis', 'distribution', 'evidence', 'feegrant', 'gov', 'group', 'mint', 'nft', 'params', 'protocolpool', 'slashing', 'staking', 'upgrade'];

interface Compiled {
  route: Route;
  segments: string[];
}

const compiled: Compiled[] = ROUTES.map((route) => ({ route, segments: route.path.split('/').slice(1) }));

export type Match = { route: Route; path: Record<string, string> } | { methodNotAllowed: true } | undefined;

/**
 * The route of a method and URL path (its segments URL-decoded). A literal segment wins over a variable
 * (txs/block/5 is GetBlockWithTxs, not GetTx of "block"). A path some route has, asked with another
 * method, is `methodNotAllowed`.
 */
export function matchRoute(method: string, pathname: string): Match {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  let decoded: string[];
  try {
    decoded = parts.map(decodeURIComponent);
  } catch {
    return undefined;
  }
  let best: { c: Compiled; vars: Record<string, string>; literals: number } | undefined;
  let otherMethod = false;
  for (const c of compiled) {
    if (c.segments.length !== decoded.length) continue;
    const vars: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < decoded.length && ok; i++) {
      const s = c.segments[i]!;
      if (s.startsWith('{') && s.endsWith('}')) {
        if (decoded[i] === '') ok = false;
        else vars[s.slice(1, -1)] = decoded[i]!;
      } else if (s === decoded[i]) literals++;
      else ok = false;
    }
    if (!ok) continue;
    if (c.route.method !== method) {
      otherMethod = true;
      continue;
    }
    if (!best || literals > best.literals) best = { c, vars, literals };
  }
  if (best) return { route: best.c.route, path: best.vars };
  return otherMethod ? { methodNotAllowed: true } : undefined;
}
