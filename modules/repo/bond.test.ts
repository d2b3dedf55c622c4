import test from 'ava';
import { splitInterest } from './math/interest.js';
import { requiredBond } from './bond.js';
import { defaultParams } from './params.js';
import { BOND, commitMsg, EX1_D, EX1_S, Kit, openMsg, P, revealMsg, seal, TEST_PARAMS, URL } from './testing/kit.js';

const DEV = { ...defaultParams(), treasury: P.treasury }; // 31,536,000 blocks per year, max rate 100,000 bps

test('requiredBond: §5.1 in blocks, rounded up, plus the fixed penalty, never below min_bond; cash denoms without a min_bond have none', (t) => {
  // the kit's round: 50 × 1,000,003 × 100,000 × 100 / (10⁴ × 10,000) = 5,000,015 exactly
  t.like(requiredBond(TEST_PARAMS, 'uusdc', 50n, 1_000_003n, 100n), { required: { denom: 'uusdc', amount: BOND }, exposure: 5_000_015n, fixedPenalty: 1_000_000n, minBond: 1_000_000n });
  // 50 × 10⁹ × 100,000 × 30 / (10⁴ × 31,536,000) = 475,646.88…: rounded up to 475,647 (in the protocol's favour)
  const r = requiredBond(DEV, 'uusdc', 50n, 1_000_000_000n, 30n)!;
  t.deepEqual([r.exposure, r.required.amount], [475_647n, 1_475_647n]);
  t.is(r.explain, 'max(min_bond 1000000uusdc, ceil(50 lots × 1000000000 × 100000 bps × 30 blocks / (10000 × 31536000 blocks per year)) = 475647 + fixed_penalty 1000000)');
  // a tiny round: the exposure rounds up to 1; with no fixed penalty the module minimum binds
  t.is(requiredBond(DEV, 'uusdc', 1n, 1n, 1n)!.required.amount, 1_000_001n);
  t.deepEqual(requiredBond({ ...DEV, minBond: '10000000uusdc', fixedPenalty: '' }, 'uusdc', 1n, 1n, 1n)!.required, { denom: 'uusdc', amount: 10_000_000n });
  // one minimum / penalty per cash denom
  const two = { ...DEV, minBond: '1000000uusdc,5000000ueur', fixedPenalty: '2000000ueur' };
  t.deepEqual(requiredBond(two, 'ueur', 50n, 1_000_000_000n, 30n)!.required, { denom: 'ueur', amount: 5_000_000n }); // 475,647 + 2,000,000 < min
  t.deepEqual(requiredBond(two, 'ueur', 50n, 1_000_000_000n, 300n)!.required, { denom: 'ueur', amount: 6_756_469n }); // ceil(4,756,468.79…) + 2,000,000
  t.deepEqual(requiredBond(two, 'uusdc', 50n, 1_000_000_000n, 300n)!.required, { denom: 'uusdc', amount: 4_756_469n }); // no uusdc penalty listed
  t.is(requiredBond(DEV, 'umkt', 1n, 1n, 1n), null);
});

test("the issue's case: a trade earning each dealer 25,000 USDC is refused at open with the minimum bond (1,000,000 umkt, or uusdc); the required 1,000,001,000,000 uusdc is accepted and shown on the round", (t) => {
  const k = new Kit(t, DEV);
  // 1,000 lots of 1,000 USDC for 36.5 days (3,153,600 one-second blocks)
  const big = { lotSize: '1000000000', maxQty: 1000, tenorBlocks: 3_153_600 };
  // what walking away is worth: D = (1000 bps, 1000), S = (6000 bps, 1000) gives Q = 1000, spread 5000 bps, each dealer 25,000 USDC
  const s = splitInterest(1000n * 1_000_000_000n, 1000n, 6000n, 7000n, 3_153_600n, 31_536_000n);
  t.deepEqual([s.marginBdMm, s.marginBdRm], [25_000_000_000n, 25_000_000_000n]);
  // 1000 × 10⁹ × 100,000 × 3,153,600 / (10⁴ × 31,536,000) = 10¹² exactly, + 10⁶ fixed penalty
  const need = 'this round requires 1000001000000uusdc = max(min_bond 1000000uusdc, ceil(1000 lots × 1000000000 × 100000 bps × 3153600 blocks / (10000 × 31536000 blocks per year)) = 1000000000000 + fixed_penalty 1000000), posted in the cash denom uusdc';
  for (const bond of ['1000000umkt', '1000000uusdc', '1000000999999uusdc', '1000001000000umkt']) {
    k.rejects(URL.open, openMsg({ ...big, bond }), 21);
    const out = k.deliver(URL.open, openMsg({ ...big, bond }));
    t.is(out.err!.message, `bond ${bond}: ${need}: bond below the minimum`);
  }
  const opened = k.ok(URL.open, openMsg({ ...big, bond: '1000001000000uusdc' }));
  const attrs = Object.fromEntries(opened.events[0]!.attributes.map((a) => [a.key, a.value]));
  t.like(attrs, { max_qty: '1000', bond: '1000001000000uusdc', required_bond: '1000001000000uusdc' });
  t.like(k.round(1), { maxQty: 1000, bond: '1000001000000uusdc', requiredBond: '1000001000000uusdc' });
  // a dealer may post more than required; the round records both
  k.ok(URL.open, openMsg({ ...big, bond: '2000000000000uusdc' }));
  t.like(k.round(2), { bond: '2000000000000uusdc', requiredBond: '1000001000000uusdc' });
});

test('a revealed schedule whose qty goes above the round max_qty is refused with repo/26 (the bond only covers max_qty)', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg({ maxQty: 40, bond: `${BOND}uusdc` }));
  const mm = seal(1, 'mm', EX1_D);
  const rm = seal(1, 'rm', EX1_S.slice(0, 4));
  k.ok(URL.commit, commitMsg(1, mm));
  k.ok(URL.commit, commitMsg(1, rm));
  k.rejects(URL.reveal, revealMsg(1, mm), 26);
  t.is(k.deliver(URL.reveal, revealMsg(1, mm)).err!.message, "point 4 has qty 50, above the round's max_qty 40: schedule qty above the round's max_qty");
  k.ok(URL.reveal, revealMsg(1, rm)); // up to 40: fine
});
