// V8 flags and environment marketchaind runs with. They must be set when node starts (V8 sizes its
// heap at start-up, v8.setFlagsFromString is too late; glibc reads its malloc settings once), so they
// appear in three places that a test keeps equal: the shebang of node/main.ts (`marketchaind` after
// `npm link`), the `start` script in package.json, and every spawn of the node by the benchmark.
//
// --max-semi-space-size=16: a young generation of 2 × 16 MiB, set explicitly (the size V8 picks by
// default differs between Node versions and machines). The tx path allocates little (hand-written
// codecs, interned strings, exact-size writers), so a block's short-lived objects die within 16 MiB
// semi-spaces; larger ones cost peak RSS and buy no throughput (BENCHMARKS.md compares 16 and 32 MiB).
export const NODE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=16'];

// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own malloc arena (up to 8 per core).
// The node has several such threads (block execution, the database thread with LevelDB, signature
// workers, libuv's pool, V8's GC helpers), and memory freed in one arena is not reused by another, so
// RSS grows with the thread count. Two arenas keep peak RSS down at no cost in throughput
// (BENCHMARKS.md has the figures).
export const NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** `NAME=value …` of NODE_ENV, as in the shebang and the npm start script. */
export const NODE_ENV_ASSIGNMENTS = Object.entries(NODE_ENV).map(([k, v]) => `${k}=${v}`).join(' ');
