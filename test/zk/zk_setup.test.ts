// `marketchaind zk setup --check` (node/zk_setup.ts zkCheck): passes on the committed keys and names
// the problem when a recorded r1cs hash or a verification key does not match. Recompiles both circuits.
import test from 'ava';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zkCheck } from '../../node/zk_setup.js';
import { CIRCUITS_DIR } from '../../zk/index.js';

test('zk setup --check: committed keys pass; a changed r1cs hash or vkey is named', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zkc-keys-'));
  try {
    for (const f of readdirSync(join(CIRCUITS_DIR, 'keys'))) copyFileSync(join(CIRCUITS_DIR, 'keys', f), join(dir, f));
    writeFileSync(join(dir, 'seal.r1cs.sha256'), '00'.repeat(32) + '\n');
    copyFileSync(join(CIRCUITS_DIR, 'keys', 'seal.vkey.json'), join(dir, 'select.vkey.json'));
    const res = await zkCheck({ keys: dir, log: () => {} });
    t.deepEqual(res.map((r) => [r.circuit, r.ok]), [['seal', false], ['select', false]]);
    t.regex(res[0]!.problems.join(), /r1cs sha256 [0-9a-f]{64} differs from the recorded 0{64}/);
    t.regex(res[1]!.problems.join(), /select\.vkey\.json is not the verification key of select\.zkey/);
    const good = await zkCheck({ log: () => {} });
    t.deepEqual(good.map((r) => [r.circuit, r.ok, r.problems]), [['seal', true, []], ['select', true, []]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
