// The lab's view of a node: JSON-RPC calls, amm queries, block events, and offline signing with cosmjs for
// the agents (one HD wallet, one account per agent, sequences tracked from inclusion in blocks).
import { DirectSecp256k1Wallet, Registry, type EncodeObject, type GeneratedType } from '@cosmjs/proto-signing';
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve, stringToPath } from '@cosmjs/crypto';
import { defaultRegistryTypes, SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';
import { marketchain } from '../proto/amm.js';
import { TYPE_URLS } from '../modules/amm/msgs.js';
import type { PoolState as MathPoolState } from '../modules/amm/math/pool_math.js';

const pb = marketchain.amm.v1;

const registry = new Registry([
  ...defaultRegistryTypes,
  ...([
    [TYPE_URLS.createPool, pb.MsgCreatePool],
    [TYPE_URLS.addLiquidity, pb.MsgAddLiquidity],
    [TYPE_URLS.removeLiquidity, pb.MsgRemoveLiquidity],
    [TYPE_URLS.swapExactIn, pb.MsgSwapExactIn],
  ] as [string, unknown][] as [string, GeneratedType][]),
]);

export const txHash = (tx: Uint8Array) => createHash('sha256').update(tx).digest('hex').toUpperCase();
export const b64 = (tx: Uint8Array) => Buffer.from(tx).toString('base64');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The chain's pool record in the module's own math shape (modules/amm/math/pool_math.ts). */
export type PoolState = MathPoolState;

export interface TxEvent {
  type: string;
  attrs: Record<string, string>;
}

export interface BlockTx {
  hash: string;
  code: number;
  codespace: string;
  log: string;
  events: TxEvent[];
}

/** A bounded bigint from an event or query string (the node's own output; anything else is a bug worth stopping on). */
export const big = (s: string | null | undefined): bigint => (s && /^[0-9]+$/.test(s) ? BigInt(s) : 0n);

export class Chain {
  private constructor(
    readonly url: string,
    readonly chainId: string,
    private readonly query: StargateClient,
  ) {}

  static async connect(url: string): Promise<Chain> {
    const q = await StargateClient.connect(url);
    return new Chain(url, await q.getChainId(), q);
  }

  disconnect(): void {
    this.query.disconnect();
  }

  async rpc(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });
    for (let attempt = 0; ; attempt++) {
      try {
        const r = await fetch(this.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        const j = (await r.json()) as any;
        if (j.error) throw new Error(`${method}: ${j.error.message}: ${j.error.data ?? ''}`);
        return j.result;
      } catch (e) {
        // A keep-alive socket the node closed while the lab was busy: retry on a fresh one.
        if (attempt < 2 && (e as any)?.cause?.code === 'UND_ERR_SOCKET') continue;
        throw e;
      }
    }
  }

  /** Header time (ms) of the latest block seen by height(): when the node started producing it. */
  lastBlockTimeMs = 0;

  async height(): Promise<number> {
    const st = (await this.rpc('status')).sync_info;
    this.lastBlockTimeMs = Date.parse(st.latest_block_time) || 0;
    return Number(st.latest_block_height);
  }

  /** Waits until the chain is past `h` (polls every 40 ms), up to timeoutMs. */
  async waitPast(h: number, timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = await this.height();
      if (now > h) return now;
      if (Date.now() > deadline) throw new Error(`the node at ${this.url} did not pass height ${h} in ${timeoutMs} ms`);
      await sleep(40);
    }
  }

  /** abci_query on the latest state, at least at `minHeight` (the block the caller just saw). */
  async abciQuery(path: string, data: Uint8Array, minHeight = 0): Promise<Uint8Array> {
    let resp: any;
    for (let i = 0; ; i++) {
      resp = (await this.rpc('abci_query', { path, data: Buffer.from(data).toString('hex') })).response;
      if (Number(resp.height ?? 0) >= minHeight || i >= 50) break;
      await sleep(40);
    }
    if (resp.code !== 0) throw new Error(`${path}: ${resp.codespace}/${resp.code} ${resp.log}`);
    return Buffer.from(resp.value ?? '', 'base64');
  }

  /** The pool's state as of `minHeight` or later. */
  async pool(poolId: number, minHeight = 0): Promise<PoolState> {
    const v = pb.QueryPoolResponse.decode(await this.abciQuery('/marketchain.amm.v1.Query/Pool', pb.QueryPoolRequest.encode({ poolId }).finish(), minHeight)).pool!.pool!;
    return {
      sqrtPriceX96: big(v.sqrtPriceX96), sqrtLowerX96: big(v.sqrtLowerX96), sqrtUpperX96: big(v.sqrtUpperX96),
      liquidityLong: big(v.liquidityLong), liquidityShort: big(v.liquidityShort), reserve0: big(v.reserve0), reserve1: big(v.reserve1),
      feeVault0: big(v.feeVault0), feeVault1: big(v.feeVault1), orphanFees0: big(v.orphanFees0), orphanFees1: big(v.orphanFees1),
      feeGrowthLong0X128: big(v.feeGrowthLong0X128), feeGrowthLong1X128: big(v.feeGrowthLong1X128), feeGrowthShort0X128: big(v.feeGrowthShort0X128), feeGrowthShort1X128: big(v.feeGrowthShort1X128),
      feePips: BigInt(v.feePips ?? 0), betaPpm: BigInt(v.betaPpm ?? 0),
    };
  }

  async balance(address: string, denom: string): Promise<bigint> {
    return BigInt((await this.query.getBalance(address, denom)).amount);
  }

  /** An account's number and sequence; an account funded in the block just seen may take a moment to be queryable. */
  async account(address: string): Promise<{ accountNumber: bigint; sequence: bigint }> {
    for (let i = 0; i < 50; i++) {
      const a = await this.query.getAccount(address);
      if (a) return { accountNumber: BigInt(a.accountNumber), sequence: BigInt(a.sequence) };
      await sleep(100);
    }
    throw new Error(`account ${address} not found on chain`);
  }

  /** The block's txs in order with their results and events (attributes as plain strings). */
  async blockTxs(height: number): Promise<BlockTx[]> {
    const [b, r] = await Promise.all([this.rpc('block', { height: String(height) }), this.rpc('block_results', { height: String(height) })]);
    const txs = (b.block.data.txs ?? []) as string[];
    const results = (r.txs_results ?? []) as any[];
    return txs.map((t, i) => {
      const res = results[i] ?? {};
      return {
        hash: txHash(Buffer.from(t, 'base64')),
        code: Number(res.code ?? 0),
        codespace: res.codespace ?? '',
        log: res.log ?? '',
        events: ((res.events ?? []) as any[]).map((e) => ({ type: e.type, attrs: Object.fromEntries((e.attributes ?? []).map((a: any) => [a.key, a.value])) })),
      };
    });
  }
}

export interface Account {
  address: string;
  accountNumber: bigint;
  sequence: bigint;
}

/** The agents' keys: one mnemonic, HD index i is agent i (m/44'/118'/0'/0/i). */
export class Signers {
  private constructor(
    // One single-key wallet per agent: an HD wallet holding every path derives them all on each signature.
    private readonly clients: Map<string, SigningStargateClient>,
    readonly addresses: string[],
  ) {}

  static async fromMnemonic(mnemonic: string, count: number, hdPath = (i: number) => `m/44'/118'/0'/0/${i}`): Promise<Signers> {
    const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
    const clients = new Map<string, SigningStargateClient>();
    const addresses: string[] = [];
    for (let i = 0; i < count; i++) {
      const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, seed, stringToPath(hdPath(i)));
      const wallet = await DirectSecp256k1Wallet.fromKey(privkey, 'mkt');
      const [acc] = await wallet.getAccounts();
      clients.set(acc!.address, await SigningStargateClient.offline(wallet, { registry }));
      addresses.push(acc!.address);
    }
    return new Signers(clients, addresses);
  }

  /** Signs at the account's tracked sequence plus offset; `feeUmkt` is the whole fee (gas limit 400,000 unless given). */
  async sign(acc: Account, chainId: string, msgs: EncodeObject[], feeUmkt: bigint, offset = 0, gas = GAS_LIMIT): Promise<Uint8Array> {
    const fee = { amount: feeUmkt > 0n ? [{ denom: 'umkt', amount: feeUmkt.toString() }] : [], gas: String(gas) };
    const client = this.clients.get(acc.address);
    if (!client) throw new Error(`no key for ${acc.address}`);
    const raw = await client.sign(acc.address, msgs, fee, '', { accountNumber: acc.accountNumber, sequence: Number(acc.sequence) + offset, chainId });
    return TxRaw.encode(raw).finish();
  }
}

export const GAS_LIMIT = 400_000;

export const msg = {
  send: (from: string, to: string, coins: { denom: string; amount: string }[]) => ({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: from, toAddress: to, amount: coins } }),
  createPool: (sender: string, v: { denom0: string; denom1: string; price: string; lower: string; upper: string; feePips: number; betaPpm: number }) => ({
    typeUrl: TYPE_URLS.createPool,
    value: { sender, denom0: v.denom0, denom1: v.denom1, price: v.price, priceLower: v.lower, priceUpper: v.upper, feePips: v.feePips, betaPpm: v.betaPpm },
  }),
  add: (sender: string, poolId: number, amount0Max: bigint, amount1Max: bigint, commitmentBlocks: number) => ({
    typeUrl: TYPE_URLS.addLiquidity,
    value: { sender, poolId, amount0Max: amount0Max.toString(), amount1Max: amount1Max.toString(), commitmentBlocks, amount0Min: '', amount1Min: '' },
  }),
  remove: (sender: string, positionId: string) => ({ typeUrl: TYPE_URLS.removeLiquidity, value: { sender, positionId } }),
  swap: (sender: string, poolId: number, denomIn: string, amountIn: bigint, limitX96 = 0n) => ({
    typeUrl: TYPE_URLS.swapExactIn,
    value: { sender, poolId, denomIn, amountIn: amountIn.toString(), minAmountOut: '0', sqrtPriceLimitX96: limitX96 === 0n ? '' : limitX96.toString() },
  }),
};
