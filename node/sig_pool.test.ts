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
  const lost: string[] = [];
  const early = new SigPool(2, (m) => lost.push(m));
  await early.close(); // workers exit before they said they are loaded: no unhandled rejection
  const pool = new SigPool(2);
  t.is(await pool.ready(), 2);
  t.deepEqual(await pool.verify([]), []);
  await pool.close();
  t.is(await early.ready(), 0);
  t.deepEqual(lost, [], 'workers stopped by close() are not reported as lost');
});

test('[sig-pool]: a worker that dies is dropped; its batch and later ones are still answered, on the main thread once none is left', async (t) => {
  const lost: string[] = [];
  const pool = new SigPool(2, (m) => lost.push(m));
  try {
    t.is(await pool.ready(), 2);
    const jobs = await Promise.all(Array.from({ length: 80 }, (_, i) => job(300 + i, i % 5 !== 0)));
    const expected = jobs.map((_, i) => i % 5 !== 0);
    const workers = (pool as unknown as { workers: import('node:worker_threads').Worker[] }).workers;
    // Worker 0 is stopping when the batch is posted to it (the pool learns it at its exit): answered anyway.
    const dying = workers[0]!.terminate();
    const inFlight = pool.verify(jobs);
    await dying;
    t.deepEqual(await inFlight, expected);
    t.is(pool.running, 1);
    t.deepEqual(await pool.verify(jobs), expected, 'the remaining worker takes everything');
    await workers[1]!.terminate();
    t.is(pool.running, 0);
    t.deepEqual(await pool.verify(jobs.slice(0, 7)), expected.slice(0, 7), 'no worker left: verified here');
    t.is(lost.length, 2);
    t.regex(lost[0]!, /^signature worker 0 exited \(code 1\); 1 left, the rest is verified on the main thread$/);
    t.regex(lost[1]!, /^signature worker 1 exited \(code 1\); 0 left/);
  } finally {
    await pool.close();
  }
});
