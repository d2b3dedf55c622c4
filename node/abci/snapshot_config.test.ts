// The snapshot settings of `start --abci`: defaults, config.json's state_sync section, the SDK-named
// flags over both, refusals of bad values; and the flags and the test hook as the daemon takes them.
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../home.js';
import { AbciAppProcess } from '../../test/helpers/abci_app_process.js';
import { runNodeCmd } from '../../test/helpers/node_process.js';
import { snapshotSettings } from './snapshot_config.js';

const withStateSync = (state_sync: unknown) => ({ ...defaultConfig('x'), state_sync });

test('snapshotSettings: every 100 blocks keeping 2 by default; config.json state_sync (chunk size within 1 KB-10 MB); flags win; bad values refused', (t) => {
  t.deepEqual(snapshotSettings(defaultConfig('x'), {}), { interval: 100, keepRecent: 2 });
  t.deepEqual(snapshotSettings(withStateSync({ snapshot_interval: 20, snapshot_keep_recent: 0 }), {}), { interval: 20, keepRecent: 0 });
  t.deepEqual(snapshotSettings(withStateSync({ snapshot_interval: 20 }), { interval: '0', keepRecent: '5' }), { interval: 0, keepRecent: 5 });
  t.throws(() => snapshotSettings(defaultConfig('x'), { interval: '-1' }), { message: '--state-sync.snapshot-interval must be a whole number from 0 to 1000000000, got "-1"' });
  t.throws(() => snapshotSettings(defaultConfig('x'), { keepRecent: '1.5' }), { message: '--state-sync.snapshot-keep-recent must be a whole number from 0 to 1000000000, got "1.5"' });
  t.throws(() => snapshotSettings(withStateSync({ snapshot_interval: 'often' }), {}), { message: 'config.json state_sync.snapshot_interval must be a whole number from 0 to 1000000000, got "often"' });
  t.deepEqual(snapshotSettings(withStateSync({ snapshot_chunk_bytes: 4096 }), {}), { interval: 100, keepRecent: 2, chunkBytes: 4096 });
  t.throws(() => snapshotSettings(withStateSync({ snapshot_chunk_bytes: 20 * 1024 * 1024 }), {}), { message: 'config.json state_sync.snapshot_chunk_bytes must be a whole number from 1024 to 10485760, got 20971520' });
});

test('start --abci: the snapshot flags and the test hook as the daemon reads them; bad values exit 1 naming them', async (t) => {
  const home = mkdtempSync(join(tmpdir(), 'snapshot-flags-'));
  t.teardown(() => rmSync(home, { recursive: true, force: true }));
  const bad = runNodeCmd(['start', '--abci', 'tcp://127.0.0.1:0', '--home', home, '--state-sync.snapshot-interval', 'often']);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /--state-sync\.snapshot-interval must be a whole number from 0 to 1000000000, got "often"/);
  const hook = runNodeCmd(['start', '--abci', 'tcp://127.0.0.1:0', '--home', home], { MARKETCHAIN_TEST_PAUSE_BEFORE_COMMIT: 'soon' });
  t.is(hook.code, 1);
  t.regex(hook.stderr, /MARKETCHAIN_TEST_PAUSE_BEFORE_COMMIT must be a height, got "soon"/);

  const app = await AbciAppProcess.start(home, 'tcp://127.0.0.1:0', ['--state-sync.snapshot-interval', '7', '--state-sync.snapshot-keep-recent', '0']);
  t.teardown(() => app.stop());
  t.true(app.log.includes(`state-sync snapshots: every 7 blocks, all kept, in ${join(home, 'data', 'snapshots')}`), app.log);
});
