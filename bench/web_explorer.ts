// The explorer's load: bundle size (raw and gzip) of dist/web, and page load to first render in headless
// Chromium against a real dev node: first contentful paint (the shell), and the time until a page has
// drawn its data (the router's aria-busy cleared), for each section, cold (new browser context) and
// warm (reload, assets from the cache). Not a test: `npm run build && node dist/bench/web_explorer.js`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { DIST, freePort, NODE_BIN } from './node_proc.js';

const ROUTES = ['#/', '#/mm', '#/mm/market/uusdc', '#/amm', '#/repo'];
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5);

function bundle(): { file: string; bytes: number; gzip: number }[] {
  const dir = join(DIST, 'web');
  const out: { file: string; bytes: number; gzip: number }[] = [];
  const walk = (d: string, rel: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p, `${rel}${n}/`);
      else out.push({ file: rel + n, bytes: statSync(p).size, gzip: gzipSync(readFileSync(p)).length });
    }
  };
  walk(dir, '');
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const files = bundle();
  console.log('bundle:');
  for (const f of files) console.log(`  ${f.file}: ${f.bytes} bytes, ${f.gzip} gzip`);
  console.log(`  total: ${files.reduce((s, f) => s + f.bytes, 0)} bytes, ${files.reduce((s, f) => s + f.gzip, 0)} gzip`);

  const home = mkdtempSync(join(tmpdir(), 'marketchain-webbench-'));
  const [rpcPort, apiPort] = [await freePort(), await freePort()];
  const node = spawn(process.execPath, [NODE_BIN, 'start', '--dev', '--home', home, '--rpc.laddr', `tcp://127.0.0.1:${rpcPort}`, '--api.address', `tcp://127.0.0.1:${apiPort}`, '--block-time', '1s'], { stdio: 'ignore' });
  const api = `http://127.0.0.1:${apiPort}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${api}/`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 300) throw new Error('node did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    console.log(`page load, median of ${RUNS} (ms): route, cold first paint, cold data drawn, warm data drawn`);
    for (const route of ROUTES) {
      const cold: number[] = [];
      const fcp: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        const drawn = async () => {
          const t0 = Date.now();
          await page.waitForFunction((h) => {
            const m = (globalThis as any).document.querySelector('main');
            return m?.dataset.route === h && !m.hasAttribute('aria-busy');
          }, route);
          return Date.now() - t0;
        };
        const t0 = Date.now();
        await page.goto(`${api}/${route}`, { waitUntil: 'commit' });
        const commit = Date.now() - t0;
        cold.push(commit + (await drawn()));
        fcp.push(await page.evaluate(() => (globalThis as any).performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
        const t1 = Date.now();
        await page.reload({ waitUntil: 'commit' });
        warm.push(Date.now() - t1 + (await drawn()));
        await ctx.close();
      }
      console.log(`  ${route}: ${Math.round(median(fcp))}, ${median(cold)}, ${median(warm)}`);
    }
    await browser.close();
  } finally {
    node.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
