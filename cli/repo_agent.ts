// The selection agent's daemon (`marketchain repo agent`): for each sealed round naming it in phase
// SEALED, read both seals from their txs, decrypt them with the agent's key, prove the selection
// (proof B) and submit MsgSelect by the select deadline. One round's failure is logged and the loop goes
// on; nothing but the outcome and proof B leaves this process.
import { BroadcastTxError } from '@cosmjs/stargate';
import type { SigningStargateClient } from '@cosmjs/stargate';
import { toHex } from '../chain/codec/bytes.js';
import { marketchain } from '../proto/repo.js';
import { TYPE_URLS, validateSelect } from '../modules/repo/msgs.js';
import { ROLE_MM, ROLE_RM } from '../modules/repo/math/sealed.js';
import { encodePublicKey, openSealedBytes, proveSelection, releaseZk, type AgentKey } from '../zk/index.js';
import { friendly, memoOf } from './broadcast.js';
import { CliError, type CliEnv, type TxOpts } from './env.js';
import { findSeal, latestHeight, queryAgentKey, roundsOf, type Round } from './repo_sealed_chain.js';
import { nodeParams, proofTxGas } from './repo_params.js';
import { connect, feeForGas, loadSigner, resolveGas, signModeFlag } from './signer.js';

const V1 = marketchain.repo.v1;

export interface AgentOpts extends TxOpts {
  key: string;
  once?: boolean;
  poll: string;
  minBlocks: string;
}

/** A round the agent will not retry (selected, refused for good, or out of time), with why. */
class Final extends Error {}

const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

/** Runs until SIGINT/SIGTERM (or, with --once, one pass); returns how many rounds failed. */
export async function runAgent(env: CliEnv, o: AgentOpts, key: AgentKey): Promise<number> {
  const pollMs = Number(o.poll);
  if (!Number.isSafeInteger(pollMs) || pollMs < 50 || pollMs > 600_000) throw new CliError(`--poll must be 50..600000 ms, got ${JSON.stringify(o.poll)}`);
  if (!/^\d{1,6}$/.test(o.minBlocks)) throw new CliError(`--min-blocks must be a non-negative integer, got ${JSON.stringify(o.minBlocks)}`);
  const minBlocks = Number(o.minBlocks);
  const signer = await loadSigner(o, o.from, signModeFlag(o));
  const registered = await queryAgentKey(env, o, signer.address);
  const mine = encodePublicKey(key.pub);
  if (toHex(registered) !== toHex(mine)) {
    throw new CliError(`the key in ${o.key} (${toHex(mine)}) is not the one registered for ${signer.address} (${toHex(registered)}): dealers encrypt to the registered key`);
  }
  const client = await connect(o, signer.wallet);
  let stopping = false;
  let wake: (() => void) | undefined;
  const onSignal = (sig: string) => {
    if (stopping) {
      log(`${sig} again: exiting now`);
      process.exit(130);
    }
    stopping = true;
    log(`${sig}: stopping after the current step`);
    wake?.();
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  const done = new Set<number>();
  let failed = 0;
  log(`agent ${signer.address}: key ${o.key} matches the registered key; watching sealed rounds${o.once ? ' (--once)' : ` every ${pollMs} ms`}`);
  try {
    while (!stopping) {
      let pending: Round[] = [];
      let height = 0;
      try {
        height = await latestHeight(env, o);
        pending = (await roundsOf(env, o, signer.address, 'SEALED')).filter((r) => r.agent === signer.address && !done.has(Number(r.id)));
      } catch (e) {
        log(`cannot read the rounds: ${(e as Error).message}`);
        failed += o.once ? 1 : 0;
      }
      for (const r of pending) {
        if (stopping) break;
        const id = Number(r.id);
        try {
          await handleRound(env, o, client, signer, key, r, height, minBlocks);
          done.add(id);
        } catch (e) {
          if (e instanceof Final) {
            done.add(id);
            log(`round ${id}: ${e.message}`);
          } else {
            log(`round ${id}: failed: ${(e as Error).message}${o.once ? '' : ' (will retry)'}`);
          }
          failed++;
        }
      }
      if (o.once) break;
      await new Promise<void>((res) => {
        const t = setTimeout(res, pollMs);
        wake = () => {
          clearTimeout(t);
          res();
        };
      });
      wake = undefined;
    }
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    client.disconnect();
    await releaseZk();
  }
  log(`agent ${signer.address}: stopped`);
  return failed;
}

async function handleRound(env: CliEnv, o: AgentOpts, client: SigningStargateClient, signer: { address: string; pubkey: Uint8Array }, key: AgentKey, r: Round, height: number, minBlocks: number): Promise<void> {
  const agent = signer.address;
  const id = Number(r.id);
  const deadline = Number(r.revealDeadline);
  if (height > deadline) throw new Final(`select deadline ${deadline} passed (height ${height}): skipped (the round expires and the reserved agent bond goes to the dealers)`);
  if (deadline - height < minBlocks) throw new Final(`select deadline ${deadline} is ${deadline - height} block(s) away (height ${height}, --min-blocks ${minBlocks}): too close, skipped`);
  log(`round ${id}: both sealed (select deadline ${deadline}, height ${height}); reading the seals…`);
  const mmMsg = await findSeal(env, o, r, 'mm');
  const rmMsg = await findSeal(env, o, r, 'rm');
  log(`round ${id}: decrypting…`);
  const mm = openSealedBytes(key.sk, BigInt(id), ROLE_MM, mmMsg.ciphertext, mmMsg.ephPubkey, r.commitmentMm);
  const rm = openSealedBytes(key.sk, BigInt(id), ROLE_RM, rmMsg.ciphertext, rmMsg.ephPubkey, r.commitmentRm);
  const bad = [mm === null && 'mm', rm === null && 'rm'].filter(Boolean).join(' and ');
  if (bad) throw new Final(`the ${bad} report does not open with this key to its commitment: cannot select (proof A should make this impossible for the registered key)`);
  log(`round ${id}: proving the selection…`);
  const t0 = performance.now();
  const sel = await proveSelection({ roundId: BigInt(id), mm: mm!, rm: rm! });
  const t = sel.trade;
  const msg = V1.MsgSelect.create({ sender: agent, roundId: id, traded: t !== null, q: t ? Number(t.q) : 0, rMmBps: t ? Number(t.rMmBps) : 0, rRmBps: t ? Number(t.rRmBps) : 0, proof: sel.proof });
  validateSelect(msg as any);
  const outcome = t ? `MATCHED q=${t.q} r_mm=${t.rMmBps} r_rm=${t.rRmBps}` : 'NO_TRADE';
  log(`round ${id}: proof B made in ${((performance.now() - t0) / 1000).toFixed(1)} s (${outcome}); submitting…`);
  const msgs = [{ typeUrl: TYPE_URLS.select, value: msg }];
  const memo = memoOf(o);
  let res;
  try {
    // The verification gas is fixed by params and above what the node simulates: --gas auto asks it.
    const gas = o.gas === undefined || o.gas === 'auto' ? proofTxGas(await nodeParams(env, o), 'select') : await resolveGas(o, async () => 0);
    res = await client.signAndBroadcast(agent, msgs, feeForGas(o, gas), memo);
  } catch (e) {
    const err = e instanceof BroadcastTxError ? e : friendly(e, agent);
    throw refusal(id, err instanceof BroadcastTxError ? `${err.log} (${err.codespace}/${err.code})` : err.message);
  }
  if (res.code !== 0) throw refusal(id, `${res.rawLog} (code ${res.code}, tx ${res.transactionHash})`);
  log(`round ${id}: selected ${outcome} (tx ${res.transactionHash}, height ${res.height})`);
}

/** A refused MsgSelect: final when the round moved on (already selected, expired), else retried. */
function refusal(id: number, why: string): Error {
  if (/\(repo\/5\)|repo\/5\b|not SEALED/.test(why)) return new Final(`already selected or closed: ${why}`);
  if (/\(repo\/6\)|select deadline was/.test(why)) return new Final(`select deadline passed before the tx was included: ${why}`);
  return new Error(`MsgSelect refused: ${why}`);
}
