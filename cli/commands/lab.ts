// `marketchain lab jit`: the JIT-liquidity agent simulation of lab/ (spec amm-jit §4.4) on a node it
// starts itself or on --node URL, writing rounds.csv, summary.json, figures and index.html to --out.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, type CliEnv, type GlobalOpts } from '../env.js';
import { Keyring, KeyringError } from '../../keyring/keyring.js';
import { passphrase } from '../passphrase.js';
import { makeScenario, ScenarioError, worlds, type Scenario } from '../../lab/scenario.js';
import { runSession } from '../../lab/session.js';
import { Chain } from '../../lab/chain.js';
import { MAX_SCAN_BLOCKS, scanJit } from '../../lab/jit_events.js';
import { table } from '../output.js';

interface LabOpts extends GlobalOpts {
  scenario?: string;
  beta?: string;
  zeta?: string;
  pi?: string;
  alpha?: string;
  rounds?: string;
  seed?: string;
  passiveRule?: string;
  out?: string;
  blockTime?: string;
  from?: string;
  fundRisky: string;
  fundStable: string;
}

const list = (s: string, what: string): number[] => {
  const vs = s.split(',').map((x) => x.trim());
  if (vs.some((v) => !/^(0|1|0?\.[0-9]+|1\.0*)$/.test(v))) throw new CliError(`invalid --${what} ${JSON.stringify(s)}: comma-separated numbers in [0, 1]`);
  return vs.map(Number);
};

const int = (s: string, what: string): number => {
  if (!/^[0-9]{1,10}$/.test(s)) throw new CliError(`invalid --${what} ${JSON.stringify(s)}: a non-negative integer`);
  return Number(s);
};

const parseMs = (s: string): number => {
  const m = /^([0-9]+)(ms|s)$/.exec(s);
  if (!m || Number(m[1]) === 0) throw new CliError(`invalid --block-time ${JSON.stringify(s)}: e.g. 500ms or 1s`);
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
};

/** The scenario from --scenario FILE, then the flags over it (a list flag becomes a sweep). */
export function scenarioFromFlags(o: Omit<LabOpts, keyof GlobalOpts | 'blockTime' | 'fundRisky' | 'fundStable'>): Scenario {
  let base: Record<string, unknown> = {};
  if (o.scenario) {
    try {
      base = JSON.parse(readFileSync(o.scenario, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new CliError(`cannot read scenario ${o.scenario}: ${(e as Error).message}`);
    }
    if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new CliError(`scenario ${o.scenario} must be a JSON object`);
  }
  const sweep = { ...((base.sweep as Record<string, number[]>) ?? {}) };
  const over: Record<string, unknown> = { ...base };
  for (const k of ['beta', 'zeta', 'pi', 'alpha'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    const vs = list(v, k);
    if (vs.length === 1) (over[k] = vs[0]), delete sweep[k];
    else sweep[k] = vs;
  }
  over.sweep = sweep;
  if (o.rounds !== undefined) over.rounds = int(o.rounds, 'rounds');
  if (o.seed !== undefined) over.seed = int(o.seed, 'seed');
  if (o.passiveRule !== undefined) over.passiveRule = o.passiveRule;
  try {
    return makeScenario(over);
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(`invalid scenario: ${e.message}`);
    throw e;
  }
}

function progress(done: number, total: number): void {
  const width = 30, filled = Math.round((width * done) / total);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rounds`);
  if (done === total) process.stderr.write('\n');
}

export function registerLabCommands(env: CliEnv): void {
  const lab = env.root.command('lab').description('experiments on a real node (spec amm-jit §4: the JIT-liquidity paradox)');
  env.addQueryFlags(lab.command('jit').description('Agent simulation of JIT liquidity (traders, JIT searcher, arbitrageur, passive LPs) over real signed txs; writes rounds.csv, summary.json, figures and index.html')
    .option('--scenario <file>', 'JSON scenario (lab/scenarios/*.json); flags below override it')
    .option('--beta <list>', 'β, the share a JIT keeps (comma list = sweep), e.g. 1,0.5,0')
    .option('--zeta <list>', 'ζ, the uninformed valuation shock (comma list = sweep)')
    .option('--pi <list>', 'π, the probability a JIT arrives (comma list = sweep)')
    .option('--alpha <list>', 'α, the probability a trader is informed (comma list = sweep)')
    .option('--rounds <n>', 'rounds per world (one round = two blocks)')
    .option('--seed <n>', 'seed of the agents\' randomness')
    .option('--passive-rule <rule>', 'passive LPs: stay, alphabar (analytic ᾱ test) or pnl (trailing P&L)')
    .option('--out <dir>', 'run folder (default ./lab-runs/<scenario>-<seed>)')
    .option('--block-time <duration>', 'block time of the node the lab starts (without --node), or of --node\'s (default 1s, so a JIT bundle can follow its swap into the block on a busy machine; 500ms on an idle one)')
    .option('--from <key>', 'with --node: the key that funds the agents')
    .option('--fund-risky <amount>', 'uatom each agent gets', '1000000000000000')
    .option('--fund-stable <amount>', 'uusdc each agent gets', '1000000000000000000'))
    .addHelpText('after', '\nWithout --node the lab starts marketchaind in a temp home (genesis funds the agents) and stops it after the run.\nExamples:\n  marketchain lab jit --scenario lab/scenarios/worked_example.json\n  marketchain lab jit --beta 1,0.5,0 --zeta 0.01 --rounds 20 --out runs/beta\n  marketchain lab jit --scenario lab/scenarios/beta_sweep.json --node http://127.0.0.1:26657 --from dev --fund-risky 1000000000 --fund-stable 10000000000')
    .action(async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const explicitNode = cmd.optsWithGlobals().node as string | undefined;
      const o = env.opts<LabOpts>(cmd);
      const s = scenarioFromFlags(o);
      const amount = (v: string, what: string) => {
        if (!/^[1-9][0-9]{0,29}$/.test(v)) throw new CliError(`invalid --${what} ${JSON.stringify(v)}: a positive integer below 10^30`);
        return BigInt(v);
      };
      const funding = { risky: amount(o.fundRisky, 'fund-risky'), stable: amount(o.fundStable, 'fund-stable'), gas: 1_000_000_000n };
      let funderMnemonic: string | undefined, funderHdPath: string | undefined;
      if (explicitNode) {
        if (!o.from) throw new CliError('--node needs --from: the key that funds the agents');
        const kr = new Keyring(o.home, o.keyringBackend);
        const info = kr.find(o.from);
        if (!info) throw new CliError(`key ${o.from} not found in the ${o.keyringBackend} keyring under ${o.home}`);
        try {
          funderMnemonic = await kr.mnemonic(info.name, o.keyringBackend === 'file' ? await passphrase() : undefined);
        } catch (e) {
          if (e instanceof KeyringError) throw new CliError(e.message);
          throw e;
        }
        funderHdPath = info.hdPath;
      }
      const out = o.out ?? join('lab-runs', `${s.name}-${s.seed}`);
      const blockTime = o.blockTime ?? '1s';
      const tty = process.stderr.isTTY && o.output !== 'json';
      if (o.output !== 'json') process.stderr.write(`lab jit: ${s.name}, ${worlds(s).length} world(s) × ${s.rounds} round(s) -> ${out}\n`);
      const r = await runSession({
        scenario: s, out, node: explicitNode ? o.node : undefined, funderMnemonic, funderHdPath, blockTime, blockTimeMs: parseMs(blockTime), funding,
        onRound: tty ? progress : undefined, log: o.output === 'json' ? undefined : (l) => process.stderr.write(`${tty ? '\n' : ''}${l}\n`),
      });
      const sum = r.summary;
      const ok = sum.reconciliation.every((x) => x.balanced) && sum.balances.every((b) => b.equal);
      env.output(o, { dir: r.dir, scenario: s.name, worlds: sum.worlds.map((w) => ({ label: w.world.label, pool_id: w.poolId, predicted: w.predicted, measured: w.measured })), reconciled: ok, seconds: sum.seconds, rounds_per_second: sum.roundsPerSecond, figures: sum.figures }, () =>
        [
          ...sum.worlds.map((w) => `${w.world.label.padEnd(28)} R ${w.measured.R.toExponential(3)} (pred ${w.predicted.R.toExponential(3)})  ℓ ${w.measured.ell.toFixed(3)} (pred ${Number.isFinite(w.predicted.ell) ? w.predicted.ell.toFixed(3) : '∞'})  passive P&L/unit ${w.measured.passivePnlPerUnit.toExponential(3)}  bundles ${w.measured.bundled} (${w.measured.missedBundles} missed)`),
          `fees and balances reconcile with the chain: ${ok ? 'yes' : 'NO'}`,
          `${sum.seconds.toFixed(1)} s (${sum.roundsPerSecond.toFixed(2)} rounds/s); open ${join(r.dir, 'index.html')}`,
        ].join('\n'));
      if (!ok) process.exitCode = 1;
    });
}

/** `marketchain query amm jit-events`: the Allium JIT rule over the chain's blocks. */
export function registerJitEventsQuery(env: CliEnv): void {
  const amm = env.query.commands.find((c) => c.name() === 'amm');
  if (!amm) throw new Error('query amm must be registered first');
  env.addQueryFlags(amm.command('jit-events').description('JIT liquidity events by the Allium rule: an add and its removal in the same block, same pool, same sender, with a swap on that pool between them')
    .option('--from-height <h>', 'first height to scan (default: --to-height − 999)')
    .option('--to-height <h>', 'last height to scan (default: the latest block)')
    .option('--pool <id>', 'only this pool'))
    .action(async (...args: unknown[]) => {
      const o = env.opts<GlobalOpts & { fromHeight?: string; toHeight?: string; pool?: string }>(args[args.length - 1] as Command);
      if (o.pool !== undefined && !/^[1-9][0-9]{0,15}$/.test(o.pool)) throw new CliError(`invalid --pool ${JSON.stringify(o.pool)}`);
      let chain: Chain;
      try {
        chain = await Chain.connect(o.node);
      } catch (e) {
        throw new CliError(`cannot reach the node at ${o.node}: ${(e as Error).message}`);
      }
      try {
        const latest = await chain.height();
        const to = o.toHeight === undefined ? latest : int(o.toHeight, 'to-height');
        const from = o.fromHeight === undefined ? Math.max(1, to - 999) : int(o.fromHeight, 'from-height');
        if (from < 1 || to < from || to > latest) throw new CliError(`invalid height range ${from}..${to}: need 1 ≤ from ≤ to ≤ ${latest} (the latest block)`);
        if (to - from + 1 > MAX_SCAN_BLOCKS) throw new CliError(`height range ${from}..${to} spans ${to - from + 1} blocks; at most ${MAX_SCAN_BLOCKS} per call`);
        const events = await scanJit(chain, from, to, o.pool);
        env.output(o, { from_height: String(from), to_height: String(to), events }, () =>
          events.length === 0 ? `no JIT events in blocks ${from}..${to}` : `${events.length} JIT event(s) in blocks ${from}..${to}\n` +
            table(['height', 'pool', 'sender', 'liquidity', 'fees0', 'fees1', 'swap txs'], events.map((e) => [e.height, e.pool_id, e.sender, e.liquidity, e.fees0, e.fees1, e.swap_txs.join(' ')])));
      } finally {
        chain.disconnect();
      }
    });
}
