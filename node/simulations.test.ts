import test from 'ava';
import type { App } from '../chain/app.js';
import { Simulations, SimulationsBusy } from './simulations.js';

function fakeApp(log: string[]) {
  return { query: (_path: string, data: Uint8Array) => (log.push(`sim ${data[0]}`), { code: 0, codespace: '', log: '', value: data, height: 1 }) } as unknown as App;
}

test('[node/simulations]: one runs at a time, `maxQueued` wait, the rest are refused at once with a clear error', async (t) => {
  const log: string[] = [];
  const sims = new Simulations(fakeApp(log), 2);
  const runs = [1, 2, 3, 4, 5].map((i) => sims.run(Uint8Array.of(i)).then(() => `ok ${i}`, (e: Error) => `${e instanceof SimulationsBusy ? 'busy' : 'error'} ${i}: ${e.message}`));
  const out = await Promise.all(runs);
  t.deepEqual(out.slice(0, 3), ['ok 1', 'ok 2', 'ok 3']);
  t.regex(out[3]!, /^busy 4: too many simulations in progress \(1 running and 2 waiting; rpc.simulate_max_queued\); retry later$/);
  t.regex(out[4]!, /^busy 5: /);
  t.deepEqual(log, ['sim 1', 'sim 2', 'sim 3']);
});

test('[node/simulations]: no simulation starts while a block is being built', async (t) => {
  const log: string[] = [];
  const sims = new Simulations(fakeApp(log), 8);
  let finish!: () => void;
  const block = new Promise<void>((r) => (finish = r));
  sims.blockInProgress(block.then(() => log.push('block done')));
  const run = sims.run(Uint8Array.of(7));
  await new Promise((r) => setTimeout(r, 50));
  t.deepEqual(log, []);
  finish();
  await run;
  t.deepEqual(log, ['block done', 'sim 7']);
});
