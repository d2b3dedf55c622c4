// marketchain query store STORE HEXKEY [--prove], query bank balance ADDRESS DENOM [--prove]: raw store
// reads, and with --prove the value (or its absence) verified against the app hash in the header of
// the next block (height + 1), as CometBFT light clients and the SDK do.
import { fromBech32 } from '../../chain/crypto.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { balanceKey } from '../../modules/bank/keys.js';
import { CliError, type CliEnv, type GlobalOpts } from '../env.js';
import { abciQueryResponse, rpcCall } from '../rpc.js';
import { checkStoreProof, proofOpsFromJson } from '../store_proof.js';

/** How long --prove waits for the block after the queried height (whose header carries its app hash). */
const NEXT_HEADER_WAIT_MS = 30_000;

interface StoreRead {
  height: number;
  value: Uint8Array | undefined;
  proof?: { verified: true; app_hash: string; header_height: number };
}

async function nextHeaderAppHash(o: GlobalOpts, height: number): Promise<string> {
  const deadline = Date.now() + NEXT_HEADER_WAIT_MS;
  for (;;) {
    try {
      const b = await rpcCall(o, 'block', { height: String(height + 1) });
      return String(b.block.header.app_hash);
    } catch (e) {
      if (Date.now() > deadline) throw new CliError(`no block ${height + 1} after ${NEXT_HEADER_WAIT_MS / 1000}s: its header carries the app hash the proof is checked against (${(e as Error).message})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function readStore(o: GlobalOpts & { prove?: boolean }, store: string, key: Uint8Array): Promise<StoreRead> {
  const resp = await abciQueryResponse(o, `/store/${store}/key`, key, !!o.prove);
  const height = Number(resp.height);
  const value = resp.value ? new Uint8Array(Buffer.from(resp.value, 'base64')) : undefined;
  if (!o.prove) return { height, value };
  const appHash = await nextHeaderAppHash(o, height);
  const why = checkStoreProof(proofOpsFromJson(resp.proofOps), new Uint8Array(Buffer.from(appHash, 'hex')), store, key, value);
  if (why) throw new CliError(`the proof of ${store} key ${Buffer.from(key).toString('hex')} at height ${height} does not verify against the app hash ${appHash} of block ${height + 1}: ${why}`);
  return { height, value, proof: { verified: true, app_hash: appHash, header_height: height + 1 } };
}

function proofLine(r: StoreRead): string {
  return r.proof ? `\nproof: verified (ICS-23) against app hash ${r.proof.app_hash} in the header of block ${r.proof.header_height}` : '';
}

export function registerStoreQueries(env: CliEnv): void {
  env
    .addQueryFlags(
      env.query
        .command('store')
        .description(`a raw key of a module store (${Object.keys(STORE_BYTES).join(', ')}), with --prove verified against the next block's app hash`)
        .argument('<store>', 'store name')
        .argument('<hexkey>', 'key within the store, hex')
        .option('--prove', 'ask for an ICS-23 proof and verify it'),
    )
    .action(async (store, hexkey, _o, cmd) => {
      const o = env.opts<GlobalOpts & { prove?: boolean }>(cmd);
      if (!(store in STORE_BYTES)) throw new CliError(`unknown store ${JSON.stringify(store)} (one of ${Object.keys(STORE_BYTES).join(', ')})`);
      if (!/^([0-9a-fA-F]{2})+$/.test(hexkey)) throw new CliError(`invalid key ${JSON.stringify(hexkey)}: hex bytes, e.g. 0201ab`);
      const r = await readStore(o, store, new Uint8Array(Buffer.from(hexkey, 'hex')));
      const json = { store, key: hexkey.toUpperCase(), height: String(r.height), value: r.value ? Buffer.from(r.value).toString('base64') : null, proof: r.proof ?? null };
      env.output(o, json, () => `height: ${r.height}\nvalue: ${r.value ? Buffer.from(r.value).toString('hex').toUpperCase() : '(absent)'}${proofLine(r)}`);
    });

  const qBank = env.query.commands.find((c) => c.name() === 'bank') ?? env.query.command('bank').description('bank queries');
  env
    .addQueryFlags(
      qBank
        .command('balance')
        .description('the balance of one denom, from the bank store (with --prove verified against the next block\'s app hash)')
        .argument('<address>', 'bech32 address or key name')
        .argument('<denom>', 'denom, e.g. umkt')
        .option('--prove', 'ask for an ICS-23 proof and verify it'),
    )
    .action(async (addr, denom, _o, cmd) => {
      const o = env.opts<GlobalOpts & { prove?: boolean }>(cmd);
      const address = await env.resolveAddress(o, addr);
      let key: Uint8Array;
      try {
        key = balanceKey(fromBech32(address), denom);
      } catch (e) {
        throw new CliError(`invalid address ${address}: ${(e as Error).message}`);
      }
      const r = await readStore(o, 'bank', key);
      const amount = r.value ? Buffer.from(r.value).toString('utf8') : '0';
      const json = { address, balance: { denom, amount }, height: String(r.height), proof: r.proof ?? null };
      env.output(o, json, () => `${amount}${denom} at height ${r.height}${proofLine(r)}`);
    });
}
