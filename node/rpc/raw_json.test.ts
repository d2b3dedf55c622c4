import test from 'ava';
import fc from 'fast-check';
import { utf8 } from '../../chain/codec/bytes.js';
import { bodyChunks, bodyText, RawJson } from './raw_json.js';

const json = fc.jsonValue({ maxDepth: 3 });

test('[rpc/raw-json]: a response with a RawJson result reads as the same JSON as the result stringified in place', (t) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.oneof(fc.integer(), fc.string()), json, fc.boolean()), { minLength: 1, maxLength: 5 }), fc.boolean(), (items, batch) => {
      const plain = items.map(([id, result, isError]) => (isError ? { jsonrpc: '2.0', id, error: { code: -32603, message: 'x', data: result } } : { jsonrpc: '2.0', id, result }));
      const raw = plain.map((r) => ('result' in r ? { ...r, result: new RawJson(utf8(JSON.stringify(r.result))) } : r));
      const body = batch ? raw : raw[0];
      t.deepEqual(JSON.parse(bodyText(body)), JSON.parse(JSON.stringify(batch ? plain : plain[0])));
    }),
    { numRuns: 500 },
  );
});

test('[rpc/raw-json]: the result bytes are written as they are, not copied into a string', (t) => {
  const bytes = utf8('{"height":"7"}');
  const chunks = bodyChunks({ jsonrpc: '2.0', id: 3, result: new RawJson(bytes) });
  t.is(chunks[1], bytes);
  t.is(bodyText({ jsonrpc: '2.0', id: 3, result: new RawJson(bytes) }), '{"jsonrpc":"2.0","id":3,"result":{"height":"7"}}');
  t.deepEqual(bodyChunks({ jsonrpc: '2.0', id: 1, result: { a: 1 } }), ['{"jsonrpc":"2.0","id":1,"result":{"a":1}}']);
});
