// The modules' REST routes, made from their Query services' google.api.http options (the route table
// proto/gen/rest_routes.json): path variables and query-string fields fill the request message, the
// query runs through the app's query path, the response message is rendered in the gateway's JSON.
import { appQuery } from './cosmos_routes.js';
import { codecOf, messageJson, requestBytes, requestFields, ROUTE_TABLE } from './proto_json.js';
import type { Route } from './route.js';

export const moduleRoutes: Route[] = ROUTE_TABLE.routes.map((r) => {
  const pathVars = new Set([...r.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  if (!codecOf(r.request) || !codecOf(r.response)) throw new Error(`REST route ${r.path}: no generated codec for ${r.request} or ${r.response} (run npm run proto:gen)`);
  return {
    method: r.method,
    path: r.path,
    tag: `marketchain.${r.module}`,
    summary: r.summary || `${r.rpc.split('/').pop()} (${r.rpc})`,
    query: requestFields(r.request).filter((f) => !pathVars.has(f.name)).map((f) => ({ name: f.name, type: f.field.type })),
    response: r.response,
    handle: (c) => messageJson(r.response, appQuery(c.node, r.rpc, requestBytes(r.request, c.path, c.query))),
  };
});
