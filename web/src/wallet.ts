// Wallet actions: Keplr (when the browser has it, on any chain) or a pasted test mnemonic (the local dev
// chain only) signs supply, borrow, swap and accept-leg txs with cosmjs, sent through the node's
// JSON-RPC. Loaded on demand (its own chunk, the explorer pages do not pay for cosmjs). The four
// messages are encoded here from their .proto field numbers (proto/marketchain/*/v1/tx.proto); the node
// decodes and checks them as any client's.
import { BinaryWriter } from 'cosmjs-types/binary';
import { DirectSecp256k1HdWallet, Registry, type GeneratedType, type OfflineSigner } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, SigningStargateClient } from '@cosmjs/stargate';

type Field = [no: number, name: string, kind: 'string' | 'uint64'];

/** A GeneratedType for a message of string / uint64 fields (encode only is what signing needs). */
function message(fields: Field[]): GeneratedType {
  return {
    encode(m: Record<string, unknown>, w = BinaryWriter.create()) {
      for (const [no, name, kind] of fields) {
        const v = m[name];
        if (v === undefined || v === '' || v === 0 || v === '0') continue;
        if (kind === 'string') w.uint32((no << 3) | 2).string(String(v));
        else w.uint32(no << 3).uint64(BigInt(v as string));
      }
      return w;
    },
    decode() {
      throw new Error('not decoded here');
    },
    fromPartial: (o: object) => o,
  } as unknown as GeneratedType;
}

const coin3: Field[] = [[1, 'sender', 'string'], [2, 'denom', 'string'], [3, 'amount', 'string']];
export const TYPES = {
  supply: '/marketchain.moneymarket.v1.MsgSupply',
  borrow: '/marketchain.moneymarket.v1.MsgBorrow',
  swap: '/marketchain.amm.v1.MsgSwapExactIn',
  acceptLeg: '/marketchain.repo.v1.MsgAcceptLeg',
};
const registry = new Registry([
  ...defaultRegistryTypes,
  [TYPES.supply, message(coin3)],
  [TYPES.borrow, message(coin3)],
  [TYPES.swap, message([[1, 'sender', 'string'], [2, 'poolId', 'uint64'], [3, 'denomIn', 'string'], [4, 'amountIn', 'string'], [5, 'minAmountOut', 'string'], [6, 'sqrtPriceLimitX96', 'string']])],
  [TYPES.acceptLeg, message([[1, 'sender', 'string'], [2, 'roundId', 'uint64']])],
]);

export interface Signer {
  address: string;
  send(typeUrl: string, value: Record<string, unknown>): Promise<{ code: number; hash: string; log: string }>;
}

/** The part of Keplr's window.keplr API this page calls (docs.keplr.app, "Suggest chain", "Connect"). */
export interface Keplr {
  experimentalSuggestChain(chainInfo: ChainInfo): Promise<void>;
  enable(chainId: string): Promise<void>;
  getOfflineSigner(chainId: string): OfflineSigner;
}

/** Keplr's ChainInfo, as far as this page reads it (the node serves the whole object at /chain-info.json). */
export interface ChainInfo {
  chainId: string;
  feeCurrencies: { coinMinimalDenom: string; gasPriceStep?: { average: number } }[];
  [k: string]: unknown;
}

async function withSigner(wallet: OfflineSigner, rpcUrl: string, gasPrice: string): Promise<Signer> {
  const address = (await wallet.getAccounts())[0]!.address;
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString(gasPrice), broadcastPollIntervalMs: 300 });
  return {
    address,
    async send(typeUrl, value) {
      const r = await client.signAndBroadcast(address, [{ typeUrl, value: { sender: address, ...value } }], 1.5);
      return { code: r.code, hash: r.transactionHash, log: r.rawLog ?? '' };
    },
  };
}

export async function connect(mnemonic: string, rpcUrl: string): Promise<Signer> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic.trim().replace(/\s+/g, ' '), { prefix: 'mkt' });
  return withSigner(wallet, rpcUrl, '0.025umkt');
}

/**
 * Keplr: suggest the node's chain (Keplr asks the user to add it the first time), ask for access to
 * it, then sign through Keplr's offline signer; the keys never reach the page. Fees at the chain
 * info's own average gas price, which Keplr shows the user and may let them change.
 */
export async function connectKeplr(keplr: Keplr, chainInfo: ChainInfo, rpcUrl: string): Promise<Signer> {
  await keplr.experimentalSuggestChain(chainInfo);
  await keplr.enable(chainInfo.chainId);
  const fee = chainInfo.feeCurrencies[0]!;
  const price = fee.gasPriceStep?.average ?? 0.025;
  // GasPrice wants a plain decimal: a tiny price would print in exponent form.
  return withSigner(keplr.getOfflineSigner(chainInfo.chainId), rpcUrl, `${String(price).includes('e') ? price.toFixed(18) : price}${fee.coinMinimalDenom}`);
}
