// Signing and broadcasting with the standard cosmjs stack (DirectSecp256k1HdWallet + SigningStargateClient).
import { DirectSecp256k1HdWallet, Registry, type EncodeObject, type GeneratedType } from '@cosmjs/proto-signing';
import { stringToPath } from '@cosmjs/crypto';
import { calculateFee, defaultRegistryTypes, GasPrice, SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { Keyring, KeyringError } from '../keyring/keyring.js';
import { CliError, type GlobalOpts, type TxOpts } from './env.js';
import { passphrase } from './passphrase.js';

export const extraTypes: [string, GeneratedType][] = [];

export function makeRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...extraTypes]);
}

export async function loadSigner(opts: GlobalOpts, from: string): Promise<{ wallet: DirectSecp256k1HdWallet; address: string }> {
  if (!from) throw new CliError('missing --from: the key name or address to sign with');
  const kr = new Keyring(opts.home, opts.keyringBackend);
  const info = kr.find(from);
  if (!info) throw new CliError(`key ${from} not found in the ${opts.keyringBackend} keyring under ${opts.home} (see \`marketchain keys list\`)`);
  let mnemonic: string;
  try {
    mnemonic = await kr.mnemonic(info.name, opts.keyringBackend === 'file' ? await passphrase() : undefined);
  } catch (e) {
    if (e instanceof KeyringError) throw new CliError(e.message);
    throw e;
  }
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'mkt', hdPaths: [stringToPath(info.hdPath)] });
  return { wallet, address: info.address };
}

export async function connect(opts: GlobalOpts, wallet: DirectSecp256k1HdWallet): Promise<SigningStargateClient> {
  let client: SigningStargateClient;
  let nodeChain: string;
  try {
    client = await SigningStargateClient.connectWithSigner(opts.node, wallet, { registry: makeRegistry(), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 30_000 });
    nodeChain = await client.getChainId();
  } catch (e) {
    throw new CliError(`cannot reach the node at ${opts.node}: ${(e as Error).message}`);
  }
  // cosmjs signs for the node's chain id; refuse when the user asked for another chain.
  if (opts.chainId && opts.chainId !== nodeChain) {
    client.disconnect();
    throw new CliError(`chain id mismatch: --chain-id (or client.json) is ${opts.chainId} but the node at ${opts.node} runs ${nodeChain}`);
  }
  return client;
}

function parseGasPrice(s: string): GasPrice {
  try {
    return GasPrice.fromString(s);
  } catch (e) {
    throw new CliError(`invalid --gas-prices ${JSON.stringify(s)}: ${(e as Error).message}`);
  }
}

/** Builds the StdFee from --fees / --gas / --gas-prices / --gas-adjustment (simulating for --gas auto). */
export async function resolveFee(client: SigningStargateClient, opts: TxOpts, signer: string, msgs: EncodeObject[]): Promise<StdFee> {
  const gasFlag = opts.gas ?? 'auto';
  let gas: number;
  if (gasFlag === 'auto') {
    const adj = Number(opts.gasAdjustment ?? '1.5');
    if (!(adj >= 1 && adj <= 10)) throw new CliError(`invalid --gas-adjustment ${opts.gasAdjustment}: use a number between 1 and 10`);
    gas = Math.ceil((await client.simulate(signer, msgs, opts.memo ?? '')) * adj);
  } else {
    if (!/^\d+$/.test(gasFlag) || Number(gasFlag) <= 0) throw new CliError(`invalid --gas ${JSON.stringify(gasFlag)}: use a positive integer or auto`);
    gas = Number(gasFlag);
  }
  if (opts.fees !== undefined) {
    if (opts.gasPrices !== undefined) throw new CliError('use either --fees or --gas-prices, not both');
    const m = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]*)$/.exec(opts.fees.trim());
    if (!m) throw new CliError(`invalid --fees ${JSON.stringify(opts.fees)}: expected e.g. 2000umkt`);
    return { amount: [{ denom: m[2]!, amount: m[1]! }], gas: String(gas) };
  }
  return dropZero(calculateFee(gas, parseGasPrice(opts.gasPrices ?? '0umkt')));
}

function dropZero(fee: StdFee): StdFee {
  return { ...fee, amount: fee.amount.filter((c) => c.amount !== '0') };
}

// signOnly is called repeatedly by long-lived commands (the JIT bot signs two txs per bundle, against
// the clock of the next block): unlock the key once (one passphrase prompt for the file keyring) and
// keep one client per node and key.
const signers = new Map<string, Promise<{ wallet: DirectSecp256k1HdWallet; address: string; client: SigningStargateClient; chainId: string }>>();

/** Signs without broadcasting; sequenceOffset signs ahead of pending txs (bundles). */
export async function signOnly(opts: TxOpts, msgs: EncodeObject[], sequenceOffset = 0): Promise<Uint8Array> {
  const key = JSON.stringify([opts.home, opts.keyringBackend, opts.from, opts.node, opts.chainId ?? '']);
  let p = signers.get(key);
  if (!p) {
    p = (async () => {
      const { wallet, address } = await loadSigner(opts, opts.from);
      const client = await connect(opts, wallet);
      return { wallet, address, client, chainId: opts.chainId ?? (await client.getChainId()) };
    })();
    signers.set(key, p);
    p.catch(() => signers.delete(key));
  }
  const { address, client, chainId } = await p;
  const acc = await client.getAccount(address);
  if (!acc) throw new CliError(`account ${address} not found on chain`);
  const gas = opts.gas && opts.gas !== 'auto' ? Number(opts.gas) : 400_000;
  let fee: StdFee;
  if (opts.fees !== undefined) {
    const m = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]*)$/.exec(opts.fees.trim());
    if (!m) throw new CliError(`invalid --fees ${JSON.stringify(opts.fees)}: expected e.g. 2000umkt`);
    fee = { amount: [{ denom: m[2]!, amount: m[1]! }], gas: String(gas) };
  } else fee = dropZero(calculateFee(gas, parseGasPrice(opts.gasPrices ?? '0umkt')));
  const raw = await client.sign(address, msgs, fee, opts.memo ?? '', { accountNumber: acc.accountNumber, sequence: acc.sequence + sequenceOffset, chainId });
  return TxRaw.encode(raw).finish();
}
