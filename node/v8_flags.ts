// V8 flags marketchaind runs with. They must be on node's command line (V8 sizes its heap when it
// starts; v8.setFlagsFromString is too late), so they appear in three places that a test keeps equal:
// the shebang of node/main.ts (`marketchaind` after `npm link`), the `start` script in package.json,
// and every spawn of the node by the benchmark.
//
// --max-semi-space-size=32: a young generation of 2 × 32 MiB instead of 2 × 16 MiB. A block's txs
// allocate short-lived objects (decoded txs, keys, events, results) faster than a 16 MiB semi-space
// turns over, so many survived one scavenge and were copied, then promoted and collected by the
// mark-compact collector. Measured on the bank-send benchmark (8,000 txs, same machine and code): node
// CPU 1.08 → 0.85 ms per committed tx, committed rate +25 %, peak RSS +36 MB (BENCHMARKS.md).
export const NODE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
