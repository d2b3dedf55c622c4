// Seeded random operation sequences across bank, moneymarket, amm and repo on one whole app, with
// every module invariant and a supply cross-check after every block (issue 6, "Simulation").
//
//   npm test                         50,000 ops, unsigned path (see README.md here) + a signed-tx run
//   npm run test:slow                1,000,000 ops (MARKETCHAIN_SLOW=1)
//   SIM_SEED=<seed> npx ava dist/test/sim/multi_module.test.js     replays a run
//   SIM_OPS=<n>                      overrides the op count
import test from 'ava';
import { runSim, SLOW } from './sim_run.js';
import { simSeed } from './rng.js';

const OPS = Number(process.env.SIM_OPS ?? (SLOW ? 1_000_000 : 50_000));

test(`[sim] ${OPS} random operations across bank, moneymarket, amm and repo (unsigned path), invariants after every block`, (t) => {
  t.timeout(SLOW ? 4 * 3600_000 : 600_000);
  const seed = simSeed();
  t.log(`SIM_SEED=${seed}`);
  runSim(t, seed, OPS, false);
});
