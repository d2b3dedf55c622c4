// The bundle envelope (MsgBundle) through the whole app: CheckTx admits a JIT envelope and refuses a
// split, reordered, undecodable, two-victim, front-running, nested or failing one with its own code
// (changing nothing); FinalizeBlock runs the envelope and its txs as one unit (all reverted when one
// fails); ProcessProposal rejects a block that splits or reorders a bundle or repeats its wrapped tx.
import test from 'ava';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { parseMinGasPrices } from '../../node/gas_prices.js';
import { getAccount } from '../auth/keeper.js';
import { signTx } from '../../test/helpers/accounts.js';
import { attr, msg, msgResponse, pb, registry } from './testing/kit.js';
import { GARBAGE, jitSetup } from './testing/jit_envelope.js';
import { positionIdFromTx, TYPE_URLS } from './msgs.js';

const hash = (tx: Uint8Array) => toHexUpper(sha256(tx));

test('[amm/envelope]: CheckTx admits a JIT envelope and answers its bundle (the bid and own fees score, the victim\'s do not); the block runs it with the bare bundle\'s numbers', async (t) => {
  const { c, jit, s, add, swap, rm, envelope, send } = await jitSetup();
  const env = await envelope([add, swap, rm]);
  const out = c.app.checkTx(env);
  t.is(out.result.code, 0, out.result.log);
  const b = out.bundle!;
  t.deepEqual(b.hashes, [env, add, swap, rm].map(hash));
  t.like(b, { searcher: jit.address, wrapped: 2, fee: 5000n + 2000n + 2000n, gas: 6_000_000, gasTotal: 8_000_000, bytes: env.length + add.length + swap.length + rm.length });
  t.deepEqual(b.shapes.map((x) => x.typeUrls[0]), [TYPE_URLS.bundle, TYPE_URLS.addLiquidity, TYPE_URLS.swapExactIn, TYPE_URLS.removeLiquidity]);
  // the searcher's own inner txs took their sequences in the check state: its next tx follows the bundle
  t.deepEqual([c.app.checkTx(await send(s + 1n)).result.codespace, c.app.checkTx(await send(s + 1n)).result.code], ['sdk', 32]);
  t.is(c.app.checkTx(await send(s + 3n)).result.code, 0);

  const blk = c.block([env, add, swap, rm]);
  t.deepEqual(blk.txResults.map((r) => r.code), [0, 0, 0, 0]);
  t.is(msgResponse(blk.txResults[2]!.data, pb.MsgSwapExactInResponse).amountOut, '24859584');
  t.is(attr(blk.txResults[2]!.events, 'amm.swap', 'fee_short'), '67500000');
  const removed = msgResponse(blk.txResults[3]!.data, pb.MsgRemoveLiquidityResponse);
  t.deepEqual([removed.amount0, removed.amount1, removed.fees0, removed.fees1], ['877626373', '1844864999957', '0', '67499999']);
  t.is(getAccount(c.q(), jit.address)!.sequence, s + 3n);
  t.deepEqual(c.app.checkInvariants(), []);
});

test('[amm/envelope]: CheckTx refuses a reordered (amm/30), split (amm/31), undecodable (amm/29), two-victim (amm/23), front-running (amm/24), nested (amm/28), empty (amm/28) or failing envelope; the check state is left as it was', async (t) => {
  const { c, passive, jit, user, s, add, addMsg, swap, swapMsg, rm, envelope, send } = await jitSetup();
  const addAt = (seq: bigint) => c.signAt(jit, [{ ...addMsg, value: { ...addMsg.value, amount0Max: String(900000000n + seq) } }], seq);
  const jitSwap = await c.signAt(jit, [msg(TYPE_URLS.swapExactIn, { sender: jit.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000000', minAmountOut: '0' })], s + 1n);
  const passiveSwap = await c.sign(passive, [msg(TYPE_URLS.swapExactIn, { sender: passive.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000000', minAmountOut: '0' })]);
  const rmAt3 = await c.signAt(jit, [msg(TYPE_URLS.removeLiquidity, { sender: jit.address, positionId: positionIdFromTx(jit.address, add) })], s + 3n);
  const badSwap = await c.signAt(user, [swapMsg('1000000000')], getAccount(c.q(), user.address)!.sequence);
  const seqs = (xs: bigint[]) => xs.map(String).join(', ');
  const cases: [string, Uint8Array[], string, number, string][] = [
    ['reordered', [await addAt(s + 2n), await addAt(s + 1n), swap], 'amm', 30,
      `the searcher ${jit.address}'s bundle txs carry sequences ${seqs([s + 2n, s + 1n])}; after the envelope's sequence ${s} they must be ${seqs([s + 1n, s + 2n])}, in that order: bundle txs out of order`],
    ['split', [add, swap, rmAt3], 'amm', 31,
      `the searcher ${jit.address}'s bundle txs carry sequences ${seqs([s + 1n, s + 3n])}; after the envelope's sequence ${s} they must be ${seqs([s + 1n, s + 2n])} (a tx of the searcher between them would run outside the bundle): bundle split`],
    ['undecodable', [add, GARBAGE, rm], 'amm', 29, `bundle tx #1 (${hash(GARBAGE)}) fails before execution: sdk/2 `],
    ['two victims', [add, swap, passiveSwap, rm], 'amm', 23, `bundle txs #1, #2 are not signed by the searcher ${jit.address} alone`],
    ['front-run', [jitSwap, swap], 'amm', 24, `bundle tx #0 of the searcher ${jit.address} comes before the wrapped tx #1 and carries ${TYPE_URLS.swapExactIn}`],
    ['nested', [await envelope([add], s + 1n)], 'amm', 28, `bundle tx #0 is itself a bundle envelope (${TYPE_URLS.bundle}); bundles do not nest: invalid bundle envelope`],
    ['empty', [], 'amm', 28, 'a bundle holds 1 to 8 txs, got 0: invalid bundle envelope'],
    ['a failing tx', [add, badSwap, rm], 'amm', 14, `bundle tx #1 (${hash(badSwap)}) failed: failed to execute message; message index: 0: amount out 24859584 is below min_amount_out 1000000000: slippage limit exceeded`],
  ];
  for (const [name, txs, codespace, code, log] of cases) {
    const r = c.app.checkTx(await envelope(txs)).result;
    t.deepEqual([r.codespace, r.code], [codespace, code], `${name}: ${r.log}`);
    t.true(r.log.startsWith(log), `${name}: ${r.log}`);
  }
  // the unpaid work of a refused envelope is bounded: its txs may ask for no more gas in all than one tx
  const greedy = await signTx(jit, [addMsg], { accountNumber: getAccount(c.q(), jit.address)!.accountNumber, sequence: s + 1n, registry, fee: [{ denom: 'umkt', amount: '2000' }], gas: 99_000_000 });
  const g = c.app.checkTx(await envelope([greedy, swap])).result;
  t.deepEqual([g.codespace, g.code, g.log], ['amm', 28, `the bundle's txs ask for 103000000 gas in all, above the 100000000 one tx may: invalid bundle envelope`]);
  // every inner tx under every CheckTx rule: a fee-less inner tx below the minimum gas prices is sdk/13
  c.app.env.minGasPrices = parseMinGasPrices('0.001umkt');
  const free = await c.signAt(jit, [addMsg], s + 1n, '0');
  const r = c.app.checkTx(await envelope([free, swap])).result;
  t.deepEqual([r.codespace, r.code, r.log], ['sdk', 13, `bundle tx #0 (${hash(free)}) failed: insufficient fees; got: 0 required: 2000umkt: insufficient fee`]);
  c.app.env.minGasPrices = [];
  // nothing was taken in the check state: the searcher's sequence s is still free
  t.is(c.app.checkTx(await send(s)).result.code, 0);
});

test('[amm/envelope]: FinalizeBlock runs an envelope and its txs as one unit: a failing tx reverts them all (amm/32 on each); an envelope not followed by its txs is amm/31 and changes nothing', async (t) => {
  const { c, jit, user, s, add, swapMsg, rm, envelope } = await jitSetup();
  const badSwap = await c.signAt(user, [swapMsg('1000000000')], getAccount(c.q(), user.address)!.sequence);
  const env = await envelope([add, badSwap, rm]);
  const before = c.snapshot();
  const umkt = c.balance(jit.address, 'umkt');
  const blk = c.block([env, add, badSwap, rm]);
  const why = `bundle tx #1 (${hash(badSwap)}) failed: amm/14 failed to execute message; message index: 0: amount out 24859584 is below min_amount_out 1000000000: slippage limit exceeded: bundle reverted`;
  t.deepEqual(blk.txResults.map((r) => [r.codespace, r.code, r.log, r.gasUsed]), [0, 1, 2, 3].map(() => ['amm', 32, why, 0]));
  t.deepEqual(blk.txResults.map((r) => r.gasWanted), [2_000_000, 2_000_000, 2_000_000, 0], 'the txs after the failing one did not run');
  t.deepEqual(c.snapshot(), before);
  t.is(c.balance(jit.address, 'umkt'), umkt, 'no fee was taken');
  t.is(getAccount(c.q(), jit.address)!.sequence, s);

  // the envelope alone, its txs missing: recorded with amm/31, and the txs after it run on their own
  const good = await envelope([add]);
  const stray = c.block([good, rm]);
  t.deepEqual(stray.txResults.map((r) => [r.codespace, r.code]), [['amm', 31], ['sdk', 32]]);
  t.is(stray.txResults[0]!.log, 'the bundle envelope at tx #0 is not followed by its 1 txs in order: bundle split');
  t.is(getAccount(c.q(), jit.address)!.sequence, s);
});

test('[amm/envelope]: ProcessProposal accepts a bundle in place and rejects one split, reordered, repeated elsewhere, wrapping two foreign txs or carrying an undecodable tx', async (t) => {
  const { c, passive, jit, s, add, swap, rm, envelope } = await jitSetup();
  const env = await envelope([add, swap, rm]);
  const at = { height: c.app.lastHeight + 1, time: '2026-01-01T01:00:00.000000000Z' };
  const verdict = (txs: Uint8Array[]) => c.app.processProposal({ ...at, txs });
  t.deepEqual(verdict([env, add, swap, rm]), { status: 'ACCEPT' });
  t.deepEqual(verdict([env, add, swap]), { status: 'REJECT', reason: `the bundle of the envelope at tx #0 (${hash(env)}) is split: the 3 txs after it are not its txs` });
  t.deepEqual(verdict([swap, env, add, rm]), { status: 'REJECT', reason: `the bundle of the envelope at tx #1 (${hash(env)}) is split: the 3 txs after it are not its txs` });
  t.deepEqual(verdict([env, rm, swap, add]), { status: 'REJECT', reason: `the bundle of the envelope at tx #0 (${hash(env)}) is reordered: the 3 txs after it are its txs in another order` });
  t.deepEqual(verdict([env, add, swap, rm, swap]), { status: 'REJECT', reason: `the bundle of the envelope at tx #0 is split: its tx #1 (${hash(swap)}) is also at tx #4` });
  // a second foreign tx (amm/23), carried whole and in order, is rejected too
  const other = await c.sign(passive, [msg(TYPE_URLS.swapExactIn, { sender: passive.address, poolId: 1, denomIn: 'uusdc', amountIn: '1000000', minAmountOut: '0' })]);
  const two = await envelope([add, swap, other, rm]);
  t.deepEqual(verdict([two, add, swap, other, rm]), { status: 'REJECT', reason: `tx #0 is a bundle envelope that is refused: bundle txs #1, #2 are not signed by the searcher ${jit.address} alone; a bundle wraps at most one tx of another party: bundle wraps more than one tx of another party` });
  // (an undecodable tx in the block itself is rejected before: "tx #i does not decode")
  const bad = await envelope([add, GARBAGE], s);
  const r = verdict([bad, add]);
  t.is(r.status, 'REJECT');
  t.regex((r as { reason: string }).reason, new RegExp(`^tx #0 is a bundle envelope that is refused: bundle tx #1 \\(${hash(GARBAGE)}\\) fails before execution: sdk/2 .*: invalid bundle tx$`));
});
