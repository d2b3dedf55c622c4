// The RPC `block` JSON spliced from the stored record is JSON.stringify(formatBlock(block)), whatever the
// header's strings hold.
import test from 'ava';
import fc from 'fast-check';
import { blockRpcJson } from './block_json.js';
import { formatBlock } from './format.js';
import type { StoredBlock } from '../block_types.js';
import { utf8 } from '../../chain/codec/bytes.js';

const text = fc.oneof(fc.constantFrom('', '"txs":[', '"data":{"txs":[]}', ']', 'ü€😀', '\\"txs\\":['), fc.string({ unit: 'binary', maxLength: 20 }));
const hex = fc.uint8Array({ minLength: 0, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex').toUpperCase());
const block: fc.Arbitrary<StoredBlock> = fc.record({
  hash: hex,
  header: fc.record({
    chain_id: text,
    height: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    time: text,
    last_block_hash: hex,
    last_commit_hash: hex,
    data_hash: hex,
    validators_hash: hex,
    next_validators_hash: hex,
    consensus_hash: hex,
    app_hash: hex,
    last_results_hash: hex,
    evidence_hash: hex,
    proposer_address: text,
  }),
  txs: fc.array(fc.base64String({ maxLength: 400 }), { maxLength: 12 }),
  last_commit: fc.option(fc.record({ height: fc.nat(), block_hash: hex, validator_address: text, timestamp: text, signature: fc.base64String() }), { nil: null }),
});

test('[block-json]: the spliced block JSON equals JSON.stringify(formatBlock(block))', (t) => {
  fc.assert(
    fc.property(block, (b) => Buffer.from(blockRpcJson(utf8(JSON.stringify(b)))).equals(Buffer.from(JSON.stringify(formatBlock(b)), 'utf8'))),
    { numRuns: 1000 },
  );
  t.pass();
});

test('[block-json]: a record without a txs array is formatted the slow way', (t) => {
  const b = { hash: 'AA', header: { chain_id: 'c', height: 1 }, last_commit: null } as unknown as StoredBlock;
  t.is(Buffer.from(blockRpcJson(utf8(JSON.stringify(b)))).toString(), JSON.stringify(formatBlock({ ...b, txs: undefined as unknown as string[] })));
});
