// Fuzzing the tx path on a whole in-memory app: random bytes into decodeTx, random bytes and mutated
// real signed txs (bit flips, truncation, appended bytes, TxRaw field swaps, re-encoded bodies) into
// checkTx and finalizeBlock. No throw, no internal-error code, every rejection carries a code and
// codespace, and a tx rejected by the ante leaves the state exactly as an empty block would (twin app).
import test from 'ava';
import fc from 'fast-check';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { decodeTx } from '../../chain/tx/decode.js';
import { ChainError } from '../../chain/errors.js';
import { QueryCtx } from '../../chain/context.js';
import { getAccount } from '../../modules/auth/keeper.js';
import { makeTestChain, type TestChain } from '../helpers/app.js';
import { sendMsg, signTx, type TestAccount } from '../helpers/accounts.js';
import { fuzzSeed, rejectionProblem, runs } from '../helpers/fuzz.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('[fuzz/tx]: random bytes into decodeTx throw only registered tx-decode errors', (t) => {
  const seed = fuzzSeed();
  t.log(`seed ${seed} (replay: MARKETCHAIN_FUZZ_SEED=${seed})`);
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
      try {
        decodeTx(bytes);
      } catch (e) {
        if (!(e instanceof ChainError)) throw new Error(`decodeTx threw a non-ChainError on ${hex(bytes)}: ${(e as Error).stack}`);
        if (e.codespace !== 'sdk' || (e.code !== 2 && e.code !== 31)) throw new Error(`unexpected ${e.codespace}/${e.code} from decodeTx`);
      }
    }),
    { numRuns: runs(2000), seed },
  );
  t.pass();
});

/** Main and twin apps in lockstep: the twin gets an empty block where the main app got an ante-rejected tx. */
class Lockstep {
  private constructor(
    readonly main: TestChain,
    readonly twin: TestChain,
  ) {}
  static async create() {
    return new Lockstep(await makeTestChain(3), await makeTestChain(3));
  }
  seq(a: TestAccount) {
    return getAccount(new QueryCtx(this.main.app.lastBlock, this.main.app.commitStore), a.address)!;
  }
  /** Runs one candidate tx through checkTx and a block; returns a problem description or undefined. */
  passed = false;
  feed(tx: Uint8Array): string | undefined {
    this.passed = false;
    const { app } = this.main;
    const before = hex(app.lastAppHash);
    let chk;
    try {
      chk = app.checkTx(tx);
    } catch (e) {
      return `checkTx threw: ${(e as Error).stack}`;
    }
    app.resetCheckState();
    const p1 = rejectionProblem(chk.result);
    if (p1) return `checkTx: ${p1}`;
    if (hex(app.lastAppHash) !== before) return 'checkTx changed the committed app hash';
    let out;
    try {
      out = this.main.block([tx]);
    } catch (e) {
      return `finalizeBlock threw: ${(e as Error).stack}`;
    }
    const r = out.txResults[0]!;
    const p2 = rejectionProblem(r);
    if (p2) return `finalizeBlock: ${p2}`;
    const antePassed = r.code === 0 || r.events.length > 0;
    this.passed = antePassed;
    const twinOut = this.twin.block(antePassed ? [tx] : []);
    if (hex(out.appHash) !== hex(twinOut.appHash)) {
      return antePassed ? 'twin app diverged on the same tx' : `state changed by a tx rejected with ${r.codespace}/${r.code} (${r.log})`;
    }
    if (chk.result.code !== 0 && r.code === 0) return `checkTx rejected (${chk.result.codespace}/${chk.result.code}) a tx the block accepted`;
    return undefined;
  }
}

async function validPool(ls: Lockstep): Promise<Uint8Array[]> {
  const [a, b, c] = ls.main.accounts as [TestAccount, TestAccount, TestAccount];
  const out: Uint8Array[] = [];
  for (const [from, to] of [[a, b], [b, c], [c, a]] as const) {
    const acc = ls.seq(from);
    const o = { accountNumber: acc.accountNumber, sequence: acc.sequence };
    out.push(await signTx(from, [sendMsg(from.address, to.address, '5')], o));
    out.push(await signTx(from, [sendMsg(from.address, to.address, '7', 'uusdc'), sendMsg(from.address, c.address, '1')], { ...o, memo: 'fuzz ✓ memo' }));
  }
  return out;
}

test('[fuzz/tx]: random bytes into checkTx and finalizeBlock: coded rejections, no state change', async (t) => {
  const seed = fuzzSeed();
  t.log(`seed ${seed} (replay: MARKETCHAIN_FUZZ_SEED=${seed})`);
  const ls = await Lockstep.create();
  // Random bytes, plus random bytes wrapped as a TxRaw so decoding gets past the outer layer.
  const arb = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.record({ bodyBytes: fc.uint8Array({ maxLength: 120 }), authInfoBytes: fc.uint8Array({ maxLength: 120 }), signatures: fc.array(fc.uint8Array({ maxLength: 70 }), { maxLength: 3 }) }).map((r) => TxRaw.encode(r).finish()),
  );
  fc.assert(
    fc.property(arb, (tx) => {
      const p = ls.feed(tx);
      if (p) throw new Error(`${p}\ntx ${hex(tx)}`);
    }),
    { numRuns: runs(1000), seed },
  );
  t.deepEqual(ls.main.app.checkInvariants(), []);
});

type Mutation =
  | { kind: 'flip'; pos: number[]; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'append'; bytes: Uint8Array }
  | { kind: 'swap'; other: number; field: 'bodyBytes' | 'authInfoBytes' | 'signatures' }
  | { kind: 'sigs'; how: 'none' | 'dup' | 'short' | 'highS' | 'zero' }
  | { kind: 'body'; how: 'memo' | 'msgflip' | 'dropmsg' | 'timeout' | 'typeurl'; n: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), pos: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('swap' as const), other: fc.nat(), field: fc.constantFrom('bodyBytes' as const, 'authInfoBytes' as const, 'signatures' as const) }),
  fc.record({ kind: fc.constant('sigs' as const), how: fc.constantFrom('none' as const, 'dup' as const, 'short' as const, 'highS' as const, 'zero' as const) }),
  fc.record({ kind: fc.constant('body' as const), how: fc.constantFrom('memo' as const, 'msgflip' as const, 'dropmsg' as const, 'timeout' as const, 'typeurl' as const), n: fc.nat() }),
);

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function mutate(tx: Uint8Array, pool: Uint8Array[], m: Mutation): Uint8Array {
  const raw = TxRaw.decode(tx);
  switch (m.kind) {
    case 'flip': {
      const b = Uint8Array.from(tx);
      for (const p of m.pos) b[p % b.length]! ^= 1 << m.bit;
      return b;
    }
    case 'truncate':
      return tx.slice(0, m.at % tx.length);
    case 'append':
      return Uint8Array.from([...tx, ...m.bytes]);
    case 'swap': {
      const o = TxRaw.decode(pool[m.other % pool.length]!);
      return TxRaw.encode({ ...raw, [m.field]: o[m.field] }).finish();
    }
    case 'sigs': {
      const s = raw.signatures[0]!;
      let sigs: Uint8Array[];
      if (m.how === 'none') sigs = [];
      else if (m.how === 'dup') sigs = [s, s];
      else if (m.how === 'short') sigs = [s.slice(0, 63)];
      else if (m.how === 'zero') sigs = [new Uint8Array(64)];
      else {
        const sv = BigInt('0x' + hex(s.slice(32)));
        const hi = (N - sv).toString(16).padStart(64, '0');
        sigs = [Uint8Array.from([...s.slice(0, 32), ...Buffer.from(hi, 'hex')])];
      }
      return TxRaw.encode({ ...raw, signatures: sigs }).finish();
    }
    case 'body': {
      const body = TxBody.decode(raw.bodyBytes);
      if (m.how === 'memo') body.memo = 'x'.repeat(m.n % 400);
      else if (m.how === 'msgflip') {
        const v = Uint8Array.from(body.messages[0]!.value);
        if (v.length > 0) v[m.n % v.length]! ^= 1 << (m.n % 8);
        body.messages[0] = { ...body.messages[0]!, value: v };
      } else if (m.how === 'dropmsg') body.messages = [];
      else if (m.how === 'timeout') body.timeoutHeight = BigInt(m.n % 3);
      else body.messages[0] = { ...body.messages[0]!, typeUrl: ['/cosmos.bank.v1beta1.MsgMultiSend', '', '/marketchain.amm.v1.MsgSwapExactIn', '/x'][m.n % 4]! };
      return TxRaw.encode({ ...raw, bodyBytes: TxBody.encode(body).finish() }).finish();
    }
  }
}

test('[fuzz/tx]: mutated real signed txs into checkTx and finalizeBlock: coded rejections, no state change', async (t) => {
  const seed = fuzzSeed();
  t.log(`seed ${seed} (replay: MARKETCHAIN_FUZZ_SEED=${seed})`);
  const ls = await Lockstep.create();
  let pool = await validPool(ls);
  let accepted = 0;
  // fast-check properties are synchronous here; re-sign the pool between batches when a mutant was accepted.
  const total = runs(1500);
  const batch = 250;
  for (let done = 0; done < total; done += batch) {
    let stale = false;
    fc.assert(
      fc.property(fc.nat(), mutationArb, (i, m) => {
        if (stale) return;
        const tx = mutate(pool[i % pool.length]!, pool, m);
        const p = ls.feed(tx);
        if (p) throw new Error(`${p}\nmutation ${JSON.stringify(m)}\ntx ${hex(tx)}`);
        if (ls.passed) {
          // Accepted (e.g. a flip inside an unsigned TxRaw tag that still decodes): sequences moved on.
          accepted++;
          stale = true;
        }
      }),
      { numRuns: Math.min(batch, total - done), seed: seed + done },
    );
    if (stale) pool = await validPool(ls);
  }
  t.log(`${accepted} mutants were accepted (then re-signed)`);
  // The unmutated txs still go through.
  t.is(ls.feed(pool[0]!), undefined);
  t.deepEqual(ls.main.app.checkInvariants(), []);
});
