// The mempool's candidate order (gas price as an exact fraction, then arrival, then hash), checked
// against a reference that compares the fractions with bigint cross-products every time.
import test from 'ava';
import fc from 'fast-check';
import { candidateBefore, type Bundle, type Candidate, type PoolTx } from './mempool.js';
import { DEFAULT_LIMITS } from '../chain/app.js';
import { prepareTx } from '../chain/tx/prepared_tx.js';

function reference(a: Candidate, b: Candidate): boolean {
  const k = (c: Candidate) => (c.kind === 'tx' ? [c.tx.fee, c.tx.gasWanted, c.tx.arrival, c.tx.hash] : [c.bundle.fee, c.bundle.gas, c.bundle.arrival, c.bundle.id]) as [bigint, number, number, string];
  const [af, ag, aa, ah] = k(a);
  const [bf, bg, ba, bh] = k(b);
  const l = af * BigInt(Math.max(bg, 1));
  const r = bf * BigInt(Math.max(ag, 1));
  if (l !== r) return l > r;
  if (aa !== ba) return aa < ba;
  return ah < bh;
}

/** A prepared tx of no bytes: the order reads only the fields beside it. */
const EMPTY = prepareTx({ routes: new Map(), limits: DEFAULT_LIMITS }, new Uint8Array());

const tx = (fee: bigint, gasWanted: number, arrival: number, hash: string): Candidate => ({
  kind: 'tx',
  tx: { prepared: EMPTY, hash, sender: 's', sequence: 0n, gasWanted, fee, arrival } satisfies PoolTx,
});
const bundle = (fee: bigint, gas: number, arrival: number, id: string): Candidate => ({
  kind: 'bundle',
  bundle: { id, txs: [], hashes: [], searcher: 's', shapes: [], fee, gas, gasTotal: gas, bytes: 0, arrival, expiresAt: 0 } satisfies Bundle,
});

const candidate = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.constantFrom(0, 1, 2, 60_000, 60_001, 200_000), fc.nat(5), fc.constantFrom('A', 'B', 'C'))
  .map(([isTx, fee, gas, arrival, id]) => (isTx ? tx(fee, gas, arrival, id) : bundle(fee, gas, arrival, id)));

test('candidateBefore agrees with the exact cross-product order on random candidates', (t) => {
  fc.assert(fc.property(candidate, candidate, (a, b) => candidateBefore(a, b) === reference(a, b)), { numRuns: 20_000 });
  t.pass();
});

test('candidateBefore: a higher gas price first, then arrival, then hash', (t) => {
  t.true(candidateBefore(tx(2001n, 60_000, 9, 'B'), tx(2000n, 60_000, 1, 'A')), 'same gas limit: higher fee first');
  t.false(candidateBefore(tx(2000n, 60_000, 1, 'A'), tx(2001n, 60_000, 9, 'B')));
  t.true(candidateBefore(tx(1000n, 30_000, 9, 'B'), tx(1999n, 60_000, 1, 'A')), '1000/30000 > 1999/60000');
  t.true(candidateBefore(tx(1000n, 30_000, 1, 'B'), tx(2000n, 60_000, 2, 'A')), 'equal prices: earlier arrival first');
  t.true(candidateBefore(tx(1000n, 30_000, 1, 'A'), tx(2000n, 60_000, 1, 'B')), 'then the lower hash');
  t.true(candidateBefore(tx(5n, 0, 1, 'A'), tx(4n, 1, 1, 'A')), 'a zero gas limit counts as 1');
  t.true(candidateBefore(bundle(3n, 10, 4, 'Z'), tx(2n, 10, 1, 'A')), 'bundles by their searcher fee and gas');
});
