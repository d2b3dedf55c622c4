// V8 flags and environment marketchaind runs with. They must be set when node starts (V8 sizes its
// heap at start-up, v8.setFlagsFromString is too late; glibc reads its malloc settings once), so they
// appear in three places that a test keeps equal: the shebang of node/main.ts (`marketchaind` after
// `npm link`), the `start` script in package.json, and every spawn of the node by the benchmark.
//
// --max-semi-space-size=16: a young generation of 2 × 16 MiB, set explicitly (the size V8 picks by
// default differs between Node versions and machines). An earlier session raised it to 32 MiB when a
// block's short-lived objects outlived 16 MiB semi-spaces (CPU 1.08 → 0.85 ms per tx then). Since then
// the tx path allocates much less (hand-written codecs, interned strings, exact-size writers), and the
// same benchmark now favours 16 MiB: 20,000 bank sends, two alternating pairs on one machine, 16 MiB
// 3,167 and 3,261 tx/s (node CPU 9.78 and 10.01 s, peak RSS 539 and 540 MB) against 32 MiB 2,725 and
// 2,718 tx/s (10.65 and 11.06 s, 609 and 594 MB); on the 100,000-account RSS workload 440 vs 494–505 MB.
export const NODE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=16'];

// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own malloc arena (up to 8 per core).
// The node has several such threads (block execution, the database thread with LevelDB, signature
// workers, libuv's pool, V8's GC helpers), and memory freed in one arena is not reused by another, so
// RSS grew with the thread count. Measured (bench, same machine, alternating runs): 100,000-account RSS
// workload 563 → 482 MB; 8,000 bank sends 456–526 → 430 MB with no change in committed tx/s.
export const NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** `NAME=value …` of NODE_ENV, as in the shebang and the npm start script. */
export const NODE_ENV_ASSIGNMENTS = Object.entries(NODE_ENV).map(([k, v]) => `${k}=${v}`).join(' ');
