// Signing with the standard cosmjs stack: DirectSecp256k1Wallet (SIGN_MODE_DIRECT) or Secp256k1Wallet
// (SIGN_MODE_LEGACY_AMINO_JSON, --sign-mode amino-json) over the keyring's key, and SigningStargateClient,
// with client/'s Registry entries and AminoTypes for every module message.
import { encodeSecp256k1Pubkey, Secp256k1Wallet } from '@cosmjs/amino';
import { DirectSecp256k1Wallet, encodePubkey, Registry, type EncodeObject, type GeneratedType, type OfflineSigner } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, Fee, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { marketchainAminoTypes, marketchainRegistryTypes } from '../client/index.js';
import { Keyring, KeyringError } from '../keyring/keyring.js';
import { readClientFile } from './config.js';
import { CliError, type GlobalOpts, type TxOpts } from './env.js';
import { feeFor } from './fees.js';
import { passphrase } from './passphrase.js';
import { abciQuery } from './rpc.js';
import type { SignModeFlag } from './tx_json.js';

export const extraTypes: [string, GeneratedType][] = [];

export function makeRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...marketchainRegistryTypes, ...extraTypes]);
}

export interface LoadedSigner {
  wallet: OfflineSigner;
  address: string;
  pubkey: Uint8Array;
}

export function signModeFlag(opts: { signMode?: string }): SignModeFlag {
  const m = opts.signMode ?? 'direct';
  if (m !== 'direct' && m !== 'amino-json') throw new CliError(`invalid --sign-mode ${JSON.stringify(m)}: use direct or amino-json`);
  return m;
}

export async function loadSigner(opts: GlobalOpts, from: string, mode: SignModeFlag = 'direct'): Promise<LoadedSigner> {
  if (!from) throw new CliError('missing --from: the key name or address to sign with');
  const kr = new Keyring(opts.home, opts.keyringBackend);
  const info = kr.find(from);
  if (!info) throw new CliError(`key ${from} not found in the ${opts.keyringBackend} keyring under ${opts.home} (see \`marketchain keys list\`)`);
  let privkey: Uint8Array;
  try {
    privkey = await kr.privateKey(info.name, opts.keyringBackend === 'file' ? await passphrase() : undefined);
  } catch (e) {
    if (e instanceof KeyringError) throw new CliError(e.message);
    throw e;
  }
  // The key as derived (or imported): the same key cosmjs's HD wallets derive from the mnemonic.
  const wallet = mode === 'amino-json' ? await Secp256k1Wallet.fromKey(privkey, 'mkt') : await DirectSecp256k1Wallet.fromKey(privkey, 'mkt');
  const acc = (await wallet.getAccounts())[0]!;
  return { wallet, address: info.address, pubkey: acc.pubkey };
}

const clientOptions = () => ({ registry: makeRegistry(), aminoTypes: marketchainAminoTypes(), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 30_000 });

/** A client that signs without a node (tx sign --offline). */
export function offlineClient(wallet: OfflineSigner): Promise<SigningStargateClient> {
  return SigningStargateClient.offline(wallet, clientOptions());
}

export async function connect(opts: GlobalOpts, wallet: OfflineSigner): Promise<SigningStargateClient> {
  let client: SigningStargateClient;
  let nodeChain: string;
  try {
    client = await SigningStargateClient.connectWithSigner(opts.node, wallet, clientOptions());
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

/**
 * The gas a tx uses, from the node's Simulate, queried directly so that a failure keeps its codespace
 * (`amm/13`; cosmjs's simulate reports only the code). The tx is built as cosmjs's simulate builds it.
 */
export async function simulateGas(opts: GlobalOpts, signer: { pubkey: Uint8Array; sequence: bigint }, msgs: EncodeObject[], memo: string): Promise<number> {
  const registry = makeRegistry();
  const tx = Tx.fromPartial({
    authInfo: AuthInfo.fromPartial({
      fee: Fee.fromPartial({}),
      signerInfos: [{ publicKey: encodePubkey(encodeSecp256k1Pubkey(signer.pubkey)), sequence: signer.sequence, modeInfo: { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } } }],
    }),
    body: TxBody.fromPartial({ messages: msgs.map((m) => registry.encodeAsAny(m)), memo }),
    signatures: [new Uint8Array()],
  });
  const res = SimulateResponse.decode(await abciQuery(opts, '/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes: Tx.encode(tx).finish() }).finish()));
  return Number(res.gasInfo?.gasUsed ?? 0n);
}

/** The gas limit from --gas (a number, or auto: simulated × --gas-adjustment). */
export async function resolveGas(opts: TxOpts, simulate: () => Promise<number>): Promise<number> {
  const gasFlag = opts.gas ?? 'auto';
  if (gasFlag === 'auto') {
    const adj = Number(opts.gasAdjustment ?? '1.5');
    if (!(adj >= 1 && adj <= 10)) throw new CliError(`invalid --gas-adjustment ${opts.gasAdjustment}: use a number between 1 and 10`);
    return Math.ceil((await simulate()) * adj);
  }
  if (!/^\d+$/.test(gasFlag) || Number(gasFlag) <= 0 || !Number.isSafeInteger(Number(gasFlag))) throw new CliError(`invalid --gas ${JSON.stringify(gasFlag)}: use a positive integer or auto`);
  return Number(gasFlag);
}

/** The fee of a gas limit from --fees / --gas-prices / client.json gas_prices. */
export function feeForGas(opts: TxOpts, gas: number): StdFee {
  return feeFor(opts, gas, readClientFile(opts.home).gas_prices);
}

// signOnly is called repeatedly by long-lived commands (the JIT bot signs two txs per bundle, against
// the clock of the next block): unlock the key once (one passphrase prompt for the file keyring) and
// keep one client per node and key.
const signers = new Map<string, Promise<{ address: string; client: SigningStargateClient; chainId: string }>>();

/** Signs without broadcasting; sequenceOffset signs ahead of pending txs (bundles). */
export async function signOnly(opts: TxOpts, msgs: EncodeObject[], sequenceOffset = 0): Promise<Uint8Array> {
  const mode = signModeFlag(opts);
  const key = JSON.stringify([opts.home, opts.keyringBackend, opts.from, opts.node, opts.chainId ?? '', mode]);
  let p = signers.get(key);
  if (!p) {
    p = (async () => {
      const { wallet, address } = await loadSigner(opts, opts.from, mode);
      const client = await connect(opts, wallet);
      return { address, client, chainId: opts.chainId ?? (await client.getChainId()) };
    })();
    signers.set(key, p);
    p.catch(() => signers.delete(key));
  }
  const { address, client, chainId } = await p;
  const acc = await client.getAccount(address);
  if (!acc) throw new CliError(`account ${address} not found on chain`);
  const gas = opts.gas && opts.gas !== 'auto' ? Number(opts.gas) : 400_000;
  const fee = feeForGas(opts, gas);
  const raw = await client.sign(address, msgs, fee, opts.note ?? opts.memo ?? '', { accountNumber: acc.accountNumber, sequence: acc.sequence + sequenceOffset, chainId });
  return TxRaw.encode(raw).finish();
}
