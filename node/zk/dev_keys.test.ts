// The dev genesis picks up circuits/keys/*.vkey.json when both exist (here: a temp root holding the
// Groth16 fixture's key as both), and leaves sealed mode off otherwise.
import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devGenesis } from '../../modules/repo/index.js';
import { repoGenesis } from '../../modules/repo/genesis.js';
import { parseSnarkjsVkey, vkHash, vkToSnarkjs, type VerifyingKey } from '../../modules/repo/math/groth16.js';
import { trapdoorKey } from '../../modules/repo/testing/trapdoor_vk.js';
import { toHex } from '../../chain/codec/bytes.js';
import { withDevVerifyingKeys } from './dev_keys.js';

// Keys with the circuits' signal counts (47 and 7), in snarkjs JSON as the ceremony writes them.
const sealText = JSON.stringify(vkToSnarkjs(trapdoorKey(47, 1n).vk));
const selectText = JSON.stringify(vkToSnarkjs(trapdoorKey(7, 2n).vk));
const tinyText = readFileSync(new URL('../../../test/fixtures/groth16/vkey.json', import.meta.url), 'utf8');

test('[zk/dev-keys]: both key files present: stored and pinned, and the genesis validates; absent: sealed mode off', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'devkeys-')) + '/';
  const g0 = devGenesis(repoGenesis.defaultGenesis().params.treasury);
  t.is(withDevVerifyingKeys(g0, root), g0);
  mkdirSync(join(root, 'circuits/keys'), { recursive: true });
  writeFileSync(join(root, 'circuits/keys/seal.vkey.json'), sealText);
  t.is(withDevVerifyingKeys(g0, root), g0); // one file is not enough
  writeFileSync(join(root, 'circuits/keys/select.vkey.json'), selectText);
  const g = withDevVerifyingKeys(g0, root);
  const h = (text: string) => toHex(vkHash(parseSnarkjsVkey(JSON.parse(text)) as VerifyingKey));
  t.deepEqual([g.params.sealVkHash, g.params.selectVkHash, g.verifyingKeys?.length], [h(sealText), h(selectText), 2]);
  t.notThrows(() => repoGenesis.validateGenesis(g));
  // a key of another circuit (3 public signals) pinned as the seal key is refused by genesis validation
  writeFileSync(join(root, 'circuits/keys/seal.vkey.json'), tinyText);
  t.throws(() => repoGenesis.validateGenesis(withDevVerifyingKeys(g0, root)), { message: /seal_vk_hash names a key with 3 public signals; math\/sealed.ts orders 47/ });
  t.is(g0.params.sealVkHash, '');
});
