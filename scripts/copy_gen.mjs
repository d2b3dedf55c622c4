// Copies the generated protobufjs JS and the REST route table next to the compiled output (tsc only emits from .ts).
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
const root = new URL('..', import.meta.url).pathname;
const dir = root + 'proto/gen/';
if (existsSync(dir)) {
  mkdirSync(root + 'dist/proto/gen', { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.js') || f === 'rest_routes.json') cpSync(dir + f, root + 'dist/proto/gen/' + f);
}
