// The explorer's static files: only the files of the built folder are reachable (no symlink, dot file
// or path outside it), content types by extension, HEAD without a body, the folder's bounds, and a
// missing build (or one without index.html) serves nothing.
import test from 'ava';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWebFiles, serveWeb, WEB_MAX_FILES, type WebFiles } from './web_static.js';

function builtDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'web-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'app-1.css'), 'body{}');
  writeFileSync(join(dir, '.secret.json'), '{"k":1}');
  writeFileSync(join(dir, 'notes.xyz'), 'unknown type');
  const outside = mkdtempSync(join(tmpdir(), 'web-outside-'));
  writeFileSync(join(outside, 'passwd.txt'), 'root');
  symlinkSync(join(outside, 'passwd.txt'), join(dir, 'link.txt'));
  return dir;
}

async function serve(web: WebFiles): Promise<{ server: Server; get: (path: string, method?: string, headers?: Record<string, string>) => Promise<{ status: number; type?: string; cache?: string; body: string }> }> {
  const server = createServer((req, res) => {
    if (!serveWeb(web, req, res, new URL(req.url ?? '/', 'http://x').pathname)) {
      res.writeHead(404);
      res.end('api');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const get = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
    new Promise<{ status: number; type?: string; cache?: string; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], cache: res.headers['cache-control'], body }));
      });
      req.on('error', reject);
      req.end();
    });
  return { server, get };
}

test('[api/web_static]: the built files by path with their types; nothing else (dot files, symlinks, unknown types, ../)', async (t) => {
  const web = loadWebFiles(builtDir(), 'http://127.0.0.1:5555')!;
  t.deepEqual([...web.files.keys()].sort(), ['/assets/app-1.css', '/assets/app-1.js', '/index.html']);
  const { server, get } = await serve(web);
  t.teardown(() => server.close());
  t.like(await get('/'), { status: 200, type: 'text/html; charset=utf-8', cache: 'no-cache', body: '<!doctype html><title>x</title>' });
  t.like(await get('/assets/app-1.js'), { status: 200, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=31536000, immutable' });
  t.like(await get('/assets/app-1.css'), { status: 200, type: 'text/css; charset=utf-8' });
  t.like(await get('/index.html', 'HEAD'), { status: 200, type: 'text/html; charset=utf-8', body: '' });
  t.like(await get('/web-config.json'), { status: 200, body: '{"rpc_url":"http://127.0.0.1:5555","websocket_url":"ws://127.0.0.1:5555/websocket"}' });
  for (const p of ['/link.txt', '/.secret.json', '/notes.xyz', '/assets/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/../../etc/passwd', '/assets', '/assets/']) {
    t.like(await get(p), { status: 404, body: 'api' }, p);
  }
  t.like(await get('/index.html', 'POST'), { status: 404, body: 'api' });
});

test('[api/web_static]: an RPC on every interface (0.0.0.0) is given at the host the page came from', async (t) => {
  const { server, get } = await serve(loadWebFiles(builtDir(), 'http://0.0.0.0:26657')!);
  t.teardown(() => server.close());
  t.like(await get('/web-config.json', 'GET', { Host: 'devbox.local:1317' }), { body: '{"rpc_url":"http://devbox.local:26657","websocket_url":"ws://devbox.local:26657/websocket"}' });
  // a Host that is no host name is not echoed into the page's config
  t.like(await get('/web-config.json', 'GET', { Host: 'evil/"x' }), { body: '{"rpc_url":"http://127.0.0.1:26657","websocket_url":"ws://127.0.0.1:26657/websocket"}' });
});

test('[api/web_static]: no build or no index.html: nothing served; past the file bound: refused with a clear error', (t) => {
  t.is(loadWebFiles(join(tmpdir(), 'no-such-web-dir-xyz')), undefined);
  const noIndex = mkdtempSync(join(tmpdir(), 'web-noindex-'));
  writeFileSync(join(noIndex, 'a.js'), '1');
  t.is(loadWebFiles(noIndex), undefined);
  const many = mkdtempSync(join(tmpdir(), 'web-many-'));
  writeFileSync(join(many, 'index.html'), '');
  for (let i = 0; i < WEB_MAX_FILES; i++) writeFileSync(join(many, `f${i}.js`), '');
  const e = t.throws(() => loadWebFiles(many));
  t.is(e?.message, `${many} holds more than ${WEB_MAX_FILES} files or ${32 * 1024 * 1024} bytes: not served`);
});
