// End to end: the real node process, four dealer/client keys, one repo round driven with an unmodified
// cosmjs SigningStargateClient (and the marketchain CLI when it is built), then replay.
import test from 'ava';
import { existsSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType } from '@cosmjs/proto-signing';
import { assertIsDeliverTxSuccess, defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';
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
const FUND = 100_000_000_000n;

let node: TestNode;
test.before(async () => {
  node = await TestNode.start();
});
test.after.always(async () => {
  await node?.destroy();
});

test.serial('[e2e/repo]: open, commit, reveal, accept, maturity, repurchase; balances match the interest split; replay passes', async (t) => {
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
    lotSize: LOT.toString(), tenorBlocks: TENOR, bond: '1000000umkt', commitBlocks: 50, revealBlocks: 50, acceptBlocks: 50,
  });
  t.is(V1.MsgOpenRoundResponse.decode(opened.msgResponses[0]!.value).roundId, 1);

  // Commitments: with the CLI when it exists (must equal the module's pure function), else directly.
  const salts = { mm: new Uint8Array(32).fill(7), rm: new Uint8Array(32).fill(9) };
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
  await node.stop();
  const rp = node.replay();
  t.is(rp.code, 0, rp.stderr + rp.stdout);
});
