import test from 'ava';
import { Secp256k1, sha256 } from '@cosmjs/crypto';
import type { SigJob } from '../chain/app.js';
import { SigPool } from './sig_pool.js';

async function job(seed: number, valid: boolean): Promise<SigJob> {
  const priv = sha256(Uint8Array.of(seed, 42));
  const pk = Secp256k1.compressPubkey((await Secp256k1.makeKeypair(priv)).pubkey);
  const msg = Uint8Array.of(seed, seed >> 8, 7);
  const sig = (await Secp256k1.createSignature(sha256(msg), priv)).toFixedLength().subarray(0, 64);
  if (!valid) sig[5]! ^= 0x10;
  return { msg, sig, pk };
}

test('[sig-pool]: requests made in one turn are batched over the workers; each gets its own results in order', async (t) => {
  const pool = new SigPool(2);
  try {
    const big = await Promise.all(Array.from({ length: 25 }, (_, i) => job(i, i % 7 !== 3)));
    const small = [await job(100, false)];
    const mixed = [await job(101, true), await job(102, false), await job(103, true)];
    const [a, b, c, d] = await Promise.all([pool.verify(big), pool.verify(small), pool.verify([]), pool.verify(mixed)]);
    t.deepEqual(a, big.map((_, i) => i % 7 !== 3));
    t.deepEqual(b, [false]);
    t.deepEqual(c, []);
    t.deepEqual(d, [true, false, true]);
    // later turns are independent batches
    t.deepEqual(await pool.verify(mixed.slice(1)), [false, true]);
  } finally {
    await pool.close();
  }
});

test('[sig-pool]: a one-worker pool answers a nine-job request in order', async (t) => {
  const pool = new SigPool(1);
  try {
    const jobs = await Promise.all(Array.from({ length: 9 }, (_, i) => job(200 + i, i !== 8)));
    t.deepEqual(await pool.verify(jobs), [true, true, true, true, true, true, true, true, false]);
    t.is(pool.size, 1);
  } finally {
    await pool.close();
  }
});

test('[sig-pool]: ready() resolves once the workers are loaded; a pool closed before then does not raise', async (t) => {
  const early = new SigPool(2);
  await early.close(); // workers exit before they said they are loaded: no unhandled rejection
  const pool = new SigPool(2);
  await pool.ready();
  t.deepEqual(await pool.verify([]), []);
  await pool.close();
  await t.throwsAsync(early.ready(), { message: /signature worker exited \(code \d+\) before it started/ });
});
