// The two engines give the same results (issue 23): one genesis, run by the embedded node and by one
// real `cometbft node` validator driving `marketchaind start --abci`; the same signed txs (signed once,
// offline) land at the same height on both: a money-market flow (supply, borrow, a borrow beyond the
// collateral ratio, price move, liquidation), an AMM swap and a full repo round (open, commit, reveal
// with selection, both accepts, repurchase at maturity). Compared exactly: each tx's result
// (code, codespace, data, log, gas wanted and used, events), the events and app hash of its block, and
// at the end the modules' stored state and every account's balances (abci_query answers byte for byte).
import test from 'ava';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { QueryAllBalancesRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { cometWithApp } from '../helpers/abci_app_process.js';
import { TestNode } from '../helpers/node_process.js';
import { createDevHome, DEV_KEY } from '../../node/dev_home.js';
import { addGenesisAccount, DEFAULT_CHAIN_ID } from '../../node/home.js';
import { Keyring } from '../../keyring/keyring.js';
import { marketchain as ammProto } from '../../proto/amm.js';
import { marketchain as mmProto } from '../../proto/moneymarket.js';
import { marketchain as repoProto } from '../../proto/repo.js';
import { moneymarketRegistryTypes, typeUrl as mmType } from '../../modules/moneymarket/msgs.js';
import { TYPE_URLS as AMM } from '../../modules/amm/msgs.js';
import { computeCommitment, TYPE_URLS as REPO } from '../../modules/repo/msgs.js';

const AmmV1 = ammProto.amm.v1;
const MmV1 = mmProto.moneymarket.v1;
const RepoV1 = repoProto.repo.v1;

/** Both engines' block interval: a tx sent right after height h-1 is seen must make it into block h on both. */
const BLOCK_TIME = '700ms';
const FEE = { amount: [{ denom: 'umkt', amount: '20000' }], gas: '2000000' };
const LOT = 1_000_000_000n;
const TENOR = 4;
const pts = (xs: [number, number][]) => xs.map(([r, q]) => ({ rateBps: r, qty: q }));
const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const big = (p: { rateBps: number; qty: number }[]) => p.map((x) => ({ rateBps: BigInt(x.rateBps), qty: BigInt(x.qty) }));

interface Engine {
  name: string;
  rpc(method: string, params?: Record<string, unknown>): Promise<any>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const heightOf = async (e: Engine): Promise<number> => Number((await e.rpc('status')).sync_info.latest_block_height);

/** A tx result as compared: every field the app sets (CometBFT's ExecTxResult). */
function txResultView(r: any) {
  return {
    code: r.code ?? 0,
    codespace: r.codespace ?? '',
    data: r.data ?? null,
    log: r.log ?? '',
    gas_wanted: String(r.gas_wanted ?? '0'),
    gas_used: String(r.gas_used ?? '0'),
    events: eventsView(r.events),
  };
}

function eventsView(events: any[] | null | undefined) {
  return (events ?? []).map((e) => ({ type: e.type, attributes: (e.attributes ?? []).map((a: any) => ({ key: a.key, value: a.value ?? '' })) }));
}

test('[e2e/cometbft-parity]: the same signed txs on the embedded node and under CometBFT give the same tx results, block events, app hashes, module state and balances', async (t) => {
  t.timeout(240_000);
  // One genesis: the dev home (markets, the uatom/uusdc pool, repo params) and five funded accounts.
  const dir = mkdtempSync(join(tmpdir(), 'marketchain-parity-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const base = join(dir, 'genesis');
  const devAddress = await createDevHome(base, () => {});
  const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(await new Keyring(base, 'test').mnemonic(DEV_KEY), { prefix: 'mkt' });
  const wallets: Record<string, DirectSecp256k1HdWallet> = { dev: devWallet };
  const addr: Record<string, string> = { dev: devAddress };
  for (const n of ['bob', 'bdmm', 'bdrm', 'mm', 'rm']) {
    wallets[n] = await DirectSecp256k1HdWallet.generate(12, { prefix: 'mkt' });
    addr[n] = (await wallets[n]!.getAccounts())[0]!.address;
    addGenesisAccount(base, addr[n]!, '100000000000uatom,1000000000umkt,100000000000uusdc');
  }
  const embHome = join(dir, 'embedded');
  const abciHome = join(dir, 'abci');
  for (const h of [embHome, abciHome]) cpSync(base, h, { recursive: true });

  const node = await TestNode.startHome(embHome, BLOCK_TIME);
  t.teardown(() => node.stop('SIGKILL'));
  const { comet } = await cometWithApp(t, abciHome, { chain_id: DEFAULT_CHAIN_ID }, BLOCK_TIME);
  await comet.start(1);
  const engines: Engine[] = [
    { name: 'embedded', rpc: (m, p = {}) => node.rpc(m, p) },
    { name: 'cometbft', rpc: (m, p = {}) => comet.rpc(m, p) as Promise<any> },
  ];

  // Account numbers from genesis, the same on both engines.
  const accountNumbers: Record<string, bigint> = {};
  for (const [n, a] of Object.entries(addr)) {
    const got = await Promise.all([node.url, comet.rpcUrl].map(async (url) => {
      const c = await StargateClient.connect(url);
      const acc = await c.getAccount(a);
      c.disconnect();
      return acc?.accountNumber;
    }));
    t.is(got[0], got[1], `${n}'s account number`);
    accountNumbers[n] = got[0]!;
  }

  // Every tx signed once, offline, before any is sent.
  const registry = new Registry([
    ...defaultRegistryTypes, ...moneymarketRegistryTypes(),
    [AMM.swapExactIn, AmmV1.MsgSwapExactIn as any],
    [REPO.openRound, RepoV1.MsgOpenRound as any], [REPO.commitReport, RepoV1.MsgCommitReport as any], [REPO.revealReport, RepoV1.MsgRevealReport as any],
    [REPO.acceptLeg, RepoV1.MsgAcceptLeg as any], [REPO.repurchase, RepoV1.MsgRepurchase as any],
  ]);
  const sequences: Record<string, number> = {};
  const sign = async (who: string, msg: EncodeObject): Promise<Uint8Array> => {
    const client = await SigningStargateClient.offline(wallets[who]!, { registry });
    const seq = sequences[who] ?? 0;
    sequences[who] = seq + 1;
    const raw = await client.sign(addr[who]!, [msg], FEE, '', { accountNumber: accountNumbers[who]!, sequence: seq, chainId: DEFAULT_CHAIN_ID });
    return TxRaw.encode(raw).finish();
  };
  const mm = (who: string, name: string, value: Record<string, unknown>) => sign(who, { typeUrl: mmType(name as any), value: { sender: addr[who], ...value } });
  const repo = (who: string, typeUrl: string, value: Record<string, unknown>) => sign(who, { typeUrl, value: { sender: addr[who], ...value } });
  const salts = { mm: Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 1), rm: Uint8Array.from({ length: 32 }, (_, i) => 9 * i + 2) };
  /** [label, tx, expected code]. */
  const flow: [string, Uint8Array, number][] = [
    ['bank send', await sign('dev', { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: addr.dev, toAddress: addr.bob, amount: [{ denom: 'uusdc', amount: '5000000' }] } }), 0],
    ['mm supply uusdc', await mm('dev', 'MsgSupply', { denom: 'uusdc', amount: '100000000' }), 0],
    ['mm supply uatom', await mm('bob', 'MsgSupply', { denom: 'uatom', amount: '1000000' }), 0],
    ['mm borrow', await mm('bob', 'MsgBorrow', { denom: 'uusdc', amount: '5000000' }), 0],
    // beyond the collateral ratio: moneymarket code 7 in the block, nothing changes
    ['mm borrow too much', await mm('bob', 'MsgBorrow', { denom: 'uusdc', amount: '5000000' }), 7],
    ['mm price move', await mm('dev', 'MsgSetAssetPrice', { denom: 'uatom', price: '6' }), 0],
    ['mm liquidate', await mm('dev', 'MsgLiquidate', { borrower: addr.bob, borrowDenom: 'uusdc', collateralDenom: 'uatom', amount: 'max' }), 0],
    ['amm swap', await sign('bob', { typeUrl: AMM.swapExactIn, value: { sender: addr.bob, poolId: 1, denomIn: 'uusdc', amountIn: '20000000', minAmountOut: '1983913', sqrtPriceLimitX96: '' } }), 0],
    // the §5.1 bond: ceil(50 × 10⁹ × 100,000 × 4 / (10⁴ × 31,536,000)) + 1,000,000
    ['repo open', await repo('bdmm', REPO.openRound, {
      bdMm: addr.bdmm, bdRm: addr.bdrm, mmClient: addr.mm, rmClient: addr.rm, cashDenom: 'uusdc', collateralDenom: 'uatom',
      lotSize: LOT.toString(), tenorBlocks: TENOR, maxQty: 50, bond: '1063420uusdc', commitBlocks: 60, revealBlocks: 60, acceptBlocks: 60,
    }), 0],
    ['repo commit rm', await repo('bdrm', REPO.commitReport, { roundId: 1, commitment: computeCommitment(1n, 'rm', 0n, big(S), salts.rm) }), 0],
    ['repo commit mm', await repo('bdmm', REPO.commitReport, { roundId: 1, commitment: computeCommitment(1n, 'mm', 0n, big(D), salts.mm) }), 0],
    ['repo reveal mm', await repo('bdmm', REPO.revealReport, { roundId: 1, hurdleBps: 0, points: D, salt: salts.mm }), 0],
    ['repo reveal rm (selection)', await repo('bdrm', REPO.revealReport, { roundId: 1, hurdleBps: 0, points: S, salt: salts.rm }), 0],
    ['repo accept mm', await repo('mm', REPO.acceptLeg, { roundId: 1 }), 0],
    ['repo accept rm', await repo('rm', REPO.acceptLeg, { roundId: 1 }), 0],
    ['repo repurchase', await repo('rm', REPO.repurchase, { roundId: 1 }), 0],
  ];

  /**
   * The schedule: tx k goes into block heights[k] on both engines. Each engine gets tx k right after it
   * committed heights[k] - 1, a block interval before it builds heights[k] (the engines run apart in
   * time, so each follows the schedule on its own). The repurchase's height is the maturity the RM's
   * acceptance sets (its height + the tenor).
   */
  const start = Math.max(...(await Promise.all(engines.map(heightOf)))) + 3;
  const heights = flow.map((_, k) => start + k);
  const acceptRm = flow.findIndex(([label]) => label === 'repo accept rm');
  heights[heights.length - 1] = heights[acceptRm]! + TENOR;
  const follow = async (e: Engine): Promise<void> => {
    for (const [k, [label, tx]] of flow.entries()) {
      let h = await heightOf(e);
      while (h < heights[k]! - 1) {
        await sleep(5);
        h = await heightOf(e);
      }
      if (h !== heights[k]! - 1) throw new Error(`${label}: ${e.name} passed height ${heights[k]! - 1} before the tx was sent (the machine is too loaded for ${BLOCK_TIME} blocks)`);
      const r = await e.rpc('broadcast_tx_sync', { tx: Buffer.from(tx).toString('base64') });
      if (r.code !== 0) throw new Error(`${label}: ${e.name} refused it in CheckTx: ${r.codespace}/${r.code} ${r.log}`);
    }
    while ((await heightOf(e)) < heights[heights.length - 1]! + 1) await sleep(20);
    for (const [k, [label, tx]] of flow.entries()) {
      const txs: string[] = (await e.rpc('block', { height: String(heights[k]) })).block.data.txs ?? [];
      if (!txs.includes(Buffer.from(tx).toString('base64'))) throw new Error(`${label}: not in block ${heights[k]} on ${e.name} (the machine is too loaded for ${BLOCK_TIME} blocks)`);
    }
  };
  /** block_results of `height`, once the engine has them (CometBFT stores a block before it executes it). */
  const results = async (e: Engine, height: number): Promise<any> => {
    for (let i = 0; ; i++) {
      try {
        return await e.rpc('block_results', { height: String(height) });
      } catch (err) {
        if (i > 200) throw err;
        await sleep(25);
      }
    }
  };

  await Promise.all(engines.map(follow));
  // Per tx: its result and its block's events, and the app hash after its block (in the header of the
  // next block on both engines).
  const codes: number[] = [];
  for (const [i, [label]] of flow.entries()) {
    const h = heights[i]!;
    const [a, b] = await Promise.all(engines.map((e) => results(e, h)));
    t.is(a.txs_results.length, 1, label);
    const [ra, rb] = [txResultView(a.txs_results[0]), txResultView(b.txs_results[0])];
    t.deepEqual(rb, ra, `${label}: tx result`);
    t.deepEqual(eventsView(b.finalize_block_events), eventsView(a.finalize_block_events), `${label}: block events`);
    codes.push(ra.code);
    if (ra.code !== flow[i]![2]) t.log(`${label}: ${ra.codespace}/${ra.code} ${ra.log}`);
    if (i === acceptRm) {
      const ev = ra.events.find((e) => e.type === 'repo.round_started')!;
      t.is(ev.attributes.find((x: any) => x.key === 'maturity_height')!.value, String(heights[heights.length - 1]));
    }
    const hashes = await Promise.all(engines.map(async (e) => (await e.rpc('block', { height: String(h + 1) })).block.header.app_hash));
    t.is(hashes[1], hashes[0], `${label}: app hash after block ${h}`);
  }
  t.deepEqual(codes, flow.map(([, , c]) => c), 'every tx gave the code the flow expects');

  // The modules' stored state and the balances, byte for byte (queries that do not depend on the height).
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  const queries: [string, Uint8Array][] = [
    ...Object.values(addr).map((a): [string, Uint8Array] => ['/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address: a, resolveDenom: false }).finish()]),
    ['/marketchain.moneymarket.v1.Query/Markets', new Uint8Array()],
    ...['uusdc', 'uatom'].flatMap((denom): [string, Uint8Array][] => [
      ['/marketchain.moneymarket.v1.Query/Ledger', MmV1.QueryLedgerRequest.encode({ denom }).finish()],
      ['/marketchain.moneymarket.v1.Query/BalanceSheet', MmV1.QueryBalanceSheetRequest.encode({ denom }).finish()],
    ]),
    ['/marketchain.amm.v1.Query/Pool', AmmV1.QueryPoolRequest.encode({ poolId: 1 }).finish()],
    ['/marketchain.repo.v1.Query/Round', RepoV1.QueryRoundRequest.encode({ roundId: 1 }).finish()],
  ];
  for (const [path, data] of queries) {
    const [qa, qb] = await Promise.all(engines.map(async (e) => (await e.rpc('abci_query', { path, data: hex(data) })).response));
    t.is(qa.code ?? 0, 0, `${path}: ${qa.log}`);
    t.deepEqual({ code: qb.code ?? 0, value: qb.value }, { code: qa.code ?? 0, value: qa.value }, `${path} ${hex(data)}`);
  }
  const round = RepoV1.QueryRoundResponse.decode(Buffer.from((await engines[1]!.rpc('abci_query', { path: '/marketchain.repo.v1.Query/Round', data: hex(RepoV1.QueryRoundRequest.encode({ roundId: 1 }).finish()) })).response.value, 'base64')).round!;
  t.is(round.phase, 'SETTLED');
});
