// Fuzzing every module message (bank, moneymarket, amm, repo) on a whole in-memory app: random field
// values — huge, negative and malformed numbers, unicode, empty and overlong denoms, invalid and
// foreign addresses, empty fields, duplicated (re-encoded) fields, random nested messages — built from
// the module's own .proto through protobufjs reflection. Each tx goes through checkTx and a deliver on
// a branch of the committed state: no throw, no sdk/35 or panic code, every rejection carries a code and
// codespace, and a rejected message leaves exactly the state of a reference failing tx (fee + sequence).
// Accepted txs are committed in real blocks, so later cases run on evolving state; invariants are
// checked after each block.
import test from 'ava';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { App } from '../../chain/app.js';
import { QueryCtx } from '../../chain/context.js';
import { CacheStore } from '../../chain/store/cache_store.js';
import { runTx } from '../../chain/tx/run_tx.js';
import { prepareTx } from '../../chain/tx/prepared_tx.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { devGenesis as moneymarketDevGenesis } from '../../modules/moneymarket/index.js';
import { devGenesis as ammDevGenesis, TYPE_URLS } from '../../modules/amm/index.js';
import { devGenesis as repoDevGenesis } from '../../modules/repo/index.js';
import { createMarketApp } from '../../node/app_factory.js';
import { blockTime, GENESIS_TIME, TEST_CHAIN_ID } from '../helpers/app.js';
import { testAccount, type TestAccount } from '../helpers/accounts.js';
import { fuzzSeed, isInternalError, rejectionProblem, runs, unsignedTx } from '../helpers/fuzz.js';

const PROTO_DIR = fileURLToPath(new URL('../../../proto/', import.meta.url));
const BIG = 10n ** 15n;

interface Target {
  typeUrl: string;
  encode(obj: Record<string, unknown>): Uint8Array;
  fields: protobuf.Field[];
  type?: protobuf.Type;
}

function moduleTargets(m: string): Target[] {
  const root = new protobuf.Root();
  const dir = join(PROTO_DIR, 'marketchain', m, 'v1');
  // marketchain/ and google/api/ from proto/, google/protobuf/ (descriptor.proto, which google/api's options extend) from protobufjs.
  root.resolvePath = (_origin, target) =>
    target.startsWith('/') ? target : target.startsWith('google/protobuf/') ? join(PROTO_DIR, '..', 'node_modules', 'protobufjs', target) : /^(marketchain|google)\//.test(target) ? join(PROTO_DIR, target) : join(dir, target);
  root.loadSync(readdirSync(dir).filter((f) => f.endsWith('.proto')).map((f) => join(dir, f)), { keepCase: true });
  root.resolveAll();
  const ns = root.lookup(`marketchain.${m}.v1`) as protobuf.Namespace;
  return ns.nestedArray
    .filter((x): x is protobuf.Type => x instanceof protobuf.Type && /^Msg/.test(x.name) && !/Response$/.test(x.name))
    .map((type) => ({ typeUrl: `/marketchain.${m}.v1.${type.name}`, type, fields: type.fieldsArray, encode: (o) => type.encode(type.fromObject(o)).finish() }));
}

const bankTarget: Target = {
  typeUrl: '/cosmos.bank.v1beta1.MsgSend',
  fields: [],
  encode: (o) => MsgSend.encode(MsgSend.fromPartial(o as never)).finish(),
};

// ---- value generators -------------------------------------------------------------------------

function addressArb(accounts: TestAccount[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...accounts.map((a) => a.address)) },
    { weight: 1, arbitrary: fc.constantFrom('', 'mkt1', 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr', 'cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a', accounts[0]!.address.toUpperCase(), accounts[0]!.address.slice(0, -1) + 'q', accounts[0]!.address + ' ', 'mkt1' + 'q'.repeat(300), 'ｍｋｔ1qqq') },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  );
}

const denomArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('umkt', 'uusdc', 'uatom') },
  { weight: 2, arbitrary: fc.constantFrom('', 'u', 'UATOM', 'u atom', 'uatom\u0000', 'ü', '🙂coin', 'ibc/ABC', 'x'.repeat(129), 'a'.repeat(10_000), 'udoesnotexist', '1abc', 'umkt,uusdc') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const numStrArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 9n }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('0', '1', 'max', '-1', '-0', '+5', '1.5', '0.05', '1.25', '10', '1e6', '0x10', '', ' 1', '1 ', '00012', 'NaN', 'Infinity', '١٢', '1_000', '.5', '5.', '1..2', '0.000000000000000000001', '3.4028236692e38') },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: (1n << 300n) }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(String(2n ** 64n), String(2n ** 128n), String(2n ** 256n - 1n), String(2n ** 256n), '9'.repeat(5000)) },
  { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(40)).map(([a, d]) => `${a}.${'0'.repeat(d)}${d % 7}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const u64Arb = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 20n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) },
  { weight: 1, arbitrary: fc.constantFrom(0n, 1n, 2n ** 32n - 1n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n) },
);
const u32Arb = fc.oneof(fc.nat(1_000_000), fc.constantFrom(0, 1, 3000, 999_999, 1_000_000, 1_000_001, 2 ** 31, 2 ** 32 - 1));

// "Tame" values: each field plausible, so that cases get past validation into the handlers.
const tameNum = fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 7n }).map(String), fc.constantFrom('0', '1', '0.05', '0.5', '1.25', '1.5', '2', '10', '20', 'max'));
const tameU64 = fc.bigInt({ min: 0n, max: 6n }).map(String);

function stringFieldArb(name: string, accounts: TestAccount[], tame: boolean): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (tame) {
    if (/sender|borrower|oracle|admin|bd_|client|owner|address|authority|treasury|to$|from/.test(n)) return fc.constantFrom(...accounts.map((a) => a.address));
    if (/denom/.test(n)) return fc.constantFrom('umkt', 'uusdc', 'uatom');
    if (/position_id|id$/.test(n)) return fc.constantFrom('', '1', '2');
    return tameNum;
  }
  const addr = addressArb(accounts);
  if (/sender|borrower|oracle|admin|bd_|client|owner|address|authority|treasury|to$|from/.test(n)) return fc.oneof({ weight: 8, arbitrary: addr }, { weight: 1, arbitrary: denomArb }, { weight: 1, arbitrary: numStrArb });
  if (/denom/.test(n)) return fc.oneof({ weight: 8, arbitrary: denomArb }, { weight: 1, arbitrary: addr }, { weight: 1, arbitrary: numStrArb });
  if (/position_id|id$/.test(n)) return fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 64 }), fc.constantFrom('', '1', '0'.repeat(64)), numStrArb);
  return fc.oneof({ weight: 8, arbitrary: numStrArb }, { weight: 1, arbitrary: denomArb }, { weight: 1, arbitrary: addr });
}

function scalarArb(f: protobuf.Field, accounts: TestAccount[], depth: number, tame: boolean): fc.Arbitrary<unknown> {
  if (f.resolvedType instanceof protobuf.Type) return depth > 2 ? fc.constant({}) : objectArb(f.resolvedType.fieldsArray, accounts, tame, depth + 1);
  if (f.resolvedType instanceof protobuf.Enum) return fc.oneof(fc.constantFrom(...Object.values(f.resolvedType.values)), fc.integer({ min: -5, max: 100 }));
  switch (f.type) {
    case 'string':
      return stringFieldArb(f.name, accounts, tame);
    case 'uint64':
    case 'int64':
    case 'fixed64':
    case 'sint64':
      return (tame ? tameU64.map(BigInt) : u64Arb).map((v) => (f.type === 'uint64' || f.type === 'fixed64' ? v.toString() : (-v).toString()));
    case 'uint32':
    case 'fixed32':
      return tame ? fc.constantFrom(0, 500, 3000, 10_000, 500_000) : u32Arb;
    case 'int32':
    case 'sint32':
      return fc.integer();
    case 'bool':
      return fc.boolean();
    case 'bytes':
      return fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constant(new Uint8Array()));
    default:
      return fc.string();
  }
}

function objectArb(fields: protobuf.Field[], accounts: TestAccount[], tame: boolean, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) {
    const one = scalarArb(f, accounts, depth, tame);
    parts[f.name] = f.repeated ? fc.array(one, { maxLength: depth > 0 ? 4 : 12 }) : one;
  }
  // Empty fields: any field may be left out.
  return fc.record(parts, tame ? undefined : { requiredKeys: [] }).chain((o) =>
    fc.integer({ min: 0, max: 9 }).map((k) => {
      // Mostly keep the sender: most interesting paths are past the signer check.
      if (k > 0 && 'sender' in parts && o.sender === undefined) o.sender = accounts[k % accounts.length]!.address;
      return o;
    }),
  );
}

// ---- the fuzzed chain -------------------------------------------------------------------------

class FuzzChain {
  constructor(
    readonly app: App,
    readonly accounts: TestAccount[],
  ) {}
  static async create(): Promise<FuzzChain> {
    const accounts: TestAccount[] = [];
    for (let i = 0; i < 4; i++) accounts.push(await testAccount('fuzz-' + i));
    // Signatures are not under test here (the tx fuzz covers them): every signature verifies.
    const app = createMarketApp({ verifySignature: () => true });
    const coins = ['uatom', 'umkt', 'uusdc'].map((denom) => ({ denom, amount: (10n ** 14n).toString() }));
    const admin = accounts[0]!.address;
    app.initChain(TEST_CHAIN_ID, GENESIS_TIME, {
      bank: { balances: accounts.map((a) => ({ address: a.address, coins })), supply: [] },
      moneymarket: moneymarketDevGenesis(admin),
      amm: ammDevGenesis(admin),
      repo: repoDevGenesis(admin),
    });
    return new FuzzChain(app, accounts);
  }
  account(address: string) {
    return getAccount(new QueryCtx(this.app.lastBlock, this.app.commitStore), address);
  }
  next() {
    const h = this.app.lastHeight + 1;
    return { height: h, time: blockTime(h), chainId: this.app.chainId };
  }
  /** Deliver on a throwaway branch of committed state: the result and the writes it would make. */
  dry(tx: Uint8Array) {
    const branch = new CacheStore(this.app.commitStore);
    const out = runTx(this.app.env, branch, this.next(), prepareTx(this.app.env, tx), 'deliver');
    return { out, writes: JSON.stringify(branch.writeSet().map(([k, v]) => [Buffer.from(k, 'binary').toString('hex'), v ? Buffer.from(v).toString('hex') : null])) };
  }
}

const stats = new Map<string, { ok: number; rejected: Map<string, number> }>();

function fuzzTargets(t: import('ava').ExecutionContext, chain: FuzzChain, targets: Target[], numRuns: number, seed: number) {
  const { app, accounts } = chain;
  const caseArb = fc.integer({ min: 0, max: targets.length - 1 }).chain((i) => {
    const tg = targets[i]!;
    const obj =
      tg === bankTarget
        ? fc.record({ fromAddress: addressArb(accounts), toAddress: addressArb(accounts), amount: fc.array(fc.record({ denom: denomArb, amount: numStrArb }, { requiredKeys: [] }), { maxLength: 4 }) }, { requiredKeys: [] })
        : fc.boolean().chain((tame) => objectArb(tg.fields, accounts, tame));
    // Duplicate fields: a second encoding appended to the first (protobuf merges them; last scalar wins).
    return fc.tuple(fc.constant(tg), obj, fc.option(objectArb(tg.fields, accounts, false), { freq: 8 }), fc.nat(3));
  });
  fc.assert(
    fc.property(caseArb, ([tg, obj, dup, who]) => {
      let value: Uint8Array;
      try {
        value = tg.encode(obj);
        if (dup && tg !== bankTarget) value = Uint8Array.from([...value, ...tg.encode(dup)]);
      } catch {
        return; // a value protobuf cannot encode (not something a tx can carry)
      }
      // Sign as the message's sender when it is one of ours (else as account `who`: a signer mismatch).
      const o = obj as Record<string, unknown>;
      const sender = (o.sender ?? o.fromAddress) as string | undefined;
      const signer = accounts.find((a) => a.address === sender) ?? accounts[who]!;
      const acc = chain.account(signer.address)!;
      const tx = unsignedTx([{ typeUrl: tg.typeUrl, value }], signer.pubkey, acc.sequence);
      const ctx = `${tg.typeUrl} ${JSON.stringify(obj, (_k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : typeof v === 'string' && v.length > 200 ? v.slice(0, 200) + `…(${v.length})` : v))}`;
      const before = Buffer.from(app.lastAppHash).toString('hex');
      let chk;
      try {
        chk = app.checkTx(tx);
      } finally {
        app.resetCheckState();
      }
      const p1 = rejectionProblem(chk.result);
      if (p1) throw new Error(`checkTx: ${p1}\n${ctx}`);
      const { out, writes } = chain.dry(tx);
      const r = out.result;
      const p2 = rejectionProblem(r);
      if (p2) throw new Error(`deliver: ${p2}\n${ctx}`);
      const s = stats.get(tg.typeUrl) ?? { ok: 0, rejected: new Map() };
      stats.set(tg.typeUrl, s);
      if (r.code !== 0) {
        const k = `${r.codespace}/${r.code}`;
        s.rejected.set(k, (s.rejected.get(k) ?? 0) + 1);
        if (process.env.FUZZ_DEBUG && s.rejected.get(k) === 1) console.log(tg.typeUrl, k, r.log.slice(0, 200));
        if (out.anteFailed) {
          if (writes !== '[]') throw new Error(`ante rejection ${k} wrote state: ${writes}\n${ctx}`);
        } else {
          // Exactly what a reference failing message (an unaffordable send) by the same signer writes: fee + sequence.
          const ref = unsignedTx([{ typeUrl: bankTarget.typeUrl, value: bankTarget.encode({ fromAddress: signer.address, toAddress: signer.address, amount: [{ denom: 'umkt', amount: String(BIG * BIG) }] }) }], signer.pubkey, acc.sequence);
          const refRun = chain.dry(ref);
          if (refRun.out.result.code === 0 || refRun.out.anteFailed) throw new Error('reference tx did not fail in its message');
          if (refRun.writes !== writes) throw new Error(`failed message ${k} (${r.log}) changed more than fee and sequence\n${ctx}`);
        }
        if (hex(app.lastAppHash) !== before) throw new Error('committed state moved');
        return;
      }
      s.ok++;
      // Accepted: commit it for real, so the fuzz explores evolving state; then check every invariant.
      const blk = app.finalizeBlock({ height: app.lastHeight + 1, time: blockTime(app.lastHeight + 1), txs: [tx] });
      app.commit();
      const br = blk.txResults[0]!;
      if (tg.typeUrl === TYPE_URLS.bundle) {
        // A bundle envelope runs only followed by its txs: alone in a block it is split (amm/31), or
        // refused as it opens (amm/28, amm/29, amm/30), and takes neither fee nor sequence (its
        // bundles: modules/amm/bundle_envelope.test.ts).
        if (br.codespace !== 'amm' || br.code < 28 || br.code > 31 || chain.account(signer.address)!.sequence !== acc.sequence) throw new Error(`an envelope alone in a block gave ${br.codespace}/${br.code}: ${br.log}\n${ctx}`);
        return;
      }
      if (br.code !== 0 || isInternalError(br)) throw new Error(`dry run accepted but the block gave ${br.codespace}/${br.code}: ${br.log}\n${ctx}`);
      const broken = app.checkInvariants();
      if (broken.length > 0) throw new Error(`invariants broken after ${ctx}: ${JSON.stringify(broken)}`);
    }),
    { numRuns, seed },
  );
  t.pass();
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const modules = { bank: [bankTarget], moneymarket: moduleTargets('moneymarket'), amm: moduleTargets('amm'), repo: moduleTargets('repo') };
const share: Record<keyof typeof modules, number> = { bank: 400, moneymarket: 1200, amm: 900, repo: 1000 };

for (const m of Object.keys(modules) as (keyof typeof modules)[]) {
  test.serial(`[fuzz/msgs]: ${m}: every message type (${modules[m].length}) with random field values: coded rejections, fee+sequence only, invariants hold`, async (t) => {
    const seed = fuzzSeed();
    t.log(`seed ${seed} (replay: MARKETCHAIN_FUZZ_SEED=${seed}); ${modules[m].map((x) => x.typeUrl.split('.').pop()).join(' ')}`);
    const chain = await FuzzChain.create();
    fuzzTargets(t, chain, modules[m], runs(share[m]), seed);
    const summary = modules[m].map((x) => {
      const s = stats.get(x.typeUrl);
      return `${x.typeUrl.split('.').pop()}: ${s?.ok ?? 0} ok, rejected ${[...(s?.rejected ?? new Map()).entries()].map(([k, v]) => `${k}×${v}`).join(' ')}`;
    });
    t.log(summary.join('\n'));
  });
}
