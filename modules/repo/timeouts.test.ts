import test from 'ava';
import { BOND, commitMsg, EX1_D, EX1_S, FUNDS, Kit, LOT, openMsg, P, revealMsg, seal, TEST_PARAMS, URL } from './testing/kit.js';
import { REPO_MODULE_ADDRESS } from './keeper.js';

// Round 1 opened at height 1: commit deadline 11, reveal deadline 21, MM's accept deadline 31; RM's is
// MM's acceptance height + 10 (accept_blocks).
const PRINC = 20n * LOT;

function committed(k: Kit): { mm: ReturnType<typeof seal>; rm: ReturnType<typeof seal> } {
  k.ok(URL.open, openMsg());
  const s = { mm: seal(1, 'mm', EX1_D), rm: seal(1, 'rm', EX1_S) };
  k.ok(URL.commit, commitMsg(1, s.mm));
  k.ok(URL.commit, commitMsg(1, s.rm));
  return s;
}

test('commit timeout with one commitment: still open on the deadline block, a commit there succeeds', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  k.ok(URL.commit, commitMsg(1, seal(1, 'rm', EX1_S)));
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS - BOND);
  k.advanceTo(11);
  t.is(k.round(1).phase, 'COMMIT');
  k.ok(URL.commit, commitMsg(1, seal(1, 'mm', EX1_D)));
  t.is(k.round(1).phase, 'REVEAL');
});

test('commit deadline is inclusive; a late commit fails with ErrDeadlinePassed and the sweep cancels', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  k.ok(URL.commit, commitMsg(1, seal(1, 'rm', EX1_S)));
  k.height = 12;
  k.rejects(URL.commit, commitMsg(1, seal(1, 'mm', EX1_D)), 6);
  const out = k.endBlock();
  t.deepEqual(out.events.filter((e) => e.type.startsWith('repo.')).map((e) => e.type), ['repo.bond_returned', 'repo.round_closed']);
  t.like(k.round(1), { phase: 'CANCELLED', outcome: 'bd_mm did not commit by height 11', bondRmHeld: false, closedHeight: 12 });
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
  t.is(k.bal(REPO_MODULE_ADDRESS, 'uusdc'), 0n);
});

test('the sweep in the deadline block itself leaves the round alone (it used to throw ErrNotExpired and halt the node)', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  k.ok(URL.commit, commitMsg(1, seal(1, 'rm', EX1_S)));
  k.height = 11;
  const out = k.endBlock();
  t.true(out.ok, out.err?.message); // an end-block error halts block production
  t.is(out.events.filter((e) => e.type.startsWith('repo.')).length, 0);
  t.is(k.round(1).phase, 'COMMIT');
  k.ok(URL.commit, commitMsg(1, seal(1, 'mm', EX1_D)));
  t.is(k.round(1).phase, 'REVEAL');
});

test('commit timeout with no commitment: CANCELLED, nothing moves', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  k.advanceTo(12);
  t.is(k.round(1).phase, 'COMMIT');
  k.endBlock();
  t.like(k.round(1), { phase: 'CANCELLED', outcome: 'bd_mm and bd_rm did not commit by height 11' });
});

for (const revealer of ['mm', 'rm'] as const) {
  test(`reveal timeout: only ${revealer} revealed, the other dealer's bond goes to it`, (t) => {
    const k = new Kit(t);
    const s = committed(k);
    k.ok(URL.reveal, revealMsg(1, s[revealer]));
    k.advanceTo(22);
    const other = revealer === 'mm' ? 'rm' : 'mm';
    k.rejects(URL.reveal, revealMsg(1, s[other]), 6);
    const out = k.endBlock();
    const forfeited = out.events.find((e) => e.type === 'repo.bond_forfeited')!;
    const winner = revealer === 'mm' ? P.bdMm : P.bdRm;
    const loser = revealer === 'mm' ? P.bdRm : P.bdMm;
    t.deepEqual(forfeited.attributes.map((a) => a.value), ['1', loser, winner, `${BOND}uusdc`]);
    t.is(k.round(1).phase, 'ABORTED');
    t.is(k.bal(winner, 'uusdc'), FUNDS + BOND);
    t.is(k.bal(loser, 'uusdc'), FUNDS - BOND);
    t.is(k.bal(REPO_MODULE_ADDRESS, 'uusdc'), 0n);
  });
}

test('reveal timeout with no reveal: both bonds to the treasury', (t) => {
  const k = new Kit(t);
  committed(k);
  k.advanceTo(22);
  k.endBlock();
  t.like(k.round(1), { phase: 'ABORTED', outcome: 'neither dealer revealed by height 21; both bonds to the treasury' });
  t.is(k.bal(TEST_PARAMS.treasury, 'uusdc'), 2n * BOND);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS - BOND);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS - BOND);
});

function matched(k: Kit): void {
  const s = committed(k);
  k.ok(URL.reveal, revealMsg(1, s.mm));
  k.ok(URL.reveal, revealMsg(1, s.rm));
}

test('MM never accepts: BDmm forfeits its bond to BDrm, BDrm refunded (FAILED)', (t) => {
  const k = new Kit(t);
  matched(k);
  k.advanceTo(32);
  k.rejects(URL.accept, { sender: P.mm, roundId: 1 }, 6);
  k.endBlock();
  t.is(k.round(1).phase, 'FAILED');
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS + BOND);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS - BOND);
  t.is(k.bal(P.mm, 'uusdc'), FUNDS);
});

test('RM never accepts: MM gets its cash back, BDrm forfeits its bond to BDmm (FAILED)', (t) => {
  const k = new Kit(t);
  matched(k);
  k.height = 25;
  k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  t.like(k.round(1), { phase: 'MM_ACCEPTED', acceptDeadline: 31, rmAcceptDeadline: 35 });
  t.is(k.bal(P.mm, 'uusdc'), FUNDS - PRINC);
  k.advanceTo(36);
  k.rejects(URL.accept, { sender: P.rm, roundId: 1 }, 6);
  k.endBlock();
  t.like(k.round(1), { phase: 'FAILED', cashHeld: '0', outcome: "rm_client did not accept by height 35; mm_client's cash returned, bd_rm's bond goes to bd_mm" });
  t.is(k.bal(P.mm, 'uusdc'), FUNDS);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS + BOND);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS - BOND);
  for (const d of ['umkt', 'uusdc', 'uatom']) t.is(k.bal(REPO_MODULE_ADDRESS, d), 0n);
});

test('MM accepts in its deadline block: RM gets its own window (MM acceptance + accept_blocks), accepts in the next block and the round settles', (t) => {
  const k = new Kit(t);
  matched(k);
  k.advanceTo(31);
  const accepted = k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  t.deepEqual(accepted.events.find((e) => e.type === 'repo.leg_accepted')!.attributes.find((a) => a.key === 'rm_accept_deadline')!.value, '41');
  t.like(k.round(1), { phase: 'MM_ACCEPTED', acceptDeadline: 31, acceptBlocks: 10, rmAcceptDeadline: 41 });
  k.advanceTo(32); // the sweep of block 31 ran: the round is still open
  t.is(k.round(1).phase, 'MM_ACCEPTED');
  k.ok(URL.accept, { sender: P.rm, roundId: 1 });
  t.like(k.round(1), { phase: 'ACTIVE', startHeight: 32, maturityHeight: 132 });
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS);
  k.advanceTo(132);
  k.ok(URL.repurchase, { sender: P.rm, roundId: 1 });
  t.is(k.round(1).phase, 'SETTLED');
  for (const d of ['umkt', 'uusdc', 'uatom']) t.is(k.bal(REPO_MODULE_ADDRESS, d), 0n);
});

test('MM accepts in its deadline block, RM lets its own window pass: RM accepts on its last block fine, one block later repo/6 and BDrm forfeits to BDmm', (t) => {
  for (const rmAcceptsAt of [41, 42]) {
    const k = new Kit(t);
    matched(k);
    k.advanceTo(31);
    k.ok(URL.accept, { sender: P.mm, roundId: 1 });
    k.advanceTo(rmAcceptsAt);
    if (rmAcceptsAt === 41) {
      k.ok(URL.accept, { sender: P.rm, roundId: 1 });
      t.is(k.round(1).phase, 'ACTIVE');
      continue;
    }
    k.rejects(URL.accept, { sender: P.rm, roundId: 1 }, 6);
    const out = k.endBlock();
    const forfeited = out.events.find((e) => e.type === 'repo.bond_forfeited')!;
    t.deepEqual(forfeited.attributes.map((a) => a.value), ['1', P.bdRm, P.bdMm, `${BOND}uusdc`]);
    t.like(k.round(1), { phase: 'FAILED', cashHeld: '0', closedHeight: 42 });
    t.is(k.bal(P.bdMm, 'uusdc'), FUNDS + BOND);
    t.is(k.bal(P.bdRm, 'uusdc'), FUNDS - BOND);
    t.is(k.bal(P.mm, 'uusdc'), FUNDS);
  }
});

test('RM does not repurchase by maturity + grace: the collateral goes to MM (DEFAULTED)', (t) => {
  const k = new Kit(t);
  matched(k);
  k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  k.ok(URL.accept, { sender: P.rm, roundId: 1 });
  const r = k.round(1);
  t.is(r.graceDeadline, r.maturityHeight + TEST_PARAMS.graceBlocks);
  k.advanceTo(r.graceDeadline + 1);
  k.rejects(URL.repurchase, { sender: P.rm, roundId: 1 }, 6);
  const out = k.endBlock();
  t.truthy(out.events.find((e) => e.type === 'repo.collateral_seized'));
  t.like(k.round(1), { phase: 'DEFAULTED', collateralHeld: '0' });
  t.is(k.bal(P.mm, 'uatom'), FUNDS + PRINC);
  t.is(k.bal(P.mm, 'uusdc'), FUNDS - PRINC);
  t.is(k.bal(P.rm, 'uusdc'), FUNDS + PRINC);
  t.is(k.bal(P.rm, 'uatom'), FUNDS - PRINC);
});

test('repurchase on the last grace block still settles', (t) => {
  const k = new Kit(t);
  matched(k);
  k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  k.ok(URL.accept, { sender: P.rm, roundId: 1 });
  k.advanceTo(k.round(1).graceDeadline);
  k.ok(URL.repurchase, { sender: P.rm, roundId: 1 });
  t.is(k.round(1).phase, 'SETTLED');
});

test('MsgExpireRound: anyone pushes an expired round forward; not before; never twice', (t) => {
  const k = new Kit(t);
  committed(k);
  k.height = 21;
  k.rejects(URL.expire, { sender: P.other, roundId: 1 }, 23);
  k.height = 22;
  const out = k.ok(URL.expire, { sender: P.other, roundId: 1 });
  t.is(out.events.at(-1)!.type, 'repo.round_closed');
  t.is(k.round(1).phase, 'ABORTED');
  k.rejects(URL.expire, { sender: P.other, roundId: 1 }, 5);
  k.rejects(URL.expire, { sender: P.other, roundId: 7 }, 3);
  t.is(k.endBlock().events.length, 0);
});

test('the end-block sweep expires at most maxExpiriesPerBlock rounds per block, oldest deadline first', (t) => {
  const k = new Kit(t, { ...TEST_PARAMS, maxExpiriesPerBlock: 2 });
  for (let i = 0; i < 5; i++) k.ok(URL.open, openMsg());
  k.height = 12;
  k.endBlock();
  t.deepEqual([1, 2, 3, 4, 5].map((i) => k.round(i).phase), ['CANCELLED', 'CANCELLED', 'COMMIT', 'COMMIT', 'COMMIT']);
  k.height = 13;
  k.endBlock();
  k.height = 14;
  k.endBlock();
  t.deepEqual([1, 2, 3, 4, 5].map((i) => k.round(i).phase), ['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
});

test('open: bond below the required amount, bond in another denom than the cash, bad max_qty and over-long phases are rejected', (t) => {
  const k = new Kit(t);
  k.rejects(URL.open, openMsg({ bond: `${BOND - 1n}uusdc` }), 21);
  k.rejects(URL.open, openMsg({ bond: `${BOND}umkt` }), 21);
  k.rejects(URL.open, openMsg({ maxQty: 0 }), 2);
  k.rejects(URL.open, openMsg({ cashDenom: 'umkt', bond: `${BOND}umkt` }), 2); // no min_bond for umkt: not a cash denom
  k.rejects(URL.open, openMsg({ commitBlocks: 100_001 }), 2);
  k.rejects(URL.open, openMsg({ commitBlocks: 0 }), 2);
  k.rejects(URL.open, openMsg({ tenorBlocks: 0 }), 2);
  k.rejects(URL.open, openMsg({ lotSize: '0' }), 2);
  k.rejects(URL.open, openMsg({ lotSize: '-5' }), 2);
  k.rejects(URL.open, openMsg({ cashDenom: 'uatom' }), 2);
  k.rejects(URL.open, openMsg({ mmClient: 'cosmos1xyz' }), 7, 'sdk');
  k.rejects(URL.open, openMsg({ bond: '1umkt,2uatom' }), 2);
  k.ok(URL.open, openMsg({ bond: `${BOND}uusdc` }));
});

test('open: the four parties must be distinct addresses; each of the six pairs is refused with repo/25', (t) => {
  const k = new Kit(t);
  const roles = [['bdMm', 'bd_mm'], ['bdRm', 'bd_rm'], ['mmClient', 'mm_client'], ['rmClient', 'rm_client']] as const;
  const base = openMsg();
  for (let i = 0; i < 4; i++) {
    for (let j = i + 1; j < 4; j++) {
      const [a, an] = roles[i]!;
      const [b, bn] = roles[j]!;
      // role b takes role a's address; the sender (bd_mm) stays a dealer, so only this rule is hit
      const msg = { ...base, [b]: base[a] };
      k.rejects(URL.open, msg, 25);
      const out = k.deliver(URL.open, msg);
      t.deepEqual([out.ok, out.err?.codespace, out.err?.code], [false, 'repo', 25], `${an}/${bn}`);
      t.is(out.err?.message, `${an} and ${bn} are both ${base[a]}: the four parties of a round must be distinct addresses`);
    }
  }
  // the case, through the real route: bd_mm also named as rm_client
  k.rejects(URL.open, openMsg({ rmClient: P.bdMm }), 25);
  k.rejects(URL.open, openMsg({ sender: P.bdRm, mmClient: P.bdRm }), 25);
  k.ok(URL.open, openMsg());
});

test('a dealer without funds for the bond cannot commit (bank error, nothing changes)', (t) => {
  const k = new Kit(t);
  k.ok(URL.open, openMsg({ bond: `${FUNDS + 1n}uusdc` }));
  k.rejects(URL.commit, commitMsg(1, seal(1, 'mm', EX1_D)), 5, 'sdk');
});
