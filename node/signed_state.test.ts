import test from 'ava';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSignedState, readSignedState, signedStateOf, writeSignedState } from './signed_state.js';
import type { Meta } from './block_types.js';

const meta = (height: number, blockHash: string): Meta => ({ chainId: 'c', height, appHash: 'AA', time: '2026-01-01T00:00:00Z', blockHash });

test('[node/signed_state]: the record is written whole (no temporary file left) and read back', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'signed-state-'));
  try {
    const path = join(dir, 'priv_validator_state.json');
    t.is(readSignedState(path), undefined);
    await writeSignedState(path, signedStateOf(meta(7, 'AB'), 'c2ln'));
    await writeSignedState(path, signedStateOf(meta(8, 'CD'), 'c2lnMg=='));
    t.deepEqual(readSignedState(path), { height: '8', round: 0, step: 3, block_hash: 'CD', signature: 'c2lnMg==' });
    t.deepEqual(readdirSync(dir), ['priv_validator_state.json']);
    writeFileSync(path, '{"height": 8');
    t.throws(() => readSignedState(path), { message: new RegExp(`^the signed-height record ${path} is not valid JSON .*: restore it, or remove it only if no block above the database's last height was ever signed$`) });
    writeFileSync(path, '{"height": -1, "block_hash": ""}');
    t.throws(() => readSignedState(path), { message: /is malformed/ });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('[node/signed_state]: a database below the record, or with another block at its height, is refused; one at or above it is accepted', (t) => {
  const rec = signedStateOf(meta(10, 'AB'), 'c2ln');
  t.true(checkSignedState('p', undefined, meta(5, 'X')), 'no record yet: written at the database height');
  t.true(checkSignedState('p', rec, meta(11, 'CD')), 'a crash between the commit of 11 and its record');
  t.false(checkSignedState('p', rec, meta(10, 'AB')));
  t.throws(() => checkSignedState('p', rec, meta(7, 'EF')), {
    message: /^this validator signed block 10 \(p\) but the database ends at block 7: the data directory lost its last 3 block\(s\)\. Starting would sign different blocks at heights 8-10, which it has already signed; refusing to start\. Restore the data directory from a backup taken at height 10 or later/,
  });
  t.throws(() => checkSignedState('p', rec, meta(10, 'EF')), { message: /^this validator signed block 10 with hash AB \(p\) but the database's block 10 has hash EF/ });
});
