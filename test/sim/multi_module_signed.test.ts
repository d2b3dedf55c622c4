// The multi-module simulation with real signed txs: secp256k1 signatures made with node:crypto (low-S)
// and verified by the app as in production. Smaller than the unsigned run (about 600 signatures/s
// per core here); a separate file so that ava runs it on the other core.
//   SIM_SEED=<seed> SIM_SIGNED_OPS=<n> npx ava dist/test/sim/multi_module_signed.test.js
import test from 'ava';
import { simSeed } from './rng.js';
import { runSim, SLOW } from './sim_run.js';

const SIGNED_OPS = Number(process.env.SIM_SIGNED_OPS ?? (SLOW ? 20_000 : 2_000));

test(`[sim] ${SIGNED_OPS} random operations as real signed txs (secp256k1, full ante)`, (t) => {
  t.timeout(SLOW ? 3600_000 : 300_000);
  const seed = simSeed();
  t.log(`SIM_SEED=${seed}`);
  runSim(t, seed, SIGNED_OPS, true);
});
