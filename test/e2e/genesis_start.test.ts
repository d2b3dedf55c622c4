// First start: InitChain runs on a short-lived thread (node/genesis_thread.ts). A genesis that fails
// validation stops the node with the module's error and commits nothing; once fixed, the node starts.
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { freePort, runNodeCmd } from '../helpers/node_process.js';

test('[e2e/genesis]: an invalid genesis stops the first start with its error and writes no state; the fixed genesis starts', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'marketchain-genesis-'));
  try {
    t.is(runNodeCmd(['init', '--home', home, '--chain-id', 'genesis-test']).code, 0);
    const path = join(home, 'config', 'genesis.json');
    const good = readFileSync(path, 'utf8');
    const bad = JSON.parse(good);
    bad.app_state.nosuchmodule = {};
    writeFileSync(path, JSON.stringify(bad));
    const port = await freePort();
    const r = runNodeCmd(['start', '--home', home, '--rpc.laddr', `tcp://127.0.0.1:${port}`]);
    t.not(r.code, 0);
    t.regex(r.stderr, /genesis app_state has unknown module "nosuchmodule"/);
    const db = new ClassicLevel<string, string>(join(home, 'data', 'state.db'));
    const keys = await db.keys().all();
    await db.close();
    t.deepEqual(keys, []);

    writeFileSync(path, good);
    const ok = runNodeCmd(['export', '--home', home]);
    t.is(ok.code, 0, ok.stderr);
    const out = JSON.parse(ok.stdout);
    t.is(out.chain_id, 'genesis-test');
    t.is(out.initial_height, '1');
    t.deepEqual(Object.keys(out.app_state).sort(), Object.keys(JSON.parse(good).app_state).sort());
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
