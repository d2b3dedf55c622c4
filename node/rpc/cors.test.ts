import test from 'ava';
import { LOCAL_ORIGINS, originMatcher } from './cors.js';

test('[rpc/cors]: the default origins are this machine\'s, any port; look-alikes and other schemes are not', (t) => {
  const ok = originMatcher(LOCAL_ORIGINS);
  for (const o of ['http://localhost', 'http://localhost:5173', 'http://127.0.0.1:26657', 'http://[::1]:8080', 'HTTP://LOCALHOST:1']) t.true(ok(o), o);
  for (const o of ['https://evil.example', 'http://localhost.evil.example', 'http://localhost:5173.evil.example', 'http://127.0.0.1.nip.io', 'https://localhost:5173', 'http://localhost:80/x', 'null', '']) t.false(ok(o), o);
});

test('[rpc/cors]: "*" allows every origin; a wildcard stands for one host label run, never a path', (t) => {
  t.true(originMatcher(['*'])('https://evil.example'));
  const sub = originMatcher(['https://*.example.com']);
  t.true(sub('https://app.example.com'));
  t.false(sub('https://example.com'));
  t.false(sub('https://evil.com/.example.com'));
  t.false(originMatcher([])('http://localhost:1'));
});
