// The shared driver of the multi-module simulation (multi_module.test.ts, multi_module_signed.test.ts).
import type { ExecutionContext } from 'ava';
import { SimChain, SimFailure } from './harness.js';
import { simAccount } from './keys.js';
import { simGenesis, Workload } from './ops.js';
import { Rng } from './rng.js';

export const SLOW = process.env.MARKETCHAIN_SLOW === '1';
const OPS_PER_BLOCK = Number(process.env.SIM_OPS_PER_BLOCK ?? 100);
const USERS = 10;

export function runSim(t: ExecutionContext, seed: string, ops: number, signed: boolean): void {
  const users = Array.from({ length: USERS }, (_, i) => simAccount(`user${i}`));
  const log = (s: string) => t.log(s);
  const chain = new SimChain(seed, users, signed, simGenesis(users), log);
  const w = new Workload(chain, new Rng(seed + (signed ? ':signed' : '')), users);
  const started = Date.now();
  let nextReport = ops / 10;
  try {
    chain.crossCheck(users.map((u) => u.address));
    while (chain.opCount < ops) {
      w.block(Math.min(OPS_PER_BLOCK, ops - chain.opCount));
      if (SLOW && chain.opCount >= nextReport) {
        console.log(`sim ${signed ? 'signed' : 'unsigned'} seed ${seed}: ${chain.opCount} ops, height ${chain.app.lastHeight}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        nextReport += ops / 10;
      }
    }
  } catch (e) {
    const file = signed ? 'multi_module_signed' : 'multi_module';
    const replay = `replay: npx tsc -p tsconfig.json && node scripts/copy_gen.mjs && SIM_SEED=${seed} ${signed ? 'SIM_SIGNED_OPS' : 'SIM_OPS'}=${ops} npx ava dist/test/sim/${file}.test.js`;
    if (e instanceof SimFailure) t.fail(`${e.message}\n${replay}`);
    else t.fail(`seed ${seed}, block height ${chain.height}: crash ${(e as Error).stack ?? e}\n${replay}`);
    return;
  }
  const secs = (Date.now() - started) / 1000;
  t.log(`seed ${seed} (${signed ? 'signed txs' : 'unsigned path'}): ${chain.opCount} ops in ${chain.app.lastHeight} blocks, ${secs.toFixed(1)} s (${Math.round(chain.opCount / secs)} ops/s)`);
  const rows = [...chain.stats].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, s]) => `${k} ${s.ok}/${s.fail}${s.codes.size ? ' [' + [...s.codes].map(([c, n]) => `${c}×${n}`).join(' ') + ']' : ''}`);
  t.log(`ok/failed by op: ${rows.join('; ')}`);
  t.log(`JIT bundles landed ${w.jitBundles.landed}/${w.jitBundles.tried}; repo outcomes ${[...w.outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}; live rounds ${w.rounds.size}; live positions ${w.positions.size}`);
  // Coverage: every kind of operation must have been exercised, and the valid paths must have succeeded at least once.
  const mustSucceed = ['bank/send', 'mm/supply', 'mm/borrow', 'mm/repay', 'mm/price', 'amm/create', 'amm/add-long', 'amm/swap-in', 'amm/swap-out', 'repo/open', 'repo/commit', 'repo/reveal'];
  if (ops >= 5_000) mustSucceed.push('mm/withdraw', 'amm/add-short', 'amm/remove', 'repo/accept-mm', 'repo/accept-rm', 'repo/repurchase');
  if (ops >= 20_000) mustSucceed.push('mm/liquidate', 'amm/jit-add', 'amm/jit-swap-in', 'amm/jit-remove', 'repo/expire');
  for (const k of mustSucceed) t.true((chain.stats.get(k)?.ok ?? 0) > 0, `seed ${seed}: no successful ${k}`);
  if (ops >= 20_000) for (const p of ['SETTLED', 'CANCELLED', 'ABORTED', 'FAILED', 'DEFAULTED']) t.true((w.outcomes.get(p) ?? 0) > 0, `seed ${seed}: no round ended ${p}`);
}

