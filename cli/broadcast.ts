// tx commands' shared path: sign with --from, broadcast, wait for inclusion, print the result.
import type { EncodeObject } from '@cosmjs/proto-signing';
import { BroadcastTxError, TimeoutError } from '@cosmjs/stargate';
import { CliError, type TxOpts } from './env.js';
import { output } from './output.js';
import { readLine } from './passphrase.js';
import { connect, loadSigner, resolveFee } from './signer.js';

export interface BroadcastResult {
  code: number;
  height: number;
  hash: string;
  events: { type: string; attributes: { key: string; value: string }[] }[];
}

function friendly(e: unknown, signer: string): CliError {
  const msg = (e as Error).message ?? String(e);
  if (e instanceof BroadcastTxError) return new CliError(`${e.log} (code ${e.code}, codespace ${e.codespace})`);
  if (e instanceof TimeoutError) return new CliError(`the tx was submitted but not seen in a block within 30s: query it later with \`marketchain query tx ${e.txId}\``);
  if (/does not exist on chain/.test(msg)) return new CliError(`account ${signer} not found on chain: send it some tokens first`);
  const m = /Query failed with \((\d+)\): (.*)/s.exec(msg);
  if (m) return new CliError(`${m[2]!.replace(/^rpc error: code = \w+ desc = /, '')} (code ${m[1]})`);
  if (/fetch failed|ECONNREFUSED/.test(msg)) return new CliError(`cannot reach the node: ${msg}`);
  return e instanceof CliError ? e : new CliError(msg);
}

export async function broadcast(opts: TxOpts, msgs: EncodeObject[]): Promise<BroadcastResult> {
  const { wallet, address } = await loadSigner(opts, opts.from);
  const client = await connect(opts, wallet);
  try {
    const fee = await resolveFee(client, opts, address, msgs);
    if (!opts.yes && process.stdin.isTTY && opts.output !== 'json') {
      process.stderr.write(`${JSON.stringify({ from: address, messages: msgs.map((m) => m.typeUrl), fee }, null, 2)}\n`);
      const a = await readLine('confirm transaction before signing and broadcasting [y/N]: ');
      if (!/^y(es)?$/i.test(a.trim())) throw new CliError('cancelled');
    }
    const r = await client.signAndBroadcast(address, msgs, fee, opts.memo ?? '');
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
  } catch (e) {
    throw friendly(e, address);
  } finally {
    client.disconnect();
  }
}
