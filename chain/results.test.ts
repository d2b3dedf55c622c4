// The hand-written deterministic ExecTxResult bytes equal cosmjs-types' encoding, so the results hash
// (CometBFT LastResultsHash) is unchanged.
import test from 'ava';
import fc from 'fast-check';
import { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { deterministicResultBytes, resultsHash, type TxResult } from './results.js';
import { hashFromByteSlices } from './merkle/simple_merkle.js';
import { toHex } from './codec/bytes.js';

const viaCosmjs = (r: Pick<TxResult, 'code' | 'data' | 'gasWanted' | 'gasUsed'>) =>
  ExecTxResult.encode(ExecTxResult.fromPartial({ code: r.code, data: r.data, gasWanted: BigInt(r.gasWanted), gasUsed: BigInt(r.gasUsed) })).finish();

// cosmjs-types writes int64 values in [2^31, 2^32) wrongly (2^31 as 28 00 00 00 00 00, see the last test),
// so the comparison leaves that range out; the chain never reaches it (gas ≤ the 100,000,000 tx limit).
const gas = fc.oneof(fc.constant(0), fc.nat(200_000), fc.constant(2 ** 31 - 1), fc.constant(Number.MAX_SAFE_INTEGER), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: -1 }), fc.integer({ min: 2 ** 32, max: 2 ** 40 }));
const result = fc.record({
  code: fc.oneof(fc.constant(0), fc.nat(50), fc.constant(0xffffffff), fc.integer({ min: 128, max: 2 ** 31 })),
  data: fc.oneof(fc.constant(new Uint8Array()), fc.uint8Array({ maxLength: 300 })),
  gasWanted: gas,
  gasUsed: gas,
});

test('[chain/results]: deterministic ExecTxResult bytes equal ExecTxResult.encode', (t) => {
  fc.assert(fc.property(result, (r) => toHex(deterministicResultBytes(r)) === toHex(viaCosmjs(r))), { numRuns: 2000 });
  t.is(deterministicResultBytes({ code: 0, data: new Uint8Array(), gasWanted: 0, gasUsed: 0 }).length, 0);
  t.is(toHex(deterministicResultBytes({ code: 5, data: Uint8Array.of(1, 2), gasWanted: 200000, gasUsed: 40000 })), '08051202010228c09a0c30c0b802');
});

test('[chain/results]: the results hash is the simple Merkle root of those bytes', (t) => {
  fc.assert(
    fc.property(fc.array(result, { maxLength: 20 }), (rs) => {
      const txs = rs.map((r) => ({ ...r, codespace: 'sdk', log: 'ignored', events: [{ type: 'ignored', attributes: [] }] }));
      return toHex(resultsHash(txs)) === toHex(hashFromByteSlices(rs.map(viaCosmjs)));
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('[chain/results]: gas in [2^31, 2^32) is written as protobuf varints (cosmjs-types\' int64 writer garbles it)', (t) => {
  const r = { code: 0, data: new Uint8Array(), gasWanted: 2 ** 31, gasUsed: 2 ** 32 - 1 };
  t.is(toHex(deterministicResultBytes(r)), '28808080800830ffffffff0f');
  t.is(toHex(viaCosmjs(r)), '28000000000030ff00000000');
});
