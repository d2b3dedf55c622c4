import test from 'ava';
import { Ctx } from '../../chain/context.js';
import { EventManager } from '../../chain/events.js';
import { GasMeter, INFINITE_GAS } from '../../chain/gas.js';
import { CacheStore } from '../../chain/store/cache_store.js';
import { MemoryStore } from '../../chain/store/memory_store.js';
import { marketchain } from '../../proto/repo.js';
import { bankKeeper } from '../bank/keeper.js';
import { createRepoModule, devGenesis } from './index.js';
import { parseDeadlineKey, deadlineKey, parsePartyIndexKey, partyIndexKey, parsePhaseIndexKey, phaseIndexKey, parseRoundKey, roundKey } from './keys.js';
import { commitMsg, EX1_D, EX1_S, Kit, openMsg, P, revealMsg, seal, URL } from './testing/kit.js';
import { QueryCtx } from '../../chain/context.js';
import { defaultParams } from './params.js';

const V1 = marketchain.repo.v1;
const repoModule = createRepoModule({ bank: bankKeeper });
const g = repoModule.genesis;

function busyKit(t: any): Kit {
  const k = new Kit(t);
  k.ok(URL.open, openMsg());
  k.ok(URL.open, openMsg({ sender: P.bdRm }));
  const mm = seal(1, 'mm', EX1_D);
  const rm = seal(1, 'rm', EX1_S);
  k.ok(URL.commit, commitMsg(1, mm));
  k.ok(URL.commit, commitMsg(1, rm));
  k.ok(URL.reveal, revealMsg(1, mm));
  k.ok(URL.reveal, revealMsg(1, rm));
  k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  k.ok(URL.commit, commitMsg(2, seal(2, 'rm', EX1_S)));
  return k;
}

test('genesis: export(init(g)) deep-equals g, including rounds mid-flight and indexes', (t) => {
  const k = busyKit(t);
  const exported = g.exportGenesis(k.q());
  t.is(exported.rounds.length, 2);
  t.is(exported.nextRoundId, 3);
  const validated = g.validateGenesis(JSON.parse(JSON.stringify(exported)));
  const store = new MemoryStore();
  const branch = new CacheStore(store);
  const ctx = new Ctx({ height: 0, time: '', chainId: 'x' }, branch, new EventManager(), new GasMeter(INFINITE_GAS), 'genesis');
  g.initGenesis(ctx, validated);
  branch.write();
  const q = new QueryCtx({ height: 0, time: '', chainId: 'x' }, store);
  t.deepEqual(g.exportGenesis(q), exported);
  // The same repo keys (indexes and queue included) are rebuilt.
  const repoKeys = (s: MemoryStore) => [...s.iterate(Uint8Array.of(0x12))].map(([kk, v]) => Buffer.from(kk).toString('hex') + Buffer.from(v).toString('hex')).join();
  t.is(repoKeys(store), repoKeys(k.store));
  t.deepEqual(g.exportGenesis(new QueryCtx({ height: 0, time: '', chainId: 'x' }, new MemoryStore())), g.defaultGenesis());
});

test('genesis validation names the problem', (t) => {
  const ok = g.defaultGenesis();
  t.notThrows(() => g.validateGenesis(ok));
  t.notThrows(() => g.validateGenesis(devGenesis(P.mm)));
  t.is(devGenesis(P.mm).params.treasury, P.mm);
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, minBond: 'x' } }), { message: /min_bond "x"/ });
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, maxPoints: 0 } }), { message: /maxPoints/ });
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, minBond: '' } }), { message: /min_bond "": repo params: min_bond must list at least one coin/ });
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, fixedPenalty: '5' } }), { message: /fixed_penalty "5"/ });
  t.notThrows(() => g.validateGenesis({ ...ok, params: { ...ok.params, minBond: '1000000uusdc,5000000ueur', fixedPenalty: '' } }));
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, treasury: 'nope' } }), { message: /treasury "nope"/ });
  // A verification cost above what one tx may ask for would make sealed rounds impossible.
  t.notThrows(() => g.validateGenesis({ ...ok, params: { ...ok.params, sealVerifyGas: 90_000_000 } }));
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, sealVerifyGas: 90_000_001 } }), { message: /sealVerifyGas must be an integer in \[1, 90000000\]/ });
  t.throws(() => g.validateGenesis({ ...ok, params: { ...ok.params, selectVerifyGas: 0 } }), { message: /selectVerifyGas/ });
  t.throws(() => g.validateGenesis({ ...ok, nextRoundId: 0 }), { message: /nextRoundId/ });
  const k = busyKit(t);
  const ex = g.exportGenesis(k.q());
  t.throws(() => g.validateGenesis({ ...ex, nextRoundId: 2 }), { message: /round 2 is not below nextRoundId 2/ });
  t.throws(() => g.validateGenesis({ ...ex, rounds: [ex.rounds[1], ex.rounds[0]] }), { message: /strictly ascending/ });
  t.throws(() => g.validateGenesis({ ...ex, rounds: [{ ...ex.rounds[0], phase: 'WAT' }] }), { message: /unknown phase "WAT"/ });
  t.throws(() => g.validateGenesis({ ...ex, rounds: [{ ...ex.rounds[0], phase: 'SETTLED' }] }), { message: /must hold no escrow/ });
  t.throws(() => g.validateGenesis({ ...ex, rounds: [{ ...ex.rounds[0], rmAcceptDeadline: 0 }] }), { message: /round 1 \(rounds\[0\]\): an MM_ACCEPTED round needs rmAcceptDeadline/ });
  t.throws(() => g.validateGenesis({ ...ex, rounds: [ex.rounds[0], { ...ex.rounds[1], acceptBlocks: 0 }] }), { message: /a COMMIT round needs acceptBlocks >= 1/ });
});

test('keys round-trip through their parsers', (t) => {
  t.is(parseRoundKey(roundKey(7n)), 7n);
  t.deepEqual(parsePhaseIndexKey(phaseIndexKey('ACTIVE', 9n)), { phase: 'ACTIVE', id: 9n });
  t.deepEqual(parseDeadlineKey(deadlineKey(100n, 3n)), { height: 100n, id: 3n });
  const a = parsePartyIndexKey(partyIndexKey(Uint8Array.of(1, 2, 3), 5n));
  t.deepEqual([[...a.addr], a.id], [[1, 2, 3], 5n]);
});

function query(k: Kit, method: string, req: Uint8Array): Uint8Array {
  return repoModule.queries[`/marketchain.repo.v1.Query/${method}`]!(k.q(), req);
}

test('queries: Round, Rounds by phase / party with pagination, Params; bad input errors', (t) => {
  const k = busyKit(t);
  for (let i = 0; i < 3; i++) k.ok(URL.open, openMsg({ mmClient: P.other }));
  const r1 = V1.QueryRoundResponse.decode(query(k, 'Round', V1.QueryRoundRequest.encode({ roundId: 1 }).finish())).round!;
  t.like(r1, { id: 1, phase: 'MM_ACCEPTED', bdMm: P.bdMm, cashHeld: (20n * 1_000_003n).toString(), acceptDeadline: 31, acceptBlocks: 10, rmAcceptDeadline: 11 });
  t.is(r1.selection!.candidates!.length, 5);
  t.is(r1.reportMm!.points!.length, 5);
  const r2 = V1.QueryRoundResponse.decode(query(k, 'Round', V1.QueryRoundRequest.encode({ roundId: 2 }).finish())).round!;
  t.is(r2.reportRm, null); // no report before the reveal
  const rounds = (req: object) => V1.QueryRoundsResponse.decode(query(k, 'Rounds', V1.QueryRoundsRequest.encode(req).finish()));
  const ids = (req: object) => { const r = rounds(req); return [r.rounds.map((x) => x.id), r.nextStartAfter]; };
  t.deepEqual(ids({}), [[1, 2, 3, 4, 5], 0]);
  t.deepEqual(ids({ limit: 2 }), [[1, 2], 2]);
  t.deepEqual(ids({ limit: 2, startAfter: 2 }), [[3, 4], 4]);
  t.deepEqual(ids({ limit: 2, startAfter: 4 }), [[5], 0]);
  t.deepEqual(ids({ phase: 'COMMIT' }), [[2, 3, 4, 5], 0]);
  t.deepEqual(ids({ phase: 'MM_ACCEPTED' }), [[1], 0]);
  t.deepEqual(ids({ party: P.mm }), [[1, 2], 0]);
  t.deepEqual(ids({ party: P.other, limit: 1 }), [[3], 3]);
  t.deepEqual(ids({ party: P.other, phase: 'ACTIVE' }), [[], 0]);
  t.throws(() => rounds({ phase: 'NOPE' }), { message: /unknown phase "NOPE"/ });
  t.throws(() => rounds({ party: 'bad' }), { message: /invalid party address/ });
  t.throws(() => query(k, 'Round', V1.QueryRoundRequest.encode({ roundId: 99 }).finish()), { message: /round 99: round not found/ });
  t.throws(() => query(k, 'Round', V1.QueryRoundRequest.encode({ roundId: 0 }).finish()), { message: /round_id 0/ });
  const p = V1.QueryParamsResponse.decode(query(k, 'Params', new Uint8Array())).params!;
  t.like(p, { minBond: defaultParams().minBond, blocksPerYear: 10_000, graceBlocks: 5, maxPoints: 64 });
});
