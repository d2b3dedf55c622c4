// The Markdown table printed at the end of a run and carried in BENCHMARKS.md.
import type { BenchResult } from './run.js';

export function markdownTable(r: BenchResult): string {
  const m = r.machine;
  const l = r.load;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const rows: [string, string][] = [
    ['workload', `${r.params.workload}: ${l.submitted} pre-signed txs, ${r.params.accounts} accounts, block time ${r.params.block_time}${r.params.block_max_gas ? `, block gas limit ${r.params.block_max_gas.toLocaleString('en-US')}` : ''}${r.params.mempool_size ? `, mempool ${r.params.mempool_size.toLocaleString('en-US')} txs` : ''}, concurrency ${r.params.concurrency}, ${(r.params.batch ?? 1) > 1 ? `JSON-RPC batches of up to ${r.params.batch}` : 'one request per tx'}${r.params.rate ? `, rate ${r.params.rate} tx/s` : ''}`],
    ...(r.warmup
      ? ([
          [
            'warm-up (untimed, first)',
            `${r.warmup.load.committed_ok} / ${r.warmup.txs} bank sends on the fresh node in ${r.warmup.load.wall_seconds} s, first submission to last commit: ${r.warmup.wall_tps} tx/s (${pct(r.warmup.wall_over_bound)} of the bound), node CPU ${r.warmup.node_cpu_seconds} s; the timed phases start after height ${r.warmup.last_height}`,
          ],
        ] as [string, string][])
      : ([['warm-up', 'none: the timed load started on a cold node']] as [string, string][])),
    ['committed (code 0 in blocks)', `${l.committed_ok} / ${l.submitted} (CheckTx rejections: ${Object.entries(l.rejected).map(([k, v]) => `${k}×${v}`).join(', ') || 'none'}; failed in block: ${l.committed_failed}; mempool-full retries: ${l.backpressure_retries}${l.sequence_retries ? `; pipelined txs sent again after sdk/32: ${l.sequence_retries}` : ''})`],
    ['**sustained committed tx/s**', `**${l.committed_tps}** (window ${l.window_seconds} s, ${l.blocks.length} blocks)`],
    ['submit-to-commit latency p50 / p99', `${l.latency_ms.p50} ms / ${l.latency_ms.p99} ms (max ${l.latency_ms.max} ms)`],
    ['node CPU during load', `${r.node.cpu_seconds_during_load} s (${pct(r.node.cpu_utilisation_during_load)} of one core)`],
    ['load generator CPU (separate process)', `${l.loadgen_cpu_seconds} s`],
    ['node peak RSS (VmHWM)', `${r.node.peak_rss_mb} MB`],
    [
      '**replay tx/s**',
      `**${r.replay.txs_per_second}** (${r.replay.txs} txs of blocks ${r.replay.from_height}–${r.replay.height} in ${r.replay.seconds} s${r.replay.from_height > 1 ? `; the whole chain from a cold process: ${r.replay.whole.txs_per_second} tx/s, ${r.replay.whole.txs} txs in ${r.replay.whole.seconds} s` : ''}; ${r.replay.ok ? 'all hashes match' : 'MISMATCH'})`,
    ],
    ['**bound: secp256k1 verifies/s, all cores**', `**${r.bound.verifies_per_second}** (${r.bound.threads} worker threads, node:crypto; ${r.bound.before_load} before the load, ${r.bound.after_replay} after the replay)`],
    ['committed tx/s ÷ bound', pct(r.ratios.committed_over_bound)],
    ...(r.node_verifier
      ? ([
          [`the node's own verifier (${r.node_verifier.verifier}), all cores, before the load`, `${r.node_verifier.verifies_per_second} verifies/s; committed tx/s ÷ that: ${pct(r.ratios.committed_over_node_verifier)}`],
        ] as [string, string][])
      : []),
    ...(l.bundles.submitted ? [['JIT bundles (broadcast_bundle)', `${l.bundles.accepted} / ${l.bundles.submitted} accepted`] as [string, string]] : []),
    ...(r.baseline
      ? ([
          [`baseline ${r.baseline.workload}, same node, just before`, `${r.baseline.load.committed_ok} / ${r.baseline.load.submitted} committed, **${r.baseline.load.committed_tps} tx/s**, p50 / p99 ${r.baseline.load.latency_ms.p50} / ${r.baseline.load.latency_ms.p99} ms, node CPU ${r.baseline.node_cpu_seconds} s`],
          [`**${r.params.workload} tx/s ÷ ${r.baseline.workload} tx/s**`, `**${pct(r.baseline.main_over_baseline)}**`],
        ] as [string, string][])
      : []),
    ...(r.half_load
      ? ([
          [
            '**latency at half load** (bank_send right after, offered at ½ the committed rate)',
            `${r.half_load.load.committed_ok} / ${r.half_load.load.submitted} committed at ${r.half_load.rate} tx/s: p50 / p99 ${r.half_load.load.latency_ms.p50} / **${r.half_load.load.latency_ms.p99} ms = ${r.half_load.p99_in_block_times} block times**`,
          ],
        ] as [string, string][])
      : []),
    ...cometRows(r),
    ['replay tx/s ÷ bound', pct(r.ratios.replay_over_bound)],
    ['replay tx/s ÷ committed tx/s', `${r.ratios.replay_over_live.toFixed(2)}×`],
  ];
  return [
    `Machine: ${m.cpu_model}, ${m.cores} cores, ${m.memory_gb} GB RAM, Node ${m.node} (OpenSSL ${m.openssl}), ${m.os}. Run ${r.date}${r.git_commit ? ` at ${r.git_commit}` : ''}.`,
    '',
    '| metric | value |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

/** The --engine cometbft rows: the same load through CometBFT's RPC, beside the embedded node's. */
function cometRows(r: BenchResult): [string, string][] {
  const c = r.cometbft;
  if (!c) return [];
  const s = c.settings;
  const l = c.load;
  return [
    [
      'CometBFT settings',
      `${s.validators} validator(s) on 127.0.0.1, each \`cometbft node\` 0.38 + \`marketchaind start --abci\`; timeout_commit ${s.timeoutCommit}, mempool size ${s.mempoolSize.toLocaleString('en-US')} txs / cache ${s.cacheSize.toLocaleString('en-US')} / max_txs_bytes ${s.mempoolBytes.toLocaleString('en-US')}, recheck ${s.recheck}, indexer ${s.indexer}${s.validators > 1 ? ' on the first (RPC) validator, null and discard_abci_responses on the others' : ''}, block max_bytes ${s.blockMaxBytes.toLocaleString('en-US')} / max_gas ${s.blockMaxGas.toLocaleString('en-US')}, rpc max_request_batch_size ${s.rpcBatch}, proxy_app ${s.abci ?? 'tcp'}`,
    ],
    ...(c.warmup ? ([['CometBFT warm-up (untimed)', `${c.warmup.load.committed_ok} / ${c.warmup.load.submitted} committed in ${c.warmup.load.wall_seconds} s; timed load after height ${c.warmup.last_height}`]] as [string, string][]) : []),
    ['CometBFT committed (code 0 in blocks)', `${l.committed_ok} / ${l.submitted} (CheckTx rejections: ${Object.entries(l.rejected).map(([k, v]) => `${k}×${v}`).join(', ') || 'none'}; failed in block: ${l.committed_failed}; mempool-full retries: ${l.backpressure_retries})`],
    ['**CometBFT sustained committed tx/s**', `**${l.committed_tps}** (window ${l.window_seconds} s, ${l.blocks.length} blocks) = **${(c.over_embedded * 100).toFixed(1)} %** of the embedded node's ${r.load.committed_tps}`],
    ['CometBFT submit-to-commit latency p50 / p99', `${l.latency_ms.p50} ms / ${l.latency_ms.p99} ms (max ${l.latency_ms.max} ms)`],
    ['CometBFT CPU during load', `apps ${c.cpu_seconds_during_load.apps} s, cometbft ${c.cpu_seconds_during_load.cometbft} s, load generator ${l.loadgen_cpu_seconds} s, over ${c.cpu_seconds_during_load.wall} s`],
    ['CometBFT peak RSS (first validator)', `app ${c.peak_rss_mb.app_mb} MB, cometbft ${c.peak_rss_mb.cometbft_mb} MB`],
  ];
}
