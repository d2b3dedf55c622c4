// Sealed repo rounds (modules/repo/README.md "Two privacy modes"): `tx repo seal` (a dealer proves and
// posts its sealed report), `repo agent-key` (the agent's Baby Jubjub key file) and `repo agent` (the
// agent's daemon: decrypt both seals, prove the selection, submit MsgSelect).
import { closeSync, existsSync, fchmodSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { toHex } from '../../chain/codec/bytes.js';
import { marketchain } from '../../proto/repo.js';
import { TYPE_URLS, validateSealReport } from '../../modules/repo/msgs.js';
import { ROLE_MM, ROLE_RM, SEALED_MAX_POINTS } from '../../modules/repo/math/sealed.js';
import { agentKeyFromJson, agentKeyToJson, decodePublicKey, encodePublicKey, generateAgentKey, releaseZk, reportIssue, sealReport, sealedToBytes, type AgentKey } from '../../zk/index.js';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from '../env.js';
import { nodeParams, proofTxGas } from '../repo_params.js';
import { readSchedule } from '../repo_schedule.js';
import { latestHeight, queryAgentKey, queryRound } from '../repo_sealed_chain.js';
import { requireConfirmable } from '../broadcast.js';
import { runAgent, type AgentOpts } from '../repo_agent.js';

const V1 = marketchain.repo.v1;

function uint(v: string, what: string): number {
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new CliError(`${what} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

/** Writes a new file readable by its owner only; refuses to replace one (it may hold a key or a salt). */
export function writePrivateFile(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${path} already exists: not replacing it`);
    throw new CliError(`cannot create ${path}: ${(e as Error).message}`);
  }
  try {
    fchmodSync(fd, 0o600); // the umask may have narrowed the mode; never widened
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export function readAgentKey(path: string): AgentKey {
  try {
    return agentKeyFromJson(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read the agent key ${path}: ${(e as Error).message}`);
  }
}

export function registerSealedRepoCommands(env: CliEnv, tools: Command, tx: Command): void {
  env.addTxFlags(tx.command('seal <round-id>')
    .description('Seal your report in a sealed round (--privacy sealed): checks it against the round and the chain\'s params, encrypts it to the round\'s agent, '
      + `builds proof A locally (the schedule, hurdle and salt never leave this process) and broadcasts MsgSealReport with your bond. At most ${SEALED_MAX_POINTS} points. `
      + 'Your role (mm or rm) is the dealer role of --from in the round')
    .requiredOption('--schedule <file>', 'schedule JSON file (the format of `repo commitment` and `tx repo reveal`, with hurdle_bps)')
    .option('--hurdle <bps>', 'hurdle spread in bps (overrides the file)')
    .option('--save <file>', 'write the report, salt and commitment to this new file (mode 0600) for your own records; without it the salt lives only in memory'))
    .action(async function (this: Command, id: string) {
      const o = env.opts<TxOpts & { schedule: string; hurdle?: string; save?: string }>(this);
      const roundId = uint(id, 'round id');
      const sched = readSchedule(o.schedule);
      const hurdle = o.hurdle !== undefined ? uint(o.hurdle, '--hurdle') : sched.hurdleBps ?? 0;
      // Refuse what cannot be broadcast before spending seconds on the proof.
      if (!o.generateOnly && !o.dryRun) requireConfirmable(o);
      if (o.save !== undefined && existsSync(o.save)) throw new CliError(`--save ${o.save} already exists: not replacing it`);
      const sender = await env.resolveAddress(o, o.from);
      const r = await queryRound(env, o, roundId);
      if (r.privacy !== 1) throw new CliError(`round ${roundId} is a public (commit–reveal) round: use \`tx repo commit\` and \`tx repo reveal\``);
      const role = sender === r.bdMm ? 'mm' : sender === r.bdRm ? 'rm' : null;
      if (!role) throw new CliError(`${sender} is not a dealer of round ${roundId} (bd_mm ${r.bdMm}, bd_rm ${r.bdRm})`);
      if (r.phase !== 'COMMIT') throw new CliError(`round ${roundId} is ${r.phase}: seals are accepted only in COMMIT (the seal window)`);
      if (role === 'mm' ? r.bondMmHeld : r.bondRmHeld) throw new CliError(`you (${role}) already sealed in round ${roundId}`);
      const height = await latestHeight(env, o);
      if (height >= Number(r.commitDeadline)) throw new CliError(`round ${roundId}'s seal deadline is height ${r.commitDeadline}, now ${height}: too late to seal`);
      const params = await nodeParams(env, o);
      const agentPub = decodePublicKey(await queryAgentKey(env, o, r.agent));
      if (!agentPub) throw new CliError(`agent ${r.agent}'s registered key is not a Baby Jubjub point`);
      const bounds = { maxQty: BigInt(r.maxQty), maxRateBps: BigInt(params.maxRateBps), maxHurdleBps: BigInt(params.maxHurdleBps) };
      const issue = reportIssue(role, { hurdleBps: BigInt(hurdle), points: sched.points }, bounds);
      if (issue !== null) {
        throw new CliError(`invalid input: your ${role} report cannot be sealed in round ${roundId} (max_qty ${r.maxQty}, max_rate_bps ${params.maxRateBps}, max_hurdle_bps ${params.maxHurdleBps}, at most ${SEALED_MAX_POINTS} points): ${issue}`);
      }
      process.stderr.write(`round ${roundId}: sealing your ${role} report (${sched.points.length} points) to agent ${r.agent}: proving…\n`);
      const t0 = performance.now();
      let bytes;
      let salt: bigint;
      try {
        const s = await sealReport({ roundId: BigInt(roundId), role: role === 'mm' ? ROLE_MM : ROLE_RM, ...bounds, hurdleBps: BigInt(hurdle), points: sched.points, agentPub });
        bytes = sealedToBytes(s);
        salt = s.salt;
      } finally {
        await releaseZk();
      }
      process.stderr.write(`round ${roundId}: proof A made in ${((performance.now() - t0) / 1000).toFixed(1)} s; commitment ${toHex(bytes.commitment)}\n`);
      if (o.save !== undefined) {
        writePrivateFile(o.save, JSON.stringify({
          round_id: String(roundId), role, hurdle_bps: String(hurdle), points: sched.points.map((p) => ({ rate_bps: Number(p.rateBps), qty: Number(p.qty) })),
          salt: salt.toString(16).padStart(62, '0'), commitment: toHex(bytes.commitment), agent: r.agent,
        }, null, 2) + '\n');
      }
      const msg = V1.MsgSealReport.create({ sender, roundId, commitment: bytes.commitment, ciphertext: bytes.ciphertext, ephPubkey: bytes.ephPub, proof: bytes.proof, ciphertextHash: bytes.ciphertextHash });
      try {
        validateSealReport(msg as any);
      } catch (e) {
        throw new CliError(`invalid input: ${(e as Error).message}`);
      }
      // The verification gas is fixed by params and above what the node simulates: --gas auto asks it.
      const gas = o.gas === undefined || o.gas === 'auto' ? String(proofTxGas(params, 'seal')) : o.gas;
      await env.broadcast({ ...o, gas }, [{ typeUrl: TYPE_URLS.sealReport, value: msg }]);
    });

  env.addQueryFlags(tools.command('agent-key').description('Generate a selection agent\'s Baby Jubjub encryption key into a new file (mode 0600) and print its public key for `tx repo register-agent --enc-pubkey`; with --show, print the public key of an existing file')
    .requiredOption('--key <file>', 'the key file to create (or, with --show, to read)')
    .option('--show', 'read --key instead of creating it'))
    .action(async function (this: Command) {
      const o = env.opts<GlobalOpts & { key: string; show?: boolean }>(this);
      let k: AgentKey;
      if (o.show) {
        k = readAgentKey(o.key);
      } else {
        k = generateAgentKey();
        writePrivateFile(o.key, agentKeyToJson(k));
      }
      const pub = toHex(encodePublicKey(k.pub));
      env.output(o, { enc_pubkey: pub, key_file: o.key }, o.show ? pub : `${pub}\n(secret key written to ${o.key}, mode 0600; register with: marketchain tx repo register-agent --enc-pubkey ${pub} --bond <coin> --from <agent>)`);
    });

  env.addTxFlags(tools.command('agent').description('Run the selection agent: watch the sealed rounds naming --from in phase SEALED, read both seals from their txs (tx_search), decrypt them with --key, '
    + 'prove the selection (proof B) and submit MsgSelect before the select deadline. Logs each round on stderr; keeps running on errors; stops on SIGINT/SIGTERM')
    .requiredOption('--key <file>', 'the agent key file (`repo agent-key`); its public key must be the one registered for --from')
    .option('--once', 'handle the rounds pending now, then exit (non-zero if any failed)')
    .option('--poll <ms>', 'how often to look for rounds', '1000')
    .option('--min-blocks <n>', 'skip a round whose select deadline is fewer than this many blocks away (the proof and the tx would not make it)', '1'))
    .action(async function (this: Command) {
      const o = env.opts<AgentOpts>(this);
      if (!o.yes) throw new CliError('the agent signs without asking: pass -y (--yes) to run it');
      const key = readAgentKey(o.key);
      const failed = await runAgent(env, o, key);
      if (o.once && failed > 0) process.exitCode = 1;
    });
}
