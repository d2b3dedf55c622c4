// tx commands' shared path: build the messages' tx, then (by flags) print it unsigned
// (--generate-only), print the gas estimate (--dry-run), or confirm, sign with --from and broadcast
// (-b block: wait for inclusion; sync: CheckTx's answer; async: the node's receipt).
//
// Without -y a tx is broadcast only after a person confirmed it on a terminal: the prompt shows every
// message in full (amounts, recipients) and the fee; when stdin is not a terminal the command refuses
// (whatever the output format) before any key is unlocked.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { BroadcastTxError, TimeoutError, type StargateClient, type StdFee } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { readClientFile } from './config.js';
import { CliError, type GlobalOpts, type TxOpts } from './env.js';
import { output, toJson } from './output.js';
import { readLine } from './passphrase.js';
import { abciQuery, rpcCall } from './rpc.js';
import { connect, feeForGas, loadSigner, resolveGas, signModeFlag, simulateGas } from './signer.js';
import { msgToJson, txJson, type SignModeFlag } from './tx_json.js';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { Keyring } from '../keyring/keyring.js';

export interface BroadcastResult {
  code: number;
  height: number;
  hash: string;
  events: { type: string; attributes: { key: string; value: string }[] }[];
}

const NOT_BROADCAST: BroadcastResult = { code: 0, height: 0, hash: '', events: [] };

export function friendly(e: unknown, signer: string): CliError {
  const msg = (e as Error).message ?? String(e);
  if (e instanceof BroadcastTxError) return new CliError(`${e.log} (${e.codespace ? `${e.codespace}/` : 'code '}${e.code})`);
  if (e instanceof TimeoutError) return new CliError(`the tx was submitted but not seen in a block within 30s: query it later with \`marketchain query tx ${e.txId}\``);
  if (/does not exist on chain|account .* not found/.test(msg)) return new CliError(`account ${signer} not found on chain: send it some tokens first`);
  const m = /Query failed with \((\d+)\): (.*)/s.exec(msg);
  if (m) return new CliError(`${m[2]!.replace(/^rpc error: code = \w+ desc = /, '')} (code ${m[1]})`);
  if (/fetch failed|ECONNREFUSED/.test(msg)) return new CliError(`cannot reach the node: ${msg}`);
  return e instanceof CliError ? e : new CliError(msg);
}

export type BroadcastMode = 'sync' | 'async' | 'block';

export function broadcastMode(opts: TxOpts): BroadcastMode {
  const m = opts.broadcastMode ?? readClientFile(opts.home).broadcast_mode ?? 'block';
  if (m !== 'sync' && m !== 'async' && m !== 'block') throw new CliError(`invalid --broadcast-mode ${JSON.stringify(m)}: use sync, async or block`);
  return m;
}

export function memoOf(opts: TxOpts): string {
  if (opts.note !== undefined && opts.memo !== undefined && opts.note !== opts.memo) throw new CliError('--note and --memo are the same flag: give one');
  return opts.note ?? opts.memo ?? '';
}

export function timeoutHeightOf(opts: TxOpts): bigint {
  const t = opts.timeoutHeight;
  if (t === undefined) return 0n;
  if (!/^\d{1,19}$/.test(t)) throw new CliError(`invalid --timeout-height ${JSON.stringify(t)}: use a block height`);
  return BigInt(t);
}

/** Refuses, before any work, a broadcast nobody can confirm: no -y and stdin is not a terminal. */
export function requireConfirmable(opts: TxOpts): void {
  if (opts.yes) return;
  if (!process.stdin.isTTY) {
    throw new CliError('not broadcasting: without -y (--yes) a tx is broadcast only after confirmation on a terminal, and stdin is not a terminal; review it with --generate-only or --dry-run, then pass -y');
  }
}

/** Shows the whole tx (every message's fields, the fee, memo, timeout) and asks; anything but y/yes cancels. */
export async function confirm(opts: TxOpts, summary: unknown): Promise<void> {
  if (opts.yes) return;
  requireConfirmable(opts);
  process.stderr.write(`${toJson(summary)}\n`);
  const a = await readLine('confirm transaction before signing and broadcasting [y/N]: ');
  if (!/^y(es)?$/i.test(a.trim())) throw new CliError('cancelled: nothing was signed or broadcast');
}

export async function broadcast(opts: TxOpts, msgs: EncodeObject[]): Promise<BroadcastResult> {
  const memo = memoOf(opts);
  const timeoutHeight = timeoutHeightOf(opts);
  const mode = broadcastMode(opts);
  const signMode = signModeFlag(opts);
  if (!opts.generateOnly && !opts.dryRun) requireConfirmable(opts);
  // The gas (simulated for --gas auto) needs the signer's public key and sequence, not its private key:
  // --generate-only and --dry-run never unlock the keyring.
  const gas = await resolveGas(opts, async () => {
    const key = keyOf(opts, opts.from);
    return simulateGas(opts, { pubkey: key.pubkey, sequence: (await accountOf(opts, key.address)).sequence }, msgs, memo);
  });
  if (opts.dryRun) {
    output(opts, { gas_estimate: String(gas) }, `gas estimate: ${gas}`);
    return NOT_BROADCAST;
  }
  const fee = feeForGas(opts, gas);
  if (opts.generateOnly) {
    // As the SDK: the unsigned tx as JSON on stdout, whatever -o says (it is a file format).
    console.log(toJson(txJson({ msgs, memo, timeoutHeight, fee })));
    return NOT_BROADCAST;
  }
  const signer = await loadSigner(opts, opts.from, signMode);
  await confirm(opts, summaryOf(signer.address, msgs, fee, memo, timeoutHeight, signMode));
  const client = await connect(opts, signer.wallet);
  try {
    const raw = await client.sign(signer.address, msgs, fee, memo, undefined, timeoutHeight > 0n ? timeoutHeight : undefined);
    return await send(opts, client, TxRaw.encode(raw).finish(), mode);
  } catch (e) {
    throw friendly(e, signer.address);
  } finally {
    client.disconnect();
  }
}

/** The address and public key of a keyring key (no passphrase: both are stored in the clear). */
export function keyOf(opts: GlobalOpts, from: string): { address: string; pubkey: Uint8Array } {
  if (!from) throw new CliError('missing --from: the key name or address to sign with');
  const info = new Keyring(opts.home, opts.keyringBackend).find(from);
  if (!info) throw new CliError(`key ${from} not found in the ${opts.keyringBackend} keyring under ${opts.home} (see \`marketchain keys list\`)`);
  return { address: info.address, pubkey: new Uint8Array(Buffer.from(info.pubkey, 'base64')) };
}

/** The account's number and sequence on chain. */
export async function accountOf(opts: GlobalOpts, address: string): Promise<{ accountNumber: bigint; sequence: bigint }> {
  let bytes: Uint8Array;
  try {
    bytes = await abciQuery(opts, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address }).finish());
  } catch (e) {
    if (/not found/.test((e as Error).message)) throw new CliError(`account ${address} not found on chain: send it some tokens first`);
    throw e;
  }
  const acc = BaseAccount.decode(QueryAccountResponse.decode(bytes).account!.value);
  return { accountNumber: acc.accountNumber, sequence: acc.sequence };
}

/** What the prompt shows: the signer, every message in full, the fee, memo, timeout height and sign mode. */
export function summaryOf(from: string, msgs: EncodeObject[], fee: StdFee, memo: string, timeoutHeight: bigint, signMode: SignModeFlag) {
  return {
    from,
    messages: msgs.map(msgToJson),
    fee: { amount: fee.amount, gas_limit: fee.gas },
    memo,
    ...(timeoutHeight > 0n ? { timeout_height: timeoutHeight.toString() } : {}),
    sign_mode: signMode === 'amino-json' ? 'SIGN_MODE_LEGACY_AMINO_JSON' : 'SIGN_MODE_DIRECT',
  };
}

/** Broadcasts signed tx bytes in the given mode and prints the result; a failed tx sets a non-zero exit. */
export async function send(opts: GlobalOpts, client: StargateClient | undefined, bytes: Uint8Array, mode: BroadcastMode): Promise<BroadcastResult> {
  if (mode !== 'block' || !client) {
    const r = await rpcCall(opts, mode === 'async' ? 'broadcast_tx_async' : 'broadcast_tx_sync', { tx: Buffer.from(bytes).toString('base64') });
    const json = { height: '0', txhash: r.hash, codespace: r.codespace ?? '', code: r.code ?? 0, raw_log: r.log ?? '', gas_wanted: '0', gas_used: '0', events: [] };
    output(opts, json, () => [`txhash: ${r.hash}`, `code: ${json.code}${json.code !== 0 ? ` (${json.codespace}/${json.code}: ${json.raw_log})` : ''}`, mode === 'async' ? 'submitted (not checked)' : 'accepted into the mempool'].join('\n'));
    if (json.code !== 0) {
      process.exitCode = 1;
      if (opts.output !== 'json') process.stderr.write(`Error: tx refused: ${json.raw_log} (${json.codespace}/${json.code})\n`);
    }
    return { code: json.code, height: 0, hash: r.hash, events: [] };
  }
  const r = await client.broadcastTx(bytes);
  const res: BroadcastResult = { code: r.code, height: r.height, hash: r.transactionHash, events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })) };
  const json = { txhash: r.transactionHash, height: r.height, code: r.code, codespace: (r as any).codespace ?? '', raw_log: r.rawLog ?? '', gas_wanted: r.gasWanted.toString(), gas_used: r.gasUsed.toString(), events: res.events };
  output(opts, json, () => {
    const lines = [`txhash: ${r.transactionHash}`, `height: ${r.height}`, `code: ${r.code}${r.code !== 0 ? ` (${r.rawLog})` : ''}`, `gas used / wanted: ${r.gasUsed} / ${r.gasWanted}`, 'events:'];
    for (const e of res.events) lines.push(`  ${e.type}: ${e.attributes.map((a) => `${a.key}=${a.value}`).join(' ')}`);
    return lines.join('\n');
  });
  if (r.code !== 0) {
    process.exitCode = 1;
    if (opts.output !== 'json') process.stderr.write(`Error: tx failed: ${r.rawLog}\n`);
  }
  return res;
}
