// `marketchain amm bundle`: signed txs broadcast as one atomic bundle, in a bundle envelope tx
// (MsgBundle) signed by --from whose fee (--fees / --gas-prices) is the bid, through broadcast_tx_sync:
// the same command against the embedded node and against CometBFT's RPC. `amm jit-bot` sends its
// bundles with sendEnvelope too.
import type { Command } from 'commander';
import { fromBase64, toBase64, toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import * as V from '../modules/amm/msgs.js';
import { MAX_BUNDLE_TXS } from '../modules/amm/index.js';
import { CliError, type CliEnv, type TxOpts } from './env.js';

/** What the node answered for an envelope: its hash (the bundle id), its inner txs' hashes, CheckTx's code. */
export interface EnvelopeSent {
  bundle_id: string;
  hashes: string[];
  code: number;
  codespace: string;
  log: string;
}

const hashHex = (tx: Uint8Array) => toHexUpper(sha256(tx));

/** Signs the envelope of `txs` (in order) at the searcher's next sequence and broadcasts it. */
export async function sendEnvelope(env: CliEnv, o: TxOpts, searcher: string, txs: Uint8Array[]): Promise<EnvelopeSent> {
  const envelope = await env.signOnly(o, [{ typeUrl: V.TYPE_URLS.bundle, value: { sender: searcher, txs } }], 0);
  const res = await env.rpc(o, 'broadcast_tx_sync', { tx: toBase64(envelope) });
  return { bundle_id: hashHex(envelope), hashes: txs.map(hashHex), code: res.code, codespace: res.codespace ?? '', log: res.log ?? '' };
}

/** The bytes a <tx> argument names: base64 TxRaw bytes, or the hash of a tx pending in the mempool. */
async function txArg(o: TxOpts, arg: string, pending: () => Promise<Map<string, Uint8Array>>): Promise<Uint8Array> {
  if (/^[0-9A-Fa-f]{64}$/.test(arg)) {
    const tx = (await pending()).get(arg.toUpperCase());
    if (!tx) throw new CliError(`no tx ${arg.toUpperCase()} is pending in the mempool of ${o.node}`);
    return tx;
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(arg)) throw new CliError(`invalid tx ${JSON.stringify(arg.slice(0, 80))}: expected base64 TxRaw bytes or a pending tx's hash`);
  return fromBase64(arg);
}

export function registerAmmBundle(env: CliEnv, group: Command): void {
  env.addTxFlags(group.command('bundle <tx...>')
    .description(`Broadcast signed txs (1 to ${MAX_BUNDLE_TXS}, in order) as one atomic bundle: a ${V.TYPE_URLS.bundle} envelope signed by --from at its next sequence, whose fee is the bid. Each <tx> is base64 TxRaw bytes or the hash of a tx pending in the mempool (the one tx of another party it may wrap); sign your own txs at the sequences right after the envelope's, in bundle order`))
    .action(async (args: string[], ...rest: unknown[]) => {
      const o = env.opts<TxOpts>(rest[rest.length - 1] as Command);
      if (args.length > MAX_BUNDLE_TXS) throw new CliError(`a bundle holds 1 to ${MAX_BUNDLE_TXS} txs, got ${args.length}`);
      const searcher = await env.resolveAddress(o, o.from);
      let mempool: Promise<Map<string, Uint8Array>> | undefined;
      const pending = () =>
        (mempool ??= env.rpc(o, 'unconfirmed_txs', { limit: '100' }).then((r) => new Map(((r.txs ?? []) as string[]).map((b) => [hashHex(fromBase64(b)), fromBase64(b)]))));
      const txs: Uint8Array[] = [];
      for (const a of args) txs.push(await txArg(o, a, pending));
      const sent = await sendEnvelope(env, o, searcher, txs);
      if (sent.code !== 0) throw new CliError(`${sent.log} (code ${sent.code}, codespace ${sent.codespace})`);
      env.output(o, sent, `bundle ${sent.bundle_id} admitted: ${sent.hashes.join(' ')}`);
    });
}
