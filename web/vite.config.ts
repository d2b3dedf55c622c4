// Builds the explorer into dist/web, which the node's REST server serves at / (node/api/web_static.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  logLevel: 'warn',
  // `npm run web:dev`: the page's requests go to a node started with `npm start` (REST on 1317).
  server: {
    proxy: Object.fromEntries(['/cosmos', '/marketchain', '/web-config.json'].map((p) => [p, 'http://127.0.0.1:1317'])),
  },
  build: {
    outDir: new URL('../dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The wallet chunk (cosmjs, loaded only on #/wallet) is about 1.3 MB; the pages' chunk stays small.
    chunkSizeWarningLimit: 1600,
  },
});
