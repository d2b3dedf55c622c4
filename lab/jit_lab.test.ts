// Issue 25 on one real node (the marketchaind binary the lab starts, in a temp home with 1 s blocks, so a
// loaded machine still lands every JIT bundle in its swap's block):
// short versions of the shipped scenarios through runSession, the same path as `marketchain lab jit
// --node`. Asserts the §2.4 numbers to the base unit, the direction of the β sweep, the complement at
// ζ = 0.4, the freeze band, and that the CSV and the fee split reconcile with the chain's own state.
import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Chain, Signers } from './chain.js';
import { LocalNode } from './local_node.js';
import { makeScenario } from './scenario.js';
import { labMnemonic, runSession, type SessionResult } from './session.js';
import { GAS_DENOM, RISKY, STABLE } from './run.js';

const SCENARIOS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lab', 'scenarios');
const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'main.js');
const scenario = (file: string, over: Record<string, unknown> = {}) => makeScenario({ ...JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')), ...over });
const FUNDING = { risky: 10n ** 15n, stable: 10n ** 18n, gas: 10n ** 9n };
const FUNDER = labMnemonic(4242);

let node: LocalNode;
let out: string;
test.before(async () => {
  const [funder] = (await Signers.fromMnemonic(FUNDER, 1)).addresses;
  node = await LocalNode.start(funder!, `${10n ** 19n}${RISKY},${10n ** 19n}${GAS_DENOM},${10n ** 22n}${STABLE}`, '1s');
  out = mkdtempSync(join(tmpdir(), 'lab-test-'));
});
test.after.always(async () => {
  await node?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

const session = (s: ReturnType<typeof scenario>, dir: string): Promise<SessionResult> =>
  runSession({ scenario: s, out: join(out, dir), node: node.url, funderMnemonic: FUNDER, blockTime: '1s', blockTimeMs: 1000, funding: FUNDING });

/** Parses rounds.csv (no quoted cells in the lab's columns). */
function csv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

test.serial('[lab/e2e]: §2.4 worked example on chain: output 24.859584 (24.285939 without JIT), JIT fee 134.999999 / 67.499999 / 0, passive fee 14.999999 / 82.499999 / 149.999999, JIT principal 877.626373 + 1,844,864.999957; CSV sums equal the chain balances', async (t) => {
  const r = await session(scenario('worked_example.json'), 'worked');
  const rows = csv(join(r.dir, 'rounds.csv'));
  const round = (w: number) => rows.find((x) => Number(x.world) === w && x.round === '1')!;
  const teardown = (w: number) => rows.find((x) => Number(x.world) === w && x.type === 'teardown')!;
  const expected: [number, string, string, string][] = [
    // world (β = 1, 0.5, 0), JIT fee, passive fee, dust left in the vault
    [0, '134999999', '14999999', '2'],
    [1, '67499999', '82499999', '2'],
    [2, '0', '149999999', '1'],
  ];
  for (const [w, jitFee, passiveFee, dust] of expected) {
    const x = round(w);
    t.is(x.jit_bundled, '1');
    t.is(x.trader_amount_out, '24859584');
    t.is(x.trader_fee1, '150000000');
    t.is(x.trader_fee_short1, String(135_000_000n * BigInt(Math.round(r.summary.worlds[w]!.world.beta * 1e6)) / 1_000_000n));
    t.is(x.jit_fees1_received ?? '', jitFee === '0' ? '0' : jitFee);
    // The JIT paid 900 risky + 1,799,999.999958 stable and got 877.626373 + 1,844,864.999957 back plus its fee.
    t.is(x.jit_d0, String(877_626_373n - 900_000_000n));
    t.is(x.jit_d1, String(1_844_864_999_957n - 1_799_999_999_958n + BigInt(jitFee)));
    t.is(teardown(w).passive_fees1_received, passiveFee);
    t.deepEqual(r.summary.worlds[w]!.fees.vaultLeft, ['0', dust]);
  }
  t.is(round(3).trader_amount_out, '24285939');
  t.is(round(3).jit_bundled ?? '', '');
  // Every agent's CSV columns add up to its balance on chain, per denom, to the base unit.
  const chain = await Chain.connect(node.url);
  t.teardown(() => chain.disconnect());
  for (const b of r.summary.balances) {
    const mine = rows.filter((x) => Number(x.world) === b.world);
    const sum = (col: string) => mine.reduce((a, x) => a + BigInt(x[col] || '0'), 0n);
    t.is(await chain.balance(b.address, RISKY), FUNDING.risky + sum(`${b.role}_d0`), `${b.role} risky`);
    t.is(await chain.balance(b.address, STABLE), FUNDING.stable + sum(`${b.role}_d1`), `${b.role} stable`);
    t.is(await chain.balance(b.address, GAS_DENOM), FUNDING.gas + sum(`${b.role}_gas`), `${b.role} gas`);
  }
  t.true(r.summary.reconciliation.every((x) => x.balanced), JSON.stringify(r.summary.reconciliation));
  // The pool holds only rounding residue once everyone left (spec §2.4: 2 base units of each token).
  for (const w of r.summary.worlds.slice(0, 3)) {
    const p = await chain.pool(w.poolId);
    t.deepEqual([p.reserve0, p.reserve1, p.liquidityLong, p.liquidityShort], [2n, 2n, 0n, 0n]);
  }
  // The Allium rule finds the three bundles, and so does the CLI's query over the same blocks.
  t.deepEqual([r.summary.jitEvents.detected, r.summary.jitEvents.bundled], [3, 3]);
  const q = spawnSync(process.execPath, [CLI, 'query', 'amm', 'jit-events', '--node', node.url, '--from-height', String(Number(round(0).height_a) - 1), '--to-height', round(0).height_b!, '-o', 'json'], { encoding: 'utf8' });
  t.is(q.status, 0, q.stderr);
  const ev = JSON.parse(q.stdout).events.filter((e: any) => r.summary.worlds.slice(0, 3).some((w) => String(w.poolId) === e.pool_id));
  t.deepEqual(ev.map((e: any) => [e.height, e.tier, e.fees1, e.amount0_out]).sort(), expected.map(([w, jitFee]) => [Number(round(w).height_a), 'short', jitFee, '877626373']).sort());
  t.true(r.summary.figures.includes('fees_vs_beta'));
  t.regex(readFileSync(join(r.dir, 'fees_vs_beta.svg'), 'utf8'), /^<svg/);
  t.regex(readFileSync(join(r.dir, 'index.html'), 'utf8'), /<img src="fees_vs_beta.svg"/);
});

test.serial('[lab/e2e]: ζ = 0.01, π = 1: passive per-unit P&L lower with a JIT at β = 1 than without, rising as β falls to 0; ζ = 0.4: the JIT complements (R(1) ≥ R(0)); JIT sized by 𝓛*, R, surplus and welfare as predicted', async (t) => {
  const r = await session(scenario('beta_sweep.json', { rounds: 3, passiveCount: 1, sweep: { beta: [1, 0.5, 0], zeta: [0.01, 0.4] } }), 'sweep');
  const w = (beta: number | null, zeta: number) => r.summary.worlds.find((x) => x.world.zeta === zeta && (beta === null ? !x.world.jit : x.world.jit && x.world.beta === beta))!;
  for (const x of r.summary.worlds) if (x.world.jit) t.true(x.measured.bundled >= 1, `${x.world.label}: no bundle landed`);
  const pnl = (beta: number | null) => w(beta, 0.01).measured.passivePnlPerUnit;
  t.true(pnl(1) < pnl(null), `β=1 ${pnl(1)} vs no JIT ${pnl(null)}`);
  t.true(pnl(1) < pnl(0.5) && pnl(0.5) < pnl(0), `${pnl(1)} < ${pnl(0.5)} < ${pnl(0)}`);
  t.true(w(1, 0.01).measured.R < w(null, 0.01).measured.R);
  t.true(w(1, 0.4).measured.R >= w(null, 0.4).measured.R, `ζ=0.4: R(1) ${w(1, 0.4).measured.R} vs R(0) ${w(null, 0.4).measured.R}`);
  // The JIT's multiple is 𝓛*(d) − 1 of the closed form, up to the chain's integer amounts.
  for (const beta of [1, 0.5, 0]) {
    const x = w(beta, 0.01);
    t.true(Math.abs(x.measured.ell - x.predicted.ell) < 1e-3 * x.predicted.ell, `${x.world.label}: ℓ ${x.measured.ell} vs ${x.predicted.ell}`);
    t.true(Math.abs(x.measured.R - x.predicted.R) < 0.01 * x.predicted.R, `${x.world.label}: R ${x.measured.R} vs ${x.predicted.R}`);
  }
  // Trader surplus and welfare (buys and mirrored sells) match the closed form in every world.
  for (const x of r.summary.worlds) {
    t.true(Math.abs(x.measured.traderSurplus - x.predicted.surplus) < 1e-3 * x.predicted.surplus, `${x.world.label}: surplus ${x.measured.traderSurplus} vs ${x.predicted.surplus}`);
    t.true(Math.abs(x.measured.welfare - x.predicted.welfare) < 1e-3 * x.predicted.welfare, `${x.world.label}: welfare ${x.measured.welfare} vs ${x.predicted.welfare}`);
  }
  t.true(r.summary.reconciliation.every((x) => x.balanced), JSON.stringify(r.summary.reconciliation));
  t.true(r.summary.balances.every((b) => b.equal));
  t.true(r.summary.figures.includes('ratio_vs_zeta') && r.summary.figures.includes('welfare_vs_beta'));
});

test.serial('[lab/e2e]: freeze band (δ = 2 %, ζ = 0.01, α = 0.115, ᾱ rule): passive liquidity leaves at β = 1, stays at β = 0 and without a JIT', async (t) => {
  const r = await session(scenario('freeze_band.json', { rounds: 2, passiveCount: 1, sweep: { beta: [1, 0], alpha: [0.115] } }), 'freeze');
  const w = (beta: number | null) => r.summary.worlds.find((x) => (beta === null ? !x.world.jit : x.world.jit && x.world.beta === beta))!;
  t.is(w(1).measured.finalPassiveL, '0');
  t.not(w(0).measured.finalPassiveL, '0');
  t.not(w(null).measured.finalPassiveL, '0');
  t.true(w(1).predicted.alphaBar < 0.115 && 0.115 < w(null).predicted.alphaBar && 0.115 < w(0).predicted.alphaBar);
  // After leaving, the pool is frozen: no trade in round 2 at β = 1.
  const rows = csv(join(r.dir, 'rounds.csv'));
  t.is(rows.find((x) => Number(x.world) === w(1).world.index && x.round === '2')!.type, 'frozen');
  t.true(r.summary.reconciliation.every((x) => x.balanced));
  t.true(r.summary.balances.every((b) => b.equal));
  t.true(r.summary.figures.includes('liquidity_over_time'));
});

test.serial('[lab/e2e]: trailing-P&L rule: at each decision a passive LP leaves iff its per-unit P&L over the last K completed rounds summed below 0, and re-enters to probe K rounds later', async (t) => {
  const r = await session(scenario('freeze_band.json', { rounds: 4, passiveCount: 1, passiveRule: 'pnl', decideEvery: 2, sweep: { beta: [1, 0], alpha: [1, 0] } }), 'pnl');
  const rows = csv(join(r.dir, 'rounds.csv'));
  let left = 0;
  for (const w of r.summary.worlds) {
    const mine = rows.filter((x) => Number(x.world) === w.world.index);
    const at = (n: number) => mine.find((x) => x.round === String(n))!;
    // The decision in round 2's second block sees rounds 0 (setup, no P&L) and 1.
    const trailing = Number(at(1).passive_pnl_unit);
    t.is(at(2).passive_L_after === '0', trailing < 0, `${w.world.label}: trailing ${trailing}, L after ${at(2).passive_L_after}`);
    if (trailing < 0) {
      left++;
      t.is(at(3).type, 'frozen');
      t.not(at(4).passive_L_after, '0'); // probes again at the next decision
    }
  }
  // All-informed flow (α = 1) loses to adverse selection and leaves; all-uninformed flow earns fees and stays.
  t.is(left, r.summary.worlds.filter((w) => w.world.alpha === 1).length);
  t.is(left, 3);
  t.true(r.summary.reconciliation.every((x) => x.balanced));
  t.true(r.summary.balances.every((b) => b.equal));
});

test.serial('[lab/e2e]: `marketchain lab jit --node URL --from KEY -o json` runs a scenario with flag overrides and writes the run folder; bad flags fail before any tx; jit-events refuses a bad range or pool', async (t) => {
  const home = join(out, 'cli-home');
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args, '--home', home, '--keyring-backend', 'test'], { encoding: 'utf8', input, timeout: 120_000 });
  t.is(cli(['keys', 'add', 'funder', '--recover'], FUNDER + '\n').status, 0);
  const dir = join(out, 'cli-run');
  const r = cli(['lab', 'jit', '--scenario', join(SCENARIOS, 'worked_example.json'), '--beta', '0.5', '--node', node.url, '--block-time', '1s', '--from', 'funder', '--out', dir, '-o', 'json']);
  t.is(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  t.true(j.reconciled);
  t.deepEqual(j.worlds.map((w: any) => w.label), ['β=0.5 ζ=0.01 π=1 α=0', 'no JIT ζ=0.01 α=0']);
  t.is(j.worlds[0].measured.bundled, 1);
  const rows = csv(join(dir, 'rounds.csv'));
  t.is(rows.find((x) => x.world === '0' && x.round === '1')!.passive_fees1_received ?? '', '');
  t.is(rows.find((x) => x.world === '0' && x.type === 'teardown')!.passive_fees1_received, '82499999');
  t.true(['rounds.csv', 'summary.json', 'index.html', 'liquidity_over_time.svg', 'liquidity_over_time.png'].every((f) => readFileSync(join(dir, f)).length > 0));

  const bad = cli(['lab', 'jit', '--beta', '2']);
  t.is(bad.status, 1);
  t.is(bad.stderr, 'Error: invalid --beta "2": comma-separated numbers in [0, 1]\n');
  const noFrom = cli(['lab', 'jit', '--node', node.url, '--rounds', '1']);
  t.is(noFrom.stderr, 'Error: --node needs --from: the key that funds the agents\n');
  const range = cli(['query', 'amm', 'jit-events', '--node', node.url, '--from-height', '5', '--to-height', '2']);
  t.is(range.status, 1);
  t.regex(range.stderr, /^Error: invalid height range 5\.\.2: need 1 ≤ from ≤ to ≤ \d+ \(the latest block\)\n$/);
  const wide = cli(['query', 'amm', 'jit-events', '--node', node.url, '--from-height', '1', '--to-height', '1', '--pool', 'x']);
  t.is(wide.stderr, 'Error: invalid --pool "x"\n');
  const sweep = cli(['lab', 'jit', '--beta', '1,0.9,0.8,0.7,0.6,0.5', '--alpha', '0,0.1,0.2,0.3,0.4']);
  t.is(sweep.stderr, 'Error: invalid scenario: the sweep makes 35 worlds; at most 24 run on one node\n');
});

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts', 'lab');

// Debian's chromium, headless: the run's index.html (the β × ζ sweep of the second test) in an iframe of a
// checker page that reports every <img>'s natural size once all have loaded; a screenshot is kept in
// dist/test-artifacts/lab/.
(existsSync(CHROMIUM) ? test.serial : test.serial.skip)('[lab/e2e]: index.html in headless Chromium: every figure of the run renders (SVG decoded, non-zero size); screenshot kept', (t) => {
  const dir = join(out, 'sweep');
  const figs = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).figures as string[];
  t.deepEqual([...figs].sort(), ['fees_vs_beta', 'liquidity_over_time', 'pnl_vs_beta', 'ratio_vs_zeta', 'welfare_vs_beta']);
  const checker = join(out, 'check.html');
  writeFileSync(checker, `<html><body><iframe id="f" width="1200" height="3000" src="${pathToFileURL(join(dir, 'index.html')).href}"></iframe><script>
    const f = document.getElementById('f');
    f.onload = () => {
      const imgs = [...f.contentDocument.images];
      const wait = () => imgs.every((i) => i.complete) ? document.body.setAttribute('data-result', JSON.stringify(imgs.map((i) => [i.getAttribute('src'), i.naturalWidth, i.naturalHeight]))) : setTimeout(wait, 50);
      wait();
    };
  </script></body></html>`);
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--virtual-time-budget=20000'];
  const dom = spawnSync(CHROMIUM, [...flags, '--dump-dom', pathToFileURL(checker).href], { encoding: 'utf8', timeout: 120_000 });
  t.is(dom.status, 0, dom.stderr.slice(-2000));
  const m = /data-result="([^"]*)"/.exec(dom.stdout);
  t.truthy(m, 'the checker page reported no result');
  const imgs = JSON.parse(m![1]!.replace(/&quot;/g, '"')) as [string, number, number][];
  t.deepEqual(imgs.map(([src]) => src).sort(), figs.map((f) => `${f}.svg`).sort());
  for (const [src, w, h] of imgs) t.true(w > 300 && h > 200, `${src} rendered at ${w}×${h}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const shot = join(ARTIFACTS, 'index.png');
  const r = spawnSync(CHROMIUM, [...flags, '--window-size=1200,2600', `--screenshot=${shot}`, pathToFileURL(join(dir, 'index.html')).href], { encoding: 'utf8', timeout: 120_000 });
  t.is(r.status, 0, r.stderr.slice(-2000));
  t.true(statSync(shot).size > 10_000);
});
