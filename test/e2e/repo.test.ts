// End to end: the real node process, four dealer/client keys, one repo round driven with an unmodified
// cosmjs SigningStargateClient, a second one driven entirely through the marketchain CLI, then replay.
import test from 'ava';
import { existsSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { assertIsDeliverTxSuccess, defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { marketchain } from '../../proto/repo.js';
import { computeCommitment, selectTrade, splitInterest, TYPE_URLS } from '../../modules/repo/msgs.js';
import { CLI_BIN, TestNode } from '../helpers/node_process.js';

const V1 = marketchain.repo.v1;
const REPO_TYPES: [string, GeneratedType][] = [
  [TYPE_URLS.openRound, V1.MsgOpenRound as any], [TYPE_URLS.commitReport, V1.MsgCommitReport as any], [TYPE_URLS.revealReport, V1.MsgRevealReport as any],
  [TYPE_URLS.acceptLeg, V1.MsgAcceptLeg as any], [TYPE_URLS.repurchase, V1.MsgRepurchase as any], [TYPE_URLS.expireRound, V1.MsgExpireRound as any],
];
const pts = (xs: [number, number][]) => xs.map(([r, q]) => ({ rateBps: BigInt(r), qty: BigInt(q) }));
const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const LOT = 1_000_000_000n;
const TENOR = 30;
/** The CLI round's tenor: three CLI processes run between the start and the early repurchase (slow on a loaded machine). */
const CLI_TENOR = 100;
const FUND = 100_000_000_000n;

let node: TestNode;
test.before(async () => {
  node = await TestNode.start();
});
test.after.always(async () => {
  await node?.destroy();
});

test.serial('[e2e/repo]: cosmjs: open, commit, reveal, accept, maturity, repurchase; balances match the interest split', async (t) => {
  const registry = new Registry([...defaultRegistryTypes, ...REPO_TYPES]);
  const opts = { registry, gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 };
  const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  const dev = await SigningStargateClient.connectWithSigner(node.url, devWallet, opts);
  const names = ['bdmm', 'bdrm', 'mm', 'rm'] as const;
  const who: Record<string, { address: string; client: SigningStargateClient }> = {};
  for (const n of names) {
    const w = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
    const address = (await w.getAccounts())[0]!.address;
    who[n] = { address, client: await SigningStargateClient.connectWithSigner(node.url, w, opts) };
    assertIsDeliverTxSuccess(await dev.sendTokens(node.devAddress, address, [{ denom: 'uatom', amount: FUND.toString() }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: FUND.toString() }], 'auto'));
  }
  const send = async (n: string, typeUrl: string, value: object) => {
    const r = await who[n]!.client.signAndBroadcast(who[n]!.address, [{ typeUrl, value: { sender: who[n]!.address, ...value } }], 'auto');
    assertIsDeliverTxSuccess(r);
    return r;
  };
  const fees = new Map<string, bigint>();
  const bal = async (n: string, d: string) => BigInt((await dev.getBalance(who[n]!.address, d)).amount);
  const start: Record<string, Record<string, bigint>> = {};
  for (const n of names) start[n] = { uusdc: await bal(n, 'uusdc'), uatom: await bal(n, 'uatom') };
  void fees;

  const a = (n: string) => who[n]!.address;
  const opened = await send('bdmm', TYPE_URLS.openRound, {
    bdMm: a('bdmm'), bdRm: a('bdrm'), mmClient: a('mm'), rmClient: a('rm'), cashDenom: 'uusdc', collateralDenom: 'uatom',
    // the §5.1 bond in the cash denom: ceil(50 × 10⁹ × 100,000 × 30 / (10⁴ × 31,536,000)) + 1,000,000
    lotSize: LOT.toString(), tenorBlocks: TENOR, maxQty: 50, bond: '1475647uusdc', commitBlocks: 50, revealBlocks: 50, acceptBlocks: 50,
  });
  t.is(V1.MsgOpenRoundResponse.decode(opened.msgResponses[0]!.value).roundId, 1);

  // Commitments: with the CLI when it exists (must equal the module's pure function), else directly.
  const salts = { mm: Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 1), rm: Uint8Array.from({ length: 32 }, (_, i) => 9 * i + 2) };
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  const commitments = { mm: computeCommitment(1n, 'mm', 0n, D, salts.mm), rm: computeCommitment(1n, 'rm', 0n, S, salts.rm) };
  if (existsSync(CLI_BIN)) {
    const dir = mkdtempSync(join(tmpdir(), 'repo-e2e-'));
    const f = (p: typeof D) => JSON.stringify({ hurdle_bps: 0, points: p.map((x) => ({ rate_bps: Number(x.rateBps), qty: Number(x.qty) })) });
    writeFileSync(join(dir, 'mm.json'), f(D));
    writeFileSync(join(dir, 'rm.json'), f(S));
    const c = node.cliJson(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', join(dir, 'mm.json'), '--hurdle', '0', '--salt', hex(salts.mm)]);
    t.is(c.commitment, hex(commitments.mm));
    const sel = node.cliJson(['repo', 'select', '--mm', join(dir, 'mm.json'), '--rm', join(dir, 'rm.json')]);
    t.like(sel, { result: 'TRADE', trade: { q: '20', r_mm_bps: '140', r_rm_bps: '450', r_bd_x2: '590', r_bd_bps: '295' } });
    // The tool checks against the node's params (max_rate_bps 100000): a 150000-bps point is never sealed.
    writeFileSync(join(dir, 'high.json'), JSON.stringify({ points: [{ rate_bps: 100, qty: 10 }, { rate_bps: 150_000, qty: 20 }] }));
    const high = node.cli(['repo', 'commitment', '--role', 'mm', '--round', '1', '--schedule', join(dir, 'high.json')]);
    t.is(high.code, 1);
    t.is(high.stdout, '');
    t.is(high.stderr, 'Error: invalid input: point 1 has rate 150000 bps outside [0, 100000]: schedule rate out of bounds\n');
    await node.height(); // drains keep-alive sockets the node closed while the cli() calls blocked the event loop
  } else {
    t.log(`CLI not built (${CLI_BIN} missing): CLI steps skipped`);
  }
  await send('bdrm', TYPE_URLS.commitReport, { roundId: 1, commitment: commitments.rm });
  await send('bdmm', TYPE_URLS.commitReport, { roundId: 1, commitment: commitments.mm });
  const wire = (p: typeof D) => p.map((x) => ({ rateBps: Number(x.rateBps), qty: Number(x.qty) }));
  await send('bdmm', TYPE_URLS.revealReport, { roundId: 1, hurdleBps: 0, points: wire(D), salt: salts.mm });
  const revealed = await send('bdrm', TYPE_URLS.revealReport, { roundId: 1, hurdleBps: 0, points: wire(S), salt: salts.rm });
  t.is(V1.MsgRevealReportResponse.decode(revealed.msgResponses[0]!.value).phase, 'MATCHED');
  const sel = revealed.events.find((e) => e.type === 'repo.trade_selected')!;
  t.deepEqual(Object.fromEntries(sel.attributes.map((x) => [x.key, x.value])), {
    round_id: '1', q: '20', r_mm_bps: '140', r_rm_bps: '450', r_bd_x2: '590', spread_bps: '310', joint_profit: '6200', principal: (20n * LOT).toString(), accept_deadline: sel.attributes.find((x) => x.key === 'accept_deadline')!.value,
  });
  t.deepEqual(selectTrade(D, S, 0n, 0n).trade?.q, 20n);

  await send('mm', TYPE_URLS.acceptLeg, { roundId: 1 });
  const started = await send('rm', TYPE_URLS.acceptLeg, { roundId: 1 });
  const ev = started.events.find((e) => e.type === 'repo.round_started')!;
  const maturity = Number(ev.attributes.find((x) => x.key === 'maturity_height')!.value);
  t.is(maturity, started.height + TENOR);

  const roundOf = async () => {
    const res = await node.rpc('abci_query', { path: '/marketchain.repo.v1.Query/Round', data: hex(V1.QueryRoundRequest.encode({ roundId: 1 }).finish()) });
    return V1.QueryRoundResponse.decode(Buffer.from(res.response.value, 'base64')).round!;
  };
  t.is((await roundOf()).phase, 'ACTIVE');
  await node.waitHeight(maturity, 60_000);
  const rep = await send('rm', TYPE_URLS.repurchase, { roundId: 1 });
  const r = await roundOf();
  t.is(r.phase, 'SETTLED');

  const P = 20n * LOT;
  const split = splitInterest(P, 140n, 450n, 590n, BigInt(TENOR), 31_536_000n);
  t.deepEqual(split, { interestRm: 856n, interestMm: 266n, interestBd: 561n, marginBdMm: 295n, marginBdRm: 295n });
  t.deepEqual(Object.fromEntries(rep.events.find((e) => e.type === 'repo.repurchased')!.attributes.map((x) => [x.key, x.value])), {
    round_id: '1', principal: P.toString(), interest_rm: '856', interest_mm: '266', interest_bd: '561', margin_bd_mm: '295', margin_bd_rm: '295',
  });
  // Cash and collateral of all four parties (fees are paid in umkt, so uusdc / uatom are exact).
  t.is(await bal('rm', 'uusdc'), start.rm!.uusdc! - 856n);
  t.is(await bal('rm', 'uatom'), start.rm!.uatom!);
  t.is(await bal('mm', 'uusdc'), start.mm!.uusdc! + 266n);
  t.is(await bal('bdmm', 'uusdc'), start.bdmm!.uusdc! + 295n);
  t.is(await bal('bdrm', 'uusdc'), start.bdrm!.uusdc! + 295n);
  t.is(await bal('mm', 'uatom'), start.mm!.uatom!);

  if (existsSync(CLI_BIN)) {
    const q = node.cliJson(['query', 'repo', 'round', '1']);
    t.is(q.phase, 'SETTLED');
    t.is(q.settlement.interestRm, '856');
  }
});

// The same round driven entirely through the wallet CLI: four keys in the test keyring, the offline
// commitment tool, tx repo open|commit|reveal|accept|repurchase, query repo round -o json, bank balances.
test.serial('[e2e/repo]: CLI: four keys, open, commit, reveal, accept, maturity, repurchase; balances match the interest split', async (t) => {
  if (!existsSync(CLI_BIN)) return t.pass(`CLI not built (${CLI_BIN} missing)`);
  const tx = (args: string[]) => {
    const r = node.cliJson(['tx', ...args, '-y']);
    t.is(r.code, 0, `${args.join(' ')}: ${r.raw_log}`);
    return r;
  };
  const ev = (r: any, type: string) => Object.fromEntries((r.events as any[]).find((e) => e.type === type)!.attributes.map((x: any) => [x.key, x.value]));
  const keys = ['cbdmm', 'cbdrm', 'cmm', 'crm'] as const;
  const addr: Record<string, string> = {};
  for (const k of keys) addr[k] = node.cliJson(['keys', 'add', k, '--keyring-backend', 'test']).address;
  // funding in one tx (the CLI's bank send has one recipient; each CLI call costs a process start)
  const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
  await node.height(); // drains keep-alive sockets the node closed while the cli() calls blocked the event loop
  const dev = await SigningStargateClient.connectWithSigner(node.url, devWallet, { gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
  const amount = [{ denom: 'uatom', amount: FUND.toString() }, { denom: 'umkt', amount: '100000000' }, { denom: 'uusdc', amount: FUND.toString() }];
  assertIsDeliverTxSuccess(await dev.signAndBroadcast(node.devAddress, keys.map((k) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: node.devAddress, toAddress: addr[k]!, amount } })), 'auto'));
  // balances over node.rpc (its retry survives keep-alive sockets closed while a cli() call blocked the loop)
  const bal = async (k: string) => {
    const res = await node.rpc('abci_query', { path: '/cosmos.bank.v1beta1.Query/AllBalances', data: Buffer.from(QueryAllBalancesRequest.encode({ address: addr[k]!, resolveDenom: false }).finish()).toString('hex') });
    return Object.fromEntries(QueryAllBalancesResponse.decode(Buffer.from(res.response.value, 'base64')).balances.map((c) => [c.denom, BigInt(c.amount)]));
  };
  const start: Record<string, Record<string, bigint>> = {};
  for (const k of keys) start[k] = await bal(k);

  // 1. BDmm opens the round (key names resolve to addresses)
  const opened = tx(['repo', 'open', '--bd-mm', 'cbdmm', '--bd-rm', 'cbdrm', '--mm-client', 'cmm', '--rm-client', 'crm', '--cash-denom', 'uusdc', '--collateral-denom', 'uatom',
    '--lot-size', LOT.toString(), '--tenor-blocks', String(CLI_TENOR), '--max-qty', '50', '--commit-blocks', '400', '--reveal-blocks', '400', '--accept-blocks', '400', '--from', 'cbdmm']);
  const id = ev(opened, 'repo.round_opened').round_id as string;
  // no --bond: the CLI posts the required bond under the node's params, ceil(50 × 10⁹ × 100,000 × 100 / (10⁴ × 31,536,000)) + 1,000,000
  t.like(ev(opened, 'repo.round_opened'), { bd_mm: addr.cbdmm, bd_rm: addr.cbdrm, mm_client: addr.cmm, rm_client: addr.crm, max_qty: '50', bond: '2585490uusdc', required_bond: '2585490uusdc' });
  t.like(node.cliJson(['query', 'repo', 'round', id]), { maxQty: 50, bond: '2585490uusdc', requiredBond: '2585490uusdc' });
  const low = node.cli(['tx', 'repo', 'open', '--bd-mm', 'cbdmm', '--bd-rm', 'cbdrm', '--mm-client', 'cmm', '--rm-client', 'crm', '--cash-denom', 'uusdc', '--collateral-denom', 'uatom',
    '--lot-size', LOT.toString(), '--tenor-blocks', String(CLI_TENOR), '--max-qty', '50', '--bond', '1000000umkt', '--from', 'cbdmm', '-y']);
  t.is(low.code, 1);
  t.regex(low.stderr, /bond 1000000umkt: this round requires 2585490uusdc = max\(min_bond 1000000uusdc, ceil\(50 lots × 1000000000 × 100000 bps × 100 blocks \/ \(10000 × 31536000 blocks per year\)\) = 1585490 \+ fixed_penalty 1000000\), posted in the cash denom uusdc: bond below the minimum \(repo\/21\)/);

  // 2. sealed reports: the offline commitment tool (generated salts), then commit
  const dir = mkdtempSync(join(tmpdir(), 'repo-e2e-cli-'));
  const f = (p: typeof D) => JSON.stringify({ hurdle_bps: 0, points: p.map((x) => ({ rate_bps: Number(x.rateBps), qty: Number(x.qty) })) });
  writeFileSync(join(dir, 'mm.json'), f(D));
  writeFileSync(join(dir, 'rm.json'), f(S));
  const sealed: Record<string, { commitment: string; salt: string }> = {};
  for (const [role, key] of [['mm', 'cbdmm'], ['rm', 'cbdrm']] as const) {
    const c = node.cliJson(['repo', 'commitment', '--role', role, '--round', id, '--schedule', join(dir, `${role}.json`), '--hurdle', '0']);
    t.is(c.commitment, Buffer.from(computeCommitment(BigInt(id), role, 0n, role === 'mm' ? D : S, new Uint8Array(Buffer.from(c.salt, 'hex')))).toString('hex'));
    sealed[role] = c;
    tx(['repo', 'commit', id, '--commitment', c.commitment, '--from', key]);
  }
  t.is(node.cliJson(['query', 'repo', 'round', id]).phase, 'REVEAL');

  // 3. reveals; the second selects the trade
  tx(['repo', 'reveal', id, '--schedule', join(dir, 'mm.json'), '--hurdle', '0', '--salt', sealed.mm!.salt, '--from', 'cbdmm']);
  const revealed = tx(['repo', 'reveal', id, '--schedule', join(dir, 'rm.json'), '--hurdle', '0', '--salt', sealed.rm!.salt, '--from', 'cbdrm']);
  t.like(ev(revealed, 'repo.trade_selected'), { q: '20', r_mm_bps: '140', r_rm_bps: '450', r_bd_x2: '590', principal: (20n * LOT).toString() });
  const matched = node.cliJson(['query', 'repo', 'round', id]);
  t.is(matched.phase, 'MATCHED');

  // 4. MM accepts first, then RM
  tx(['repo', 'accept', id, '--from', 'cmm']);
  const started = tx(['repo', 'accept', id, '--from', 'crm']);
  const maturity = Number(ev(started, 'repo.round_started').maturity_height);
  t.is(maturity, started.height + CLI_TENOR);
  t.is(node.cliJson(['query', 'repo', 'round', id]).phase, 'ACTIVE');

  // 5. repurchase: refused before maturity, accepted at maturity
  const early = node.cli(['tx', 'repo', 'repurchase', id, '--from', 'crm', '-y']);
  t.is(early.code, 1);
  t.regex(early.stderr, new RegExp(`round ${id} matures at height ${maturity}, now \\d+: repo has not matured \\(repo\\/22\\)`));
  await node.waitHeight(maturity, 60_000);
  const rep = tx(['repo', 'repurchase', id, '--from', 'crm']);
  const split = splitInterest(20n * LOT, 140n, 450n, 590n, BigInt(CLI_TENOR), 31_536_000n);
  t.deepEqual(ev(rep, 'repo.repurchased'), {
    round_id: id, principal: (20n * LOT).toString(), interest_rm: split.interestRm.toString(), interest_mm: split.interestMm.toString(),
    interest_bd: split.interestBd.toString(), margin_bd_mm: split.marginBdMm.toString(), margin_bd_rm: split.marginBdRm.toString(),
  });
  const q = node.cliJson(['query', 'repo', 'round', id]);
  t.is(q.phase, 'SETTLED');
  t.like(q.settlement, { principal: (20n * LOT).toString(), interestRm: split.interestRm.toString(), interestMm: split.interestMm.toString(), marginBdMm: split.marginBdMm.toString(), marginBdRm: split.marginBdRm.toString() });

  // balances of all four parties: cash moves by exactly the interest split, collateral is back, bonds refunded
  const end: Record<string, Record<string, bigint>> = {};
  for (const k of keys) end[k] = await bal(k);
  t.is(end.crm!.uusdc! - start.crm!.uusdc!, -split.interestRm);
  t.is(end.cmm!.uusdc! - start.cmm!.uusdc!, split.interestMm);
  t.is(end.cbdmm!.uusdc! - start.cbdmm!.uusdc!, split.marginBdMm);
  t.is(end.cbdrm!.uusdc! - start.cbdrm!.uusdc!, split.marginBdRm);
  t.is(split.marginBdMm + split.marginBdRm + split.interestMm, split.interestRm);
  for (const k of keys) t.is(end[k]!.uatom, start[k]!.uatom, `${k} uatom`);
  // the CLI pays no fee by default on the dev chain (min gas price 0): the bonds came back whole
  for (const k of keys) t.is(end[k]!.umkt, start[k]!.umkt, `${k} umkt`);
});

test.serial('[e2e/repo]: marketchaind replay passes after both rounds', async (t) => {
  await node.stop();
  const rp = node.replay();
  t.is(rp.code, 0, rp.stderr + rp.stdout);
});
