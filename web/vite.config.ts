// Builds the explorer into dist/web, which the node's REST server serves at / (node/api/web_static.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  logLevel: 'warn',
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
