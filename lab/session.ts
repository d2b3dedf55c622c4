// `lab jit` end to end: a node (started here in a temp home, or --node URL with a funding key), the agents'
// keys, the run, the chain's balances checked against the rows, and the run folder.
import { Bip39, Random, sha256 } from '@cosmjs/crypto';
import { Chain, Signers } from './chain.js';
import { LocalNode } from './local_node.js';
import { AGENT_ROLES, GAS_DENOM, RISKY, runLab, STABLE, type Funding, type RunResult } from './run.js';
import { worlds, type Scenario } from './scenario.js';
import { figures } from './figures.js';
import { summary, writeRun, type Summary } from './outputs.js';
import { scanJit, type JitEvent } from './jit_events.js';

export interface SessionOptions {
  scenario: Scenario;
  out: string;
  /** Run against this node; the funder then signs with `funderMnemonic` (its HD path `funderHdPath`). */
  node?: string;
  funderMnemonic?: string;
  funderHdPath?: string;
  /** Block time of the node this session starts (ignored with `node`). */
  blockTime: string;
  /** The node's block interval in ms (for --node: the operator says; it decides when a round's swaps go out). */
  blockTimeMs: number;
  funding: Funding;
  onRound?: (done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface BalanceCheck {
  address: string;
  role: string;
  world: number;
  /** [risky, stable, gas]: funded + Σ rows = chain balance. */
  expected: [string, string, string];
  chain: [string, string, string];
  equal: boolean;
}

export interface SessionResult {
  dir: string;
  run: RunResult;
  summary: Summary & { balances: BalanceCheck[]; jitEvents: { detected: number; bundled: number; events: JitEvent[] } };
}

/** The agents' mnemonic for a seed: the same seed gives the same agents, hence the same signed bytes on a fresh node. */
export function labMnemonic(seed: number): string {
  return Bip39.encode(sha256(new TextEncoder().encode(`marketchain-lab/${seed}`)).slice(0, 16)).toString();
}

const AGENTS_FUND_BOUND = 10n ** 30n;

export async function runSession(o: SessionOptions): Promise<SessionResult> {
  const s = o.scenario;
  const count = 1 + worlds(s).length * (AGENT_ROLES.length + s.passiveCount);
  const log = o.log ?? (() => {});
  // On a shared node the agents' keys are fresh random ones (anyone knowing a seed could spend seeded keys there).
  const mnemonic = o.node ? Bip39.encode(Random.getBytes(16)).toString() : labMnemonic(s.seed);
  const signers = await Signers.fromMnemonic(mnemonic, count);
  let local: LocalNode | undefined;
  let funder: { signers: Signers; address: string } | undefined;
  if (o.node) {
    if (!o.funderMnemonic) throw new Error('--node needs --from: a key that funds the agents');
    const fs = await Signers.fromMnemonic(o.funderMnemonic, 1, () => o.funderHdPath ?? "m/44'/118'/0'/0/0");
    funder = { signers: fs, address: fs.addresses[0]! };
  } else {
    const n = BigInt(count) + 1n;
    const f = o.funding;
    if (f.risky > AGENTS_FUND_BOUND || f.stable > AGENTS_FUND_BOUND || f.gas > AGENTS_FUND_BOUND) throw new Error('funding per agent is at most 10^30 base units');
    local = await LocalNode.start(signers.addresses[0]!, `${f.risky * n}${RISKY},${f.gas * n}${GAS_DENOM},${f.stable * n}${STABLE}`, o.blockTime);
    log(`started marketchaind at ${local.url} (home ${local.home}, block time ${o.blockTime})`);
  }
  const url = o.node ?? local!.url;
  // Ctrl-C must not leave the lab's node running in its temp home.
  const onSignal = () => void local?.stop().finally(() => process.exit(130));
  if (local) process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  let conn: Chain | undefined;
  try {
    const chain = (conn = await Chain.connect(url));
    const run = await runLab({ scenario: s, chain, signers, funder, funding: o.funding, blockTimeMs: o.blockTimeMs, onRound: o.onRound, log });
    const balances: BalanceCheck[] = [];
    for (const a of run.agents) {
      const expected = [o.funding.risky + BigInt(a.total.d0), o.funding.stable + BigInt(a.total.d1), o.funding.gas + BigInt(a.total.gas)];
      const got = await Promise.all([RISKY, STABLE, GAS_DENOM].map((d) => chain.balance(a.address, d)));
      balances.push({ address: a.address, role: a.role, world: a.world, expected: expected.map(String) as [string, string, string], chain: got.map(String) as [string, string, string], equal: expected.every((x, i) => x === got[i]) });
    }
    // The Allium rule over the run's blocks finds exactly the bundles that landed.
    const events = (await scanJit(chain, run.startHeight + 1, run.endHeight)).filter((e) => run.worlds.some((w) => String(w.poolId) === e.pool_id));
    const jitEvents = { detected: events.length, bundled: run.worlds.reduce((a, w) => a + w.measured.bundled, 0), events };
    const figs = await figures(s, run);
    const sum = { ...summary(s, run, local ? `marketchaind started by the lab (block time ${o.blockTime})` : url, figs), balances, jitEvents };
    writeRun(o.out, run, sum, figs);
    return { dir: o.out, run, summary: sum };
  } finally {
    conn?.disconnect();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    await local?.stop();
  }
}
