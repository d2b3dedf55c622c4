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

test('[sig-pool]: jobs from the network that cannot be a secp256k1 check (signature of 0–1,024 bytes, key not 33) are answered false, the valid ones true', async (t) => {
  const pool = new SigPool(2);
  try {
    const good = await job(500, true);
    const bySig = Array.from({ length: 1025 }, (_, n) => ({ msg: good.msg, sig: new Uint8Array(n).fill(n & 0xff), pk: good.pk }));
    const byKey = [0, 1, 32, 34, 65, 255, 256, 1024].map((n) => ({ msg: good.msg, sig: good.sig, pk: new Uint8Array(n).fill(2) }));
    const jobs = [good, ...bySig, ...byKey, good];
    const ok = await pool.verify(jobs);
    t.deepEqual(ok, jobs.map((_, i) => i === 0 || i === jobs.length - 1));
    // one request of only unsendable jobs, and one of 300-byte signatures alone
    t.deepEqual(await pool.verify(byKey), byKey.map(() => false));
    t.deepEqual(await pool.verify([bySig[300]!]), [false]);
    t.deepEqual(await pool.verify([good]), [true], 'the pool still verifies');
  } finally {
    await pool.close();
  }
});

test('[sig-pool]: a request whose jobs are not byte arrays is rejected, and a garbage batch sent to a worker gets an error reply; nothing throws and the workers stay up', async (t) => {
  const lost: string[] = [];
  const pool = new SigPool(2, (m) => lost.push(m));
  try {
    t.is(await pool.ready(), 2);
    const good = await job(600, true);
    const malformed: unknown[] = [null, [null], [{ msg: 'x', sig: good.sig, pk: good.pk }], [{ msg: good.msg, sig: [1, 2], pk: good.pk }], [good, 42], [{ msg: good.msg, sig: good.sig }]];
    for (const jobs of malformed) {
      const e = await t.throwsAsync(pool.verify(jobs as SigJob[]));
      t.regex(e!.message, /^signature job(s must be an array| \d+ is not \{msg, sig, pk\} byte arrays)$/, JSON.stringify(jobs));
    }
    // A worker given bytes that are not a packed batch (truncated, or not bytes at all) answers with an error.
    const workers = (pool as unknown as { workers: import('node:worker_threads').Worker[] }).workers;
    const replies: unknown[] = [];
    const listener = (m: unknown) => replies.push(m);
    workers[0]!.on('message', listener);
    workers[0]!.ref();
    workers[0]!.postMessage({ id: 1_000_001, jobs: Uint8Array.of(0, 0, 1) });
    workers[0]!.postMessage({ id: 1_000_002, jobs: 'not bytes' });
    workers[0]!.postMessage(null);
    while (replies.length < 3) await new Promise((r) => setTimeout(r, 10));
    workers[0]!.off('message', listener);
    t.deepEqual(replies, [
      { id: 1_000_001, error: 'Offset is outside the bounds of the DataView' },
      { id: 1_000_002, error: 'jobs must be a packed byte array' },
      { id: -1, error: "Cannot read properties of null (reading 'jobs')" },
    ]);
    t.is(pool.running, 2);
    t.deepEqual(lost, []);
    t.deepEqual(await Promise.all([pool.verify([good]), pool.verify(Array.from({ length: 70 }, () => good))]), [[true], Array.from({ length: 70 }, () => true)]);
  } finally {
    await pool.close();
  }
});
