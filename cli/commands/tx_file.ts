// marketchain tx sign FILE | broadcast FILE | encode FILE | decode BASE64: txs as JSON files, as gaiad
// users pass them between a watch-only or online machine and an offline signer:
//   marketchain tx bank send … --generate-only > unsigned.json
//   marketchain tx sign unsigned.json --from KEY --offline -a N -s N --chain-id ID > signed.json   (no node needed)
//   marketchain tx broadcast signed.json
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { Option } from 'commander';
import { encodeSecp256k1Pubkey, pubkeyToAddress } from '@cosmjs/amino';
import { StargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { equalBytes } from '../../chain/codec/bytes.js';
import { accountOf, broadcastMode, confirm, friendly, requireConfirmable, send, summaryOf } from '../broadcast.js';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from '../env.js';
import { toJson } from '../output.js';
import { connect, loadSigner, makeRegistry, offlineClient, signModeFlag } from '../signer.js';
import { parseTxJson, signModeOf, txBytes, txFromBytes, txJson } from '../tx_json.js';

/** A tx file is small; anything larger is refused before it is read. */
const MAX_TX_FILE = 1 << 20;

function readTxFile(path: string) {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  if (size > MAX_TX_FILE) throw new CliError(`${path} is ${size} bytes; a tx file is at most ${MAX_TX_FILE}`);
  return parseTxJson(readFileSync(path, 'utf8'), path);
}

interface SignOpts extends TxOpts {
  offline?: boolean;
  accountNumber?: string;
  sequence?: string;
  outputDocument?: string;
}

const uintFlag = (v: string | undefined, flag: string): bigint | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d{1,19}$/.test(v)) throw new CliError(`invalid ${flag} ${JSON.stringify(v)}: use a whole number`);
  return BigInt(v);
};

export function registerTxFileCommands(env: CliEnv): void {
  const sign = env.tx
    .command('sign')
    .description('sign a tx JSON file (from --generate-only); prints the signed tx JSON. With --offline no node is contacted: give --chain-id, -a and -s')
    .argument('<file>', 'unsigned tx JSON')
    .option('--from <key>', 'key name or address that signs')
    .option('--offline', 'sign without a node (needs --chain-id, --account-number, --sequence)')
    .option('-a, --account-number <n>', 'the signer\'s account number (default: queried from the node)')
    .option('-s, --sequence <n>', 'the signer\'s sequence (default: queried from the node)')
    .addOption(new Option('--sign-mode <mode>', 'direct or amino-json').choices(['direct', 'amino-json']))
    .option('--output-document <path>', 'write the signed tx there instead of stdout');
  env.addQueryFlags(sign).action(async (file: string, _o, cmd) => {
    const o = env.opts<SignOpts>(cmd);
    const p = readTxFile(file);
    const mode = signModeFlag(o);
    let accountNumber = uintFlag(o.accountNumber, '--account-number');
    let sequence = uintFlag(o.sequence, '--sequence');
    if (o.offline && (accountNumber === undefined || sequence === undefined || !o.chainId)) {
      throw new CliError('--offline signing needs --chain-id, --account-number (-a) and --sequence (-s): nothing is asked of a node');
    }
    const signer = await loadSigner(o, o.from, mode);
    const client = o.offline ? await offlineClient(signer.wallet) : await connect(o, signer.wallet);
    try {
      const chainId = o.chainId ?? (await client.getChainId());
      if (accountNumber === undefined || sequence === undefined) {
        const acc = await accountOf(o, signer.address);
        accountNumber ??= acc.accountNumber;
        sequence ??= acc.sequence;
      }
      const raw = await client.sign(signer.address, p.msgs, p.fee, p.memo, { accountNumber, sequence: Number(sequence), chainId }, p.timeoutHeight > 0n ? p.timeoutHeight : undefined);
      const bytes = TxRaw.encode(raw).finish();
      const signed = txFromBytes(bytes, makeRegistry());
      // The file must broadcast to exactly the signed bytes: checked here rather than found out at broadcast.
      if (!equalBytes(txBytes(signed, makeRegistry()), bytes)) throw new CliError('internal error: the signed tx does not re-encode to the signed bytes');
      const text = toJson(txJson(signed));
      if (o.outputDocument) writeFileSync(o.outputDocument, text + '\n');
      else console.log(text);
    } catch (e) {
      throw friendly(e, signer.address);
    } finally {
      client.disconnect();
    }
  });

  const bc = env.tx
    .command('broadcast')
    .description('broadcast a signed tx JSON file (from `tx sign`)')
    .argument('<file>', 'signed tx JSON')
    .addOption(new Option('-b, --broadcast-mode <mode>', 'block: wait for inclusion; sync: CheckTx only; async: do not wait').choices(['sync', 'async', 'block']))
    .option('-y, --yes', 'skip the confirmation prompt (required when stdin is not a terminal)');
  env.addQueryFlags(bc).action(async (file: string, _o, cmd) => {
    const o = env.opts<TxOpts>(cmd);
    const mode = broadcastMode(o);
    requireConfirmable(o);
    const p = readTxFile(file);
    const bytes = txBytes(p, makeRegistry());
    const from = pubkeyToAddress(encodeSecp256k1Pubkey(p.signers[0]!.pubkey), 'mkt');
    await confirm(o, summaryOf(from, p.msgs, p.fee, p.memo, p.timeoutHeight, p.signers[0]!.mode === signModeOf('amino-json') ? 'amino-json' : 'direct'));
    const client = mode === 'block' ? await connectQuery(o) : undefined;
    try {
      await send(o, client, bytes, mode);
    } catch (e) {
      throw friendly(e, from);
    } finally {
      client?.disconnect();
    }
  });

  env.addQueryFlags(env.tx.command('encode').description('print a tx JSON file as base64 TxRaw bytes (what broadcast_tx_* takes)').argument('<file>', 'tx JSON')).action((file: string, _o, cmd) => {
    const o = env.opts(cmd);
    const b64 = Buffer.from(txBytes(readTxFile(file), makeRegistry(), false)).toString('base64');
    env.output(o, { tx: b64 }, b64);
  });

  env.addQueryFlags(env.tx.command('decode').description('print base64 TxRaw bytes as tx JSON').argument('<base64>', 'the tx bytes, base64')).action((b64: string) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new CliError('the argument is not base64');
    console.log(toJson(txJson(txFromBytes(new Uint8Array(Buffer.from(b64, 'base64')), makeRegistry()))));
  });
}

async function connectQuery(o: GlobalOpts): Promise<StargateClient> {
  try {
    return await StargateClient.connect(o.node);
  } catch (e) {
    throw new CliError(`cannot reach the node at ${o.node}: ${(e as Error).message}`);
  }
}
