// Copies the generated protobufjs JS next to the compiled output (tsc only emits from .ts).
import { cpSync, existsSync, mkdirSync } from 'node:fs';
const root = new URL('..', import.meta.url).pathname;
const src = root + 'proto/gen/marketchain.js';
if (existsSync(src)) {
  mkdirSync(root + 'dist/proto/gen', { recursive: true });
  cpSync(src, root + 'dist/proto/gen/marketchain.js');
}
