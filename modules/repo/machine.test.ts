import test from 'ava';
import { EX1_D, EX1_S, BOND, FUNDS, Kit, LOT, openMsg, P, pts, seal, URL, commitMsg, revealMsg } from './testing/kit.js';
import { REPO_MODULE_ADDRESS } from './keeper.js';

const B = BOND;
const Q = 20n;
const PRINC = Q * LOT; // 20,000,060 uusdc / uatom
// tenor 100 blocks, blocksPerYear 10,000: interest = floor(P * rate_bps * 100 / (1e4 * 1e4)).
const I_RM = (PRINC * 450n * 100n) / 100_000_000n; // 9000
const I_MM = (PRINC * 140n * 100n) / 100_000_000n; // 2800
const I_BD = (PRINC * 590n * 100n) / 200_000_000n; // 5900

/** Opens round 1 and brings it to MATCHED on EX1, with commits/reveals in the given order. */
function toMatched(k: Kit, order: ('mm' | 'rm')[] = ['mm', 'rm'], opener = P.bdMm): { mm: ReturnType<typeof seal>; rm: ReturnType<typeof seal> } {
  const out = k.ok(URL.open, openMsg({ sender: opener }));
  k.t.deepEqual(out.events.map((e) => e.type), ['repo.round_opened']);
  const s = { mm: seal(1, 'mm', EX1_D), rm: seal(1, 'rm', EX1_S) };
  for (const r of order) k.ok(URL.commit, commitMsg(1, s[r]));
  k.t.is(k.round(1).phase, 'REVEAL');
  k.height = 3;
  k.ok(URL.reveal, revealMsg(1, s[order[0]!]));
  k.t.is(k.round(1).phase, 'REVEAL');
  const last = k.ok(URL.reveal, revealMsg(1, s[order[1]!]));
  k.t.truthy(last.events.find((e) => e.type === 'repo.trade_selected'));
  return s;
}

for (const order of [['mm', 'rm'], ['rm', 'mm']] as const) {
  test(`full round, ${order.join(' then ')} arrive first: match, accept in sequence, repurchase, exact amounts`, (t) => {
    const k = new Kit(t);
    toMatched(k, [...order], order[0] === 'mm' ? P.bdMm : P.bdRm);
    const r = k.round(1);
    t.is(r.phase, 'MATCHED');
    t.like(r.selection, { trade: true, q: 20, rMmBps: 140, rRmBps: 450, rBdX2: 590, spreadBps: 310, jointProfit: '6200', hurdleBps: 0 });
    t.deepEqual(r.selection!.candidates!.map((c) => [c.q, c.jointProfit, c.feasible]), [[10, '4000', true], [20, '6200', true], [30, '6000', true], [40, '3600', true], [50, '0', false]]);
    t.deepEqual(r.legs.map((l) => [l.name, l.cashLender, l.cashBorrower, l.rateBpsX2, l.principal]), [
      ['A', P.bdRm, P.rm, 900, PRINC.toString()], ['B', P.bdMm, P.bdRm, 590, PRINC.toString()], ['C', P.mm, P.bdMm, 280, PRINC.toString()],
    ]);
    t.is(k.bal(REPO_MODULE_ADDRESS, 'uusdc'), 2n * B);
    k.height = 4;
    t.is(k.ok(URL.accept, { sender: P.mm, roundId: 1 }).events.at(-1)!.type, 'repo.leg_accepted');
    t.is(k.round(1).phase, 'MM_ACCEPTED');
    t.is(k.bal(REPO_MODULE_ADDRESS, 'uusdc'), PRINC + 2n * B);
    k.height = 5;
    k.ok(URL.accept, { sender: P.rm, roundId: 1 });
    const a = k.round(1);
    t.like(a, { phase: 'ACTIVE', startHeight: 5, maturityHeight: 105, graceDeadline: 110, bondMmHeld: false, bondRmHeld: false, cashHeld: '0', collateralHeld: PRINC.toString() });
    t.is(k.bal(P.rm, 'uusdc'), FUNDS + PRINC);
    t.is(k.bal(P.bdMm, 'uusdc'), FUNDS);
    t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
    k.height = 104;
    k.rejects(URL.repurchase, { sender: P.rm, roundId: 1 }, 22);
    k.advanceTo(105);
    const out = k.ok(URL.repurchase, { sender: P.rm, roundId: 1 });
    t.deepEqual(out.events.find((e) => e.type === 'repo.repurchased')!.attributes.map((x) => [x.key, x.value]), [
      ['round_id', '1'], ['principal', PRINC.toString()], ['interest_rm', '9000'], ['interest_mm', '2800'], ['interest_bd', '5900'], ['margin_bd_mm', '3100'], ['margin_bd_rm', '3100'],
    ]);
    t.deepEqual([I_RM, I_MM, I_BD], [9000n, 2800n, 5900n]);
    t.is(k.bal(P.rm, 'uusdc'), FUNDS - I_RM);
    t.is(k.bal(P.rm, 'uatom'), FUNDS);
    t.is(k.bal(P.mm, 'uusdc'), FUNDS + I_MM);
    t.is(k.bal(P.bdMm, 'uusdc'), FUNDS + I_BD - I_MM);
    t.is(k.bal(P.bdRm, 'uusdc'), FUNDS + I_RM - I_BD);
    for (const d of ['umkt', 'uusdc', 'uatom']) t.is(k.bal(REPO_MODULE_ADDRESS, d), 0n);
    const s = k.round(1);
    t.like(s, { phase: 'SETTLED', closedHeight: 105, collateralHeld: '0' });
    t.like(s.settlement, { principal: PRINC.toString(), interestRm: '9000', interestMm: '2800', interestBd: '5900', marginBdMm: '3100', marginBdRm: '3100', height: 105 });
    t.deepEqual(s.legs.map((l) => l.interest), ['9000', '5900', '2800']);
    k.rejects(URL.repurchase, { sender: P.rm, roundId: 1 }, 5);
  });
}

test('NO_TRADE (EX3 impossible hurdle): both bonds refunded at once, candidate table stored', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  const mm = seal(1, 'mm', EX1_D, 0);
  const rm = seal(1, 'rm', EX1_S, 450);
  k.ok(URL.commit, commitMsg(1, rm));
  k.ok(URL.commit, commitMsg(1, mm));
  k.ok(URL.reveal, revealMsg(1, mm));
  const out = k.ok(URL.reveal, revealMsg(1, rm));
  t.deepEqual(out.events.map((e) => e.type).filter((x) => x.startsWith('repo.')), ['repo.report_revealed', 'repo.no_trade', 'repo.bond_returned', 'repo.bond_returned', 'repo.round_closed']);
  t.is(out.events.filter((e) => e.type === 'transfer').length, 2);
  const r = k.round(1);
  t.like(r, { phase: 'NO_TRADE', bondMmHeld: false, bondRmHeld: false });
  t.like(r.selection, { trade: false, hurdleBps: 450, q: 0 });
  t.is(r.selection!.candidates!.length, 5);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
  t.is(k.bal(REPO_MODULE_ADDRESS, 'uusdc'), 0n);
  t.deepEqual(r.reportRm!.points!.map((p) => [p.rateBps, p.qty]), [[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
});

test('EX2 hurdle binds on chain: Q=10 at 100/500, rBdX2 600', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  const mm = seal(1, 'mm', EX1_D, 50);
  const rm = seal(1, 'rm', EX1_S, 350);
  k.ok(URL.commit, commitMsg(1, mm));
  k.ok(URL.commit, commitMsg(1, rm));
  k.ok(URL.reveal, revealMsg(1, rm));
  k.ok(URL.reveal, revealMsg(1, mm));
  t.like(k.round(1).selection, { trade: true, q: 10, rMmBps: 100, rRmBps: 500, rBdX2: 600, spreadBps: 400, jointProfit: '4000', hurdleBps: 350 });
});

test('wrong senders are rejected with exact codes and change nothing', (t) => {
  const k = new Kit(t);
  k.rejects(URL.open, openMsg({ sender: P.mm }), 4);
  const s = toMatched(k);
  void s;
  k.rejects(URL.accept, { sender: P.rm, roundId: 1 }, 4); // RM before MM
  k.rejects(URL.accept, { sender: P.other, roundId: 1 }, 4);
  k.rejects(URL.accept, { sender: P.bdMm, roundId: 1 }, 4);
  k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  k.rejects(URL.accept, { sender: P.mm, roundId: 1 }, 4); // MM again
  k.ok(URL.accept, { sender: P.rm, roundId: 1 });
  k.advanceTo(k.round(1).maturityHeight);
  k.rejects(URL.repurchase, { sender: P.mm, roundId: 1 }, 4);
  k.rejects(URL.repurchase, { sender: P.bdRm, roundId: 1 }, 4);
  // A stranger cannot commit or reveal.
  k.ok(URL.open, openMsg());
  const x = { ...seal(2, 'mm', EX1_D), sender: P.other };
  k.rejects(URL.commit, commitMsg(2, x), 4);
  k.rejects(URL.commit, { sender: P.bdMm, roundId: 99, commitment: x.commitment }, 3);
});

test('wrong phase and double actions', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  const mm = seal(1, 'mm', EX1_D);
  const rm = seal(1, 'rm', EX1_S);
  k.ok(URL.commit, commitMsg(1, mm));
  k.rejects(URL.reveal, revealMsg(1, mm), 5); // still COMMIT
  k.rejects(URL.commit, commitMsg(1, mm), 7);
  k.rejects(URL.accept, { sender: P.mm, roundId: 1 }, 5);
  k.rejects(URL.expire, { sender: P.other, roundId: 1 }, 23); // not expired yet
  k.ok(URL.commit, commitMsg(1, rm));
  k.rejects(URL.commit, commitMsg(1, rm), 5); // REVEAL now
  k.ok(URL.reveal, revealMsg(1, mm));
  k.rejects(URL.reveal, revealMsg(1, mm), 8);
  k.rejects(URL.repurchase, { sender: P.rm, roundId: 1 }, 5);
  k.ok(URL.reveal, revealMsg(1, rm));
  k.rejects(URL.reveal, revealMsg(1, rm), 5);
  k.rejects(URL.repurchase, { sender: P.rm, roundId: 1 }, 5); // MATCHED
});

test('bad reveals: hash mismatch and every §4.1 negative test with its own code', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  const mm = seal(1, 'mm', EX1_D, 10);
  const rm = seal(1, 'rm', EX1_S);
  k.ok(URL.commit, commitMsg(1, mm));
  k.ok(URL.commit, commitMsg(1, rm));
  k.rejects(URL.reveal, revealMsg(1, mm, { hurdleBps: 11 }), 9);
  k.rejects(URL.reveal, revealMsg(1, mm, { points: [{ rateBps: 100, qty: 10 }] }), 9);
  k.rejects(URL.reveal, revealMsg(1, mm, { salt: new Uint8Array(32) }), 9);
  k.rejects(URL.reveal, { ...revealMsg(1, rm), sender: P.bdMm }, 9); // mm dealer revealing rm's report
  k.rejects(URL.reveal, revealMsg(1, mm, { salt: new Uint8Array(31) }), 19);
  // Reports that hash correctly but are not canonical: each its own code.
  const cases: [string, 'mm' | 'rm', [number, number][], number, number][] = [
    ['D rate falls', 'mm', [[100, 10], [90, 20]], 0, 16],
    ['S rate rises', 'rm', [[100, 10], [110, 20]], 0, 17],
    ['duplicate qty', 'mm', [[100, 10], [110, 10]], 0, 13],
    ['qty descending', 'rm', [[500, 20], [400, 10]], 0, 14],
    ['qty zero', 'mm', [[100, 0]], 0, 12],
    ['too many points', 'mm', Array.from({ length: 65 }, (_, i) => [100 + i, 1 + i] as [number, number]), 0, 11],
    ['rate above max', 'rm', [[100_001, 10]], 0, 15],
    ['hurdle above max', 'mm', [[100, 10]], 100_001, 18],
  ];
  let id = 1;
  for (const [name, role, points, hurdle, code] of cases) {
    id++;
    k.ok(URL.open, openMsg());
    const good = seal(id, role === 'mm' ? 'rm' : 'mm', role === 'mm' ? EX1_S : EX1_D);
    const bad = seal(id, role, pts(points), hurdle);
    k.ok(URL.commit, commitMsg(id, bad));
    k.ok(URL.commit, commitMsg(id, good));
    const before = k.snapshot();
    const out = k.deliver(URL.reveal, revealMsg(id, bad));
    t.deepEqual([out.err?.codespace, out.err?.code], ['repo', code], name);
    t.is(k.snapshot(), before, name);
  }
  // Empty schedule: stateless check (10).
  k.rejects(URL.reveal, revealMsg(1, mm, { points: [] }), 10);
});
