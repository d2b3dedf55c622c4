// End to end, sealed mode (issue 26), on the real node process with the committed dev keys: two dealers
// seal EX1 with `marketchain tx repo seal` (proof A made in the CLI process), the agent selects with
// `marketchain repo agent --once` (decrypt, proof B; a second round proves NO_TRADE), clients accept, RM repurchases: balances exactly as
// the public-mode e2e. Then a privacy scan of every block, result, tx_search answer, query, REST answer,
// the mempool and the state export for the plaintext in every encoding; both sealed timeouts with exact
// balances; hostile seals (forged proof, a proof from another round, a ciphertext not its hash) refused
// with their own codes while the node goes on.
import test from 'ava';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { assertIsDeliverTxSuccess, BroadcastTxError, defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { marketchain } from '../../proto/repo.js';
import { splitInterest, TYPE_URLS } from '../../modules/repo/msgs.js';
import { fieldsToBytes, fieldToBytes, reportFields, ROLE_MM, ROLE_RM } from '../../modules/repo/math/sealed.js';
import type { SchedulePoint } from '../../modules/repo/math/schedule.js';
import { decodePublicKey, encodePublicKey, generateAgentKey, releaseZk, sealReport, sealedToBytes, type BabyPoint } from '../../zk/index.js';
import { CLI_BIN, runNodeCmd, TestNode } from '../helpers/node_process.js';
import { proofTxGas } from '../../cli/repo_params.js';
import { defaultParams } from '../../modules/repo/params.js';

const V1 = marketchain.repo.v1;
const ROOT = new URL('../../../', import.meta.url);
const NEED = ['circuits/build/seal.wasm', 'circuits/build/select.wasm', 'circuits/keys/seal.zkey', 'circuits/keys/select.zkey', 'circuits/keys/seal.vkey.json'].filter((f) => !existsSync(new URL(f, ROOT)));
const maybe = NEED.length === 0 && existsSync(CLI_BIN) ? test.serial : test.serial.skip;
if (NEED.length > 0) console.log(`e2e/repo-sealed: skipped, missing ${NEED.join(', ')} (npm run build)`);

const REPO_TYPES: [string, GeneratedType][] = [
  [TYPE_URLS.openRound, V1.MsgOpenRound as any], [TYPE_URLS.registerAgent, V1.MsgRegisterAgent as any], [TYPE_URLS.sealReport, V1.MsgSealReport as any], [TYPE_URLS.select, V1.MsgSelect as any],
];
const pts = (xs: [number, number][]): SchedulePoint[] => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));
// EX1 (the public e2e's schedules); hurdles below every feasible spread, so the same trade as public mode
const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const H_MM = 37n;
const H_RM = 53n;
const LOT = 1_000_000_000n;
const TENOR = 100;
const BOND = 2_585_490n; // ceil(50 × 10⁹ × 100,000 × 100 / (10⁴ × 31,536,000)) + 1,000,000, as the public e2e
const AGENT_BOND = 1_000_000n;
/** A seal asks its fixed verification gas (the CLI's default), other txs a small limit. */
const gasOf = (typeUrl: string) => (typeUrl === TYPE_URLS.sealReport ? proofTxGas(defaultParams(), 'seal') : 3_000_000); // dev params agent_bond
const FUND = 100_000_000_000n;

let node: TestNode;
test.before(async () => {
  if (NEED.length === 0) node = await TestNode.start();
});
test.after.always(async () => {
  await releaseZk();
  await node?.destroy();
});

type Who = { address: string; client: SigningStargateClient };
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const scheduleFile = (points: SchedulePoint[], hurdle: bigint) => JSON.stringify({ hurdle_bps: Number(hurdle), points: points.map((p) => ({ rate_bps: Number(p.rateBps), qty: Number(p.qty) })) });

/** Every encoding of a report (and its salt, when known) that must never appear on chain. */
function needles(label: string, points: SchedulePoint[], hurdle: bigint, salt?: bigint): { label: string; bytes: Buffer }[] {
  const f = reportFields(hurdle, points);
  const qty = points.map((p) => p.qty);
  const rate = points.map((p) => p.rateBps);
  const bin: [string, Uint8Array][] = [
    ['field vector (32-byte words)', fieldsToBytes(f)], ['qty words', fieldsToBytes(qty)], ['rate words', fieldsToBytes(rate)], ['hurdle ‖ n words', fieldsToBytes([hurdle, BigInt(points.length)])],
    ['points as public-mode protobuf', V1.MsgRevealReport.encode({ points: points.map((p) => ({ rateBps: Number(p.rateBps), qty: Number(p.qty) })) }).finish()],
  ];
  if (salt !== undefined) bin.push(['salt word', fieldToBytes(salt)], ['plaintext with salt', fieldsToBytes([...f, salt])]);
  const text: [string, string][] = [
    ['decimal field vector', f.join(',')], ['decimal field vector (JSON)', JSON.stringify(f.map(String))], ['decimal qty', qty.join(',')], ['decimal rates', rate.join(',')],
    ['schedule file', scheduleFile(points, hurdle)], ['public JSON point', `"rate_bps":${rate[1]},"qty":${qty[1]}`], ['public JSON point (camel)', `"rateBps":${rate[1]},"qty":${qty[1]}`],
    ['public JSON point (strings)', `"rate_bps":"${rate[1]}","qty":"${qty[1]}"`], ['hurdle JSON', `"hurdle_bps":${hurdle}`], ['hurdle JSON (camel)', `"hurdleBps":${hurdle}`],
    ...bin.map(([k, b]): [string, string] => [`${k} (hex)`, hex(b)]), ...bin.map(([k, b]): [string, string] => [`${k} (HEX)`, hex(b).toUpperCase()]),
  ];
  if (salt !== undefined) text.push(['salt decimal', salt.toString()], ['salt hex', salt.toString(16)]);
  return [...bin.map(([k, b]) => ({ label: `${label} ${k}`, bytes: Buffer.from(b) })), ...text.map(([k, s]) => ({ label: `${label} ${k}`, bytes: Buffer.from(s) }))];
}

/** The needles found in `data` and, recursively, in every base64 or hex string of it when it is JSON. */
function leaks(data: string | Uint8Array, ns: { label: string; bytes: Buffer }[]): string[] {
  const found = new Set<string>();
  const scanBuf = (b: Buffer) => {
    for (const n of ns) if (b.indexOf(n.bytes) >= 0) found.add(n.label);
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      scanBuf(Buffer.from(v));
      if (v.length >= 16 && v.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(v)) scanBuf(Buffer.from(v, 'base64'));
      if (v.length >= 32 && v.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(v)) scanBuf(Buffer.from(v, 'hex'));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const buf = Buffer.from(data);
  scanBuf(buf);
  if (typeof data === 'string') {
    try {
      walk(JSON.parse(data));
    } catch {
      // not JSON: the raw scan above is the whole scan
    }
  }
  return [...found];
}

maybe('[e2e/repo-sealed]: CLI seal ×2, agent --once (MATCHED, and NO_TRADE in another round), accept, repurchase (exact, as public mode); nothing of either report on chain, in the mempool or the export; both timeouts exact; hostile seals refused', async (t) => {
  const t0 = Date.now();
  const registry = new Registry([...defaultRegistryTypes, ...REPO_TYPES]);
  const opts = { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 };
  const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const dev = await SigningStargateClient.connectWithSigner(node.url, devWallet, opts);
  const dir = mkdtempSync(join(tmpdir(), 'repo-sealed-e2e-'));

  // Round 1's parties and agent live in the CLI's keyring; rounds 2–4 (timeouts, hostile) are driven
  // in-process with cosmjs and proofs made here.
  const cliKeys = ['sbdmm', 'sbdrm', 'smm', 'srm', 'sagent'] as const;
  const addr: Record<string, string> = {};
  for (const k of cliKeys) addr[k] = node.cliJson(['keys', 'add', k, '--keyring-backend', 'test']).address;
  const who: Record<string, Who> = {};
  for (const k of ['b_bdmm', 'b_bdrm', 'b_mm', 'b_rm', 'c_bdmm', 'c_bdrm', 'c_mm', 'c_rm', 'd_bdmm', 'd_bdrm', 'd_mm', 'd_rm', 'agent2']) {
    const w = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
    addr[k] = (await w.getAccounts())[0]!.address;
    who[k] = { address: addr[k]!, client: await SigningStargateClient.connectWithSigner(node.url, w, opts) };
  }
  // round 4's clients move 20 lots of 10⁹; the others only bonds
  const amount = (k: string) => {
    const f = (cliKeys as readonly string[]).includes(k) ? FUND : FUND / 10n;
    return [{ denom: 'uatom', amount: f.toString() }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: f.toString() }];
  };
  await node.height();
  assertIsDeliverTxSuccess(await dev.signAndBroadcast(node.devAddress, Object.entries(addr).map(([k, a]) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: node.devAddress, toAddress: a, amount: amount(k) } })), 'auto'));
  const bal = async (k: string) => {
    const res = await node.rpc('abci_query', { path: '/cosmos.bank.v1beta1.Query/AllBalances', data: hex(QueryAllBalancesRequest.encode({ address: addr[k]!, resolveDenom: false }).finish()) });
    return Object.fromEntries(QueryAllBalancesResponse.decode(Buffer.from(res.response.value, 'base64')).balances.map((c) => [c.denom, BigInt(c.amount)]));
  };
  const start: Record<string, Record<string, bigint>> = {};
  for (const k of Object.keys(addr)) start[k] = await bal(k);
  const round = async (id: number) => {
    const res = await node.rpc('abci_query', { path: '/marketchain.repo.v1.Query/Round', data: hex(V1.QueryRoundRequest.encode({ roundId: id }).finish()) });
    return V1.QueryRoundResponse.decode(Buffer.from(res.response.value, 'base64')).round!;
  };
  const agentOf = async (a: string) => {
    const res = await node.rpc('abci_query', { path: '/marketchain.repo.v1.Query/Agent', data: hex(V1.QueryAgentRequest.encode({ address: a }).finish()) });
    return V1.QueryAgentResponse.decode(Buffer.from(res.response.value, 'base64')).agent!;
  };
  const send = async (k: string, typeUrl: string, value: object) => {
    const r = await who[k]!.client.signAndBroadcast(who[k]!.address, [{ typeUrl, value: { sender: who[k]!.address, ...value } }], { amount: [], gas: String(gasOf(typeUrl)) });
    assertIsDeliverTxSuccess(r);
    return r;
  };
  /** CheckTx's refusal of a tx (code and codespace), or 'accepted'. */
  const refusal = async (k: string, typeUrl: string, value: object) => {
    try {
      // Past the node's CheckTx pairing budget a seal is admitted unverified and the block refuses it.
      const r = await who[k]!.client.signAndBroadcast(who[k]!.address, [{ typeUrl, value: { sender: who[k]!.address, ...value } }], { amount: [], gas: String(gasOf(typeUrl)) });
      return r.code === 0 ? 'accepted' : `${/\(repo\/\d+\)|codespace: repo|repo\//.test(r.rawLog ?? '') ? 'repo' : '?'}/${r.code}`;
    } catch (e) {
      if (e instanceof BroadcastTxError) return `${e.codespace}/${e.code}`;
      throw e;
    }
  };
  const openMsg = (set: string, agent: string, commitBlocks: number, revealBlocks: number) => ({
    bdMm: addr[`${set}_bdmm`], bdRm: addr[`${set}_bdrm`], mmClient: addr[`${set}_mm`], rmClient: addr[`${set}_rm`], cashDenom: 'uusdc', collateralDenom: 'uatom',
    lotSize: LOT.toString(), tenorBlocks: TENOR, maxQty: 50, bond: `${BOND}uusdc`, commitBlocks, revealBlocks, acceptBlocks: 400, privacy: 1, agent,
  });
  const roundIdOf = (r: { msgResponses: { value: Uint8Array }[] }) => Number(V1.MsgOpenRoundResponse.decode(r.msgResponses[0]!.value).roundId);

  // ---- rounds 1 (a dealer never seals), 2 (the agent never selects) and 3 (hostile seals); agent2 never runs
  const agent2 = generateAgentKey();
  await send('agent2', TYPE_URLS.registerAgent, { encPubkey: encodePublicKey(agent2.pub), bond: `${4n * AGENT_BOND}uusdc` });
  const r2 = roundIdOf(await send('b_bdmm', TYPE_URLS.openRound, openMsg('b', addr.agent2!, 150, 10)));
  const r3 = roundIdOf(await send('c_bdmm', TYPE_URLS.openRound, openMsg('c', addr.agent2!, 150, 10)));
  const r4 = roundIdOf(await send('d_bdmm', TYPE_URLS.openRound, openMsg('d', addr.agent2!, 1000, 10)));
  t.deepEqual([r2, r3, r4], [1, 2, 3]);
  const seal = async (id: number, role: bigint, points: SchedulePoint[], hurdleBps: bigint, agentPub: BabyPoint = agent2.pub) => {
    const s = await sealReport({ roundId: BigInt(id), role, maxQty: 50n, maxRateBps: 100_000n, maxHurdleBps: 100_000n, hurdleBps, points, agentPub });
    const b = sealedToBytes(s);
    return { s, msg: { roundId: id, commitment: b.commitment, ciphertext: b.ciphertext, ephPubkey: b.ephPub, proof: b.proof, ciphertextHash: b.ciphertextHash } };
  };
  const s2mm = await seal(r2, ROLE_MM, D, H_MM);
  const s3mm = await seal(r3, ROLE_MM, D, H_MM);
  const s3rm = await seal(r3, ROLE_RM, S, H_RM);
  const s4mm = await seal(r4, ROLE_MM, D, H_MM);
  await send('b_bdmm', TYPE_URLS.sealReport, s2mm.msg);
  await send('c_bdmm', TYPE_URLS.sealReport, s3mm.msg);
  const sealed3 = await send('c_bdrm', TYPE_URLS.sealReport, s3rm.msg);
  t.is(V1.MsgSealReportResponse.decode(sealed3.msgResponses[0]!.value).phase, 'SEALED');

  // hostile seals in round 3 by its own BDmm: each refused at CheckTx with its own code, nothing changes
  const swapped = new Uint8Array(s4mm.msg.proof);
  swapped.set(s4mm.msg.proof.subarray(0, 64), 192); // A and C exchanged: both curve points, the pairing fails
  swapped.set(s4mm.msg.proof.subarray(192, 256), 0);
  t.is(await refusal('d_bdmm', TYPE_URLS.sealReport, { ...s4mm.msg, proof: swapped }), 'repo/32', 'forged proof');
  // round 2's accepted seal replayed into round 3: refused from the accepted-proof index before any pairing
  t.is(await refusal('d_bdmm', TYPE_URLS.sealReport, { ...s3mm.msg, roundId: r4 }), 'repo/39', "round 2's valid seal replayed into round 3");
  // an accepted commitment reused under another proof: refused the same way
  t.is(await refusal('d_bdmm', TYPE_URLS.sealReport, { ...s4mm.msg, commitment: s3mm.msg.commitment }), 'repo/39', "round 2's accepted commitment reused in round 3");
  const ct = new Uint8Array(s4mm.msg.ciphertext);
  ct[31] = ct[31]! ^ 1; // one word of the ciphertext changed (still below r); ciphertext_hash is the proven one's
  t.is(await refusal('d_bdmm', TYPE_URLS.sealReport, { ...s4mm.msg, ciphertext: ct }), 'repo/38', 'ciphertext that is not its hash');
  t.is((await round(r4)).bondMmHeld, false);
  const ok4 = await send('d_bdmm', TYPE_URLS.sealReport, s4mm.msg); // the node is up and the genuine seal commits
  t.is(ok4.code, 0);
  t.is((await round(r4)).bondMmHeld, true);

  // ---- round 4: the CLI round
  const files = { mm: join(dir, 'mm.json'), rm: join(dir, 'rm.json'), bad: join(dir, 'bad.json'), key: join(dir, 'agent.key'), save: join(dir, 'mm.save') };
  writeFileSync(files.mm, scheduleFile(D, H_MM));
  writeFileSync(files.rm, scheduleFile(S, H_RM));
  writeFileSync(files.bad, JSON.stringify({ hurdle_bps: 0, points: [{ rate_bps: 500, qty: 10 }, { rate_bps: 550, qty: 20 }] }));
  const key = node.cliJson(['repo', 'agent-key', '--key', files.key]);
  t.regex(key.enc_pubkey, /^[0-9a-f]{128}$/);
  t.is(statSync(files.key).mode & 0o777, 0o600);
  t.is(node.cli(['repo', 'agent-key', '--key', files.key]).stderr, `Error: ${files.key} already exists: not replacing it\n`);
  const tx = (args: string[]) => {
    const r = node.cliJson(['tx', ...args, '-y']);
    t.is(r.code, 0, `${args.join(' ')}: ${r.raw_log}`);
    return r;
  };
  const ev = (r: any, type: string) => Object.fromEntries((r.events as any[]).find((e) => e.type === type)!.attributes.map((x: any) => [x.key, x.value]));
  tx(['repo', 'register-agent', '--enc-pubkey', key.enc_pubkey, '--bond', '5000000uusdc', '--from', 'sagent']);
  const opened = tx(['repo', 'open', '--bd-mm', 'sbdmm', '--bd-rm', 'sbdrm', '--mm-client', 'smm', '--rm-client', 'srm', '--cash-denom', 'uusdc', '--collateral-denom', 'uatom',
    '--lot-size', LOT.toString(), '--tenor-blocks', String(TENOR), '--max-qty', '50', '--commit-blocks', '400', '--reveal-blocks', '400', '--accept-blocks', '400',
    '--privacy', 'sealed', '--agent', 'sagent', '--from', 'sbdmm']);
  const id = ev(opened, 'repo.round_opened').round_id as string;
  t.is(id, '4');
  t.like(ev(opened, 'repo.round_opened'), { privacy: 'sealed', agent: addr.sagent, bond: `${BOND}uusdc` });

  // round 5 (set d, also naming sagent), sealed here: a hurdle above every spread, so the agent proves NO_TRADE
  await node.height(); // drains keep-alive sockets the node closed while the cli() calls blocked the event loop
  const r5 = roundIdOf(await send('d_bdmm', TYPE_URLS.openRound, openMsg('d', addr.sagent!, 1000, 400)));
  t.is(r5, 5);
  const sagentPub = decodePublicKey(Buffer.from(key.enc_pubkey, 'hex'))!;
  const s5mm = await seal(r5, ROLE_MM, D, 1000n, sagentPub);
  const s5rm = await seal(r5, ROLE_RM, S, H_RM, sagentPub);
  await send('d_bdmm', TYPE_URLS.sealReport, s5mm.msg);
  await send('d_bdrm', TYPE_URLS.sealReport, s5rm.msg);

  // a report the circuit would reject is refused before any proving
  const bad = node.cli(['tx', 'repo', 'seal', id, '--schedule', files.bad, '--from', 'sbdrm', '-y']);
  t.is(bad.code, 1);
  t.is(bad.stderr, `Error: invalid input: your rm report cannot be sealed in round 4 (max_qty 50, max_rate_bps 100000, max_hurdle_bps 100000, at most 16 points): point 1 rate 550 bps is not below point 0 rate 500 bps\n`);

  // BDmm seals with -b sync while the mempool is read back to back (the tx waits there for the next block)
  await node.height();
  const mempool: string[] = [];
  const sealMm = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, [CLI_BIN, 'tx', 'repo', 'seal', id, '--schedule', files.mm, '--save', files.save, '--from', 'sbdmm', '-y', '-b', 'sync', '-o', 'json', '--home', node.home, '--node', node.url]);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    let exited = false;
    p.on('exit', (code) => {
      exited = true;
      setTimeout(() => resolve({ code, stdout, stderr }), 1500);
    });
    const poll = async () => {
      for (let i = 0; i < 5000; i++) {
        const r = await fetch(node.url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'unconfirmed_txs', params: { limit: '100' } }) }).then((x) => x.text()).catch(() => '');
        if (/"n_txs":"?[1-9]/.test(r)) mempool.push(r);
        if (exited) break;
        await new Promise((res) => setTimeout(res, 2));
      }
    };
    void poll();
  });
  t.is(sealMm.code, 0, sealMm.stderr);
  t.regex(sealMm.stderr, /round 4: sealing your mm report \(5 points\) to agent mkt1[0-9a-z]+: proving…\nround 4: proof A made in [0-9.]+ s; commitment [0-9a-f]{64}\n/);
  const mmHash = JSON.parse(sealMm.stdout).txhash as string;
  t.is(statSync(files.save).mode & 0o777, 0o600);
  const saved = JSON.parse(readFileSync(files.save, 'utf8'));
  t.like(saved, { round_id: '4', role: 'mm', hurdle_bps: '37' });
  const mmSalt = BigInt(`0x${saved.salt}`);
  t.true(mempool.length > 0, 'the seal was seen in the mempool');
  await node.waitTx(mmHash);
  const sealRm = tx(['repo', 'seal', id, '--schedule', files.rm, '--from', 'sbdrm']);
  t.like(ev(sealRm, 'repo.report_sealed'), { role: 'rm', phase: 'SEALED' });

  // the agent refuses a key file that is not its registered key, and skips a round too close to its deadline
  const other = join(dir, 'other.key');
  node.cliJson(['repo', 'agent-key', '--key', other]);
  const wrong = node.cli(['repo', 'agent', '--key', other, '--from', 'sagent', '-y', '--once']);
  t.is(wrong.code, 1);
  t.regex(wrong.stderr, /^Error: the key in .*other\.key \([0-9a-f]{128}\) is not the one registered for mkt1[0-9a-z]+ \([0-9a-f]{128}\): dealers encrypt to the registered key\n$/);
  const close = node.cli(['repo', 'agent', '--key', files.key, '--from', 'sagent', '-y', '--once', '--min-blocks', '100000']);
  t.is(close.code, 1);
  t.regex(close.stderr, /round 4: select deadline \d+ is \d+ block\(s\) away \(height \d+, --min-blocks 100000\): too close, skipped\n/);
  t.is((await round(4)).phase, 'SEALED');

  // the agent: one pass, selects rounds 4 (MATCHED) and 5 (NO_TRADE); rounds 1–3 name agent2
  const ag = node.cli(['repo', 'agent', '--key', files.key, '--from', 'sagent', '-y', '--once']);
  t.is(ag.code, 0, ag.stderr);
  t.regex(ag.stderr, /round 4: both sealed \(select deadline \d+, height \d+\); reading the seals…\n.*round 4: decrypting…\n.*round 4: proving the selection…\n.*round 4: proof B made in [0-9.]+ s \(MATCHED q=20 r_mm=140 r_rm=450\); submitting…\n.*round 4: selected MATCHED q=20 r_mm=140 r_rm=450 \(tx [0-9A-F]{64}, height \d+\)\n/);
  t.regex(ag.stderr, /round 5: proof B made in [0-9.]+ s \(NO_TRADE\); submitting…\n.*round 5: selected NO_TRADE \(tx [0-9A-F]{64}, height \d+\)\n/);
  t.notRegex(ag.stderr, /round [123]:/);
  t.like(await round(r5), { phase: 'NO_TRADE', bondMmHeld: false, bondRmHeld: false, agentBondHeld: false });
  const again = node.cli(['repo', 'agent', '--key', files.key, '--from', 'sagent', '-y', '--once']);
  t.is(again.code, 0, again.stderr);
  t.notRegex(again.stderr, /round [45]:/);
  const matched = node.cliJson(['query', 'repo', 'round', id]);
  t.like(matched, { phase: 'MATCHED', selection: { trade: true, q: 20, rMmBps: 140, rRmBps: 450, rBdX2: 590, hurdleBps: 0 } });
  t.like(await agentOf(addr.sagent!), { bond: '5000000uusdc', openRounds: 0 });

  // the daemon (no --once) stops cleanly on SIGTERM
  const daemon = spawn(process.execPath, [CLI_BIN, 'repo', 'agent', '--key', files.key, '--from', 'sagent', '-y', '--poll', '200', '--home', node.home, '--node', node.url]);
  let dlog = '';
  daemon.stderr.on('data', (d) => (dlog += d));
  const exited = new Promise<number | null>((res) => daemon.on('exit', (code) => res(code)));
  for (let i = 0; i < 200 && !/watching sealed rounds every 200 ms/.test(dlog); i++) await new Promise((res) => setTimeout(res, 50));
  await new Promise((res) => setTimeout(res, 500));
  daemon.kill('SIGTERM');
  t.is(await exited, 0, dlog);
  t.regex(dlog, /SIGTERM: stopping after the current step\n.*agent mkt1[0-9a-z]+: stopped\n$/);

  tx(['repo', 'accept', id, '--from', 'smm']);
  const started = tx(['repo', 'accept', id, '--from', 'srm']);
  const maturity = Number(ev(started, 'repo.round_started').maturity_height);
  t.is(maturity, started.height + TENOR);

  // ---- the timeouts (rounds 1 and 2: their deadlines passed while round 4 ran)
  const r3Round = await round(r3);
  await node.waitHeight(Math.max(Number((await round(r2)).commitDeadline), Number(r3Round.revealDeadline)) + 2, 60_000);
  t.like(await round(r2), { phase: 'CANCELLED', bondMmHeld: false, agentBondHeld: false });
  t.like(await round(r3), { phase: 'CANCELLED', bondMmHeld: false, bondRmHeld: false, agentBondHeld: false });
  const d2: Record<string, bigint> = {};
  for (const k of ['b_bdmm', 'b_bdrm', 'b_mm', 'b_rm', 'c_bdmm', 'c_bdrm', 'c_mm', 'c_rm', 'agent2']) d2[k] = (await bal(k)).uusdc! - start[k]!.uusdc!;
  // round 1: the one seal's bond refunded, nobody slashed; round 2: bonds refunded, agent2's reserved bond half to each dealer
  t.deepEqual(d2, { b_bdmm: 0n, b_bdrm: 0n, b_mm: 0n, b_rm: 0n, c_bdmm: AGENT_BOND / 2n, c_bdrm: AGENT_BOND / 2n, c_mm: 0n, c_rm: 0n, agent2: -4n * AGENT_BOND });
  // agent2: 4 bonds registered, one forfeited (round 2), one still reserved (round 3 is open)
  t.like(await agentOf(addr.agent2!), { bond: `${3n * AGENT_BOND}uusdc`, reserved: `${AGENT_BOND}uusdc`, openRounds: 1 });

  // ---- repurchase at maturity: exactly the public-mode split
  await node.waitHeight(maturity, 90_000);
  const rep = tx(['repo', 'repurchase', id, '--from', 'srm']);
  const split = splitInterest(20n * LOT, 140n, 450n, 590n, BigInt(TENOR), 31_536_000n);
  t.deepEqual(split, { interestRm: 2853n, interestMm: 887n, interestBd: 1870n, marginBdMm: 983n, marginBdRm: 983n });
  t.like(ev(rep, 'repo.repurchased'), { principal: (20n * LOT).toString(), interest_rm: '2853', interest_mm: '887', margin_bd_mm: '983', margin_bd_rm: '983' });
  const end: Record<string, Record<string, bigint>> = {};
  for (const k of cliKeys) end[k] = await bal(k);
  t.is(end.srm!.uusdc! - start.srm!.uusdc!, -2853n);
  t.is(end.smm!.uusdc! - start.smm!.uusdc!, 887n);
  t.is(end.sbdmm!.uusdc! - start.sbdmm!.uusdc!, 983n);
  t.is(end.sbdrm!.uusdc! - start.sbdrm!.uusdc!, 983n);
  t.is(end.sagent!.uusdc! - start.sagent!.uusdc!, -5_000_000n); // its standing bond, still held
  // with no open round reserving it, the agent takes its standing bond back
  const w = tx(['repo', 'withdraw-agent-bond', '5000000uusdc', '--from', 'sagent']);
  t.like(ev(w, 'repo.agent_bond_withdrawn'), { amount: '5000000uusdc', bond: '', reserved: '' });
  t.is((await bal('sagent')).uusdc! - start.sagent!.uusdc!, 0n);
  t.like(await agentOf(addr.sagent!), { bond: '', reserved: '', openRounds: 0 });
  for (const k of cliKeys) t.is(end[k]!.uatom, start[k]!.uatom, `${k} uatom`);
  for (const k of cliKeys) t.is(end[k]!.umkt, start[k]!.umkt, `${k} umkt (no fee on the dev chain)`);

  // ---- privacy scan
  const ns = [
    ...needles('round 4 mm', D, H_MM, mmSalt), ...needles('round 4 rm', S, H_RM),
    ...needles('round 1 mm', D, H_MM, s2mm.s.salt), ...needles('round 2 mm', D, H_MM, s3mm.s.salt), ...needles('round 2 rm', S, H_RM, s3rm.s.salt), ...needles('round 3 mm', D, H_MM, s4mm.s.salt), ...needles('round 5 mm', D, 1000n, s5mm.s.salt), ...needles('round 5 rm', S, H_RM, s5rm.s.salt),
  ];
  // the scanner finds what it looks for: the dealer's own record holds its report and salt
  t.true(leaks(readFileSync(files.save, 'utf8'), ns).includes('round 4 mm salt hex'));
  t.true(leaks(JSON.stringify({ tx: Buffer.from(fieldsToBytes(reportFields(H_RM, S))).toString('base64') }), ns).includes('round 4 rm field vector (32-byte words)'));
  // and would find a public-mode reveal of the same report: its tx bytes (base64 in a block) and its JSON
  const reveal = V1.MsgRevealReport.encode({ sender: addr.sbdrm!, roundId: 4, hurdleBps: Number(H_RM), points: S.map((p) => ({ rateBps: Number(p.rateBps), qty: Number(p.qty) })), salt: new Uint8Array(32) }).finish();
  t.true(leaks(JSON.stringify({ block: { data: { txs: [Buffer.from(reveal).toString('base64')] } } }), ns).includes('round 4 rm points as public-mode protobuf'));
  t.true(leaks(JSON.stringify({ body: { messages: [{ hurdle_bps: 53, points: S.map((p) => ({ rate_bps: Number(p.rateBps), qty: Number(p.qty) })) }] } }), ns).includes('round 4 rm public JSON point'));
  const where: Record<string, string[]> = {};
  const scan = (what: string, data: string | Uint8Array) => {
    const l = leaks(data, ns);
    if (l.length > 0) where[what] = l;
  };
  const last = await node.height();
  let sealTxs = 0;
  for (let h = 1; h <= last; h++) {
    const b = await node.rpc('block', { height: String(h) });
    sealTxs += (b.block.data.txs as string[]).length;
    scan(`block ${h}`, JSON.stringify(b));
    scan(`block_results ${h}`, JSON.stringify(await node.rpc('block_results', { height: String(h) })));
  }
  t.true(sealTxs > 10);
  for (const q of ["repo.report_sealed.role='mm'", "repo.report_sealed.role='rm'", 'repo.trade_selected.round_id=4', 'repo.round_opened.privacy=\'sealed\'']) {
    const r = await node.rpc('tx_search', { query: q, per_page: '100' });
    t.true(Number(r.total_count) > 0, q);
    scan(`tx_search ${q}`, JSON.stringify(r));
  }
  for (const m of mempool) scan('unconfirmed_txs', m);
  for (const r of [1, 2, 3, 4, 5]) {
    scan(`query repo round ${r}`, node.cli(['query', 'repo', 'round', String(r), '-o', 'json']).stdout);
    scan(`REST round ${r}`, await (await fetch(`${node.apiUrl}/marketchain/repo/v1/rounds/${r}`)).text());
  }
  scan('REST rounds', await (await fetch(`${node.apiUrl}/marketchain/repo/v1/rounds`)).text());
  scan(`REST agent`, await (await fetch(`${node.apiUrl}/marketchain/repo/v1/agents/${addr.sagent}`)).text());
  await node.stop();
  const exp = runNodeCmd(['export', '--home', node.home]);
  t.is(exp.code, 0, exp.stderr);
  t.true(exp.stdout.includes('"repo"'));
  scan('state export', exp.stdout);
  t.deepEqual(where, {}, 'plaintext found');
  const rp = node.replay();
  t.is(rp.code, 0, rp.stderr + rp.stdout);
  t.log(`heights scanned: ${last}, txs in blocks: ${sealTxs}, mempool snapshots: ${mempool.length}, needles: ${ns.length}; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
});
