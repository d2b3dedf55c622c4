// SC-16: seeded random operations by several accounts across two markets with price moves; after
// every step I1, custody and monotone indices (harness), conservation of tokens, and I2 within tolerance.
import test from 'ava';
import fc from 'fast-check';
import { allCheckpoints, allMarkets } from './keeper.js';
import { indicesAt } from './ops/market.js';
import { currentBalance } from './math/interest.js';
import { seedModel } from './testing/harness.js';
import { ADMIN, addr, e18, Harness, ledgerMatchesJournal, listMarkets } from './testing/scenarios.js';
import type { MsgName } from './msgs.js';

const SEED = Number(process.env.MM_SEED ?? 20260101);
const USERS = ['u0', 'u1', 'u2', 'u3'].map(addr);
const DENOMS = ['uaaa', 'ubbb'];
const ORACLE = addr('oracle');

const opArb = fc.record({
  kind: fc.integer({ min: 0, max: 12 }),
  who: fc.integer({ min: 0, max: 3 }),
  other: fc.integer({ min: 0, max: 3 }),
  d: fc.integer({ min: 0, max: 1 }),
  amt: fc.bigInt({ min: 0n, max: 10n ** 21n }),
  max: fc.boolean(),
  blocks: fc.integer({ min: 0, max: 20_000 }),
  factor: fc.integer({ min: 40, max: 170 }),
});

function totalTokens(h: Harness, denom: string): bigint {
  let s = h.market(denom).cash;
  for (const u of [...USERS, ADMIN]) s += h.wallet(u, denom);
  return s;
}

test('[moneymarket/SC-16]: random operations keep every invariant (seeded)', (t) => {
  let steps = 0;
  const succeeded = new Map<string, number>();
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 500, maxLength: 700 }), (ops) => {
      const h = new Harness({ liquidationRatio: '1.5', liquidationDiscount: '0.05', originationFee: '0.01', blocksPerYear: 2_102_400 });
      listMarkets(t, h, [['uaaa', '1', seedModel], ['ubbb', '2', seedModel]]);
      for (const u of USERS) for (const d of DENOMS) h.mint(u, d, e18(1000));
      h.mint(ADMIN, 'uaaa', e18(10));
      const prices: Record<string, bigint> = { uaaa: e18(1), ubbb: e18(2) };
      const start = Object.fromEntries(DENOMS.map((d) => [d, totalTokens(h, d)]));
      let touches = 0;
      for (const op of ops) {
        steps++;
        const who = USERS[op.who]!;
        const denom = DENOMS[op.d]!;
        const amount = op.max ? 'max' : op.amt.toString();
        const plain = op.amt.toString();
        let name: MsgName;
        let msg: Record<string, unknown>;
        switch (op.kind) {
          case 0: case 1: name = 'MsgSupply'; msg = { sender: who, denom, amount: plain }; break;
          case 2: name = 'MsgWithdraw'; msg = { sender: who, denom, amount }; break;
          case 3: case 4: name = 'MsgBorrow'; msg = { sender: who, denom, amount: (op.amt / BigInt(1 + (op.blocks % 3))).toString() }; break;
          case 5: name = 'MsgRepay'; msg = { sender: who, denom, amount }; break;
          case 6: case 10: name = 'MsgLiquidate'; msg = { sender: who, borrower: USERS[op.other]!, borrowDenom: denom, collateralDenom: DENOMS[op.blocks % 4 === 0 ? op.d : 1 - op.d]!, amount: op.blocks % 3 === 0 ? plain : 'max' }; break;
          case 7: {
            prices[denom] = (prices[denom]! * BigInt(op.factor)) / 100n + 1n;
            name = 'MsgSetAssetPrice'; msg = { sender: ORACLE, denom, price: (Number(prices[denom]! / 10n ** 12n) / 1e6).toFixed(6) };
            prices[denom] = e18(msg.price as string);
            break;
          }
          case 8: name = 'MsgWithdrawEquity'; msg = { sender: ADMIN, denom, amount: op.max ? 'max' : (op.amt / 1000n).toString() }; break;
          case 9: name = 'MsgAddReserves'; msg = { sender: ADMIN, denom: 'uaaa', amount: (op.amt / 10000n).toString() }; break;
          default: h.height += op.blocks; continue;
        }
        const before = h.market(denom);
        const r = h.exec(name, msg);
        if (r.code !== 0) {
          if (r.events.length !== 0 || JSON.stringify(h.market(denom), (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) !== JSON.stringify(before, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) {
            throw new Error(`failed ${name} changed state (seed ${SEED})`);
          }
        } else {
          touches++;
          succeeded.set(name, (succeeded.get(name) ?? 0) + 1);
        }
        if (h.problems.length > 0) throw new Error(`seed ${SEED}, step ${steps} ${name}: ${h.problems.join('; ')}`);
        for (const d of DENOMS) if (totalTokens(h, d) !== start[d]) throw new Error(`seed ${SEED}: ${d} tokens not conserved after ${name}`);
      }
      // I2: aggregates vs the sum of individual balances at each market's last accrual block.
      for (const m of allMarkets(h.q)) {
        const idx = indicesAt(m, m.blockNumber);
        let s = 0n;
        let b = 0n;
        for (const c of allCheckpoints(h.q, 'supply')) if (c.denom === m.denom) s += currentBalance(c.c.principal, idx.supplyIndex, c.c.interestIndex);
        for (const c of allCheckpoints(h.q, 'borrow')) if (c.denom === m.denom) b += currentBalance(c.c.principal, idx.borrowIndex, c.c.interestIndex);
        const tol = BigInt(touches + 10);
        const ds = s > m.totalSupply ? s - m.totalSupply : m.totalSupply - s;
        const db = b > m.totalBorrows ? b - m.totalBorrows : m.totalBorrows - b;
        if (ds > tol || db > tol) throw new Error(`seed ${SEED}: I2 off by supply ${ds}, borrows ${db} (tolerance ${tol})`);
        ledgerMatchesJournal(t, h, m.denom);
      }
      return true;
    }),
    { seed: SEED, numRuns: 6 },
  );
  t.log(`seed ${SEED}: ${steps} operations`);
  t.log([...succeeded].map(([k, v]) => `${k} ${v}`).join(', '));
  t.true(steps >= 3000);
  for (const n of ['MsgSupply', 'MsgWithdraw', 'MsgBorrow', 'MsgRepay', 'MsgLiquidate', 'MsgWithdrawEquity']) t.true((succeeded.get(n) ?? 0) > 0, `no successful ${n}`);
});
