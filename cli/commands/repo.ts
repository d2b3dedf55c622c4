// `marketchain repo commitment|select` (offline dealer tools), `marketchain tx repo …`, `marketchain query repo …`.
import { addPageFlags, pageRequest, pageText, paginate, type PageFlags } from '../pagination.js';
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { toHex } from '../../chain/codec/bytes.js';
import { marketchain } from '../../proto/repo.js';
import {
  checkReport, checkRoundId, computeCommitment, selectTrade, TYPE_URLS, validateCommitReport, validateOpenRound, validateRegisterAgent, validateRevealReport, validateWithdrawAgentBond, validateRoundAction,
} from '../../modules/repo/msgs.js';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from '../env.js';
import { checkSealingSalt, nodeParams, reportLimits } from '../repo_params.js';
import { requiredBond } from '../../modules/repo/bond.js';
import { coinToString } from '../../chain/coins.js';
import { registerSealedRepoCommands } from './repo_sealed.js';
import { halfBps, parseHex32, readSchedule, roundJson, selectionJson, selectionText } from '../repo_schedule.js';

const V1 = marketchain.repo.v1;
const Q = (m: string) => `/marketchain.repo.v1.Query/${m}`;

/** Runs a msgs.ts check client-side, turning its ChainError into a one-line CLI error. */
function check(f: () => void): void {
  try {
    f();
  } catch (e) {
    throw new CliError(`invalid input: ${(e as Error).message}`);
  }
}

function uint(v: string, what: string): number {
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new CliError(`${what} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

async function fetchRound(env: CliEnv, o: GlobalOpts, id: number) {
  return V1.QueryRoundResponse.decode(await env.abciQuery(o, Q('Round'), V1.QueryRoundRequest.encode({ roundId: id }).finish())).round!;
}

/** The round's max_qty, or undefined when the round is not open yet (a dealer may seal before). */
async function roundMaxQty(env: CliEnv, o: GlobalOpts, id: number): Promise<number | undefined> {
  try {
    return Number((await fetchRound(env, o, id)).maxQty);
  } catch (e) {
    if (e instanceof CliError && /round not found \(code 3, codespace repo\)/.test(e.message)) return undefined;
    throw e;
  }
}

const toObj = (r: any) => roundJson(V1.Round.toObject(r, { defaults: true, arrays: true }));

function roundText(r: any): string {
  const s = r.selection;
  const lines = [
    `round ${r.id}: ${r.phase}${r.outcome ? ` (${r.outcome})` : ''}`,
    `  bd_mm ${r.bdMm}  mm_client ${r.mmClient}`,
    `  bd_rm ${r.bdRm}  rm_client ${r.rmClient}`,
    `  ${r.collateralDenom} against ${r.cashDenom}, lot ${r.lotSize}, max_qty ${r.maxQty} lots, tenor ${r.tenorBlocks} blocks`,
    ...(r.privacy === 1 ? [`  sealed: agent ${r.agent}, agent bond ${r.agentBond}${r.agentBondHeld ? ' reserved' : ''}; seal deadline ${r.commitDeadline}, select deadline ${r.revealDeadline}`] : []),
    ...[['mm', r.sealedMm, r.commitmentMm], ['rm', r.sealedRm, r.commitmentRm]].filter(([, sr]) => sr).map(([role, sr, c]: any) =>
      `  ${role} sealed at ${sr.sealedHeight}: commitment ${toHex(c)}, ciphertext sha256 ${toHex(sr.ciphertextHash)}, proof sha256 ${toHex(sr.proofHash)}`),
    `  bond ${r.bond} per dealer (required ${r.requiredBond}: spec §5.1, max_qty × lot × max_rate × tenor / blocks per year, rounded up, + fixed penalty, at least min_bond)`,
    `  deadlines: commit ${r.commitDeadline}, reveal ${r.revealDeadline}, accept ${r.acceptDeadline} (mm_client)${r.rmAcceptDeadline ? `, ${r.rmAcceptDeadline} (rm_client)` : `, rm_client ${r.acceptBlocks} blocks after mm_client`}${r.maturityHeight ? `, maturity ${r.maturityHeight}, grace ${r.graceDeadline}` : ''}`,
  ];
  if (s) lines.push(s.trade ? `  trade: Q=${s.q} r_mm=${s.rMmBps} r_rm=${s.rRmBps} r_bd=${halfBps(BigInt(s.rBdX2))} bps, spread ${s.spreadBps}, joint profit ${s.jointProfit}` : `  NO_TRADE (hurdle ${s.hurdleBps})`);
  if (r.settlement) lines.push(`  settled: principal ${r.settlement.principal}, RM paid ${r.settlement.interestRm}, MM got ${r.settlement.interestMm}, BDmm ${r.settlement.marginBdMm}, BDrm ${r.settlement.marginBdRm}`);
  return lines.join('\n');
}

/** Rounds read for one `query repo rounds` (100 per node query). */
const MAX_ROUND_PAGES = 100;

export function registerRepoCommands(env: CliEnv): void {
  env.registerTypes([
    [TYPE_URLS.openRound, V1.MsgOpenRound as any], [TYPE_URLS.commitReport, V1.MsgCommitReport as any], [TYPE_URLS.revealReport, V1.MsgRevealReport as any],
    [TYPE_URLS.acceptLeg, V1.MsgAcceptLeg as any], [TYPE_URLS.repurchase, V1.MsgRepurchase as any], [TYPE_URLS.expireRound, V1.MsgExpireRound as any],
    [TYPE_URLS.registerAgent, V1.MsgRegisterAgent as any], [TYPE_URLS.sealReport, V1.MsgSealReport as any], [TYPE_URLS.select, V1.MsgSelect as any],
    [TYPE_URLS.withdrawAgentBond, V1.MsgWithdrawAgentBond as any],
  ]);

  const tools = env.root.command('repo').description("Dealer tools for repo rounds (they check reports against the node's params; with no node, the defaults or --params FILE); sealed rounds: agent-key and agent for the selection agent (a dealer seals with `marketchain tx repo seal`, which signs and broadcasts)");
  const paramsFlag = ['--params <file>', "repo params JSON (`query repo params -o json`) to check against instead of the node's"] as const;
  env.addQueryFlags(tools.command('commitment').description('Compute the sealed-report commitment (sha256, see modules/repo/README.md); generates a random 32-byte salt if none is given')
    .requiredOption('--role <mm|rm>', 'your role: mm (BDmm) or rm (BDrm)').requiredOption('--round <id>', 'round id')
    .requiredOption('--schedule <file>', 'schedule JSON file').option('--hurdle <bps>', 'hurdle spread in bps (overrides the file)').option('--salt <hex>', '32-byte salt in hex (not one repeated byte)')
    .option(...paramsFlag))
    .action(async function (this: Command) {
      const o = env.opts<GlobalOpts & { role: string; round: string; schedule: string; hurdle?: string; salt?: string; params?: string }>(this);
      if (o.role !== 'mm' && o.role !== 'rm') throw new CliError(`--role must be mm or rm, got ${JSON.stringify(o.role)}`);
      const sched = readSchedule(o.schedule);
      const hurdle = o.hurdle !== undefined ? uint(o.hurdle, '--hurdle') : sched.hurdleBps ?? 0;
      const round = uint(o.round, '--round');
      const salt = o.salt ? parseHex32(o.salt, '--salt') : new Uint8Array(randomBytes(32));
      checkSealingSalt(salt);
      const lim = await reportLimits(env, o);
      check(() => checkRoundId(round));
      // On a node, the round (once opened) also bounds the qty: a point above its max_qty is refused at reveal.
      const maxQty = lim.fromNode ? await roundMaxQty(env, o, round) : undefined;
      check(() => checkReport(o.role as 'mm' | 'rm', hurdle, sched.points, { ...lim, maxQty }));
      const c = computeCommitment(BigInt(round), o.role, BigInt(hurdle), sched.points, salt);
      env.output(o, { commitment: toHex(c), salt: toHex(salt), round_id: String(round), role: o.role, hurdle_bps: String(hurdle), points: String(sched.points.length) },
        `commitment ${toHex(c)}\nsalt       ${toHex(salt)}\n(keep the salt, the schedule and the hurdle: the reveal needs all three)`);
    });
  env.addQueryFlags(tools.command('select').description("Run the module's own selection offline and print the candidate table and the chosen trade")
    .requiredOption('--mm <file>', "BDmm's MM schedule").requiredOption('--rm <file>', "BDrm's RM schedule")
    .option('--hurdle-mm <bps>', 'BDmm hurdle (overrides the file)').option('--hurdle-rm <bps>', 'BDrm hurdle (overrides the file)').option(...paramsFlag))
    .action(async function (this: Command) {
      const o = env.opts<GlobalOpts & { mm: string; rm: string; hurdleMm?: string; hurdleRm?: string; params?: string }>(this);
      const mm = readSchedule(o.mm);
      const rm = readSchedule(o.rm);
      const hMm = o.hurdleMm !== undefined ? uint(o.hurdleMm, '--hurdle-mm') : mm.hurdleBps ?? 0;
      const hRm = o.hurdleRm !== undefined ? uint(o.hurdleRm, '--hurdle-rm') : rm.hurdleBps ?? 0;
      const lim = await reportLimits(env, o);
      check(() => { checkReport('mm', hMm, mm.points, lim); checkReport('rm', hRm, rm.points, lim); });
      const res = selectTrade(mm.points, rm.points, BigInt(hMm), BigInt(hRm));
      env.output(o, selectionJson(res), () => selectionText(res));
    });

  const tx = env.tx.command('repo').description('Repo-market rounds: open, commit, reveal, accept, repurchase, expire; sealed mode: register-agent, seal (the agent selects with `marketchain repo agent`)');
  const send = async (o: TxOpts, typeUrl: string, value: any, validate: (m: any) => void) => {
    check(() => validate(value));
    await env.broadcast(o, [{ typeUrl, value }]);
  };
  env.addTxFlags(tx.command('open').description('Open a round (the sender must be one of the two dealers)')
    .requiredOption('--bd-mm <addr>', 'BDmm dealer').requiredOption('--bd-rm <addr>', 'BDrm dealer')
    .requiredOption('--mm-client <addr>', 'MM (cash lender)').requiredOption('--rm-client <addr>', 'RM (repo borrower)')
    .requiredOption('--cash-denom <denom>', 'cash denom, e.g. uusdc').requiredOption('--collateral-denom <denom>', 'collateral denom, e.g. uatom')
    .requiredOption('--lot-size <n>', 'base units per lot').requiredOption('--tenor-blocks <n>', 'repo tenor in blocks')
    .requiredOption('--max-qty <lots>', 'Qcap: the largest quantity (lots) a schedule may offer; the bond must cover it')
    .option('--bond <coin>', "bond per dealer in the cash denom (default: the round's required bond under the node's params)")
    .option('--commit-blocks <n>', 'commit phase length (sealed: the seal window)', '20').option('--reveal-blocks <n>', 'reveal phase length (sealed: the select window)', '20').option('--accept-blocks <n>', 'accept phase length', '20')
    .option('--privacy <mode>', 'public (commit–reveal: schedules revealed) or sealed (encrypted to the agent, Groth16 proofs; see modules/repo/README.md)', 'public')
    .option('--agent <addr>', 'sealed rounds: the selection agent (registered with `tx repo register-agent`)'))
    .action(async function (this: Command) {
      const o = env.opts<TxOpts & Record<string, string>>(this);
      const addr = (k: string) => env.resolveAddress(o, o[k]!);
      const maxQty = uint(o.maxQty!, '--max-qty');
      let bond = o.bond;
      if (bond === undefined) {
        if (!/^[1-9][0-9]*$/.test(o.lotSize!)) throw new CliError(`--lot-size must be a positive integer, got ${JSON.stringify(o.lotSize)}`);
        const need = requiredBond(await nodeParams(env, o), o.cashDenom!, BigInt(maxQty), BigInt(o.lotSize!), BigInt(uint(o.tenorBlocks!, '--tenor-blocks')));
        if (!need) throw new CliError(`the chain accepts no bonds in ${o.cashDenom} (min_bond lists the cash denoms rounds may use)`);
        bond = coinToString(need.required);
        process.stderr.write(`bond ${bond} = ${need.explain}\n`);
      }
      if (o.privacy !== 'public' && o.privacy !== 'sealed') throw new CliError(`--privacy must be public or sealed, got ${JSON.stringify(o.privacy)}`);
      if (o.privacy === 'sealed' && o.agent === undefined) throw new CliError('--privacy sealed needs --agent ADDR (the selection agent)');
      if (o.privacy === 'public' && o.agent !== undefined) throw new CliError('--agent is for --privacy sealed rounds only');
      const msg = V1.MsgOpenRound.create({
        privacy: o.privacy === 'sealed' ? 1 : 0, agent: o.agent !== undefined ? await env.resolveAddress(o, o.agent) : '',
        sender: await env.resolveAddress(o, o.from), bdMm: await addr('bdMm'), bdRm: await addr('bdRm'), mmClient: await addr('mmClient'), rmClient: await addr('rmClient'),
        cashDenom: o.cashDenom!, collateralDenom: o.collateralDenom!, lotSize: o.lotSize!, tenorBlocks: uint(o.tenorBlocks!, '--tenor-blocks'), bond, maxQty,
        commitBlocks: uint(o.commitBlocks!, '--commit-blocks'), revealBlocks: uint(o.revealBlocks!, '--reveal-blocks'), acceptBlocks: uint(o.acceptBlocks!, '--accept-blocks'),
      });
      await send(o, TYPE_URLS.openRound, msg, validateOpenRound);
    });
  env.addTxFlags(tx.command('commit <round-id>').description('Commit your sealed report and escrow your bond (see `marketchain repo commitment`)')
    .requiredOption('--commitment <hex>', '32-byte commitment in hex'))
    .action(async function (this: Command, id: string) {
      const o = env.opts<TxOpts & { commitment: string }>(this);
      const msg = V1.MsgCommitReport.create({ sender: await env.resolveAddress(o, o.from), roundId: uint(id, 'round id'), commitment: parseHex32(o.commitment, '--commitment') });
      await send(o, TYPE_URLS.commitReport, msg, validateCommitReport);
    });
  env.addTxFlags(tx.command('reveal <round-id>').description('Reveal your report; checked locally against the on-chain commitment first')
    .requiredOption('--schedule <file>', 'the schedule JSON file you committed').option('--hurdle <bps>', 'the hurdle you committed (overrides the file)')
    .requiredOption('--salt <hex>', 'the salt you committed'))
    .action(async function (this: Command, id: string) {
      const o = env.opts<TxOpts & { schedule: string; hurdle?: string; salt: string }>(this);
      const sender = await env.resolveAddress(o, o.from);
      const sched = readSchedule(o.schedule);
      const hurdle = o.hurdle !== undefined ? uint(o.hurdle, '--hurdle') : sched.hurdleBps ?? 0;
      const roundId = uint(id, 'round id');
      const salt = parseHex32(o.salt, '--salt');
      const r = await fetchRound(env, o, roundId);
      const lim = { ...(await reportLimits(env, o)), maxQty: Number(r.maxQty) };
      const role = sender === r.bdMm ? 'mm' : sender === r.bdRm ? 'rm' : null;
      if (!role) throw new CliError(`${sender} is not a dealer of round ${roundId}`);
      if (toHex(computeCommitment(BigInt(roundId), role, BigInt(hurdle), sched.points, salt)) !== toHex((role === "mm" ? r.commitmentMm : r.commitmentRm) ?? new Uint8Array())) {
        throw new CliError(`schedule, hurdle and salt do not match your commitment in round ${roundId}`);
      }
      const msg = V1.MsgRevealReport.create({ sender, roundId, hurdleBps: hurdle, salt, points: sched.points.map((p) => ({ rateBps: Number(p.rateBps), qty: Number(p.qty) })) });
      await send(o, TYPE_URLS.revealReport, msg, (m) => { validateRevealReport(m); checkReport(role, hurdle, sched.points, lim); });
    });
  env.addTxFlags(tx.command('register-agent').description("Register as a sealed rounds' selection agent: your Baby Jubjub encryption key and a standing bond (escrowed; a sealed round reserves params agent_bond of it). Again: adds bond; changes the key only while no open round names you")
    .requiredOption('--enc-pubkey <hex>', 'your encryption public key: 64 bytes hex, x ‖ y (each 32-byte big-endian, below the BN254 scalar field)')
    .option('--bond <coin>', 'bond to add, e.g. 5000000uusdc (omit to only rotate the key)'))
    .action(async function (this: Command) {
      const o = env.opts<TxOpts & { encPubkey: string; bond?: string }>(this);
      const h = o.encPubkey.startsWith('0x') ? o.encPubkey.slice(2) : o.encPubkey;
      if (!/^[0-9a-fA-F]{128}$/.test(h)) throw new CliError(`--enc-pubkey must be 64 bytes of hex (128 characters), got ${JSON.stringify(o.encPubkey)}`);
      const msg = V1.MsgRegisterAgent.create({ sender: await env.resolveAddress(o, o.from), encPubkey: new Uint8Array(Buffer.from(h, 'hex')), bond: o.bond ?? '' });
      await send(o, TYPE_URLS.registerAgent, msg, validateRegisterAgent);
    });
  env.addTxFlags(tx.command('withdraw-agent-bond').description('Take back standing agent bond that no open sealed round reserves (query repo agent shows bond and reserved)')
    .argument('<amount>', 'one coin, e.g. 1000000uusdc'))
    .action(async function (this: Command, amount: string) {
      const o = env.opts<TxOpts>(this);
      const msg = V1.MsgWithdrawAgentBond.create({ sender: await env.resolveAddress(o, o.from), amount });
      await send(o, TYPE_URLS.withdrawAgentBond, msg, validateWithdrawAgentBond);
    });
  for (const [verb, url, what] of [
    ['accept', TYPE_URLS.acceptLeg, 'Accept your client leg (MM first: cash into escrow; then RM: collateral in, cash out)'],
    ['repurchase', TYPE_URLS.repurchase, 'Repurchase at maturity (RM): pay principal + interest, get the collateral back'],
    ['expire', TYPE_URLS.expireRound, 'Push a round past its deadline forward (anyone)'],
  ] as const) {
    env.addTxFlags(tx.command(`${verb} <round-id>`).description(what)).action(async function (this: Command, id: string) {
      const o = env.opts<TxOpts>(this);
      const value = { sender: await env.resolveAddress(o, o.from), roundId: uint(id, 'round id') };
      await send(o, url, value, validateRoundAction);
    });
  }

  const q = env.query.command('repo').description('Query repo rounds, agents and params');
  env.addQueryFlags(q.command('round <round-id>').description('A round: phase, parties, deadlines, reports, selection and candidate table, legs, settlement'))
    .action(async function (this: Command, id: string) {
      const o = env.opts<GlobalOpts>(this);
      const r = await fetchRound(env, o, uint(id, 'round id'));
      env.output(o, toObj(r), () => roundText(r));
    });
  env.addQueryFlags(addPageFlags(q.command('rounds').description('Rounds in id order, optionally filtered').option('--phase <phase>', 'e.g. COMMIT, MATCHED, ACTIVE, SETTLED')
    .option('--party <addr>', 'a dealer or client').option('--start-after <id>', 'only rounds after this id', '0')))
    .action(async function (this: Command) {
      const o = env.opts<GlobalOpts & PageFlags & { phase?: string; party?: string; startAfter: string }>(this);
      const page = pageRequest(o);
      const base = { phase: o.phase ?? '', party: o.party ? await env.resolveAddress(o, o.party) : '', limit: 100 };
      // The node answers 100 rounds at a time: the matching rounds are read page by page (at most
      // MAX_ROUND_PAGES), then paged here like every other list.
      const all: any[] = [];
      let after = uint(o.startAfter, '--start-after');
      for (let i = 0; i < MAX_ROUND_PAGES; i++) {
        const res = V1.QueryRoundsResponse.decode(await env.abciQuery(o, Q('Rounds'), V1.QueryRoundsRequest.encode({ ...base, startAfter: after }).finish()));
        all.push(...res.rounds);
        if (!res.nextStartAfter) break;
        after = res.nextStartAfter;
      }
      const { items, pagination } = paginate(all, (r) => String(r.id), page);
      env.output(o, { rounds: items.map(toObj), pagination }, () => items.map(roundText).join('\n') + pageText(pagination));
    });
  env.addQueryFlags(q.command('agent <address>').description("A selection agent: its encryption key, standing bond, what open sealed rounds reserve of it"))
    .action(async function (this: Command, address: string) {
      const o = env.opts<GlobalOpts>(this);
      const res = V1.QueryAgentResponse.decode(await env.abciQuery(o, Q('Agent'), V1.QueryAgentRequest.encode({ address: await env.resolveAddress(o, address) }).finish()));
      const a = res.agent!;
      const obj = { address: a.address, enc_pubkey: toHex(a.encPubkey ?? new Uint8Array()), bond: a.bond, reserved: a.reserved, open_rounds: String(a.openRounds) };
      env.output(o, obj, () => [`agent ${a.address}`, `  enc_pubkey ${obj.enc_pubkey}`, `  bond ${a.bond || '0'} (reserved ${a.reserved || '0'} by ${a.openRounds} open sealed round(s))`].join('\n'));
    });
  env.addQueryFlags(q.command('params').description('Repo module params')).action(async function (this: Command) {
    const o = env.opts<GlobalOpts>(this);
    const p = V1.QueryParamsResponse.decode(await env.abciQuery(o, Q('Params'), new Uint8Array())).params!;
    const obj = V1.Params.toObject(p as any, { defaults: true });
    env.output(o, obj, () => Object.entries(obj).map(([k, v]) => `${k}: ${v}`).join('\n'));
  });
  registerSealedRepoCommands(env, tools, tx);
}
