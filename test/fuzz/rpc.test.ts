// Fuzzing the RPC of a real running node over HTTP: random JSON (fast-check `anything` / `json`) and
// hand-built near-misses (wrong types, negative / huge / fractional heights, bad base64 and hex, odd
// queries, pages, batches, URI form) into every method. Every answer is JSON-RPC with a standard error
// code or a result; no handler's JavaScript error leaks out as an internal error; rejected txs carry a
// code and codespace; and the node keeps answering `status` throughout.
import test from 'ava';
import fc from 'fast-check';
import { methods } from '../../node/rpc/methods.js';
import { TestNode } from '../helpers/node_process.js';
import { fuzzSeed, rejectionProblem, runs } from '../helpers/fuzz.js';

const METHODS = Object.keys(methods).sort();
const STANDARD = new Set([-32700, -32600, -32601, -32602, -32603]);
// A JavaScript error escaping a handler (as opposed to a deliberate "not found" internal error).
const JS_ERROR = /TypeError|RangeError|ReferenceError|SyntaxError|Cannot read|Cannot convert|is not a function|is not iterable|undefined|Maximum call stack|Invalid array length|\[object /;

let node: TestNode;
test.before(async () => {
  node = await TestNode.start({ blockTime: '200ms' });
});
test.after.always(async () => {
  await node?.destroy();
});

const PARAM_NAMES = ['height', 'hash', 'query', 'tx', 'txs', 'path', 'data', 'prove', 'page', 'per_page', 'order_by', 'minHeight', 'maxHeight', 'limit', 'pad'];
const nearMissValue = fc.oneof(
  fc.constantFrom('', '0', '1', '-1', '2', '1.5', '1e3', '0x10', 'abc', ' 1', '999999999999', '18446744073709551616', 'null', 'true', '%%%', '====', 'AAAA', 'AA==', '0x', '0xzz', '0x' + 'ab'.repeat(32), 'ab'.repeat(32), 'AB'.repeat(31)),
  fc.constantFrom(0, -1, 1, 1.5, 2 ** 53, 2 ** 64, -0, Number.MAX_VALUE, true, false, null, [], {}, [1, 2], { a: 1 }),
  fc.constantFrom("tx.height=1", "tx.height>0", "tx.hash='00'", "tx.height >> 'x'", "message.sender='mkt1'", "tx.height=1 AND tx.height=2", "'", "=", "tx.height=99999999999999999999", "a.b EXISTS", "tx.height CONTAINS '1'", "tx.height<=-5", "x".repeat(5000)),
  fc.constantFrom('/cosmos.bank.v1beta1.Query/Balance', '/cosmos.auth.v1beta1.Query/Account', '/cosmos.tx.v1beta1.Service/Simulate', '/marketchain.amm.v1.Query/Pool', '/marketchain.moneymarket.v1.Query/Market', '/marketchain.repo.v1.Query/Round', '/', '/x/y'),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64')),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('hex')),
  fc.array(fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('base64')), { maxLength: 4 }),
  fc.integer().map(String),
  fc.string(),
);
const nearMissParams = fc.dictionary(fc.constantFrom(...PARAM_NAMES), nearMissValue, { maxKeys: 4 });

const requestArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ jsonrpc: fc.constant('2.0'), id: fc.oneof(fc.nat(), fc.string()), method: fc.constantFrom(...METHODS), params: nearMissParams }) },
  { weight: 2, arbitrary: fc.record({ jsonrpc: fc.constant('2.0'), id: fc.nat(), method: fc.constantFrom(...METHODS), params: fc.anything() }, { requiredKeys: ['method'] }) },
  { weight: 1, arbitrary: fc.record({ jsonrpc: fc.anything(), id: fc.anything(), method: fc.oneof(fc.constantFrom(...METHODS, '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''), fc.anything()), params: fc.anything() }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** A body: one request, a batch, raw JSON text, or near-JSON text. */
const bodyArb = fc.oneof(
  { weight: 8, arbitrary: requestArb.map((r) => JSON.stringify(r) ?? 'null') },
  { weight: 1, arbitrary: fc.array(requestArb, { maxLength: 5 }).map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom('{', '[', '{"method":', '{"jsonrpc":"2.0","method":"status"', 'null', '1', '"x"', '[[]]', '[1,2]', '{"method":"status","params":[]}', '{"method":"block","params":{"height":{"$gt":1}}}')) },
);

function checkOne(body: string, r: any): void {
  if (!r || typeof r !== 'object') throw new Error(`non-object answer ${JSON.stringify(r)} to ${body.slice(0, 300)}`);
  if (r.jsonrpc !== '2.0') throw new Error(`answer without jsonrpc 2.0: ${JSON.stringify(r).slice(0, 300)}`);
  if (r.error) {
    if (!STANDARD.has(r.error.code)) throw new Error(`non-standard error code ${r.error.code} for ${body.slice(0, 300)}`);
    if (typeof r.error.message !== 'string' || !r.error.message) throw new Error(`error without message for ${body.slice(0, 300)}`);
    // Input the node echoes back is JSON-quoted ("…"); only unquoted text can be a leaked JS error.
    const unquoted = String(r.error.data).replace(/"(?:[^"\\]|\\.)*"/g, '""');
    if (JS_ERROR.test(unquoted)) throw new Error(`a handler's JavaScript error leaked: ${r.error.data}\nrequest ${body.slice(0, 500)}`);
    return;
  }
  if (!('result' in r)) throw new Error(`answer with neither result nor error: ${JSON.stringify(r).slice(0, 300)}`);
  const res = r.result;
  // broadcast_*: a rejected tx carries a code, a codespace and a log; never an internal error code.
  if (res && typeof res === 'object' && typeof res.code === 'number' && 'codespace' in res) {
    const p = rejectionProblem(res);
    if (p) throw new Error(`${p}\nrequest ${body.slice(0, 500)}`);
  }
  const check = res?.check_tx;
  if (check && typeof check.code === 'number') {
    const p = rejectionProblem(check);
    if (p) throw new Error(`${p}\nrequest ${body.slice(0, 500)}`);
  }
}

async function statusWithin(ms: number): Promise<void> {
  const t0 = Date.now();
  const h = await node.height();
  if (!(h >= 1) || Date.now() - t0 > ms) throw new Error(`status took ${Date.now() - t0} ms (height ${h})`);
}

test.serial('[fuzz/rpc]: random and near-miss JSON-RPC bodies into every method: standard errors, no leaked JS errors, node stays up', async (t) => {
  const seed = fuzzSeed();
  t.log(`seed ${seed} (replay: MARKETCHAIN_FUZZ_SEED=${seed}); methods: ${METHODS.join(' ')}`);
  let n = 0;
  const seen = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(bodyArb, async (body) => {
      const res = await fetch(node.url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      const text = await res.text();
      if (res.status !== 200 && res.status !== 413) throw new Error(`HTTP ${res.status} for ${body.slice(0, 300)}: ${text.slice(0, 300)}`);
      let j: any;
      try {
        j = JSON.parse(text);
      } catch {
        throw new Error(`non-JSON answer ${text.slice(0, 200)} to ${body.slice(0, 300)}`);
      }
      for (const one of Array.isArray(j) ? j : [j]) {
        checkOne(body, one);
        const k = one.error ? `error ${one.error.code}` : 'result';
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }
      if (++n % 100 === 0) await statusWithin(1000);
    }),
    { numRuns: runs(1600), seed },
  );
  t.log([...seen.entries()].map(([k, v]) => `${k}: ${v}`).join(', '));
  await statusWithin(1000);
  t.pass();
});

test.serial('[fuzz/rpc]: random URI-form (GET) queries into every method', async (t) => {
  const seed = fuzzSeed();
  t.log(`seed ${seed} (replay: MARKETCHAIN_FUZZ_SEED=${seed})`);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...METHODS, 'nope', '__proto__', 'constructor'), fc.dictionary(fc.constantFrom(...PARAM_NAMES), fc.oneof(nearMissValue.map(String), fc.string()), { maxKeys: 3 }), async (m, params) => {
      const qs = new URLSearchParams(params as Record<string, string>).toString();
      const res = await fetch(`${node.url}/${m}?${qs}`);
      const text = await res.text();
      // A path that names no method is CometBFT's 404, plain text; a method answers JSON-RPC.
      if (!METHODS.includes(m)) {
        if (res.status !== 404 || text !== '404 page not found\n') throw new Error(`GET /${m}?${qs}: expected CometBFT's 404, got HTTP ${res.status}: ${text.slice(0, 300)}`);
        return;
      }
      // As CometBFT's URI handler: HTTP 200 with a result, HTTP 500 with a JSON-RPC error.
      const body = JSON.parse(text);
      const expected = body && typeof body === 'object' && 'error' in body ? 500 : 200;
      if (res.status !== expected) throw new Error(`HTTP ${res.status} (expected ${expected}) for GET /${m}?${qs}: ${text.slice(0, 300)}`);
      checkOne(`GET /${m}?${qs}`, body);
    }),
    { numRuns: runs(400), seed },
  );
  await statusWithin(1000);
  t.pass();
});
