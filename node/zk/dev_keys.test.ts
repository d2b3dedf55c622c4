// The dev genesis picks up circuits/keys/*.vkey.json when both exist (here: a temp root holding the
// Groth16 fixture's key as both), and leaves sealed mode off otherwise.
import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devGenesis } from '../../modules/repo/index.js';
import { repoGenesis } from '../../modules/repo/genesis.js';
import { parseSnarkjsVkey, vkHash, type VerifyingKey } from '../../modules/repo/math/groth16.js';
import { toHex } from '../../chain/codec/bytes.js';
import { withDevVerifyingKeys } from './dev_keys.js';

const vkText = readFileSync(new URL('../../../test/fixtures/groth16/vkey.json', import.meta.url), 'utf8');

test('[zk/dev-keys]: both key files present: stored and pinned, and the genesis validates; absent: sealed mode off', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'devkeys-')) + '/';
  const g0 = devGenesis(repoGenesis.defaultGenesis().params.treasury);
  t.is(withDevVerifyingKeys(g0, root), g0);
  mkdirSync(join(root, 'circuits/keys'), { recursive: true });
  writeFileSync(join(root, 'circuits/keys/seal.vkey.json'), vkText);
  t.is(withDevVerifyingKeys(g0, root), g0); // one file is not enough
  writeFileSync(join(root, 'circuits/keys/select.vkey.json'), vkText);
  const g = withDevVerifyingKeys(g0, root);
  const h = toHex(vkHash(parseSnarkjsVkey(JSON.parse(vkText)) as VerifyingKey));
  t.deepEqual([g.params.sealVkHash, g.params.selectVkHash, g.verifyingKeys?.length], [h, h, 2]);
  t.notThrows(() => repoGenesis.validateGenesis(g));
  t.is(g0.params.sealVkHash, '');
});
