// The OpenAPI 3 document of the REST routes, made from the same route list the server serves (the
// modules' routes from their protos' google.api.http options). Checked in as node/api/openapi.json; a
// test fails when that file differs from this document (regenerate: npm run api:openapi).
import { ROUTE_TABLE } from './proto_json.js';
import { ROUTES } from './routes.js';

const SCALAR_SCHEMA: Record<string, Record<string, unknown>> = {
  string: { type: 'string' },
  bool: { type: 'boolean' },
  bytes: { type: 'string', format: 'byte' },
  int32: { type: 'integer', format: 'int32' },
  uint32: { type: 'integer', format: 'int64' },
  sint32: { type: 'integer', format: 'int32' },
  fixed32: { type: 'integer', format: 'int64' },
  sfixed32: { type: 'integer', format: 'int32' },
  double: { type: 'number', format: 'double' },
  float: { type: 'number', format: 'float' },
};

function scalarSchema(type: string): Record<string, unknown> {
  // 64-bit integers travel as decimal strings in the gateway's JSON.
  return SCALAR_SCHEMA[type] ?? { type: 'string', format: type };
}

function fieldSchema(type: string): Record<string, unknown> {
  return ROUTE_TABLE.messages[type] ? { $ref: `#/components/schemas/${type}` } : scalarSchema(type);
}

/** The message schemas the module routes reach. */
function schemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add = (type: string) => {
    if (out[type] || !ROUTE_TABLE.messages[type]) return;
    const props: Record<string, unknown> = {};
    out[type] = { type: 'object', properties: props };
    for (const f of ROUTE_TABLE.messages[type]!) {
      props[f.name] = f.repeated ? { type: 'array', items: fieldSchema(f.type) } : fieldSchema(f.type);
      add(f.type);
    }
  };
  for (const r of ROUTES) if (r.response) add(r.response);
  out.Status = { type: 'object', properties: { code: { type: 'integer', format: 'int32' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'object' } } } };
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const params = [
      ...[...r.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(r.query ?? []).map((q) => ({ name: q.name, in: 'query', required: false, schema: scalarSchema(q.type) })),
    ];
    const error = { description: 'An error: {code (gRPC status), message, details}', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } };
    const op: Record<string, unknown> = {
      tags: [r.tag],
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
      parameters: params,
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: r.response ? { $ref: `#/components/schemas/${r.response}` } : { type: 'object' } } } },
        default: error,
      },
    };
    if (r.body) {
      op.requestBody = { required: true, content: { 'application/json': { schema: { type: 'object', properties: Object.fromEntries(r.body.map((b) => [b.name, scalarSchema(b.type)])) } } } };
    }
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.0.3',
    info: { title: 'marketchain REST API', version: 'v1', description: "The node's REST (LCD) API: the Cosmos SDK gRPC-gateway routes it serves and the queries of its modules (JSON as the gateway's: field names as in the .proto, 64-bit integers as strings, bytes as base64)." },
    paths,
    components: { schemas: schemas() },
  };
}
