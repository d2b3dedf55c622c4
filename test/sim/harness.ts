// The simulation's whole-app harness: blocks executed by the app's own BlockExecution, every tx
// through TxRaw decode, the ante and the real msg routes; per-tx and per-block checks.
import type { App } from '../../chain/app.js';
import type { BlockExecution } from '../../chain/block_exec.js';
import { fromUtf8 } from '../../chain/codec/bytes.js';
import { QueryCtx } from '../../chain/context.js';
import { fromBech32, moduleAddress, toBech32 } from '../../chain/crypto.js';
import type { CacheStore } from '../../chain/store/cache_store.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import type { RunTxOutput } from '../../chain/tx/run_tx.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { accountKey, NEXT_ACCOUNT_NUMBER_KEY } from '../../modules/auth/keys.js';
import { getAllBalances, getTotalSupply } from '../../modules/bank/keeper.js';
import { BALANCES_PREFIX, balanceKey, parseBalanceKey } from '../../modules/bank/keys.js';
import { createMarketApp, FEE_COLLECTOR } from '../../node/app_factory.js';
import { blockTime, GENESIS_TIME } from '../helpers/app.js';
import { buildTx, type AnyMsg, type SimAccount } from './keys.js';

export const SIM_CHAIN_ID = 'marketchain-sim';
export const FEE_DENOM = 'umkt';
export const FEE_AMOUNT = 10n;

/** Every module account that may hold coins. */
export const MODULE_ACCOUNTS = ['fee_collector', 'moneymarket', 'amm', 'amm_treasury', 'repo', 'repo_treasury', 'gov'].map((n) => toBech32(moduleAddress(n)));

/** What the generator expects of an operation: `fail` must be rejected with a code, `any` may go either way. */
export type Expect = 'ok' | 'fail' | 'any';

export interface Op {
  label: string;
  acc: SimAccount;
  msgs: AnyMsg[];
  expect: Expect;
  /** Called after delivery (e.g. to drop a cache). */
  after?: (code: number) => void;
}

export class SimFailure extends Error {}

export interface OpStat {
  ok: number;
  fail: number;
  codes: Map<string, number>;
}

const bin = (u: Uint8Array) => Buffer.from(u).toString('latin1');

export class SimChain {
  readonly app: App;
  exec: BlockExecution | undefined;
  readonly stats = new Map<string, OpStat>();
  opCount = 0;
  blockTxs = 0;
  private readonly feeCollectorAuthKey: string;
  private readonly nextAccountKey: string;

  constructor(readonly seed: string, readonly accounts: SimAccount[], readonly signed: boolean, genesis: Record<string, unknown>, readonly log: (s: string) => void) {
    this.app = signed ? createMarketApp() : createMarketApp({ verifySignature: () => true });
    this.app.initChain(SIM_CHAIN_ID, GENESIS_TIME, genesis);
    const q = this.query();
    for (const a of accounts) {
      const acc = getAccount(q, a.address);
      if (!acc) throw new Error(`genesis account ${a.name} missing`);
      a.accountNumber = acc.accountNumber;
      a.sequence = acc.sequence;
    }
    const authByte = String.fromCharCode(STORE_BYTES.auth);
    this.feeCollectorAuthKey = authByte + bin(accountKey(fromBech32(FEE_COLLECTOR)));
    this.nextAccountKey = authByte + bin(NEXT_ACCOUNT_NUMBER_KEY);
  }

  get height(): number {
    return this.app.lastHeight + (this.exec ? 1 : 0);
  }

  /** Read-only view of the current state: inside an open block, everything delivered so far. */
  query(): QueryCtx {
    if (this.exec) return new QueryCtx(this.exec.block, this.top());
    return new QueryCtx(this.app.lastBlock, this.app.commitStore);
  }

  fail(msg: string): never {
    throw new SimFailure(`seed ${this.seed}, block height ${this.height}: ${msg}`);
  }

  begin(): void {
    if (this.exec) throw new Error('block already open');
    const h = this.app.lastHeight + 1;
    this.exec = this.app.beginBlock({ height: h, time: blockTime(h) });
    this.blockTxs = 0;
  }

  private top(): CacheStore {
    // The open checkpoint layer (BlockExecution keeps its layers private; the checkpoint API is public).
    const layers = (this.exec as unknown as { layers: CacheStore[] }).layers;
    return layers[layers.length - 1]!;
  }

  private stat(label: string): OpStat {
    let s = this.stats.get(label);
    if (!s) this.stats.set(label, (s = { ok: 0, fail: 0, codes: new Map() }));
    return s;
  }

  /** Delivers one op as one tx in its own checkpoint, checks what a failure may write, returns the output and the tx bytes. */
  deliver(op: Op): { out: RunTxOutput; tx: Uint8Array } {
    const exec = this.exec;
    if (!exec) throw new Error('no open block');
    const tx = buildTx(op.acc, op.msgs, { chainId: SIM_CHAIN_ID, fee: [{ denom: FEE_DENOM, amount: FEE_AMOUNT.toString() }], gas: 50_000_000, signed: this.signed });
    exec.checkpoint();
    const layer = this.top();
    const bankByte = String.fromCharCode(STORE_BYTES.bank);
    const payerKey = bankByte + bin(balanceKey(fromBech32(op.acc.address), FEE_DENOM));
    const collectorKey = bankByte + bin(balanceKey(fromBech32(FEE_COLLECTOR), FEE_DENOM));
    const amt = (k: string) => { const v = layer.getRaw(k); return v ? BigInt(fromUtf8(v)) : 0n; };
    const payerBefore = amt(payerKey), collectorBefore = amt(collectorKey);
    let out: RunTxOutput;
    try {
      out = exec.deliverTx(tx);
    } catch (e) {
      this.fail(`${op.label} by ${op.acc.name} crashed the block: ${(e as Error).stack ?? e}`);
    }
    const r = out.result;
    this.opCount++;
    this.blockTxs++;
    const st = this.stat(op.label);
    if (r.code === 0) st.ok++;
    else {
      st.fail++;
      const c = `${r.codespace}/${r.code}`;
      st.codes.set(c, (st.codes.get(c) ?? 0) + 1);
    }
    if (r.code !== 0 && (!r.codespace || r.codespace === 'undefined')) this.fail(`${op.label} rejected without a codespace: code ${r.code} ${r.log}`);
    if (r.codespace === 'sdk' && r.code === 1) this.fail(`${op.label} hit an internal error (sdk/1): ${r.log}`);
    if (op.expect === 'fail' && r.code === 0) this.fail(`${op.label} by ${op.acc.name} should have been rejected but succeeded`);
    if (op.expect === 'ok' && r.code !== 0) this.fail(`${op.label} by ${op.acc.name} should have succeeded: ${r.codespace}/${r.code} ${r.log}`);
    const ws = layer.writeSet();
    if (out.anteFailed) {
      if (ws.length > 0) this.fail(`${op.label}: the ante rejected it (${r.log}) but it wrote ${ws.length} keys`);
      if (!(r.codespace === 'sdk' || op.expect === 'fail')) this.fail(`${op.label}: unexpected ante failure ${r.codespace}/${r.code} ${r.log}`);
    } else {
      op.acc.sequence++;
      if (r.code !== 0) {
        const allowed = new Set([payerKey, collectorKey, this.feeCollectorAuthKey, this.nextAccountKey, String.fromCharCode(STORE_BYTES.auth) + bin(accountKey(fromBech32(op.acc.address)))]);
        const extra = ws.filter(([k]) => !allowed.has(k));
        if (extra.length > 0) this.fail(`${op.label} failed (${r.codespace}/${r.code} ${r.log}) but wrote ${extra.length} keys beyond fee and sequence (first store byte ${extra[0]![0].charCodeAt(0)})`);
        if (r.events.some((e) => !['tx', 'coin_spent', 'coin_received', 'transfer'].includes(e.type))) this.fail(`${op.label} failed but kept events ${r.events.map((e) => e.type).join(',')}`);
      }
      if (amt(payerKey) !== payerBefore - FEE_AMOUNT && r.code !== 0) this.fail(`${op.label}: failed tx moved the payer's ${FEE_DENOM} by ${amt(payerKey) - payerBefore}, expected -${FEE_AMOUNT}`);
      if (r.code !== 0 && amt(collectorKey) !== collectorBefore + FEE_AMOUNT) this.fail(`${op.label}: fee collector got ${amt(collectorKey) - collectorBefore}`);
    }
    exec.acceptCheckpoint();
    op.after?.(r.code);
    return { out, tx };
  }

  /** An atomic bundle as the block producer admits it: all txs succeed or none is kept. */
  bundle(ops: (Op | ((prev: { out: RunTxOutput; tx: Uint8Array }[]) => Op))[]): { out: RunTxOutput; tx: Uint8Array }[] | undefined {
    const exec = this.exec!;
    const mark = exec.checkpoint();
    const done: { out: RunTxOutput; tx: Uint8Array }[] = [];
    const seqs = ops.map(() => 0n);
    const accs: SimAccount[] = [];
    for (const o of ops) {
      const op = typeof o === 'function' ? o(done) : o;
      accs.push(op.acc);
      seqs[done.length] = op.acc.sequence;
      const r = this.deliver(op);
      done.push(r);
      if (r.out.result.code !== 0) {
        exec.revertCheckpoint(mark);
        // Sequences roll back with the state.
        for (let i = accs.length - 1; i >= 0; i--) accs[i]!.sequence = seqs[i]!;
        this.blockTxs -= done.length;
        return undefined;
      }
    }
    exec.acceptCheckpoint();
    return done;
  }

  /** Ends the block, then every module invariant and the supply cross-check on committed state. */
  end(knownAddresses: string[]): void {
    const exec = this.exec!;
    try {
      exec.finish();
      this.app.commit();
    } catch (e) {
      this.fail(`end block crashed: ${(e as Error).stack ?? e}`);
    }
    this.exec = undefined;
    const broken = this.app.checkInvariants();
    if (broken.length > 0) this.fail(`broken invariants: ${broken.map((b) => `${b.name}: ${b.message}`).join(' | ')}`);
    this.crossCheck(knownAddresses);
  }

  /** Σ balances of all known accounts and module accounts = bank supply per denom; no balance negative or stored as zero; no unknown holder. */
  crossCheck(knownAddresses: string[]): void {
    const q = this.query();
    const supply = new Map(getTotalSupply(q).map((c) => [c.denom, c.amount]));
    const sums = new Map<string, bigint>();
    const known = new Set(knownAddresses.concat(MODULE_ACCOUNTS));
    for (const a of known) {
      for (const c of getAllBalances(q, a)) {
        if (c.amount <= 0n) this.fail(`${a} holds ${c.amount}${c.denom}`);
        sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
      }
    }
    for (const [k, v] of q.kv(STORE_BYTES.bank).iterate(BALANCES_PREFIX)) {
      const { addr, denom } = parseBalanceKey(k);
      const amount = BigInt(fromUtf8(v));
      if (amount <= 0n) this.fail(`balance ${toBech32(addr)} ${denom} is ${amount}`);
      if (!known.has(toBech32(addr))) this.fail(`unknown holder ${toBech32(addr)} has ${amount}${denom}`);
    }
    for (const d of new Set([...supply.keys(), ...sums.keys()])) {
      if ((supply.get(d) ?? 0n) !== (sums.get(d) ?? 0n)) this.fail(`${d}: supply ${supply.get(d) ?? 0n} != Σ account balances ${sums.get(d) ?? 0n}`);
      if ((supply.get(d) ?? 0n) < 0n) this.fail(`${d}: negative supply`);
    }
  }
}
