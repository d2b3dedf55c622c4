// `npm run api:openapi`: writes node/api/openapi.json, the checked-in OpenAPI document of the REST routes
// (node/api/openapi.test.ts fails when it is stale).
import { writeFileSync } from 'node:fs';
import { openApiDocument } from './openapi.js';

const file = new URL('../../../node/api/openapi.json', import.meta.url);
writeFileSync(file, JSON.stringify(openApiDocument(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
