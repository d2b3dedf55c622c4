// The REST route table of the modules' Query services: every rpc with a google.api.http option in
// proto/marketchain/<module>/v1/*.proto, with the fields of the messages its request and response reach
// (names as declared, the camelCase name protobufjs' generated code uses, scalar or message type), and
// every message of the modules' packages (the messages of txs are rendered from them).
// Written to proto/gen/rest_routes.json by `npm run proto:gen` and checked by `npm run proto:check`; the
// node's REST server (node/api/) builds its module routes and the OpenAPI document from it.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import protobuf from 'protobufjs';

const SCALARS = new Set(['double', 'float', 'int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'int64', 'uint64', 'sint64', 'fixed64', 'sfixed64', 'bool', 'string', 'bytes']);

/** @returns {string} the table as JSON text (2-space indented, trailing newline) */
export function restRoutes(root, protoDir, modules, listProtos) {
  const routes = [];
  const messages = {};
  const addMessage = (type) => {
    const name = type.fullName.slice(1);
    if (messages[name]) return;
    messages[name] = [];
    for (const f of type.fieldsArray) {
      if (f.map) throw new Error(`${name}.${f.name}: map fields are not in the REST mapping here`);
      if (f.resolvedType instanceof protobuf.Enum) throw new Error(`${name}.${f.name}: enum fields are not in the REST mapping here`);
      const entry = { name: f.name, json: protobuf.util.camelCase(f.name), type: f.resolvedType ? f.resolvedType.fullName.slice(1) : f.type, repeated: f.repeated };
      if (!f.resolvedType && !SCALARS.has(f.type)) throw new Error(`${name}.${f.name}: unknown type ${f.type}`);
      messages[name].push(entry);
      if (f.resolvedType) addMessage(f.resolvedType);
    }
  };
  for (const m of modules) {
    const r = new protobuf.Root();
    r.resolvePath = (_origin, target) => {
      const own = join(protoDir, target);
      return existsSync(own) ? own : join(root, 'node_modules', 'protobufjs', target);
    };
    const files = listProtos(join(protoDir, 'marketchain', m)).sort().map((f) => relative(protoDir, f));
    r.loadSync(files, { keepCase: true, alternateCommentMode: true });
    r.resolveAll();
    const services = [];
    const walk = (ns) => {
      for (const o of ns.nestedArray) {
        if (o instanceof protobuf.Service) services.push(o);
        else if (o instanceof protobuf.Namespace) walk(o);
      }
    };
    walk(r);
    // Every message of the module's package too: the REST server renders txs' messages (Any) with them.
    const allTypes = (ns) => ns.nestedArray.flatMap((o) => (o instanceof protobuf.Type ? [o, ...allTypes(o)] : o instanceof protobuf.Namespace ? allTypes(o) : []));
    for (const t of allTypes(r.lookup('marketchain'))) addMessage(t);
    for (const s of services) {
      for (const method of s.methodsArray) {
        const http = method.parsedOptions?.find((o) => o['(google.api.http)'])?.['(google.api.http)'];
        if (!http) continue;
        const verbs = Object.keys(http).filter((k) => ['get', 'post', 'put', 'delete', 'patch'].includes(k));
        if (verbs.length !== 1 || verbs[0] !== 'get' || http.body || http.additional_bindings) {
          throw new Error(`${s.fullName}.${method.name}: only a single google.api.http get binding is supported`);
        }
        const path = http.get;
        const req = method.resolvedRequestType;
        for (const [, v] of path.matchAll(/\{([^}]+)\}/g)) {
          if (!req.fields[v]) throw new Error(`${s.fullName}.${method.name}: path variable {${v}} is not a field of ${req.fullName.slice(1)}`);
        }
        addMessage(req);
        addMessage(method.resolvedResponseType);
        routes.push({
          module: m,
          rpc: `/${s.fullName.slice(1)}/${method.name}`,
          method: 'GET',
          path,
          request: req.fullName.slice(1),
          response: method.resolvedResponseType.fullName.slice(1),
          summary: (method.comment ?? '').replace(/\s+/g, ' ').trim(),
        });
      }
    }
  }
  const sorted = Object.fromEntries(Object.keys(messages).sort().map((k) => [k, messages[k]]));
  return JSON.stringify({ routes, messages: sorted }, null, 2) + '\n';
}
